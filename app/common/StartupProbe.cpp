#include "common/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace onetrip {
namespace gui {

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

bool StartupProbe::requested()
{
    return qEnvironmentVariable("ONETRIP_STARTUP_PROBE") == u'1';
}

void StartupProbe::watch(QWidget *window, QElapsedTimer sinceMain)
{
    new StartupProbe(window, sinceMain);
}

StartupProbe::StartupProbe(QWidget *window, QElapsedTimer sinceMain)
    : QObject(window)
    , m_sinceMain(sinceMain)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report on the next turn of the loop: the painted frame has been flushed by then.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("startup-ms=%lld rss-kb=%lld\n", static_cast<long long>(m_sinceMain.elapsed()),
                static_cast<long long>(residentKb()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace gui
} // namespace onetrip
