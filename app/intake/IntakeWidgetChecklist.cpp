// IntakeWidget: the checklist's fast keys (1-7, 0, N), the defect reason and the note.
#include "intake/IntakeWidget.h"

#include "ui_IntakeWidget.h"

#include "intake/ChecklistModel.h"

#include <QKeyEvent>
#include <QSignalBlocker>

namespace onetrip {
namespace gui {

// ---- Checklist keys ---------------------------------------------------------------------

int IntakeWidget::currentRow() const
{
    return ui->checklistView->currentIndex().isValid() ? ui->checklistView->currentIndex().row()
                                                       : 0;
}

void IntakeWidget::focusRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    ui->checklistView->setCurrentIndex(m_model->index(row, ChecklistModel::NameColumn));
    showRowDetail();
}

bool IntakeWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == ui->checklistView)
        return handleChecklistKey(key->key(), key->modifiers()) ||
               QWidget::eventFilter(watched, event);
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

bool IntakeWidget::handleChecklistKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (m_consultation || m_confirmed || m_model->rowCount() == 0 ||
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

void IntakeWidget::setRowState(int row, MaterialState state)
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

void IntakeWidget::showRowDetail()
{
    const int row = currentRow();
    const bool has = row < m_model->rowCount();
    const MaterialCheck check = has ? m_model->check(row) : MaterialCheck{};
    const QSignalBlocker block(ui->defectComboBox);
    ui->defectComboBox->setCurrentIndex(
        check.defect ? std::max(0, ui->defectComboBox->findData(toKey(*check.defect))) : 0);
    ui->defectComboBox->setEnabled(has && !m_confirmed && check.state == MaterialState::Defective);
    ui->noteLineEdit->setText(check.note);
    ui->noteLineEdit->setEnabled(has && !m_confirmed);
}

void IntakeWidget::defectChosen()
{
    const int row = currentRow();
    const auto reason = defectReasonFromKey(ui->defectComboBox->currentData().toString());
    m_model->setDefect(row, reason);
    if (reason == DefectReason::Other && m_model->check(row).note.isEmpty()) {
        // "Other" says nothing by itself: the note must.
        m_advanceAfterNote = true;
        showMessage(tr("Other defect: write what is wrong in the note."), true);
        ui->noteLineEdit->setFocus();
        return;
    }
    ui->checklistView->setFocus();
    focusRow(std::min(row + 1, m_model->rowCount() - 1));
}

void IntakeWidget::noteEntered()
{
    const int row = currentRow();
    m_model->setNote(row, ui->noteLineEdit->text().trimmed());
    const MaterialCheck &c = m_model->check(row);
    if (c.defect == DefectReason::Other && c.note.isEmpty()) {
        showMessage(tr("Other defect: write what is wrong in the note."), true);
        return;
    }
    ui->messageLabel->clear();
    ui->checklistView->setFocus();
    focusRow(m_advanceAfterNote ? std::min(row + 1, m_model->rowCount() - 1) : row);
    m_advanceAfterNote = false;
}

} // namespace gui
} // namespace onetrip
