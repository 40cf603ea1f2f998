#include "catalog/CatalogBrowserWidget.h"

#include "ui_CatalogBrowserWidget.h"

#include "catalog/CatalogRepository.h"
#include "catalog/CatalogSearchModel.h"
#include "catalog/GuideDocument.h"
#include "catalog/MaterialTableModel.h"
#include "catalog/SearchResultDelegate.h"
#include "catalog/SituationTreeModel.h"
#include "deadline/PromisedDeadline.h"
#include "shell/AppContext.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace onetrip {
namespace gui {

namespace {

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

CatalogBrowserWidget::CatalogBrowserWidget(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CatalogBrowserWidget>())
    , m_context(context)
    , m_db(context.database())
    , m_searchModel(new CatalogSearchModel(this))
    , m_materialModel(new MaterialTableModel(this))
    , m_situationModel(new SituationTreeModel(this))
{
    ui->setupUi(this);
    ui->browserSplitter->setStretchFactor(0, 0);
    ui->browserSplitter->setStretchFactor(1, 1);
    ui->searchPaneWidget->setMinimumWidth(300);
    ui->browserSplitter->setSizes({380, 820});

    ui->resultsListView->setModel(m_searchModel);
    ui->resultsListView->setItemDelegate(new SearchResultDelegate(ui->resultsListView));
    ui->resultsListView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui->resultsListView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    ui->materialsTableView->setModel(m_materialModel);
    ui->materialsTableView->verticalHeader()->hide();
    ui->materialsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui->materialsTableView->horizontalHeader()->setHighlightSections(false);
    ui->materialsTableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft |
                                                                    Qt::AlignVCenter);

    ui->situationsTreeView->setModel(m_situationModel);
    ui->situationsTreeView->setUniformRowHeights(false);
    ui->situationsTreeView->header()->setStretchLastSection(true);
    ui->situationsTreeView->header()->setSectionResizeMode(SituationTreeModel::TextColumn,
                                                           QHeaderView::ResizeToContents);
    ui->situationsTreeView->header()->setMaximumSectionSize(
        fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 30);

    QFont titleFont = ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);

    ui->searchLineEdit->installEventFilter(this);
    ui->resultsListView->installEventFilter(this);

    connect(ui->searchLineEdit, &QLineEdit::textChanged, this, &CatalogBrowserWidget::runSearch);
    connect(ui->departmentComboBox, &QComboBox::currentIndexChanged, this,
            &CatalogBrowserWidget::runSearch);
    connect(ui->handlingFormComboBox, &QComboBox::currentIndexChanged, this,
            &CatalogBrowserWidget::runSearch);
    connect(ui->resultsListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row(), false);
            });
    connect(ui->resultsListView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row(), true); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &CatalogBrowserWidget::focusSearch);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), ui->guidePaneWidget);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &CatalogBrowserWidget::focusSearch);
    // One key from the catalog to the intake screen (while the catalog has the focus).
    const QKeySequence intakeKeys[] = {QKeySequence(Qt::Key_F2),
                                       QKeySequence(Qt::CTRL | Qt::Key_Return),
                                       QKeySequence(Qt::CTRL | Qt::Key_Enter)};
    for (const QKeySequence &keys : intakeKeys) {
        auto *intake = new QShortcut(keys, this);
        intake->setContext(Qt::WidgetWithChildrenShortcut);
        connect(intake, &QShortcut::activated, this, [this] { requestIntake(false); });
    }
    auto *consultation = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2), this);
    consultation->setContext(Qt::WidgetWithChildrenShortcut);
    connect(consultation, &QShortcut::activated, this, [this] { requestIntake(true); });

    // The due date of a case accepted today moves with the calendar and the day.
    connect(&m_context, &AppContext::calendarChanged, this, &CatalogBrowserWidget::renderDeadline);
    connect(&m_context, &AppContext::clockChanged, this, &CatalogBrowserWidget::renderDeadline);

    fillFilters();
    renderEntry();
    updateCountLabel();
    setFocusProxy(ui->searchLineEdit);
}

