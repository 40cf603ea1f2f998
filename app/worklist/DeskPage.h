#pragma once

#include "deadline/DeadlineLight.h"
#include "worklist/WorklistFilter.h"
#include "worklist/WorklistKind.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class DeskPage;
}

namespace onetrip {
namespace gui {

class AppContext;

// 工作台, the first page after sign-in: the person's queue today and every worklist with its
// count, the cases in progress by light, what falls due today and on the next working day,
// and the sync state. Each figure is a button that opens the list behind it (the window
// shows the worklist page). Counted by WorklistQuery, the same rules as the lists.
class DeskPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeskPage(AppContext &context, QWidget *parent = nullptr);
    ~DeskPage() override;

    void reload();
    // The button of a list or a light (tests click them).
    QPushButton *listButton(WorklistKind kind) const { return m_listButtons.value(kind); }
    QPushButton *lightButton(DeadlineLight light) const { return m_lightButtons.value(light); }
    QPushButton *dueTodayButton() const;
    QPushButton *dueNextButton() const;

Q_SIGNALS:
    void worklistRequested(WorklistKind kind, const WorklistFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildButtons();
    WorklistKind lightsList() const;
    WorklistKind dueList() const;
    QString syncText() const;

    std::unique_ptr<Ui::DeskPage> ui;
    AppContext &m_context;
    QMap<WorklistKind, QPushButton *> m_listButtons;
    QMap<DeadlineLight, QPushButton *> m_lightButtons;
    QDate m_today, m_next;
    QTimer *m_reloadTimer = nullptr;
};

} // namespace gui
} // namespace onetrip
