#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace onetrip {
namespace gui {

// The user's preferences: for now the interface language (中文 / English).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &currentLanguage, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString language() const; // "zh_CN" or "en"
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SettingsDialog> ui;
};

} // namespace gui
} // namespace onetrip
