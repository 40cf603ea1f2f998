#include "sync/SyncStatusLabel.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>

namespace onetrip {
namespace gui {

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    render();
}

void SyncStatusLabel::setStatus(const BackgroundSync::Status &status)
{
    m_status = status;
    render();
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void SyncStatusLabel::render()
{
    const BackgroundSync::Status &s = m_status;
    if (!s.registered) {
        setText(tr("Standalone (no central server)"));
        setToolTip(tr("This terminal is not registered with a central server: its cases stay "
                      "on this computer. A supervisor connects it with onetripctl sync."));
        setStyleSheet(QString());
        return;
    }
    QStringList parts;
    parts << (s.online ? tr("Online") : tr("Offline"));
    parts << (s.waiting ? tr("%1 waiting to be sent").arg(s.waiting) : tr("all sent"));
    const QDateTime last = QDateTime::fromString(s.lastSuccess, Qt::ISODate);
    parts << (last.isValid()
                  ? tr("last sync %1").arg(QLocale().toString(last.time(), QLocale::ShortFormat))
                  : tr("never synced"));
    if (s.conflicts)
        parts << tr("%1 conflicts").arg(s.conflicts);
    setText(parts.join(QStringLiteral(" · ")));
    QString tip = s.lastError.isEmpty() ? tr("Changes are sent to the central server in the "
                                             "background; work goes on while the network is "
                                             "down.")
                                        : s.lastError;
    if (!s.keychainProblem.isEmpty())
        tip += QLatin1Char('\n') + s.keychainProblem;
    setToolTip(tip);
    setStyleSheet(s.conflicts ? QStringLiteral("color: #a40000; font-weight: bold;")
                  : !s.online ? QStringLiteral("color: #a05a00;")
                              : QString());
}

} // namespace gui
} // namespace onetrip
