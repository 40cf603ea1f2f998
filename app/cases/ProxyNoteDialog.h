#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ProxyNoteDialog;
}

namespace onetrip {
namespace gui {

// The 代办 steps that are a choice and a text: a relay step (the department, what was done),
// a reassignment (the agent, why: supervisors) and the end (the summary).
class ProxyNoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Step,
        Reassign,
        Complete
    };
    // `choices`: the departments (Step) or the agents as (name, login) (Reassign).
    ProxyNoteDialog(const QString &caseNumber, Mode mode,
                    const QList<std::pair<QString, QString>> &choices, QWidget *parent = nullptr);
    ~ProxyNoteDialog() override;

    Mode mode() const { return m_mode; }
    // The department typed or chosen, or the chosen agent's login.
    QString choice() const;
    QString text() const;
    void setChoice(const QString &value);
    void setText(const QString &text);
    void showError(const QString &message);

Q_SIGNALS:
    void noteRequested();

private:
    std::unique_ptr<Ui::ProxyNoteDialog> ui;
    Mode m_mode;
};

} // namespace gui
} // namespace onetrip
