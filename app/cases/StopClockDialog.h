#pragma once

#include "deadline/ClockPause.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StopClockDialog;
}

namespace onetrip {
namespace gui {

// Asks which step stops a case's time limit (特殊环节) and why; the reason is required.
class StopClockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StopClockDialog(const QString &caseNumber, QWidget *parent = nullptr);
    ~StopClockDialog() override;

    PauseKind kind() const;
    QString reason() const;
    // Shows why the stop was refused; the dialog stays open.
    void showError(const QString &message);

Q_SIGNALS:
    // OK with a reason: the window stops the clock and closes the dialog, or shows why not.
    void stopRequested();

private:
    std::unique_ptr<Ui::StopClockDialog> ui;
};

} // namespace gui
} // namespace onetrip
