#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace onetrip {
namespace gui {

// A barcode scanner is a keyboard that types a whole number and Enter within milliseconds.
// Watching the keys of one window (an event filter on the application), this tells such a
// burst from typing wherever the focus is: when the burst is a case or document number
// (CaseNumber) and ends in Enter, the Enter is kept from the field, the characters the burst
// put into a line or text edit are taken out again, and scanned() is emitted. Anything else —
// a person typing, a burst that is not a number — reaches the field untouched.
class ScannerInput : public QObject
{
    Q_OBJECT

public:
    // Keys closer than this are one burst; a person does not type 12 characters this fast.
    static constexpr qint64 kMaxGapMs = 40;
    static constexpr int kMinLength = 12;

    // Watches the keys of `window` and of the windows it owns (its dialogs).
    explicit ScannerInput(QWidget *window);
    ~ScannerInput() override;

    // Milliseconds from a steady clock; tests type "slowly" by advancing their own.
    void setTimeSource(std::function<qint64()> now) { m_now = std::move(now); }
    // Not while `field` has the focus: it opens what it is given itself (the open-case field).
    void setOwnField(QWidget *field) { m_ownField = field; }

Q_SIGNALS:
    void scanned(const QString &number);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();
    void takeBack();

    QWidget *m_window;
    QPointer<QWidget> m_ownField;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    QString m_buffer;
    qint64 m_last = 0;
    QPointer<QWidget> m_target; // the field the burst went into
    QString m_targetText;       // a line edit's text and cursor before the burst
    int m_targetCursor = 0;
    bool m_lineEdit = false;
};

} // namespace gui
} // namespace onetrip
