#pragma once

#include "cases/CaseRecord.h"
#include "cases/HandOut.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandOutDialog;
}

namespace onetrip {
namespace gui {

// 一口出: at the window, who collects (the applicant or the case's agent, shown with the
// name and masked ID to compare with the card) and the ID they show, which the service checks
// against the case; or by express with the address, carrier and waybill number.
class HandOutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandOutDialog(const CaseRecord &record, QWidget *parent = nullptr);
    ~HandOutDialog() override;

    HandOutMethod method() const;
    CollectorKind collector() const;
    QString typedId() const;
    QString address() const;
    QString carrier() const;
    QString tracking() const;
    void setMethod(HandOutMethod method);
    void setCollector(CollectorKind kind);
    void setTypedId(const QString &id);
    void setExpress(const QString &address, const QString &carrier, const QString &tracking);
    void showError(const QString &message);

Q_SIGNALS:
    void handOutRequested();

private:
    void updateFields();

    std::unique_ptr<Ui::HandOutDialog> ui;
};

} // namespace gui
} // namespace onetrip
