#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

// Baseline for the cold-start benchmark: what showing any Qt dialog costs here.
int main(int argc, char *argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QDialog dialog;
    dialog.resize(420, 280);
    dialog.show();
    QTimer::singleShot(0, &dialog, [&] {
        printf("startup-ms=%lld\n", static_cast<long long>(timer.elapsed()));
        app.quit();
    });
    return app.exec();
}
