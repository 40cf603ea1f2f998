#pragma once

#include "cases/CaseRecord.h"
#include "cases/CaseService.h"
#include "cases/CaseTimeline.h"
#include "common/Result.h"
#include "deadline/CaseClock.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>

namespace Ui {
class CaseDocumentsDialog;
}

namespace onetrip {
namespace gui {

class CaseCheckModel;
class HandoverModel;
class CaseTimelineModel;
class CaseVisitModel;

class PrintService;

// A case opened by its number (typed or scanned): the header (number, item, applicant with
// the ID masked, status, dates, trips) and every document issued, each reprintable exactly as
// first printed (preview, any printer, PDF). A case waiting for corrections offers the
// resubmission (F5), which the main window opens in the intake page.
class CaseDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    // Prints through `printing` (its dialogs, its PDF names and folder).
    CaseDocumentsDialog(const CaseRecord &record, PrintService &printing,
                        QWidget *parent = nullptr);
    ~CaseDocumentsDialog() override;
    // The case's sync line: sent, waiting or in conflict (or standalone).
    void setSyncState(const QString &text, bool attention);

    // The case's deadlines as they stand today, each with its light (红黄牌); `mayStopClock`:
    // the signed-in person may stop and restart the time limit (the buttons show when the
    // case allows it).
    struct DeadlineLine
    {
        QString title; // 办理时限, 容缺补正期限 …
        DeadlineStatus status;
    };
    void setDeadlines(const QList<DeadlineLine> &lines, bool mayStopClock);
    QString deadlinesText() const;

    // The signed-in person may route, record the decision and hand out (the buttons show when
    // the case is at that step).
    void setMayProgress(bool may);

    // The case's history (its events, oldest first); `names`: login -> name.
    void setTimeline(const QList<TimelineEntry> &entries, const QHash<QString, QString> &names,
                     const QSet<QString> &refused = {});
    CaseTimelineModel *timeline() const { return m_timeline; }

    // The case's visits with their ratings (好差评), lights as of `today`. `mayRate`: the
    // signed-in person records ratings and follow-up steps; `mayAppeal`: and decides appeals.
    void setVisits(const QList<CaseVisit> &visits, QDate today, const WorkdayCalendar &calendar,
                   const WarningPolicy &policy);
    void setMayRate(bool mayRate, bool mayAppeal);
    CaseVisitModel *visits() const { return m_visits; }
    CaseCheckModel *checks() const { return m_checks; }
    // Shows the 代办 tab (after a 代办 step).
    void showProxy();
    // Selects visit `trip` on the visits tab (after a rating or a follow-up step).
    void showVisit(int trip);
    // The trip of the selected visit; 0 when none is selected.
    int currentTrip() const;
    // The rating detail shown for the selected visit (for tests and screen readers).
    QString ratingDetailText() const;
    // 代办: what the signed-in person may do on the 代办 tab — give the case to an agent
    // (staff), hand over / record relay steps / end it (the case's agent, staff), reassign
    // (supervisors). The buttons show when the case allows it.
    struct ProxyActions
    {
        bool take = false;
        bool relay = false;
        bool reassign = false;
    };
    void setProxyActions(const ProxyActions &actions);
    HandoverModel *handovers() const { return m_handovers; }
    // The 代办 summary as shown (who carries it, who holds the materials).
    QString proxyText() const;

    // The full ID number of the applicant (or agent) in the header, after the reveal was
    // recorded (CaseService::revealId); until this view closes.
    void showFullId(bool agent);

    // Shows the Art. 32 line (materials received, no notice within five working days).
    void setDeemedAcceptance(const DeemedAcceptance &deemed);

    const CaseRecord &record() const { return m_record; }
    int documentCount() const { return int(m_record.documents.size()); }
    // The selected row (the newest document at first), -1 without documents.
    int currentDocument() const;
    // Reprints document `row` (an index into record().documents).
    Status exportPdf(int row, const QString &path);
    Status preview(int row);
    Status reprint(int row);
    // The header as shown (for tests and screen readers).
    QString headerText() const;

Q_SIGNALS:
    // The clerk wants to check the corrections of this case in the intake page.
    void resumeRequested(const QString &caseNumber);
    // The clerk wants to stop (特殊环节) or restart the case's time limit.
    void stopClockRequested(const QString &caseNumber);
    void restartClockRequested(const QString &caseNumber);
    // The clerk wants to route the case, record its decision or hand it out.
    void routeRequested(const QString &caseNumber);
    void decideRequested(const QString &caseNumber);
    void handOutRequested(const QString &caseNumber);
    // 好差评: rate visit `trip`, record a step of its follow-up, decide an appeal.
    void rateRequested(const QString &caseNumber, int trip);
    void followUpRequested(const QString &caseNumber, int trip);
    void appealRequested(const QString &caseNumber, int trip);
    // 代办: give to an agent, hand over materials, a relay step, reassign, end.
    void takeProxyRequested(const QString &caseNumber);
    void handOverMaterialsRequested(const QString &caseNumber);
    void proxyStepRequested(const QString &caseNumber);
    void reassignProxyRequested(const QString &caseNumber);
    void completeProxyRequested(const QString &caseNumber);
    // The clerk asks to see a full ID number (the reason is asked for and recorded first).
    void revealIdRequested(const QString &caseNumber);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillDeadlines();
    void fillProgress();
    void fillRatingActions();
    void fillRevealAction();
    void fillProxy();
    void saveCurrentAsPdf();
    void reportFailure(const Status &status);

    std::unique_ptr<Ui::CaseDocumentsDialog> ui;
    PrintService &m_printing;
    CaseRecord m_record;
    DeemedAcceptance m_deemed;
    QList<DeadlineLine> m_deadlines;
    bool m_mayStopClock = false;
    bool m_mayProgress = false;
    CaseTimelineModel *m_timeline;
    CaseVisitModel *m_visits;
    CaseCheckModel *m_checks;
    HandoverModel *m_handovers;
    ProxyActions m_proxyActions;
    QHash<QString, QString> m_names;
    bool m_mayRate = false;
    bool m_mayAppeal = false;
    bool m_applicantIdShown = false;
    bool m_agentIdShown = false;
};

} // namespace gui
} // namespace onetrip
