#include "cases/CaseChooserDialog.h"

#include "ui_CaseChooserDialog.h"

#include "cases/CaseHitModel.h"

#include <QHeaderView>
#include <QPushButton>

namespace onetrip {
namespace gui {

CaseChooserDialog::CaseChooserDialog(const QString &typed, const CaseSearch::Found &found,
                                     QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CaseChooserDialog>())
    , m_model(new CaseHitModel(this))
{
    ui->setupUi(this);
    m_model->setHits(found.hits);
    ui->hitsTableView->setModel(m_model);
    ui->hitsTableView->verticalHeader()->hide();
    ui->hitsTableView->horizontalHeader()->setStretchLastSection(true);
    ui->hitsTableView->resizeColumnsToContents();
    QString said = tr("%n case(s) found for “%1”. Check the applicant with the ID shown "
                      "before opening.",
                      nullptr, int(found.hits.size()))
                       .arg(typed.trimmed());
    if (found.more)
        said += QLatin1Char(' ') + tr("Only the newest %n are listed: type more of the name or "
                                      "the full ID number to narrow them.",
                                      nullptr, int(found.hits.size()));
    ui->foundLabel->setText(said);
    connect(ui->hitsTableView, &QAbstractItemView::activated, this, &CaseChooserDialog::choose);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseChooserDialog::choose);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui->hitsTableView->setCurrentIndex(m_model->index(0, 0));
    ui->hitsTableView->setFocus();
}

CaseChooserDialog::~CaseChooserDialog() = default;

QString CaseChooserDialog::chosen() const
{
    const QModelIndex current = ui->hitsTableView->currentIndex();
    return current.isValid() ? m_model->hitAt(current.row()).number : QString();
}

void CaseChooserDialog::choose()
{
    const QString number = chosen();
    if (number.isEmpty())
        return;
    accept();
    Q_EMIT caseChosen(number);
}

} // namespace gui
} // namespace onetrip
