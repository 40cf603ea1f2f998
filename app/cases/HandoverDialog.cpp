#include "cases/HandoverDialog.h"

#include "ui_HandoverDialog.h"

#include "common/ErrorLabel.h"

#include "cases/HandoverModel.h"

#include <QHeaderView>
#include <QSpinBox>

namespace onetrip {
namespace gui {

HandoverDialog::HandoverDialog(const QString &caseNumber, const ProxyCase &proxy,
                               const QList<HandedMaterial> &materials,
                               const QStringList &departments, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HandoverDialog>())
    , m_from(proxy.holder())
{
    ui->setupUi(this);
    ui->introLabel->setText(
        tr("Case %1: the materials change hands; both sides check the list and the copies.")
            .arg(caseNumber));
    ui->fromLabel->setText(HandoverModel::partyText(m_from));
    if (m_from.kind == Party::Kind::Agent)
        m_receivers = {Party::applicant(proxy.applicantName), Party::department(QString())};
    else
        m_receivers = {proxy.agent()};
    for (const Party &p : std::as_const(m_receivers))
        ui->toComboBox->addItem(p.kind == Party::Kind::Department ? displayName(p.kind)
                                                                  : HandoverModel::partyText(p),
                                int(p.kind));
    ui->departmentComboBox->addItems(departments);
    ui->departmentComboBox->setCurrentIndex(-1);
    QTableWidget *table = ui->materialsTableWidget;
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setMaterials(materials);
    connect(ui->toComboBox, &QComboBox::currentIndexChanged, this, &HandoverDialog::toChanged);
    connect(ui->addMaterialPushButton, &QPushButton::clicked, this, [this] {
        addRow(HandedMaterial{QString(), 1});
        ui->materialsTableWidget->editItem(
            ui->materialsTableWidget->item(ui->materialsTableWidget->rowCount() - 1, 0));
    });
    connect(ui->removeMaterialPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = ui->materialsTableWidget->currentRow(); row >= 0)
            ui->materialsTableWidget->removeRow(row);
    });
    toChanged();
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &HandoverDialog::handOverRequested);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 460);
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::toChanged()
{
    const bool department = to().kind == Party::Kind::Department;
    ui->departmentLabel->setVisible(department);
    ui->departmentComboBox->setVisible(department);
}

Party HandoverDialog::to() const
{
    const int i = ui->toComboBox->currentIndex();
    if (i < 0 || i >= m_receivers.size())
        return m_from;
    const Party &p = m_receivers.at(i);
    if (p.kind == Party::Kind::Department)
        return Party::department(ui->departmentComboBox->currentText().trimmed());
    return p;
}

void HandoverDialog::addRow(const HandedMaterial &m)
{
    QTableWidget *table = ui->materialsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(m.name));
    auto *copies = new QSpinBox(table);
    copies->setRange(1, 99);
    copies->setValue(qBound(1, m.copies, 99));
    table->setCellWidget(row, 1, copies);
}

void HandoverDialog::setMaterials(const QList<HandedMaterial> &materials)
{
    ui->materialsTableWidget->setRowCount(0);
    for (const HandedMaterial &m : materials)
        addRow(m);
}

QList<HandedMaterial> HandoverDialog::materials() const
{
    QList<HandedMaterial> out;
    const QTableWidget *table = ui->materialsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name =
            table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        const auto *copies = qobject_cast<const QSpinBox *>(table->cellWidget(row, 1));
        out << HandedMaterial{name, copies ? copies->value() : 0};
    }
    return out;
}

QString HandoverDialog::note() const
{
    return ui->noteLineEdit->text().trimmed();
}

void HandoverDialog::setTo(Party::Kind kind, const QString &department)
{
    ui->toComboBox->setCurrentIndex(ui->toComboBox->findData(int(kind)));
    if (kind == Party::Kind::Department)
        ui->departmentComboBox->setCurrentText(department);
}

void HandoverDialog::showError(const QString &message)
{
    showErrorIn(ui->errorLabel, message);
}

} // namespace gui
} // namespace onetrip
