#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace onetrip {
namespace gui {

// For the startup benchmark (ONETRIP_STARTUP_PROBE=1): once the watched window has been
// painted by the event loop, prints "startup-ms=<ms since main()> rss-kb=<VmRSS>" to stdout
// and exits the application with 0.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static bool requested();
    // Starts watching `window`; the probe deletes itself with the window.
    static void watch(QWidget *window, QElapsedTimer sinceMain);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, QElapsedTimer sinceMain);
    void report();

    QElapsedTimer m_sinceMain;
    bool m_reported = false;
};

} // namespace gui
} // namespace onetrip
