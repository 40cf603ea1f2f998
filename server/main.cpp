#include <QCoreApplication>
#include <QTextStream>

// Placeholder until the sync issue: says so plainly instead of pretending to serve.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate(
                               "Server", "onetrip-server: the sync server is not part of this "
                                         "build yet; the clerk application works on its "
                                         "embedded store.")
                        << '\n';
    return 2;
}