CatalogBrowserWidget::~CatalogBrowserWidget() = default;

Status CatalogBrowserWidget::load()
{
    const CatalogRepository repository(m_db);
    Result<QList<SearchEntry>> entries = repository.searchEntries();
    if (!entries)
        return entries.error();
    m_index.rebuild(std::move(entries).value());
    m_itemCount = repository.itemCount();
    m_searchModel->setIndex(&m_index);
    fillFilters();
    runSearch();
    return {};
}

void CatalogBrowserWidget::renderDeadline()
{
    if (!m_guide) {
        ui->deadlineLabel->hide();
        return;
    }
    const QDate today = m_context.clock().today();
    const PromisedDeadline deadline =
        PromisedDeadline::forGuide(*m_guide, today, m_context.calendar());
    QString text = deadline.describe(today).toHtmlEscaped();
    if (deadline.due.hasWarning()) {
        // Colour only for status: a date computed without the holiday calendar.
        text += QStringLiteral("<br><b style=\"color:#a40000\">") +
                deadline.due.warning().toHtmlEscaped() + QStringLiteral("</b>");
    }
    ui->deadlineLabel->setText(text);
    ui->deadlineLabel->show();
}

QString CatalogBrowserWidget::entryCode() const
{
    return m_guide ? m_guide->code : m_bundle ? m_bundle->code : QString();
}

QString CatalogBrowserWidget::entryName() const
{
    return m_guide ? m_guide->name : m_bundle ? m_bundle->name : QString();
}

QString CatalogBrowserWidget::documentHtml() const
{
    if (m_guide)
        return GuideDocument::toHtml(*m_guide);
    if (m_bundle)
        return GuideDocument::bundleToHtml(*m_bundle, m_bundleGuides);
    return {};
}

void CatalogBrowserWidget::focusSearch()
{
    ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    ui->searchLineEdit->selectAll();
}

bool CatalogBrowserWidget::requestIntake(bool consultation)
{
    if (!hasEntry() && m_searchModel->rowCount() > 0) {
        ui->resultsListView->setCurrentIndex(m_searchModel->index(0)); // opens it
        openRow(0, false);
    }
    if (!hasEntry())
        return false;
    Q_EMIT intakeRequested(entryCode(), m_bundle.has_value(), consultation);
    return true;
}

bool CatalogBrowserWidget::showCode(const QString &code)
{
    const int row = m_searchModel->rowOfCode(code);
    if (row >= 0) {
        ui->resultsListView->setCurrentIndex(m_searchModel->index(row));
        return entryCode() == code;
    }
    const CatalogRepository repository(m_db);
    if (Result<ServiceGuide> guide = repository.guide(code)) {
        showGuide(guide.value());
        return true;
    }
    return false;
}

void CatalogBrowserWidget::fillFilters()
{
    const QString department = ui->departmentComboBox->currentData().toString();
    const int form = ui->handlingFormComboBox->currentData().isValid()
                         ? ui->handlingFormComboBox->currentData().toInt()
                         : -1;
    const QSignalBlocker blockDepartments(ui->departmentComboBox);
    const QSignalBlocker blockForms(ui->handlingFormComboBox);

    ui->departmentComboBox->clear();
    ui->departmentComboBox->addItem(tr("All departments"), QString());
    const QStringList departments = m_index.departments();
    for (const QString &d : departments)
        ui->departmentComboBox->addItem(d, d);
    ui->departmentComboBox->setCurrentIndex(
        std::max(0, ui->departmentComboBox->findData(department)));

    ui->handlingFormComboBox->clear();
    ui->handlingFormComboBox->addItem(tr("All handling forms"), -1);
    for (HandlingForm f :
         {HandlingForm::ZeroTrip, HandlingForm::OneTrip, HandlingForm::WeRunForYou})
        ui->handlingFormComboBox->addItem(displayName(f), int(f));
    ui->handlingFormComboBox->setCurrentIndex(
        std::max(0, ui->handlingFormComboBox->findData(form)));
}

