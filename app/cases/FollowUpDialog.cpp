#include "cases/FollowUpDialog.h"

#include "ui_FollowUpDialog.h"

#include <QLocale>

namespace onetrip {
namespace gui {

namespace {

// The step the follow-up expects next: a 回访 first, a 整改 after it, then the rater's view.
FollowUpStepKind nextStep(const VisitRating &rating)
{
    FollowUpStepKind next = FollowUpStepKind::ReturnVisit;
    for (const FollowUpStep &s : rating.steps) {
        if (s.kind == FollowUpStepKind::ReturnVisit || s.kind == FollowUpStepKind::RaterView)
            next = FollowUpStepKind::Rectification;
        else if (s.kind == FollowUpStepKind::Rectification)
            next = FollowUpStepKind::RaterView;
    }
    return next;
}

} // namespace

FollowUpDialog::FollowUpDialog(const QString &caseNumber, const VisitRating &rating, Mode mode,
                               QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::FollowUpDialog>())
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
    for (FollowUpStepKind kind : {FollowUpStepKind::ReturnVisit, FollowUpStepKind::Rectification,
                                  FollowUpStepKind::RaterView})
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
                &FollowUpDialog::stepChanged);
    }
    stepChanged();
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpDialog::stepRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::stepChanged()
{
    ui->outcomeCheckBox->setVisible(m_mode == Mode::Appeal ||
                                    step() == FollowUpStepKind::RaterView);
}

FollowUpStepKind FollowUpDialog::step() const
{
    return m_mode == Mode::Appeal ? FollowUpStepKind::Appeal
                                  : FollowUpStepKind(ui->stepComboBox->currentData().toInt());
}

QString FollowUpDialog::text() const
{
    return ui->textPlainTextEdit->toPlainText().trimmed();
}

bool FollowUpDialog::outcome() const
{
    return !ui->outcomeCheckBox->isHidden() && ui->outcomeCheckBox->isChecked();
}

void FollowUpDialog::setStep(FollowUpStepKind kind)
{
    ui->stepComboBox->setCurrentIndex(ui->stepComboBox->findData(int(kind)));
}

void FollowUpDialog::setText(const QString &text)
{
    ui->textPlainTextEdit->setPlainText(text);
}

void FollowUpDialog::setOutcome(bool outcome)
{
    ui->outcomeCheckBox->setChecked(outcome);
}

void FollowUpDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000"));
    ui->errorLabel->show();
}

} // namespace gui
} // namespace onetrip
