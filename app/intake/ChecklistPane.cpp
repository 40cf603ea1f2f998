#include "intake/ChecklistPane.h"

#include "ui_ChecklistPane.h"

#include "intake/ChecklistModel.h"
#include "intake/Intake.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace onetrip {
namespace gui {

ChecklistPane::ChecklistPane(Intake &intake, Mode mode, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ChecklistPane>())
    , m_intake(intake)
    , m_mode(mode)
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

    const bool checking = mode == Mode::Checking;
    for (QWidget *w : QList<QWidget *>{ui->defectLabel, ui->defectComboBox, ui->noteLabel,
                                       ui->noteLineEdit, ui->keysLabel})
        w->setVisible(checking);
    // A consultation checks nothing: only the material's attributes are shown.
    for (int c = ChecklistModel::StateColumn; c < ChecklistModel::ColumnCount; ++c)
        ui->checklistView->setColumnHidden(c, !checking);
    if (!checking)
        ui->checklistView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_model, &ChecklistModel::checksChanged, this, &ChecklistPane::checksChanged);
    connect(ui->checklistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistPane::showRowDetail);
    for (QWidget *w : QList<QWidget *>{ui->checklistView, ui->defectComboBox, ui->noteLineEdit})
        w->installEventFilter(this);
    retranslate();
}

ChecklistPane::~ChecklistPane() = default;

QTableView *ChecklistPane::view() const
{
    return ui->checklistView;
}

void ChecklistPane::refresh()
{
    const int row = currentRow();
    m_model->setRows(m_intake.rows());
    if (m_model->rowCount() > 0)
        focusRow(std::clamp(row, 0, m_model->rowCount() - 1));
}

void ChecklistPane::setChecks(const QList<MaterialCheck> &checks)
{
    m_model->setChecks(checks);
}

void ChecklistPane::setNoticeRows(const QStringList &rowKeys)
{
    m_model->setNoticeRows(rowKeys);
}

void ChecklistPane::setLocked(bool locked)
{
    m_locked = locked;
    showRowDetail();
}

void ChecklistPane::checksChanged()
{
    m_intake.setChecks(m_model->checks());
    Q_EMIT changed();
}

QWidget *ChecklistPane::showIssue(const QString &rowKey)
{
    int row = 0;
    while (row < m_model->rowCount() && m_model->rows().at(row).key != rowKey)
        ++row;
    focusRow(row);
    const bool noDefect = row >= m_model->rowCount() || !m_model->check(row).defect.has_value();
    return noDefect ? static_cast<QWidget *>(ui->defectComboBox)
                    : static_cast<QWidget *>(ui->noteLineEdit);
}

// ---- Keys -------------------------------------------------------------------------------

int ChecklistPane::currentRow() const
{
    return ui->checklistView->currentIndex().isValid() ? ui->checklistView->currentIndex().row()
                                                       : 0;
}

void ChecklistPane::focusRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    ui->checklistView->setCurrentIndex(m_model->index(row, ChecklistModel::NameColumn));
    showRowDetail();
}

bool ChecklistPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == ui->checklistView)
        return handleKey(key->key(), key->modifiers()) || QWidget::eventFilter(watched, event);
    if (watched == ui->defectComboBox && enter) {
        defectChosen();
        return true;
    }
    if (watched == ui->noteLineEdit && enter) {
        noteEntered();
        return true;
    }
    if ((watched == ui->defectComboBox || watched == ui->noteLineEdit) &&
        key->key() == Qt::Key_Escape) {
        showRowDetail();
        ui->checklistView->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ChecklistPane::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (m_mode != Mode::Checking || m_locked || m_model->rowCount() == 0 ||
        (modifiers & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    if (key >= Qt::Key_0 && key <= Qt::Key_7) {
        setRowState(currentRow(), stateForKey(key - Qt::Key_0));
        return true;
    }
    if (key == Qt::Key_N) {
        m_advanceAfterNote = false;
        ui->noteLineEdit->setFocus();
        ui->noteLineEdit->selectAll();
        return true;
    }
    return false;
}

void ChecklistPane::setRowState(int row, MaterialState state)
{
    m_model->setState(row, state);
    if (state == MaterialState::Defective) {
        // The reason is asked for at once; Enter takes it and goes on.
        showRowDetail();
        ui->defectComboBox->setFocus();
        return;
    }
    focusRow(std::min(row + 1, m_model->rowCount() - 1));
}

void ChecklistPane::showRowDetail()
{
    const int row = currentRow();
    const bool has = row < m_model->rowCount();
    const MaterialCheck check = has ? m_model->check(row) : MaterialCheck{};
    const QSignalBlocker block(ui->defectComboBox);
    ui->defectComboBox->setCurrentIndex(
        check.defect ? std::max(0, ui->defectComboBox->findData(toKey(*check.defect))) : 0);
    ui->defectComboBox->setEnabled(has && !m_locked && check.state == MaterialState::Defective);
    ui->noteLineEdit->setText(check.note);
    ui->noteLineEdit->setEnabled(has && !m_locked);
}

void ChecklistPane::defectChosen()
{
    const int row = currentRow();
    const auto reason = defectReasonFromKey(ui->defectComboBox->currentData().toString());
    m_model->setDefect(row, reason);
    if (reason == DefectReason::Other && m_model->check(row).note.isEmpty()) {
        // "Other" says nothing by itself: the note must.
        m_advanceAfterNote = true;
        Q_EMIT message(tr("Other defect: write what is wrong in the note."), true);
        ui->noteLineEdit->setFocus();
        return;
    }
    ui->checklistView->setFocus();
    focusRow(std::min(row + 1, m_model->rowCount() - 1));
}

void ChecklistPane::noteEntered()
{
    const int row = currentRow();
    m_model->setNote(row, ui->noteLineEdit->text().trimmed());
    const MaterialCheck &c = m_model->check(row);
    if (c.defect == DefectReason::Other && c.note.isEmpty()) {
        Q_EMIT message(tr("Other defect: write what is wrong in the note."), true);
        return;
    }
    Q_EMIT message(QString(), false);
    ui->checklistView->setFocus();
    focusRow(m_advanceAfterNote ? std::min(row + 1, m_model->rowCount() - 1) : row);
    m_advanceAfterNote = false;
}

void ChecklistPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ChecklistPane::retranslate()
{
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
    m_model->retranslate();
}

} // namespace gui
} // namespace onetrip
