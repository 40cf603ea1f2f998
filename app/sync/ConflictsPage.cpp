#include "sync/ConflictsPage.h"

#include "ui_ConflictsPage.h"

#include "common/MessageBoxes.h"
#include "shell/AppContext.h"
#include "storage/Database.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictResolution.h"

#include <QEvent>
#include <QHeaderView>

namespace onetrip {
namespace gui {

ConflictsPage::ConflictsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ConflictsPage>())
    , m_context(context)
    , m_model(new ConflictListModel(this))
{
    ui->setupUi(this);
    ui->conflictsTableView->setModel(m_model);
    ui->conflictsTableView->horizontalHeader()->setStretchLastSection(true);
    connect(ui->conflictsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPage::updateButtons);
    connect(ui->reasonLineEdit, &QLineEdit::textChanged, this, &ConflictsPage::updateButtons);
    connect(ui->reapplyPushButton, &QPushButton::clicked, this, [this] { settle(true); });
    connect(ui->discardPushButton, &QPushButton::clicked, this, [this] { settle(false); });
    connect(&context.database().notifier(), &StoreNotifier::eventsCommitted, this,
            &ConflictsPage::reload);
    connect(&context, &AppContext::hallChanged, this, &ConflictsPage::reload);
    reload();
}

ConflictsPage::~ConflictsPage() = default;

void ConflictsPage::reload()
{
    const auto &hall = m_context.hall();
    QList<SyncStore::Conflict> rows;
    if (hall) {
        auto list = SyncStore(m_context.database(), hall->terminal, m_context.clock()).conflicts();
        if (list)
            rows = list.value();
    }
    m_model->setConflicts(rows);
    ui->emptyLabel->setVisible(rows.isEmpty());
    ui->conflictsTableView->resizeColumnsToContents();
    updateButtons();
}

QString ConflictsPage::selectedCase() const
{
    const QModelIndexList rows = ui->conflictsTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->conflictAt(rows.constFirst().row()).caseNumber;
}

void ConflictsPage::updateButtons()
{
    const bool chosen = !selectedCase().isEmpty();
    ui->reapplyPushButton->setEnabled(chosen);
    ui->discardPushButton->setEnabled(chosen && !ui->reasonLineEdit->text().trimmed().isEmpty());
}

void ConflictsPage::settle(bool reapply)
{
    const QString number = selectedCase();
    const auto &hall = m_context.hall();
    if (number.isEmpty() || !hall)
        return;
    ConflictResolution resolution(m_context.database(), hall->terminal, m_context.clock());
    const Status done =
        reapply ? resolution.reapply(number, m_context.user())
                : resolution.discard(number, m_context.user(), ui->reasonLineEdit->text());
    if (!done) {
        MessageBoxes::instance().warning(this, tr("Conflict not settled"), done.message());
        return;
    }
    ui->reasonLineEdit->clear();
    reload();
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
