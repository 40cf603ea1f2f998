#pragma once

#include "auth/User.h"
#include "proxy/ProxyCase.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ProxyTakeDialog;
}

namespace onetrip {
namespace gui {

// 代办委托: which of the hall's agents carries the case, what the applicant delegates, the
// applicant's phone and the agent's commitment date (CaseService::takeAsProxy checks them).
class ProxyTakeDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyTakeDialog(const QString &caseNumber, const QList<User> &agents,
                    const QString &applicantPhone, QDate today, QWidget *parent = nullptr);
    ~ProxyTakeDialog() override;

    QString agentLogin() const;
    ProxyScope scope() const;
    QString phone() const;
    QDate commitDate() const;
    void setAgent(const QString &login);
    void setScope(const ProxyScope &scope);
    void setPhone(const QString &phone);
    void setCommitDate(QDate date);
    void showError(const QString &message);

Q_SIGNALS:
    void takeRequested();

private:
    std::unique_ptr<Ui::ProxyTakeDialog> ui;
};

} // namespace gui
} // namespace onetrip
