#include "cases/HallSetupDialog.h"

#include "ui_HallSetupDialog.h"

#include "cases/HallSettings.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QEvent>
#include <QPushButton>

namespace onetrip {
namespace gui {

HallSetupDialog::HallSetupDialog(const Database &db, bool offerDemoHall, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::HallSetupDialog>())
    , m_db(db)
{
    ui->setupUi(this);
    ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    ui->errorLabel->hide();
    ui->demoLabel->hide();
    const auto saved = HallSettings(m_db).load();
    std::optional<HallSetup> shown = saved ? saved.value() : std::nullopt;
    if (saved && !shown && offerDemoHall) {
        shown = DemoData::demoHall();
        ui->demoLabel->show();
    }
    if (shown) {
        if (saved && saved->has_value())
            m_setup = *shown;
        ui->hallCodeLineEdit->setText(shown->hall.code);
        ui->hallNameLineEdit->setText(shown->hall.name);
        ui->addressLineEdit->setText(shown->hall.address);
        ui->phoneLineEdit->setText(shown->hall.phone);
        ui->terminalCodeLineEdit->setText(shown->terminal.terminalCode);
    }
    // Enter in any field saves: the whole dialog works from the keyboard.
    QPushButton *save = ui->buttonBox->button(QDialogButtonBox::Save);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, [this] { static_cast<void>(trySave()); });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QList<QLineEdit *> fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        connect(field, &QLineEdit::textEdited, ui->errorLabel, &QWidget::hide);
    ui->hallCodeLineEdit->setFocus();
}

HallSetupDialog::~HallSetupDialog() = default;

Status HallSetupDialog::trySave()
{
    // Codes are case-insensitive to type; they are kept (and printed) in capitals.
    HallInfo hall;
    hall.code = ui->hallCodeLineEdit->text().trimmed().toUpper();
    hall.name = ui->hallNameLineEdit->text().simplified();
    hall.address = ui->addressLineEdit->text().simplified();
    hall.phone = ui->phoneLineEdit->text().simplified();
    const QString terminal = ui->terminalCodeLineEdit->text().trimmed().toUpper();

    QStringList problems = HallSettings::problems(hall, terminal);
    if (hall.address.isEmpty())
        problems << tr("Enter the hall's address: it is printed on every document.");
    if (hall.phone.isEmpty())
        problems << tr("Enter the hall's phone number: it is printed on every document.");
    if (!problems.isEmpty()) {
        showError(problems.join(u'\n'));
        QLineEdit *first = !HallSettings::isValidHallCode(hall.code) ? ui->hallCodeLineEdit
                           : hall.name.isEmpty()                     ? ui->hallNameLineEdit
                           : hall.address.isEmpty()                  ? ui->addressLineEdit
                           : hall.phone.isEmpty()                    ? ui->phoneLineEdit
                                                                     : ui->terminalCodeLineEdit;
        first->setFocus();
        first->selectAll();
        return Status::failure(problems.join(u'\n'));
    }
    if (Status saved = HallSettings(m_db).save(hall, terminal); !saved) {
        showError(saved.message());
        return saved;
    }
    m_setup.hall = hall;
    m_setup.terminal = TerminalInfo{hall.code, terminal};
    accept();
    return {};
}

QString HallSetupDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void HallSetupDialog::showError(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

void HallSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
