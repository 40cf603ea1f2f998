#include "worklist/WorklistPage.h"

#include "ui_WorklistPage.h"

#include "auth/UserRepository.h"
#include "catalog/CatalogRepository.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "worklist/ClockIndexKeeper.h"
#include "worklist/ReloadOnChange.h"
#include "worklist/WorklistListModel.h"
#include "worklist/WorklistModel.h"
#include "worklist/WorklistSource.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

namespace onetrip {
namespace gui {

WorklistPage::WorklistPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::WorklistPage>())
    , m_context(context)
    , m_lists(new WorklistListModel(worklistsFor(context.user().role), this))
    , m_model(new WorklistModel(this))
{
    ui->setupUi(this);
    ui->listsListView->setModel(m_lists);
    ui->casesTableView->setModel(m_model);
    ui->casesTableView->horizontalHeader()->setStretchLastSection(true);
    ui->casesTableView->verticalHeader()->hide();
    // Item names run long: the boxes must not widen the window to fit the longest.
    for (QComboBox *box : {ui->lightComboBox, ui->statusComboBox, ui->itemComboBox,
                           ui->worklistDepartmentComboBox, ui->clerkComboBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == ui->itemComboBox ? 24 : 10);
    }
    fillChoices();

    m_reloadTimer = ReloadOnChange::install(this, context, &WorklistPage::reload);
    connect(&context.clockIndex(), &ClockIndexKeeper::progressed, this,
            &WorklistPage::showIndexState);
    showIndexState();

    connect(ui->listsListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                if (m_filling)
                    return;
                // The desk's due-day filter belongs to the list it was given with.
                m_dueFrom = QDate();
                m_dueUntil = QDate();
                reloadList();
            });
    auto filterChanged = [this] {
        if (!m_filling)
            reloadList();
    };
    for (QComboBox *box : {ui->lightComboBox, ui->statusComboBox, ui->itemComboBox,
                           ui->worklistDepartmentComboBox, ui->clerkComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);
    for (QDateEdit *edit : {ui->receivedFromDateEdit, ui->receivedUntilDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (ui->receivedCheckBox->isChecked() && !m_filling)
                reloadList();
        });
    connect(ui->receivedCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        ui->receivedFromDateEdit->setEnabled(on);
        ui->receivedUntilDateEdit->setEnabled(on);
        if (!m_filling)
            reloadList();
    });
    connect(ui->windowLineEdit, &QLineEdit::editingFinished, this, filterChanged);
    connect(ui->resetPushButton, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(ui->casesTableView, &QAbstractItemView::activated, this, &WorklistPage::openSelected);
    connect(ui->openPushButton, &QPushButton::clicked, this, &WorklistPage::openSelected);
    connect(m_model, &WorklistModel::loaded, this, &WorklistPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorklistPage::updateSummary);

    m_filling = true;
    // The person's own queue first: today's visits, or an agent's 代办.
    ui->listsListView->setCurrentIndex(
        m_lists->index(qMax(0, m_lists->rowOf(WorklistKind::MineToday))));
    setFilter({});
    m_filling = false;
}

WorklistPage::~WorklistPage() = default;

void WorklistPage::fillChoices()
{
    const bool was = m_filling;
    m_filling = true;
    const QDate today = m_context.clock().today();
    ui->receivedFromDateEdit->setDate(today.addDays(-30));
    ui->receivedUntilDateEdit->setDate(today);

    ui->lightComboBox->clear();
    ui->lightComboBox->addItem(tr("Any"));
    for (DeadlineLight l :
         {DeadlineLight::Red, DeadlineLight::Yellow, DeadlineLight::Green, DeadlineLight::Paused})
        ui->lightComboBox->addItem(displayName(l), toKey(l));

    ui->statusComboBox->clear();
    ui->statusComboBox->addItem(tr("Any"));
    for (CaseStatus s : CaseTransitions::all())
        ui->statusComboBox->addItem(displayName(s), toKey(s));

    ui->itemComboBox->clear();
    ui->itemComboBox->addItem(tr("Any"));
    ui->worklistDepartmentComboBox->clear();
    ui->worklistDepartmentComboBox->addItem(tr("Any"));
    if (auto items = CatalogRepository(m_context.database()).items()) {
        QStringList departments;
        for (const ServiceItem &item : items.value()) {
            ui->itemComboBox->addItem(tr("%1 %2").arg(item.code, item.name), item.code);
            if (!departments.contains(item.department))
                departments << item.department;
        }
        departments.sort();
        for (const QString &d : std::as_const(departments))
            ui->worklistDepartmentComboBox->addItem(d, d);
    }

    ui->clerkComboBox->clear();
    ui->clerkComboBox->addItem(tr("Any"));
    if (auto users = UserRepository(m_context.database()).users()) {
        for (const User &u : users.value()) {
            if (u.role == Role::Clerk || u.role == Role::Supervisor)
                ui->clerkComboBox->addItem(tr("%1 (%2)").arg(u.displayName, u.login), u.login);
        }
    }
    m_filling = was;
}

WorklistKind WorklistPage::currentList() const
{
    const QModelIndex current = ui->listsListView->currentIndex();
    // Never a list the role does not work with (an agent: only their own 代办).
    return current.isValid() ? m_lists->kindAt(current.row())
                             : m_lists->kinds().value(0, WorklistKind::All);
}

WorklistFilter WorklistPage::filter() const
{
    WorklistFilter f;
    if (ui->receivedCheckBox->isChecked()) {
        f.receivedFrom = ui->receivedFromDateEdit->date();
        f.receivedUntil = ui->receivedUntilDateEdit->date();
    }
    if (const QString key = ui->lightComboBox->currentData().toString(); !key.isEmpty())
        f.light = deadlineLightFromKey(key);
    if (const QString key = ui->statusComboBox->currentData().toString(); !key.isEmpty())
        f.status = caseStatusFromKey(key);
    f.itemCode = ui->itemComboBox->currentData().toString();
    f.department = ui->worklistDepartmentComboBox->currentData().toString();
    f.clerkLogin = ui->clerkComboBox->currentData().toString();
    f.terminalCode = ui->windowLineEdit->text().trimmed().toUpper();
    // From showList(): no widget of its own (the desk's "due today and tomorrow").
    f.dueFrom = m_dueFrom;
    f.dueUntil = m_dueUntil;
    return f;
}

void WorklistPage::setFilter(const WorklistFilter &f)
{
    const bool was = m_filling;
    m_filling = true;
    ui->receivedCheckBox->setChecked(f.receivedFrom.isValid() || f.receivedUntil.isValid());
    ui->receivedFromDateEdit->setEnabled(ui->receivedCheckBox->isChecked());
    ui->receivedUntilDateEdit->setEnabled(ui->receivedCheckBox->isChecked());
    if (f.receivedFrom.isValid())
        ui->receivedFromDateEdit->setDate(f.receivedFrom);
    if (f.receivedUntil.isValid())
        ui->receivedUntilDateEdit->setDate(f.receivedUntil);
    auto choose = [](QComboBox *box, const QString &key) {
        const int i = key.isEmpty() ? 0 : box->findData(key);
        box->setCurrentIndex(std::max(i, 0));
    };
    choose(ui->lightComboBox, f.light ? toKey(*f.light) : QString());
    choose(ui->statusComboBox, f.status ? toKey(*f.status) : QString());
    choose(ui->itemComboBox, f.itemCode);
    choose(ui->worklistDepartmentComboBox, f.department);
    choose(ui->clerkComboBox, f.clerkLogin);
    ui->windowLineEdit->setText(f.terminalCode);
    m_dueFrom = f.dueFrom;
    m_dueUntil = f.dueUntil;
    m_filling = was;
    if (!m_filling)
        reloadList();
}

void WorklistPage::showList(WorklistKind kind, const WorklistFilter &f)
{
    if (m_lists->rowOf(kind) < 0)
        return;
    m_filling = true;
    ui->listsListView->setCurrentIndex(m_lists->index(m_lists->rowOf(kind)));
    m_filling = false;
    setFilter(f);
}

void WorklistPage::reload()
{
    m_reloadTimer->stop();
    auto query = currentWorklistQuery(m_context);
    if (!query) {
        ui->summaryLabel->setText(query.message());
        return;
    }
    QMap<WorklistKind, int> counts;
    for (WorklistKind kind : m_lists->kinds()) {
        if (auto n = query.value()->count(kind, {}))
            counts.insert(kind, n.value());
    }
    m_lists->setCounts(counts);
    showCases(query.value());
}

void WorklistPage::reloadList()
{
    // Another list or filter: the lists' counts (never filtered) stand.
    auto query = currentWorklistQuery(m_context);
    if (!query) {
        ui->summaryLabel->setText(query.message());
        return;
    }
    showCases(query.value());
}

void WorklistPage::showCases(const std::shared_ptr<const WorklistQuery> &query)
{
    m_model->load(query, currentList(), filter());
    const int column = WorklistModel::columnOf(m_model->currentSort());
    ui->casesTableView->horizontalHeader()->blockSignals(true);
    ui->casesTableView->horizontalHeader()->setSortIndicator(
        column, m_model->currentSort().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    ui->casesTableView->horizontalHeader()->blockSignals(false);
    ui->casesTableView->resizeColumnsToContents();
    // Long item names would push the clerk and window off the screen.
    QHeaderView *header = ui->casesTableView->horizontalHeader();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    for (int wide : {int(WorklistModel::ItemColumn), int(WorklistModel::ApplicantColumn)})
        header->resizeSection(wide, std::min(header->sectionSize(wide), widest));
}

void WorklistPage::updateSummary()
{
    ui->worklistTitleLabel->setText(
        QStringLiteral("<b>%1</b>").arg(displayName(currentList()).toHtmlEscaped()));
    if (!m_model->error().isEmpty()) {
        ui->summaryLabel->setText(m_model->error());
        return;
    }
    const WorklistFilter &f = m_model->filter();
    QString text = tr("%n case(s)", nullptr, m_model->total());
    if (m_model->rowCount() < m_model->total())
        text += QStringLiteral(" · ") +
                tr("the first %n shown; scroll for more", nullptr, m_model->rowCount());
    if (f.dueFrom.isValid() || f.dueUntil.isValid()) {
        const QLocale locale;
        text += QStringLiteral(" · ") + tr("due %1 to %2")
                                            .arg(locale.toString(f.dueFrom, QLocale::ShortFormat),
                                                 locale.toString(f.dueUntil, QLocale::ShortFormat));
    }
    ui->summaryLabel->setText(text);
    ui->openPushButton->setEnabled(m_model->rowCount() > 0);
}

void WorklistPage::openSelected()
{
    const QModelIndex current = ui->casesTableView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openCaseRequested(m_model->rowAt(current.row()).number);
}

void WorklistPage::showIndexState()
{
    const ClockIndexKeeper &keeper = m_context.clockIndex();
    ui->worklistIndexLabel->setText(keeper.stateText());
    ui->worklistIndexLabel->setVisible(keeper.isCounting());
}

void WorklistPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void WorklistPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        showIndexState();
        const WorklistFilter f = filter();
        fillChoices();
        setFilter(f);
    }
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
