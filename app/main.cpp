#include "Application.h"

#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // the startup probe measures from here
    sinceMain.start();
    return onetrip::gui::Application::run(argc, argv, sinceMain);
}
