#pragma once

#include "sync/BackgroundSync.h"

#include <QLabel>

namespace onetrip {
namespace gui {

// The status bar's word on sync: standalone, online or offline, what waits to be sent,
// the last successful sync and open conflicts (red: a supervisor must settle them).
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void setStatus(const BackgroundSync::Status &status);
    const BackgroundSync::Status &status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    BackgroundSync::Status m_status;
};

} // namespace gui
} // namespace onetrip
