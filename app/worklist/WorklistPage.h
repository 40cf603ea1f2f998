#pragma once

#include "worklist/WorklistFilter.h"
#include "worklist/WorklistKind.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class WorklistPage;
}

namespace onetrip {
class WorklistQuery;
namespace gui {

class AppContext;
class WorklistListModel;
class WorklistModel;

// 工作清单: the hall's cases by worklist (WorklistQuery), with a count on each list, the
// filters (dates, item, department, status, light, clerk, window) and sorting by the
// column headers. A double-click or Enter on a row asks the window to open the case. The
// lists are read again when the store changes (after a short pause: a sync brings many
// events), when the page is shown, and when the calendar or clock change.
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistPage(AppContext &context, QWidget *parent = nullptr);
    ~WorklistPage() override;

    // Shows `kind` with `filter` (the filter widgets set from it).
    void showList(WorklistKind kind, const WorklistFilter &filter = {});
    WorklistKind currentList() const;
    // The filter as the widgets have it.
    WorklistFilter filter() const;
    void reload();

    WorklistModel *model() const { return m_model; }
    WorklistListModel *listModel() const { return m_lists; }

Q_SIGNALS:
    void openCaseRequested(const QString &caseNumber);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The current list again (a list or filter chosen), or with every list's count too.
    void reloadList();
    void showCases(const std::shared_ptr<const WorklistQuery> &query);
    void fillChoices();
    void setFilter(const WorklistFilter &filter);
    void updateSummary();
    // Whether the deadline index is being counted in the background, and how far.
    void showIndexState();
    void openSelected();

    std::unique_ptr<Ui::WorklistPage> ui;
    AppContext &m_context;
    WorklistListModel *m_lists;
    WorklistModel *m_model;
    QTimer *m_reloadTimer = nullptr;
    QDate m_dueFrom, m_dueUntil; // from showList() only
    bool m_filling = false;      // widgets being set by code: no reload per widget
};

} // namespace gui
} // namespace onetrip
