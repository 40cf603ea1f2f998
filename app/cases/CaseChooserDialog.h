#pragma once

#include "cases/CaseSearch.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CaseChooserDialog;
}

namespace onetrip {
namespace gui {

class CaseHitModel;

// Several cases match what was typed into the open-case field (a name, an ID, the start of
// a number): the clerk picks one (Enter or a double-click opens it). Newest first.
class CaseChooserDialog : public QDialog
{
    Q_OBJECT

public:
    CaseChooserDialog(const QString &typed, const CaseSearch::Found &found,
                      QWidget *parent = nullptr);
    ~CaseChooserDialog() override;

    CaseHitModel *model() const { return m_model; }
    QString chosen() const; // the case number of the selected row

Q_SIGNALS:
    void caseChosen(const QString &caseNumber);

private:
    void choose();

    std::unique_ptr<Ui::CaseChooserDialog> ui;
    CaseHitModel *m_model;
};

} // namespace gui
} // namespace onetrip
