#pragma once

#include "cases/IntakeConfirmation.h"
#include "common/Result.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class SupervisorApprovalDialog;
}

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

// 二次告知: a resubmission found deficiencies the correction notice did not list. A supervisor
// signs it off here with their login, password and a written reason. The credentials are
// checked against the user store before the dialog closes (a clerk's are refused); the case
// service checks them again when it records the notice.
class SupervisorApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    SupervisorApprovalDialog(const Database &db, const QStringList &newDeficiencies,
                             QWidget *parent = nullptr);
    ~SupervisorApprovalDialog() override;

    // Modal: the approval, or nothing when cancelled. For IntakePage::approvalProvider.
    static std::optional<SupervisorApproval>
    ask(const Database &db, const QStringList &newDeficiencies, QWidget *parent);

    // Checks what is typed (all three required, a supervisor's valid credentials); accepts
    // the dialog when approved. The refusal is shown in the dialog and returned.
    Status tryApprove();
    QString errorText() const; // empty when no message is shown
    // What was approved (valid once accepted).
    const SupervisorApproval &approval() const { return m_approval; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDeficiencies();
    void showError(const QString &message);

    std::unique_ptr<Ui::SupervisorApprovalDialog> ui;
    const Database &m_db;
    QStringList m_deficiencies;
    SupervisorApproval m_approval;
};

} // namespace gui
} // namespace onetrip
