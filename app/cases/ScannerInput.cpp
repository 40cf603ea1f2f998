#include "cases/ScannerInput.h"

#include "cases/CaseLookup.h"
#include "cases/CaseNumber.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace onetrip {
namespace gui {

ScannerInput::ScannerInput(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    qApp->installEventFilter(this);
}

ScannerInput::~ScannerInput()
{
    qApp->removeEventFilter(this);
}

void ScannerInput::reset()
{
    m_buffer.clear();
    m_target = nullptr;
}

void ScannerInput::takeBack()
{
    if (!m_target)
        return;
    if (m_lineEdit) {
        auto *edit = static_cast<QLineEdit *>(m_target.data());
        edit->setText(m_targetText);
        edit->setCursorPosition(m_targetCursor);
        return;
    }
    const qsizetype n = m_buffer.size();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target)) {
        QTextCursor c = plain->textCursor();
        c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(n));
        c.removeSelectedText();
    } else if (auto *rich = qobject_cast<QTextEdit *>(m_target)) {
        QTextCursor c = rich->textCursor();
        c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(n));
        c.removeSelectedText();
    }
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    // A key press travels from the focus widget up to its parents: look at it once.
    QWidget *focus = QApplication::focusWidget();
    if (watched != focus || !focus)
        return QObject::eventFilter(watched, event);
    QWidget *top = focus->window();
    const bool ours = top == m_window ||
                      (top && top->parentWidget() && top->parentWidget()->window() == m_window);
    if (!ours || focus == m_ownField || QApplication::activeModalWidget()) {
        reset();
        return QObject::eventFilter(watched, event);
    }

    const auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_now();
    const bool inBurst = !m_buffer.isEmpty() && now - m_last <= kMaxGapMs;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const bool scan =
            inBurst && m_buffer.size() >= kMinLength && CaseLookup::isNumber(m_buffer);
        const QString number = m_buffer;
        if (scan) {
            takeBack();
            reset();
            Q_EMIT scanned(CaseNumber::normalize(number));
            return true; // the Enter was the scanner's, not the field's
        }
        reset();
        return QObject::eventFilter(watched, event);
    }
    const QString text = key->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!printable) {
        reset();
        return QObject::eventFilter(watched, event);
    }
    if (!inBurst) {
        reset();
        m_target = focus;
        m_lineEdit = qobject_cast<QLineEdit *>(focus) != nullptr;
        if (m_lineEdit) {
            auto *edit = static_cast<QLineEdit *>(focus);
            m_targetText = edit->text();
            m_targetCursor = edit->cursorPosition();
        }
    }
    m_buffer += text;
    m_last = now;
    return QObject::eventFilter(watched, event);
}

} // namespace gui
} // namespace onetrip