void CatalogBrowserWidget::runSearch()
{
    SearchFilter filter;
    filter.department = ui->departmentComboBox->currentData().toString();
    const int form = ui->handlingFormComboBox->currentData().toInt();
    if (form >= 0)
        filter.handlingForm = HandlingForm(form);
    m_searchModel->search(ui->searchLineEdit->text(), filter);
    updateCountLabel();
}

void CatalogBrowserWidget::updateCountLabel()
{
    const int rows = m_searchModel->rowCount();
    const QString query = ui->searchLineEdit->text().trimmed();
    QString text;
    if (rows == 0 && m_index.size() == 0)
        text = tr("The catalog is empty: import a catalog file (onetripctl catalog import).");
    else if (rows == 0 && !query.isEmpty())
        text = tr("No item matches “%1”. Try fewer characters, pinyin initials such as gtgs, "
                  "or all departments.")
                   .arg(query);
    else if (rows == 0)
        text = tr("No item of this department has this handling form.");
    else if (m_searchModel->truncated())
        text = tr("The best %1 matches are shown: type more to narrow the search.").arg(rows);
    else if (query.isEmpty())
        text = tr("%1 catalog entries. Type to search; ↓ and Enter open a guide.").arg(rows);
    else
        text = tr("%1 found. ↓ and Enter open a guide; Esc comes back here.").arg(rows);
    ui->resultsCountLabel->setText(text);
}

void CatalogBrowserWidget::openRow(int row, bool moveFocus)
{
    const SearchEntry *entry = m_searchModel->entryAt(row);
    if (!entry)
        return;
    if (entryCode() != entry->item.code) {
        const CatalogRepository repository(m_db);
        if (entry->isBundle) {
            Result<Bundle> bundle = repository.bundle(entry->item.code);
            if (!bundle) {
                showNothing(bundle.message());
                return;
            }
            QList<ServiceGuide> guides;
            for (const QString &code : std::as_const(bundle->itemCodes)) {
                Result<ServiceGuide> guide = repository.guide(code);
                if (!guide) {
                    showNothing(guide.message());
                    return;
                }
                guides.append(std::move(guide).value());
            }
            showBundle(bundle.value(), guides);
        } else {
            Result<ServiceGuide> guide = repository.guide(entry->item.code);
            if (!guide) {
                showNothing(guide.message());
                return;
            }
            showGuide(guide.value());
        }
    }
    if (moveFocus) {
        QWidget *page = ui->guideTabWidget->currentWidget();
        QWidget *target = page == ui->materialsTab ? static_cast<QWidget *>(ui->materialsTableView)
                          : page == ui->situationsTab
                              ? static_cast<QWidget *>(ui->situationsTreeView)
                              : static_cast<QWidget *>(ui->guideTextBrowser);
        target->setFocus(Qt::OtherFocusReason);
    }
}

void CatalogBrowserWidget::showGuide(const ServiceGuide &guide)
{
    m_guide = guide;
    m_bundle.reset();
    m_bundleGuides.clear();
    m_materialModel->setGuide(guide);
    m_situationModel->setGuide(guide);
    renderEntry();
    Q_EMIT entryChanged(true);
}

void CatalogBrowserWidget::showBundle(const Bundle &bundle, const QList<ServiceGuide> &guides)
{
    m_guide.reset();
    m_bundle = bundle;
    m_bundleGuides = guides;
    m_materialModel->setBundle(guides);
    m_situationModel->setBundle(guides);
    renderEntry();
    Q_EMIT entryChanged(true);
}

void CatalogBrowserWidget::showNothing(const QString &message)
{
    const bool wasShown = hasEntry();
    m_guide.reset();
    m_bundle.reset();
    m_bundleGuides.clear();
    m_materialModel->clear();
    m_situationModel->clear();
    m_emptyMessage = message;
    renderEntry();
    if (wasShown)
        Q_EMIT entryChanged(false);
}

