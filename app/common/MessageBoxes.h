#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace onetrip {
namespace gui {

// Every message box the application shows goes through here, so tests can record what a
// person would have seen (and answer questions) instead of blocking on a modal QMessageBox.
class MessageBoxes
{
public:
    enum class Kind
    {
        Information,
        Warning,
        Critical,
        Question
    };

    virtual ~MessageBoxes() = default;

    virtual void show(Kind kind, QWidget *parent, const QString &title, const QString &text) = 0;
    // true for Yes.
    virtual bool ask(QWidget *parent, const QString &title, const QString &text) = 0;

    void information(QWidget *parent, const QString &title, const QString &text)
    {
        show(Kind::Information, parent, title, text);
    }
    void warning(QWidget *parent, const QString &title, const QString &text)
    {
        show(Kind::Warning, parent, title, text);
    }
    void critical(QWidget *parent, const QString &title, const QString &text)
    {
        show(Kind::Critical, parent, title, text);
    }

    // The one in use: QMessageBox unless a test installed another. Not owned.
    static MessageBoxes &instance();
    static void install(MessageBoxes *boxes); // nullptr: back to QMessageBox
};

// The default: modal QMessageBox.
class DialogMessageBoxes final : public MessageBoxes
{
public:
    void show(Kind kind, QWidget *parent, const QString &title, const QString &text) override;
    bool ask(QWidget *parent, const QString &title, const QString &text) override;
};

// For tests: remembers every message and answers questions from a queue (default: No).
class RecordingMessageBoxes final : public MessageBoxes
{
public:
    struct Message
    {
        Kind kind;
        QString title;
        QString text;
    };

    void show(Kind kind, QWidget *parent, const QString &title, const QString &text) override;
    bool ask(QWidget *parent, const QString &title, const QString &text) override;

    QList<Message> messages;
    QList<bool> answers;
};

} // namespace gui
} // namespace onetrip
