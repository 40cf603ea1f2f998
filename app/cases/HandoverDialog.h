#pragma once

#include "proxy/ProxyCase.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandoverDialog;
}

namespace onetrip {
namespace gui {

// 材料交接单: the materials leave whoever holds them now (fixed: the chain has no gaps) for the
// next holder the case's agent deals with — the applicant or a department's window when the
// agent holds them, else the agent. The materials start as the holder's, each with its copies.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(const QString &caseNumber, const ProxyCase &proxy,
                   const QList<HandedMaterial> &materials, const QStringList &departments,
                   QWidget *parent = nullptr);
    ~HandoverDialog() override;

    Party from() const { return m_from; }
    Party to() const;
    QList<HandedMaterial> materials() const;
    QString note() const;
    // Chooses the receiver: the applicant, the agent, or the department `name`.
    void setTo(Party::Kind kind, const QString &department = {});
    void setMaterials(const QList<HandedMaterial> &materials);
    void showError(const QString &message);

Q_SIGNALS:
    void handOverRequested();

private:
    void toChanged();
    void addRow(const HandedMaterial &material);

    std::unique_ptr<Ui::HandoverDialog> ui;
    Party m_from;
    QList<Party> m_receivers;
};

} // namespace gui
} // namespace onetrip
