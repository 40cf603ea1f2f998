#pragma once

#include "deadline/DeadlineLight.h"
#include "worklist/DeskCounts.h"
#include "worklist/DeskPlan.h"
#include "worklist/WorklistFilter.h"
#include "worklist/WorklistKind.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace Ui {
class DeskPage;
}

namespace onetrip {
namespace gui {

class AppContext;
class DeskCounter;

// 工作台, the first page after sign-in: the person's queue today and every worklist with its
// count, the cases in progress by light, what falls due today and on the next working day,
// and the sync state. Each figure is a button that opens the list behind it (the window
// shows the worklist page). Counted by DeskPlan, the same rules as the lists, on a thread of
// its own (DeskCounter): the page stays live while a large hall is counted, and shows the
// figures it had (or "…" at first) until the new ones arrive.
class DeskPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeskPage(AppContext &context, QWidget *parent = nullptr);
    ~DeskPage() override;

    // Counts again; the figures follow (counted()).
    void reload();
    // A count asked for has not yet come back (tests wait for the figures).
    bool isCounting() const { return m_request != 0; }
    // The button of a list or a light (tests click them).
    QPushButton *listButton(WorklistKind kind) const { return m_listButtons.value(kind); }
    QPushButton *lightButton(DeadlineLight light) const { return m_lightButtons.value(light); }
    QPushButton *dueTodayButton() const;
    QPushButton *dueNextButton() const;

Q_SIGNALS:
    void worklistRequested(WorklistKind kind, const WorklistFilter &filter);
    // The figures of the newest count are shown.
    void counted();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildButtons();
    void showFigures();
    // Whether the deadline index is being counted in the background, and how far.
    void showIndexState();
    QString syncText() const;

    std::unique_ptr<Ui::DeskPage> ui;
    AppContext &m_context;
    QMap<WorklistKind, QPushButton *> m_listButtons;
    QMap<DeadlineLight, QPushButton *> m_lightButtons;
    DeskPlan m_plan;                    // the one of the figures shown
    DeskPlan m_pendingPlan;             // the one being counted
    std::optional<DeskCounts> m_counts; // none before the first count
    QTimer *m_reloadTimer = nullptr;
    DeskCounter *m_counter = nullptr;
    int m_request = 0; // the count awaited, 0 when none
    QString m_queryError;
};

} // namespace gui
} // namespace onetrip
