#pragma once

#include "cases/CaseRecord.h"
#include "intake/Verdict.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class VerdictPane;
}

namespace onetrip {
class Intake;
} // namespace onetrip

namespace onetrip {
namespace gui {

class AppContext;

// The intake's verdict: the outcome the rules recommend with its reasons and dates
// (VerdictSummary), the 容缺 commitment and supplement days, a decline's reason and where to
// go, the four outcomes (F9 受理, F10 容缺受理, F11 一次性告知, F12 不予受理) and the line of
// messages. The deferral inputs are written into the Intake; the page confirms.
class VerdictPane : public QWidget
{
    Q_OBJECT

public:
    VerdictPane(Intake &intake, AppContext &context, QWidget *parent = nullptr);
    ~VerdictPane() override;

    // F9-F12 anywhere in `scope` (the page) request the outcomes as the buttons do.
    void installShortcuts(QWidget *scope);
    void reset();
    // The verdict of the Intake; `saved`: the case it was saved as (then read-only).
    void showVerdict(const Verdict &verdict, const std::optional<CaseRecord> &saved);
    void clearVerdict();
    // Which outcomes may be chosen now (none while the intake is saved or absent).
    void setOutcomesEnabled(const Verdict &verdict, bool open);
    void setLocked(bool locked);

    DeclineDecision decline() const;
    QWidget *declineReasonField() const;
    QWidget *declineRedirectField() const;
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void outcomeRequested(Outcome outcome);
    // The commitment or the supplement days changed: the verdict is to be recomputed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void deferralChanged();
    void retranslate();

    std::unique_ptr<Ui::VerdictPane> ui;
    Intake &m_intake;
    AppContext &m_context;
};

} // namespace gui
} // namespace onetrip
