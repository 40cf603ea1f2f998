#include "cases/ComplaintFollowUpDialog.h"

#include "ui_ComplaintFollowUpDialog.h"

#include "common/ErrorLabel.h"

#include <QLocale>

namespace onetrip {
namespace gui {

namespace {

// The step the follow-up expects next: a 回访 first, a 整改 after it, then the rater's view.
ComplaintFollowUpKind nextStep(const VisitRating &rating)
{
    ComplaintFollowUpKind next = ComplaintFollowUpKind::ReturnVisit;
    for (const ComplaintFollowUpStep &s : rating.steps) {
        if (s.kind == ComplaintFollowUpKind::ReturnVisit ||
            s.kind == ComplaintFollowUpKind::RaterView)
            next = ComplaintFollowUpKind::Rectification;
        else if (s.kind == ComplaintFollowUpKind::Rectification)
            next = ComplaintFollowUpKind::RaterView;
    }
    return next;
}

} // namespace

ComplaintFollowUpDialog::ComplaintFollowUpDialog(const QString &caseNumber,
                                                 const VisitRating &rating, Mode mode,
                                                 QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ComplaintFollowUpDialog>())
    , m_mode(mode)
{
    ui->setupUi(this);
    QString intro = tr("Case %1, visit %2 rated %3")
                        .arg(caseNumber)
                        .arg(rating.trip)
                        .arg(displayName(rating.level));
    if (!rating.comment.isEmpty())
        intro += tr(": “%1”").arg(rating.comment);
    if (rating.followUpDue.isValid())
        intro += u' ' + tr("(follow-up due by %1)")
                            .arg(QLocale().toString(rating.followUpDue, QLocale::ShortFormat));
    ui->introLabel->setText(intro);
    for (ComplaintFollowUpKind kind :
         {ComplaintFollowUpKind::ReturnVisit, ComplaintFollowUpKind::Rectification,
          ComplaintFollowUpKind::RaterView})
        ui->stepComboBox->addItem(displayName(kind), int(kind));
    if (mode == Mode::Appeal) {
        setWindowTitle(tr("Decide an appeal against the rating"));
        ui->stepLabel->hide();
        ui->stepComboBox->hide();
        ui->textLabel->setText(tr("&Reason:"));
        ui->textPlainTextEdit->setPlaceholderText(
            tr("Why the rating is (or is not) wrong: what the recording, the log or the "
               "applicant shows"));
        ui->outcomeCheckBox->setText(tr("The appeal is &upheld: the rating no longer counts"));
    } else {
        ui->outcomeCheckBox->setText(tr("The rater is &satisfied with the fix (closes the "
                                        "follow-up)"));
        setStep(nextStep(rating));
        connect(ui->stepComboBox, &QComboBox::currentIndexChanged, this,
                &ComplaintFollowUpDialog::stepChanged);
    }
    stepChanged();
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this,
            &ComplaintFollowUpDialog::stepRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ComplaintFollowUpDialog::~ComplaintFollowUpDialog() = default;

void ComplaintFollowUpDialog::stepChanged()
{
    ui->outcomeCheckBox->setVisible(m_mode == Mode::Appeal ||
                                    step() == ComplaintFollowUpKind::RaterView);
}

ComplaintFollowUpKind ComplaintFollowUpDialog::step() const
{
    return m_mode == Mode::Appeal ? ComplaintFollowUpKind::Appeal
                                  : ComplaintFollowUpKind(ui->stepComboBox->currentData().toInt());
}

QString ComplaintFollowUpDialog::text() const
{
    return ui->textPlainTextEdit->toPlainText().trimmed();
}

bool ComplaintFollowUpDialog::outcome() const
{
    return !ui->outcomeCheckBox->isHidden() && ui->outcomeCheckBox->isChecked();
}

void ComplaintFollowUpDialog::setStep(ComplaintFollowUpKind kind)
{
    ui->stepComboBox->setCurrentIndex(ui->stepComboBox->findData(int(kind)));
}

void ComplaintFollowUpDialog::setText(const QString &text)
{
    ui->textPlainTextEdit->setPlainText(text);
}

void ComplaintFollowUpDialog::setOutcome(bool outcome)
{
    ui->outcomeCheckBox->setChecked(outcome);
}

void ComplaintFollowUpDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
