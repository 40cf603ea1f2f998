#pragma once

#include <QTimer>

namespace onetrip {
namespace gui {

class AppContext;

// Reads a page's figures again shortly after what they are counted from changed — a commit
// to the store (a sync brings many at once: one reload 300 ms after the last), the calendar,
// the clock, the hall, the end of a background count of the deadline index — and only while
// the page is shown (it reads again when shown anyway).
class ReloadOnChange : public QTimer
{
    Q_OBJECT

public:
    // `page` owns the timer; `reload` is called on it.
    template <typename Page>
    static ReloadOnChange *install(Page *page, AppContext &context, void (Page::*reload)())
    {
        auto *timer = new ReloadOnChange(page, context);
        connect(timer, &QTimer::timeout, page, reload);
        return timer;
    }

private:
    ReloadOnChange(QWidget *page, AppContext &context);
};

} // namespace gui
} // namespace onetrip
