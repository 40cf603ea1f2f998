#pragma once

#include "rating/VisitRating.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ComplaintFollowUpDialog;
}

namespace onetrip {
namespace gui {

// A step of a 差评's follow-up — 回访, 整改, the rater's view (satisfied closes it) — or, for
// a supervisor, the decision on an appeal (申诉) against the rating. The service checks the
// order and who may record what; a refusal is shown here and the dialog stays open.
class ComplaintFollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Step,
        Appeal
    };
    ComplaintFollowUpDialog(const QString &caseNumber, const VisitRating &rating, Mode mode,
                            QWidget *parent = nullptr);
    ~ComplaintFollowUpDialog() override;

    Mode mode() const { return m_mode; }
    ComplaintFollowUpKind step() const;
    QString text() const;
    // Step: the rater is satisfied (rater's view); appeal: upheld.
    bool outcome() const;
    void setStep(ComplaintFollowUpKind kind);
    void setText(const QString &text);
    void setOutcome(bool outcome);
    void showError(const QString &message);

Q_SIGNALS:
    void stepRequested();

private:
    void stepChanged();

    std::unique_ptr<Ui::ComplaintFollowUpDialog> ui;
    Mode m_mode;
};

} // namespace gui
} // namespace onetrip
