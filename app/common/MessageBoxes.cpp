#include "common/MessageBoxes.h"

#include <QMessageBox>

namespace onetrip {
namespace gui {

namespace {

MessageBoxes *&installed()
{
    static MessageBoxes *boxes = nullptr;
    return boxes;
}

} // namespace

MessageBoxes &MessageBoxes::instance()
{
    static DialogMessageBoxes dialogs;
    return installed() ? *installed() : dialogs;
}

void MessageBoxes::install(MessageBoxes *boxes)
{
    installed() = boxes;
}

void DialogMessageBoxes::show(Kind kind, QWidget *parent, const QString &title, const QString &text)
{
    switch (kind) {
    case Kind::Information:
    case Kind::Question: // a question without an answer is information
        QMessageBox::information(parent, title, text);
        break;
    case Kind::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case Kind::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    }
}

bool DialogMessageBoxes::ask(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void RecordingMessageBoxes::show(Kind kind, QWidget *, const QString &title, const QString &text)
{
    messages.append({kind, title, text});
}

bool RecordingMessageBoxes::ask(QWidget *, const QString &title, const QString &text)
{
    messages.append({Kind::Question, title, text});
    return answers.isEmpty() ? false : answers.takeFirst();
}

} // namespace gui
} // namespace onetrip
