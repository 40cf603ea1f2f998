#include "intake/ApplicantPane.h"

#include "ui_ApplicantPane.h"

#include "cases/ApplicantRepository.h"
#include "cases/CaseRecord.h"
#include "identity/CreditCode.h"
#include "identity/ResidentId.h"
#include "intake/Checklist.h"
#include "intake/Intake.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QSignalBlocker>

namespace onetrip {
namespace gui {

ApplicantPane::ApplicantPane(Intake &intake, AppContext &context, Parts parts, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicantPane>())
    , m_intake(intake)
    , m_context(context)
{
    ui->setupUi(this);
    for (QLineEdit *edit : {ui->idLineEdit, ui->agentIdLineEdit})
        edit->setMaxLength(22);
    const bool applicant = parts == Parts::ApplicantAndSituations;
    ui->applicantGroupBox->setVisible(applicant);
    ui->agentGroupBox->setVisible(applicant);

    connect(ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            &ApplicantPane::applicantKindChanged);
    connect(ui->idLineEdit, &QLineEdit::textChanged, this, &ApplicantPane::validateApplicantId);
    connect(ui->agentIdLineEdit, &QLineEdit::textChanged, this, &ApplicantPane::validateAgentId);
    connect(ui->agentCheckBox, &QCheckBox::toggled, this, &ApplicantPane::agentToggled);
    for (QLineEdit *edit :
         {ui->nameLineEdit, ui->idLineEdit, ui->phoneLineEdit, ui->addressLineEdit,
          ui->legalRepLineEdit, ui->contactLineEdit, ui->agentNameLineEdit, ui->agentIdLineEdit,
          ui->agentAuthorisationLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ApplicantPane::store);
    connect(ui->agentMayCollectCheckBox, &QCheckBox::toggled, this, &ApplicantPane::store);

    retranslate();
    agentToggled(false);
    applicantKindChanged();
}

ApplicantPane::~ApplicantPane() = default;

void ApplicantPane::reset()
{
    m_questions = Checklist::questions(m_intake.guides());
    buildQuestions();
    for (QLineEdit *edit :
         {ui->nameLineEdit, ui->idLineEdit, ui->phoneLineEdit, ui->addressLineEdit,
          ui->legalRepLineEdit, ui->contactLineEdit, ui->agentNameLineEdit, ui->agentIdLineEdit,
          ui->agentAuthorisationLineEdit})
        edit->clear();
    ui->kindComboBox->setCurrentIndex(0);
    ui->agentCheckBox->setChecked(false);
    ui->agentMayCollectCheckBox->setChecked(false);
    m_intake.setFalseCommitmentFlagged(false);
    store();
}

void ApplicantPane::load(const CaseRecord &r)
{
    // Start from the last check: the case's answers, applicant and agent.
    for (int i = 0; i < m_questions.size(); ++i) {
        const QString answer = r.answers.value(m_questions.at(i).id);
        if (!answer.isEmpty())
            m_questionBoxes.at(i)->setCurrentIndex(
                std::max(0, m_questionBoxes.at(i)->findData(answer)));
    }
    fillApplicant(r.applicant);
    ui->idLineEdit->setText(r.applicant.idNumber);
    fillAgent(r.agent);
    store();
}

void ApplicantPane::setLocked(bool locked)
{
    for (QWidget *w :
         QList<QWidget *>{ui->applicantGroupBox, ui->agentGroupBox, ui->situationGroupBox})
        w->setEnabled(!locked);
}

void ApplicantPane::setEntryText(const QString &text)
{
    ui->entryLabel->setText(text);
}

QString ApplicantPane::entryText() const
{
    return ui->entryLabel->text();
}

void ApplicantPane::setNextInFocusChain(QWidget *next)
{
    m_next = next;
    buildQuestions();
}

void ApplicantPane::focusApplicant()
{
    ui->idLineEdit->setFocus();
}

QWidget *ApplicantPane::applicantField() const
{
    return ui->idLineEdit;
}

void ApplicantPane::revalidate()
{
    validateApplicantId();
    validateAgentId();
}

// ---- Situations -------------------------------------------------------------------------

void ApplicantPane::buildQuestions()
{
    while (ui->situationLayout->rowCount() > 0)
        ui->situationLayout->removeRow(0);
    m_questionBoxes.clear();
    // Questions are long sentences: each above its answer, wrapped to the pane.
    ui->situationLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int i = 0; i < m_questions.size(); ++i) {
        const Situation &s = m_questions.at(i);
        auto *box = new QComboBox(ui->situationGroupBox);
        box->setObjectName(QStringLiteral("situation_") + s.id);
        // Long option texts must not widen the pane: the combo shows what fits, the popup all.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        for (const SituationOption &o : s.options)
            box->addItem(o.label, o.id);
        box->setCurrentIndex(std::max(0, box->findData(m_intake.answers().value(s.id))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, i] { answerChanged(i); });
        auto *label = new QLabel(s.question, ui->situationGroupBox);
        label->setWordWrap(true);
        label->setBuddy(box);
        ui->situationLayout->addRow(label, box);
        m_questionBoxes << box;
    }
    ui->situationGroupBox->setVisible(!m_questions.isEmpty());
    // Keyboard order: applicant, agent, situations, then the checklist.
    QWidget *previous = ui->agentMayCollectCheckBox;
    for (QComboBox *box : std::as_const(m_questionBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    if (m_next)
        setTabOrder(previous, m_next);
}

void ApplicantPane::answerChanged(int question)
{
    const Situation &s = m_questions.at(question);
    const QString answer = m_questionBoxes.at(question)->currentData().toString();
    QHash<QString, QString> answers = m_intake.answers();
    answers.insert(s.id, answer);
    m_intake.setAnswers(answers);
    // "Who applies" answered with the agent option: the agent fields are needed.
    if (!m_syncingAgent && s.option(QStringLiteral("agent"))) {
        const QSignalBlocker block(ui->agentCheckBox);
        ui->agentCheckBox->setChecked(answer == QLatin1String("agent"));
        for (QWidget *w : std::initializer_list<QWidget *>{
                 ui->agentNameLineEdit, ui->agentIdLineEdit, ui->agentAuthorisationLineEdit,
                 ui->agentMayCollectCheckBox})
            w->setEnabled(answer == QLatin1String("agent"));
        store();
    }
    Q_EMIT answersChanged();
}

// ---- Applicant and agent ----------------------------------------------------------------

void ApplicantPane::showOrganisationFields(bool organisation)
{
    ui->idLabel->setText(organisation ? tr("&Credit code") : tr("&ID number"));
    for (QWidget *w : QList<QWidget *>{ui->legalRepLabel, ui->legalRepLineEdit, ui->contactLabel,
                                       ui->contactLineEdit})
        w->setVisible(organisation);
}

void ApplicantPane::applicantKindChanged()
{
    showOrganisationFields(ui->kindComboBox->currentData().toString() ==
                           toKey(ApplicantKind::Organisation));
    validateApplicantId();
}

void ApplicantPane::validateApplicantId()
{
    const QString text = ui->idLineEdit->text();
    const bool organisation = applicant().kind == ApplicantKind::Organisation;
    QString message;
    QString normalized;
    if (!text.trimmed().isEmpty()) {
        if (organisation) {
            const CreditCode::Check c = CreditCode::check(text);
            message = c.message;
            normalized = c.ok() ? c.info.normalized : QString();
        } else {
            const ResidentId::Check c = ResidentId::check(text, m_context.clock().today());
            message = c.message;
            normalized = c.ok() ? c.info.normalized : QString();
        }
    }
    ui->idMessageLabel->setText(message);
    ui->idMessageLabel->setVisible(!message.isEmpty());
    ui->idMessageLabel->setStyleSheet(message.isEmpty() ? QString()
                                                        : QStringLiteral("color: #b00020;"));
    bool falseCommitment = false;
    if (!normalized.isEmpty()) {
        // A returning applicant: their details are entered once, then filled in from here.
        const ApplicantRepository repo(m_context.database());
        auto known = repo.find(normalized);
        if (known && known.value() && known.value()->kind == applicant().kind) {
            fillApplicant(*known.value());
            ui->idMessageLabel->setText(tr("Returning applicant: details filled in."));
            ui->idMessageLabel->setVisible(true);
        }
        auto flagged = repo.falseCommitmentFlagged(normalized);
        falseCommitment = flagged && flagged.value();
        ui->idMessageLabel->setVisible(falseCommitment || !ui->idMessageLabel->text().isEmpty());
        if (falseCommitment)
            ui->idMessageLabel->setText(
                tr("This applicant broke a commitment before: no acceptance with deferral."));
    }
    m_intake.setFalseCommitmentFlagged(falseCommitment);
    store();
    Q_EMIT changed();
}

void ApplicantPane::fillApplicant(const Applicant &a)
{
    const QSignalBlocker block(ui->idLineEdit);
    {
        const QSignalBlocker kind(ui->kindComboBox);
        ui->kindComboBox->setCurrentIndex(std::max(0, ui->kindComboBox->findData(toKey(a.kind))));
    }
    showOrganisationFields(a.kind == ApplicantKind::Organisation);
    if (ui->idLineEdit->text().trimmed().isEmpty())
        ui->idLineEdit->setText(a.idNumber);
    ui->nameLineEdit->setText(a.name);
    ui->phoneLineEdit->setText(a.phone);
    ui->addressLineEdit->setText(a.address);
    ui->legalRepLineEdit->setText(a.legalRepresentative);
    ui->contactLineEdit->setText(a.contact);
}

void ApplicantPane::fillAgent(const std::optional<Agent> &a)
{
    ui->agentCheckBox->setChecked(a.has_value());
    ui->agentNameLineEdit->setText(a ? a->name : QString());
    ui->agentIdLineEdit->setText(a ? a->idNumber : QString());
    ui->agentAuthorisationLineEdit->setText(a ? a->authorisation : QString());
    ui->agentMayCollectCheckBox->setChecked(a && a->mayCollect);
}

void ApplicantPane::validateAgentId()
{
    const QString text = ui->agentIdLineEdit->text();
    const QString message = text.trimmed().isEmpty()
                                ? QString()
                                : ResidentId::check(text, m_context.clock().today()).message;
    ui->agentIdMessageLabel->setText(message);
    ui->agentIdMessageLabel->setVisible(!message.isEmpty());
    ui->agentIdMessageLabel->setStyleSheet(message.isEmpty() ? QString()
                                                             : QStringLiteral("color: #b00020;"));
}

void ApplicantPane::agentToggled(bool on)
{
    for (QWidget *w : std::initializer_list<QWidget *>{ui->agentNameLineEdit, ui->agentIdLineEdit,
                                                       ui->agentAuthorisationLineEdit,
                                                       ui->agentMayCollectCheckBox})
        w->setEnabled(on);
    store();
    // The guide's "who applies" question gets its agent option: the authorisation applies.
    m_syncingAgent = true;
    for (int i = 0; i < m_questions.size(); ++i) {
        if (!m_questions.at(i).option(QStringLiteral("agent")))
            continue;
        QComboBox *box = m_questionBoxes.at(i);
        if (on)
            box->setCurrentIndex(box->findData(QStringLiteral("agent")));
        else if (box->currentData().toString() == QLatin1String("agent"))
            box->setCurrentIndex(std::max(0, box->findData(m_questions.at(i).defaultOption)));
    }
    m_syncingAgent = false;
}

void ApplicantPane::store()
{
    m_intake.setApplicant(applicant());
    m_intake.setAgent(agent());
}

Applicant ApplicantPane::applicant() const
{
    Applicant a;
    a.kind = applicantKindFromKey(ui->kindComboBox->currentData().toString())
                 .value_or(ApplicantKind::Person);
    a.name = ui->nameLineEdit->text().trimmed();
    a.idNumber = ui->idLineEdit->text().trimmed();
    a.phone = ui->phoneLineEdit->text().trimmed();
    a.address = ui->addressLineEdit->text().trimmed();
    if (a.kind == ApplicantKind::Organisation) {
        a.legalRepresentative = ui->legalRepLineEdit->text().trimmed();
        a.contact = ui->contactLineEdit->text().trimmed();
    }
    return a;
}

std::optional<Agent> ApplicantPane::agent() const
{
    if (!ui->agentCheckBox->isChecked())
        return std::nullopt;
    Agent a;
    a.name = ui->agentNameLineEdit->text().trimmed();
    a.idNumber = ui->agentIdLineEdit->text().trimmed();
    a.authorisation = ui->agentAuthorisationLineEdit->text().trimmed();
    a.mayCollect = ui->agentMayCollectCheckBox->isChecked();
    return a;
}

void ApplicantPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString entry = ui->entryLabel->text();
        ui->retranslateUi(this);
        ui->entryLabel->setText(entry);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ApplicantPane::retranslate()
{
    {
        const QSignalBlocker block(ui->kindComboBox);
        const int kind = std::max(0, ui->kindComboBox->currentIndex());
        ui->kindComboBox->clear();
        for (ApplicantKind k : {ApplicantKind::Person, ApplicantKind::Organisation})
            ui->kindComboBox->addItem(displayName(k), toKey(k));
        ui->kindComboBox->setCurrentIndex(kind);
    }
    applicantKindChanged(); // the labels, and the ID's message in the new language
}

} // namespace gui
} // namespace onetrip
