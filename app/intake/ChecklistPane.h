#pragma once

#include "intake/MaterialState.h"

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistPane;
}

class QTableView;

namespace onetrip {
class Intake;
} // namespace onetrip

namespace onetrip {
namespace gui {

class ChecklistModel;

// The material checklist over the Intake's rows (ChecklistModel). Checking: keys 1-7 set the
// current row's state and go on, 0 clears it, N edits its note, F2 its copies received; a
// defective row asks for its defect at once (Enter takes it), the defect "other" for a note.
// Every check is written into the Intake. Listing (咨询): the materials' attributes only,
// nothing is checked.
class ChecklistPane : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Checking,
        Listing,
    };

    ChecklistPane(Intake &intake, Mode mode, QWidget *parent = nullptr);
    ~ChecklistPane() override;

    // The Intake's rows changed (new intake, other answers): checks of rows that stay are kept.
    void refresh();
    // A reopened case: its checks, and the rows its notice listed (to check again).
    void setChecks(const QList<MaterialCheck> &checks);
    void setNoticeRows(const QStringList &rowKeys);
    // A saved intake is read-only.
    void setLocked(bool locked);

    ChecklistModel *model() const { return m_model; }
    QTableView *view() const;
    void focusRow(int row);
    // Puts the cursor on the row an issue names, in the field that fixes it; returns that.
    QWidget *showIssue(const QString &rowKey);

Q_SIGNALS:
    // A check changed (and is in the Intake): the verdict is to be recomputed.
    void changed();
    // A hint for the clerk, or an error (error true).
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    void setRowState(int row, MaterialState state);
    void showRowDetail();
    void defectChosen();
    void noteEntered();
    int currentRow() const;
    void checksChanged();
    void retranslate();

    std::unique_ptr<Ui::ChecklistPane> ui;
    Intake &m_intake;
    const Mode m_mode;
    ChecklistModel *m_model = nullptr;
    bool m_locked = false;
    bool m_advanceAfterNote = false; // the note was asked for by a defect: then the next row
};

} // namespace gui
} // namespace onetrip