void CatalogBrowserWidget::renderEntry()
{
    const int materials = m_materialModel->rowCount();
    const int questions = m_situationModel->questionCount();
    ui->guideTabWidget->setTabText(ui->guideTabWidget->indexOf(ui->materialsTab),
                                   tr("&Materials (%1)").arg(materials));
    ui->guideTabWidget->setTabText(ui->guideTabWidget->indexOf(ui->situationsTab),
                                   tr("&Situations (%1)").arg(questions));
    if (!hasEntry()) {
        renderDeadline();
        ui->titleLabel->setText(tr("Service guide"));
        const QString hint = m_emptyMessage.isEmpty()
                                 ? tr("Type in the search box to find an item, press ↓ to go "
                                      "to the results and Enter to open its guide here.")
                                 : m_emptyMessage;
        ui->guideTextBrowser->setHtml(QStringLiteral("<p style=\"color:#555555\">") +
                                      hint.toHtmlEscaped() + QStringLiteral("</p>"));
        return;
    }
    m_emptyMessage.clear();
    const QString mark = m_bundle ? tr("Bundle (一件事):") + u' ' : QString();
    ui->titleLabel->setText(mark + entryName());
    ui->titleLabel->setToolTip(entryCode());
    ui->guideTextBrowser->setHtml(documentHtml());
    renderDeadline();

    // Short columns fit their contents; long texts wrap at a readable width (their full
    // text is also in the tooltip).
    QTableView *table = ui->materialsTableView;
    table->resizeColumnsToContents();
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D)); // a CJK character
    const std::pair<int, int> wrapped[] = {
        {MaterialTableModel::NameColumn, 16},    {MaterialTableModel::RequirementColumn, 9},
        {MaterialTableModel::SourceColumn, 9},   {MaterialTableModel::HowToObtainColumn, 14},
        {MaterialTableModel::RemarksColumn, 14}, {MaterialTableModel::UsedByColumn, 12},
    };
    for (const auto &[column, width] : wrapped) {
        if (column < m_materialModel->columnCount())
            table->setColumnWidth(column, std::min(table->columnWidth(column), em * width));
    }
    table->resizeRowsToContents();
    ui->situationsTreeView->expandAll();
}

void CatalogBrowserWidget::retranslate()
{
    ui->retranslateUi(this);
    fillFilters();
    m_searchModel->retranslate();
    m_materialModel->retranslate();
    m_situationModel->retranslate();
    renderEntry();
    updateCountLabel();
}

QByteArray CatalogBrowserWidget::saveState() const
{
    return ui->browserSplitter->saveState();
}

void CatalogBrowserWidget::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        ui->browserSplitter->restoreState(state);
}

void CatalogBrowserWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool CatalogBrowserWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const int rows = m_searchModel->rowCount();
    QAbstractItemView *results = ui->resultsListView;

    if (watched == ui->searchLineEdit) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && rows > 0) {
            results->setCurrentIndex(m_searchModel->index(0));
            results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (isEnter(key->key()) && rows > 0) {
            const int row = results->currentIndex().isValid() ? results->currentIndex().row() : 0;
            results->setCurrentIndex(m_searchModel->index(row));
            openRow(row, true);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !ui->searchLineEdit->text().isEmpty()) {
            ui->searchLineEdit->clear();
            return true;
        }
    } else if (watched == results) {
        if (isEnter(key->key()) && results->currentIndex().isValid()) {
            openRow(results->currentIndex().row(), true);
            return true;
        }
        if (key->key() == Qt::Key_Escape ||
            (key->key() == Qt::Key_Up && results->currentIndex().row() <= 0)) {
            focusSearch();
            return true;
        }
        // Typing in the results goes on with the query.
        const QString text = key->text();
        if (!text.isEmpty() && text.at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            ui->searchLineEdit->setFocus(Qt::OtherFocusReason);
            ui->searchLineEdit->insert(text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gui
} // namespace onetrip
