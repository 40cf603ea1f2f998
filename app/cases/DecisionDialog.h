#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DecisionDialog;
}

namespace onetrip {
namespace gui {

// The department's decision as the window records it: approved with the certificate or
// licence number, or refused with the decision number and the reason (the applicant's
// rights are shown, and printed with it).
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DecisionDialog(const QString &caseNumber, QWidget *parent = nullptr);
    ~DecisionDialog() override;

    bool approved() const;
    QString number() const;
    QString reason() const;
    void setApproved(bool approved);
    void setNumber(const QString &number);
    void setReason(const QString &reason);
    void showError(const QString &message);

Q_SIGNALS:
    void decisionRequested();

private:
    void updateFields();

    std::unique_ptr<Ui::DecisionDialog> ui;
};

} // namespace gui
} // namespace onetrip
