#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RevealIdDialog;
}

namespace onetrip {
namespace gui {

// Why the full ID number of the applicant (or the agent) is to be shown: the reason is kept
// with the case (CaseService::revealId) before the number appears.
class RevealIdDialog : public QDialog
{
    Q_OBJECT

public:
    RevealIdDialog(const QString &caseNumber, bool hasAgent, QWidget *parent = nullptr);
    ~RevealIdDialog() override;

    bool agent() const;
    QString reason() const;
    void setAgent(bool agent);
    void setReason(const QString &reason);
    void showError(const QString &message);

Q_SIGNALS:
    void revealRequested();

private:
    std::unique_ptr<Ui::RevealIdDialog> ui;
};

} // namespace gui
} // namespace onetrip
