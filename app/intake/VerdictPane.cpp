#include "intake/VerdictPane.h"

#include "ui_VerdictPane.h"

#include "intake/Intake.h"
#include "intake/VerdictSummary.h"
#include "shell/AppContext.h"

#include <QEvent>
#include <QShortcut>

namespace onetrip {
namespace gui {

VerdictPane::VerdictPane(Intake &intake, AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::VerdictPane>())
    , m_intake(intake)
    , m_context(context)
{
    ui->setupUi(this);
    ui->verdictBrowser->setOpenLinks(false);
    QFont big = ui->outcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui->outcomeLabel->setFont(big);

    const struct
    {
        Outcome outcome;
        QPushButton *button;
    } buttons[] = {{Outcome::Accept, ui->acceptButton},
                   {Outcome::AcceptWithDeferral, ui->deferButton},
                   {Outcome::CorrectionNeeded, ui->correctionButton},
                   {Outcome::Decline, ui->declineButton}};
    for (const auto &b : buttons) {
        const Outcome outcome = b.outcome;
        connect(b.button, &QPushButton::clicked, this,
                [this, outcome] { Q_EMIT outcomeRequested(outcome); });
    }
    connect(ui->commitmentSignedCheckBox, &QCheckBox::toggled, this, &VerdictPane::deferralChanged);
    connect(ui->supplementDaysSpinBox, &QSpinBox::valueChanged, this,
            &VerdictPane::deferralChanged);
    retranslate();
}

VerdictPane::~VerdictPane() = default;

void VerdictPane::installShortcuts(QWidget *scope)
{
    const struct
    {
        Qt::Key key;
        Outcome outcome;
    } keys[] = {{Qt::Key_F9, Outcome::Accept},
                {Qt::Key_F10, Outcome::AcceptWithDeferral},
                {Qt::Key_F11, Outcome::CorrectionNeeded},
                {Qt::Key_F12, Outcome::Decline}};
    for (const auto &k : keys) {
        const Outcome outcome = k.outcome;
        auto *shortcut = new QShortcut(QKeySequence(k.key), scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, outcome] { Q_EMIT outcomeRequested(outcome); });
    }
}

void VerdictPane::reset()
{
    {
        const QSignalBlocker sign(ui->commitmentSignedCheckBox);
        const QSignalBlocker days(ui->supplementDaysSpinBox);
        ui->commitmentSignedCheckBox->setChecked(false);
        ui->supplementDaysSpinBox->setValue(0);
    }
    m_intake.setDeferral(false, 0);
    ui->declineReasonLineEdit->clear();
    ui->declineRedirectLineEdit->clear();
    ui->messageLabel->clear();
}

void VerdictPane::deferralChanged()
{
    m_intake.setDeferral(ui->commitmentSignedCheckBox->isChecked(),
                         ui->supplementDaysSpinBox->value());
    Q_EMIT changed();
}

void VerdictPane::showVerdict(const Verdict &verdict, const std::optional<CaseRecord> &saved)
{
    ui->outcomeLabel->setText(
        saved ? tr("Saved: case %1 (%2)").arg(saved->number, displayName(saved->status))
              : VerdictSummary::headline(verdict));
    ui->verdictBrowser->setHtml(
        VerdictSummary::html({verdict, m_intake.guides(), m_context.calendar(),
                              m_context.clock().today(), m_intake.supplementDays()}));
}

void VerdictPane::clearVerdict()
{
    ui->outcomeLabel->clear();
    ui->verdictBrowser->clear();
}

void VerdictPane::setOutcomesEnabled(const Verdict &verdict, bool open)
{
    ui->acceptButton->setEnabled(open && verdict.allows(Outcome::Accept));
    ui->deferButton->setEnabled(open && verdict.allows(Outcome::AcceptWithDeferral));
    ui->correctionButton->setEnabled(open && verdict.allows(Outcome::CorrectionNeeded));
    ui->declineButton->setEnabled(open && verdict.allows(Outcome::Decline));
}

void VerdictPane::setLocked(bool locked)
{
    // A saved intake is read-only: what was confirmed is what the documents say.
    for (QWidget *w : QList<QWidget *>{ui->deferralGroupBox, ui->declineGroupBox})
        w->setEnabled(!locked);
}

DeclineDecision VerdictPane::decline() const
{
    return DeclineDecision{ui->declineReasonLineEdit->text().trimmed(),
                           ui->declineRedirectLineEdit->text().trimmed()};
}

QWidget *VerdictPane::declineReasonField() const
{
    return ui->declineReasonLineEdit;
}

QWidget *VerdictPane::declineRedirectField() const
{
    return ui->declineRedirectLineEdit;
}

void VerdictPane::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void VerdictPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void VerdictPane::retranslate()
{
    ui->supplementDaysSpinBox->setSuffix(tr(" working days"));
}

} // namespace gui
} // namespace onetrip
