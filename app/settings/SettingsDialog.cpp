#include "settings/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QEvent>

namespace onetrip {
namespace gui {

SettingsDialog::SettingsDialog(const QString &currentLanguage, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
{
    ui->setupUi(this);
    // Each language in its own name, so a person can find theirs whatever is shown now.
    ui->languageComboBox->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    setLanguage(currentLanguage);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return ui->languageComboBox->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = ui->languageComboBox->findData(language);
    ui->languageComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace gui
} // namespace onetrip
