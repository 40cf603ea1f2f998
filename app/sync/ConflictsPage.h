#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ConflictsPage;
}

namespace onetrip {
namespace gui {

class AppContext;
class ConflictListModel;

// 同步冲突 (supervisors): the open sync conflicts of this terminal and the two ways to settle
// a case's (core ConflictResolution). Re-reads the list whenever the store changes.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPage(AppContext &context, QWidget *parent = nullptr);
    ~ConflictsPage() override;

    void reload();
    ConflictListModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedCase() const;
    void settle(bool reapply);
    void updateButtons();

    std::unique_ptr<Ui::ConflictsPage> ui;
    AppContext &m_context;
    ConflictListModel *m_model;
};

} // namespace gui
} // namespace onetrip
