#include "shell/AppContext.h"

#include "calendar/CalendarRepository.h"
#include "cases/CaseService.h"
#include "cases/HallSettings.h"
#include "printing/PrintService.h"
#include "storage/Database.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/WorklistSource.h"

namespace onetrip {
namespace gui {

AppContext::AppContext(const Database &db, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_printing(std::make_unique<PrintService>(settings))
    , m_clockIndex(std::make_unique<ClockIndexKeeper>(db.path()))
{
}

AppContext::~AppContext() = default;

void AppContext::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
    rebuildService(); // the service keeps a reference to the clock
    Q_EMIT clockChanged();
}

void AppContext::load()
{
    loadCalendar();
    loadHall();
}

void AppContext::setCalendar(WorkdayCalendar calendar)
{
    m_calendar = std::move(calendar);
    rebuildService(); // the service computes due dates with its own copy
    Q_EMIT calendarChanged();
    // Started now, not when a list is next shown: a published holiday moves the due dates of
    // every open case, seconds of counting in a lived store.
    if (!m_user.login.isEmpty()) {
        if (auto query = worklistQueryAsIs(*this))
            m_clockIndex->prepare(*query.value());
    }
}

void AppContext::loadCalendar()
{
    // No calendar in the store is not fatal: every due date then carries the warning.
    Result<WorkdayCalendar> loaded = CalendarRepository(m_db).load();
    setCalendar(loaded ? std::move(loaded).value() : WorkdayCalendar());
}

void AppContext::loadHall()
{
    m_hall.reset();
    m_hallError.reset();
    // A failed read is not "not set up yet": offering the setup then would overwrite the
    // saved hall, or hide a damaged store behind a first-run dialog.
    if (const auto saved = HallSettings(m_db).load(); !saved)
        m_hallError = saved.error();
    else if (saved->has_value())
        m_hall = saved->value();
    rebuildService();
    Q_EMIT hallChanged();
}

void AppContext::rebuildService()
{
    m_service.reset();
    if (m_hall) {
        m_service = std::make_unique<CaseService>(m_db, *m_clock, m_calendar, m_hall->hall,
                                                  m_hall->terminal);
    }
}

} // namespace gui
} // namespace onetrip
