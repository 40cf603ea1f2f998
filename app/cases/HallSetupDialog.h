#pragma once

#include "cases/HallInfo.h"
#include "common/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HallSetupDialog;
}

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

// First run of a terminal (and later from the Settings menu): the hall's code, name, address
// and phone as printed on documents, and this terminal's code. Saved in the store through
// HallSettings; invalid values are refused with the reason shown in the dialog.
class HallSetupDialog : public QDialog
{
    Q_OBJECT

public:
    // Filled with the saved values when there are any; otherwise, with `offerDemoHall` (the
    // --demo start), with DemoData::demoHall() and a note saying so, else empty.
    explicit HallSetupDialog(const Database &db, bool offerDemoHall = false,
                             QWidget *parent = nullptr);
    ~HallSetupDialog() override;

    // Validates and saves what is typed; accepts the dialog when saved. The refusal is shown
    // in the dialog and returned.
    Status trySave();
    // The message under the fields, empty when none is shown.
    QString errorText() const;
    // What was saved (valid once accepted).
    const HallSetup &setup() const { return m_setup; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message);

    std::unique_ptr<Ui::HallSetupDialog> ui;
    const Database &m_db;
    HallSetup m_setup;
};

} // namespace gui
} // namespace onetrip
