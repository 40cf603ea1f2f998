#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class RouteDialog;
}

namespace onetrip {
namespace gui {

// 分转: which department decides the case and by when (CaseService::route checks it).
class RouteDialog : public QDialog
{
    Q_OBJECT

public:
    // `departments`: the catalog's for the case's items first; `caseDue`: the case's own due
    // day (the default, and the latest allowed), null when no limit runs.
    RouteDialog(const QString &caseNumber, const QStringList &departments, QDate today,
                QDate caseDue, QWidget *parent = nullptr);
    ~RouteDialog() override;

    QString department() const;
    QDate due() const;
    QString note() const;
    void setDepartment(const QString &department);
    void setDue(QDate due);
    void showError(const QString &message);

Q_SIGNALS:
    void routeRequested();

private:
    std::unique_ptr<Ui::RouteDialog> ui;
};

} // namespace gui
} // namespace onetrip
