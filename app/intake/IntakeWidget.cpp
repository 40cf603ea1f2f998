#include "intake/IntakeWidget.h"

#include "ui_IntakeWidget.h"

#include "catalog/CatalogRepository.h"
#include "intake/ChecklistModel.h"
#include "intake/VerdictEngine.h"
#include "intake/VerdictSummary.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QShortcut>
#include <QSignalBlocker>

namespace onetrip {
namespace gui {

namespace {

// Document actions behind F5, Ctrl+P and Ctrl+S.
enum DocumentAction
{
    PreviewAction,
    PrintAction,
    PdfAction
};

} // namespace

IntakeWidget::IntakeWidget(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::IntakeWidget>())
    , m_context(context)
    , m_db(context.database())
    , m_clerk(context.user())
{
    ui->setupUi(this);
    m_model = new ChecklistModel(this);
    ui->checklistView->setModel(m_model);
    QHeaderView *header = ui->checklistView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name gets a fixed share and wraps; the note takes what is left.
    header->setSectionResizeMode(ChecklistModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(ChecklistModel::NameColumn, 210);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(24);
    ui->checklistView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The checklist is the widest pane (1366×768 counter monitors).
    ui->intakeSplitter->setStretchFactor(0, 2);
    ui->intakeSplitter->setStretchFactor(1, 5);
    ui->intakeSplitter->setStretchFactor(2, 2);
    ui->intakeSplitter->setSizes({340, 640, 330});
    ui->verdictBrowser->setOpenLinks(false);
    QFont big = ui->outcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui->outcomeLabel->setFont(big);

    for (QLineEdit *edit : {ui->idLineEdit, ui->agentIdLineEdit})
        edit->setMaxLength(22);

    const struct
    {
        Qt::Key key;
        Outcome outcome;
        QPushButton *button;
    } actions[] = {{Qt::Key_F9, Outcome::Accept, ui->acceptButton},
                   {Qt::Key_F10, Outcome::AcceptWithDeferral, ui->deferButton},
                   {Qt::Key_F11, Outcome::CorrectionNeeded, ui->correctionButton},
                   {Qt::Key_F12, Outcome::Decline, ui->declineButton}};
    for (const auto &a : actions) {
        const Outcome outcome = a.outcome;
        auto *shortcut = new QShortcut(QKeySequence(a.key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, outcome] { (void)confirm(outcome); });
        connect(a.button, &QPushButton::clicked, this, [this, outcome] { (void)confirm(outcome); });
    }
    const struct
    {
        QKeySequence keys;
        int action;
        QPushButton *button;
    } documentKeys[] = {{QKeySequence(Qt::Key_F5), PreviewAction, ui->previewButton},
                        {QKeySequence(Qt::CTRL | Qt::Key_P), PrintAction, ui->printButton},
                        {QKeySequence(Qt::CTRL | Qt::Key_S), PdfAction, ui->pdfButton}};
    for (const auto &d : documentKeys) {
        const int action = d.action;
        auto *shortcut = new QShortcut(d.keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, action] { runDocumentAction(action); });
        connect(d.button, &QPushButton::clicked, this,
                [this, action] { runDocumentAction(action); });
    }
    connect(ui->documentsListWidget, &QListWidget::itemActivated, this,
            [this] { runDocumentAction(PreviewAction); });

    connect(ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            &IntakeWidget::applicantKindChanged);
    connect(ui->idLineEdit, &QLineEdit::textChanged, this, &IntakeWidget::validateApplicantId);
    connect(ui->agentIdLineEdit, &QLineEdit::textChanged, this, &IntakeWidget::validateAgentId);
    connect(ui->agentCheckBox, &QCheckBox::toggled, this, &IntakeWidget::agentToggled);
    connect(m_model, &ChecklistModel::checksChanged, this, &IntakeWidget::recompute);
    connect(ui->commitmentSignedCheckBox, &QCheckBox::toggled, this, &IntakeWidget::recompute);
    connect(ui->supplementDaysSpinBox, &QSpinBox::valueChanged, this, &IntakeWidget::recompute);
    connect(ui->checklistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IntakeWidget::showRowDetail);

    for (QWidget *w : QList<QWidget *>{ui->checklistView, ui->defectComboBox, ui->noteLineEdit})
        w->installEventFilter(this);
    // Due dates follow the calendar and the day; ID checks (expiry) the day; the consultation
    // list prints the hall.
    connect(&m_context, &AppContext::calendarChanged, this, &IntakeWidget::recompute);
    connect(&m_context, &AppContext::clockChanged, this, [this] {
        validateApplicantId();
        validateAgentId();
        recompute();
    });
    connect(&m_context, &AppContext::hallChanged, this, [this] {
        if (m_consultation)
            fillDocumentList();
    });

    retranslate();
    agentToggled(false);
    applicantKindChanged();
    clear();
}

IntakeWidget::~IntakeWidget() = default;

QDate IntakeWidget::today() const
{
    return m_context.clock().today();
}

CaseService *IntakeWidget::service() const
{
    return m_context.caseService();
}

QString IntakeWidget::entryCode() const
{
    if (!m_bundleCode.isEmpty())
        return m_bundleCode;
    return m_guides.isEmpty() ? QString() : m_guides.first().code;
}

Status IntakeWidget::startItem(const QString &itemCode)
{
    auto guide = CatalogRepository(m_db).guide(itemCode.trimmed());
    if (!guide)
        return guide.error();
    return start({guide.value()}, {}, {});
}

Status IntakeWidget::startBundle(const QString &bundleCode)
{
    const CatalogRepository repo(m_db);
    auto bundle = repo.bundle(bundleCode.trimmed());
    if (!bundle)
        return bundle.error();
    QList<ServiceGuide> guides;
    for (const QString &code : bundle->itemCodes) {
        auto guide = repo.guide(code);
        if (!guide)
            return guide.error();
        guides << guide.value();
    }
    return start(guides, bundle->code, bundle->name);
}

void IntakeWidget::clear()
{
    m_guides.clear();
    m_bundleCode.clear();
    m_bundleName.clear();
    m_questions.clear();
    m_answers.clear();
    m_rows.clear();
    m_caseNumber.clear();
    m_noticeRows.clear();
    m_record.reset();
    m_confirmed = false;
    m_printables.clear();
    m_model->clear();
    buildQuestions();
    resetInputs();
    ui->entryLabel->setText(tr("No intake. Start one from the catalog (an item or a bundle)."));
    fillDocumentList();
    recompute();
    Q_EMIT intakeChanged(false);
}

Status IntakeWidget::start(const QList<ServiceGuide> &guides, const QString &bundleCode,
                           const QString &bundleName)
{
    if (guides.isEmpty())
        return Status::failure(tr("The item has no guide to check against."));
    clear();
    m_guides = guides;
    m_bundleCode = bundleCode;
    m_bundleName = bundleName;
    m_questions = Checklist::questions(guides);
    m_answers = Checklist::mergedDefaultAnswers(guides);
    buildQuestions();
    rebuildChecklist();
    QString title = bundleName.isEmpty() ? guides.first().name : bundleName;
    QString code = bundleCode.isEmpty() ? guides.first().code : bundleCode;
    ui->entryLabel->setText(QStringLiteral("%1\n%2").arg(title, code));
    updateModeVisibility();
    if (m_consultation)
        ui->checklistView->setFocus();
    else
        ui->idLineEdit->setFocus();
    focusRow(0);
    if (m_consultation)
        fillDocumentList();
    Q_EMIT intakeChanged(true);
    return {};
}

void IntakeWidget::resetInputs()
{
    for (QLineEdit *edit :
         {ui->nameLineEdit, ui->idLineEdit, ui->phoneLineEdit, ui->addressLineEdit,
          ui->legalRepLineEdit, ui->contactLineEdit, ui->agentNameLineEdit, ui->agentIdLineEdit,
          ui->agentAuthorisationLineEdit, ui->noteLineEdit, ui->declineReasonLineEdit,
          ui->declineRedirectLineEdit})
        edit->clear();
    ui->kindComboBox->setCurrentIndex(0);
    ui->agentCheckBox->setChecked(false);
    ui->commitmentSignedCheckBox->setChecked(false);
    ui->supplementDaysSpinBox->setValue(0);
    m_falseCommitment = false;
    m_advanceAfterNote = false;
    ui->messageLabel->clear();
}

void IntakeWidget::setConsultationMode(bool consultation)
{
    m_consultation = consultation;
    updateModeVisibility();
    fillDocumentList();
    updateActions();
}

void IntakeWidget::updateModeVisibility()
{
    const bool intake = !m_consultation;
    ui->applicantGroupBox->setVisible(intake);
    ui->agentGroupBox->setVisible(intake);
    ui->deferralGroupBox->setVisible(intake);
    ui->declineGroupBox->setVisible(intake);
    for (QWidget *w : QList<QWidget *>{ui->acceptButton, ui->deferButton, ui->correctionButton,
                                       ui->declineButton, ui->defectLabel, ui->defectComboBox,
                                       ui->noteLabel, ui->noteLineEdit, ui->keysLabel})
        w->setVisible(intake);
    // A consultation checks nothing: only the material's attributes are shown.
    for (int c = ChecklistModel::StateColumn; c < ChecklistModel::ColumnCount; ++c)
        ui->checklistView->setColumnHidden(c, m_consultation);
}

// ---- Situations -------------------------------------------------------------------------

void IntakeWidget::buildQuestions()
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
        box->setCurrentIndex(std::max(0, box->findData(m_answers.value(s.id))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, i] { answerChanged(i); });
        auto *label = new QLabel(s.question, ui->situationGroupBox);
        label->setWordWrap(true);
        label->setBuddy(box);
        ui->situationLayout->addRow(label, box);
        m_questionBoxes << box;
    }
    ui->situationGroupBox->setVisible(!m_questions.isEmpty());
    // Keyboard order: applicant, agent, situations, then the checklist.
    QWidget *previous = ui->agentAuthorisationLineEdit;
    for (QComboBox *box : std::as_const(m_questionBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, ui->checklistView);
}

void IntakeWidget::answerChanged(int question)
{
    const Situation &s = m_questions.at(question);
    const QString answer = m_questionBoxes.at(question)->currentData().toString();
    m_answers.insert(s.id, answer);
    // "Who applies" answered with the agent option: the agent fields are needed.
    if (!m_syncingAgent && s.option(QStringLiteral("agent"))) {
        const QSignalBlocker block(ui->agentCheckBox);
        ui->agentCheckBox->setChecked(answer == QLatin1String("agent"));
        for (QWidget *w :
             {ui->agentNameLineEdit, ui->agentIdLineEdit, ui->agentAuthorisationLineEdit})
            w->setEnabled(answer == QLatin1String("agent"));
    }
    rebuildChecklist();
}

void IntakeWidget::rebuildChecklist()
{
    const int row = currentRow();
    m_rows = m_guides.isEmpty() ? QList<ChecklistRow>() : Checklist::build(m_guides, m_answers);
    m_model->setRows(m_rows);
    if (!m_rows.isEmpty())
        focusRow(std::clamp(row, 0, int(m_rows.size()) - 1));
    if (m_consultation)
        fillDocumentList();
}

// ---- Verdict ----------------------------------------------------------------------------

IntakeRequest IntakeWidget::request() const
{
    IntakeRequest r;
    r.guides = m_guides;
    r.answers = m_answers;
    r.checks = m_model->checks();
    r.falseCommitmentFlagged = m_falseCommitment;
    r.commitmentSigned = ui->commitmentSignedCheckBox->isChecked();
    r.supplementDays = ui->supplementDaysSpinBox->value();
    return r;
}

void IntakeWidget::recompute()
{
    if (m_guides.isEmpty()) {
        m_verdict = Verdict{};
        ui->outcomeLabel->clear();
        ui->verdictBrowser->clear();
        updateActions();
        return;
    }
    m_verdict = VerdictEngine::evaluate(request(), m_rows);
    if (m_consultation) {
        ui->outcomeLabel->setText(
            tr("Consultation: %n material(s) to bring", nullptr, int(m_rows.size())));
        ui->verdictBrowser->setHtml(
            tr("Answer the questions, then print the list for the applicant (Ctrl+P) or save "
               "it as PDF (Ctrl+S). No case is opened.")
                .toHtmlEscaped());
    } else {
        ui->outcomeLabel->setText(
            m_confirmed && m_record
                ? tr("Saved: case %1 (%2)").arg(m_record->number, displayName(m_record->status))
                : VerdictSummary::headline(m_verdict));
        ui->verdictBrowser->setHtml(
            VerdictSummary::html({m_verdict, m_guides, m_context.calendar(), today(),
                                  ui->supplementDaysSpinBox->value()}));
    }
    updateActions();
}

void IntakeWidget::updateActions()
{
    const bool open = hasIntake() && !m_confirmed && !m_consultation;
    // A saved intake is read-only: what was confirmed is what the documents say.
    for (QWidget *w :
         QList<QWidget *>{ui->applicantGroupBox, ui->agentGroupBox, ui->situationGroupBox,
                          ui->deferralGroupBox, ui->declineGroupBox})
        w->setEnabled(!m_confirmed);
    ui->acceptButton->setEnabled(open && m_verdict.allows(Outcome::Accept));
    ui->deferButton->setEnabled(open && m_verdict.allows(Outcome::AcceptWithDeferral));
    ui->correctionButton->setEnabled(open && m_verdict.allows(Outcome::CorrectionNeeded));
    ui->declineButton->setEnabled(open && m_verdict.allows(Outcome::Decline));
    const bool printable = !m_printables.isEmpty();
    ui->documentsGroupBox->setEnabled(printable);
    for (QPushButton *b : {ui->previewButton, ui->printButton, ui->pdfButton})
        b->setEnabled(printable);
}

void IntakeWidget::showMessage(const QString &text, bool error)
{
    ui->messageLabel->setText(text);
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void IntakeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IntakeWidget::retranslate()
{
    {
        const QSignalBlocker block(ui->kindComboBox);
        const int kind = std::max(0, ui->kindComboBox->currentIndex());
        ui->kindComboBox->clear();
        for (ApplicantKind k : {ApplicantKind::Person, ApplicantKind::Organisation})
            ui->kindComboBox->addItem(displayName(k), toKey(k));
        ui->kindComboBox->setCurrentIndex(kind);
    }
    {
        const QSignalBlocker block(ui->defectComboBox);
        const int defect = std::max(0, ui->defectComboBox->currentIndex());
        ui->defectComboBox->clear();
        for (DefectReason r : {DefectReason::Expired, DefectReason::Unsigned, DefectReason::Unclear,
                               DefectReason::WrongForm, DefectReason::NotEnoughCopies,
                               DefectReason::DataMismatch, DefectReason::Other})
            ui->defectComboBox->addItem(displayName(r), toKey(r));
        ui->defectComboBox->setCurrentIndex(defect);
    }
    QStringList keys;
    for (int k = 1; k <= 7; ++k)
        keys << QStringLiteral("%1 %2").arg(k).arg(displayName(stateForKey(k)));
    ui->keysLabel->setText(tr("Keys: %1 · 0 not checked · N note · F2 copies received")
                               .arg(keys.join(QStringLiteral(" · "))));
    ui->supplementDaysSpinBox->setSuffix(tr(" working days"));
    applicantKindChanged();
    m_model->retranslate();
    fillDocumentList();
    recompute();
}

} // namespace gui
} // namespace onetrip
