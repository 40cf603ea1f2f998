#pragma once

#include "auth/User.h"
#include "calendar/WorkdayCalendar.h"
#include "cases/HallInfo.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace onetrip {
class CaseService;
class Database;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppSettings;
class ClockIndexKeeper;
class PrintService;

// What every page of the main window works with, handed to each page once: the store, the
// clock, the working-day calendar, the signed-in user, this terminal's hall, the case
// service, printing, the worklists' deadline index and the settings. Pages read it when they need
// it and react to its signals instead of being re-fed by the window. It must outlive the pages and
// the store outlives it.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(const Database &db, AppSettings &settings, QObject *parent = nullptr);
    ~AppContext() override;

    const Database &database() const { return m_db; }
    AppSettings &settings() const { return m_settings; }
    // Preview, print and PDF export of everything printed (the last PDF folder remembered).
    PrintService &printing() const { return *m_printing; }
    // Keeps the worklists' deadline index current, counting much on a thread of its own.
    ClockIndexKeeper &clockIndex() const { return *m_clockIndex; }

    // The signed-in user (set once the login succeeded; empty before).
    const User &user() const { return m_user; }
    void setUser(const User &user) { m_user = user; }

    // What "today" is for rules, due dates and case numbers: the system clock unless a test
    // set another (not owned; nullptr: back to the system clock). Emits clockChanged().
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock);

    // Reads the calendar and the hall from the store (after login, and once demo data is in).
    void load();

    // The working-day calendar; empty when the store has none (due dates then carry the
    // warning). setCalendar() and loadCalendar() emit calendarChanged(), and once signed in
    // start counting the deadline index again with it (every open case's due dates move).
    const WorkdayCalendar &calendar() const { return m_calendar; }
    void setCalendar(WorkdayCalendar calendar);
    void loadCalendar();

    // This terminal's hall, empty before the first run's setup or while it cannot be read.
    const std::optional<HallSetup> &hall() const { return m_hall; }
    // Why the saved hall could not be read: an error, never the first run.
    const std::optional<Error> &hallError() const { return m_hallError; }
    // Reads the hall from the store again (e.g. after the setup saved it); emits hallChanged().
    void loadHall();

    // The case commands and queries of this hall; nullptr until the hall is set up. Made again
    // when the hall, calendar or clock change: ask for it each time, never keep the pointer.
    CaseService *caseService() const { return m_service.get(); }

Q_SIGNALS:
    void hallChanged();
    void calendarChanged();
    // Another clock was set (tests): what "today" is may have changed.
    void clockChanged();

private:
    void rebuildService();

    const Database &m_db;
    AppSettings &m_settings;
    std::unique_ptr<PrintService> m_printing;
    std::unique_ptr<ClockIndexKeeper> m_clockIndex;
    User m_user;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    WorkdayCalendar m_calendar;
    std::optional<HallSetup> m_hall;
    std::optional<Error> m_hallError;
    std::unique_ptr<CaseService> m_service;
};

} // namespace gui
} // namespace onetrip
