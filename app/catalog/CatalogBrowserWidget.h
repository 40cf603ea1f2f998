#pragma once

#include "catalog/Bundle.h"
#include "catalog/CatalogSearchIndex.h"
#include "catalog/ServiceGuide.h"
#include "common/Result.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CatalogBrowserWidget;
}

namespace onetrip {
class Database;
}

namespace onetrip {
namespace gui {

class AppContext;
class CatalogSearchModel;
class MaterialTableModel;
class SituationTreeModel;

// 事项: search the catalog as you type and read an item's (or a bundle's) guide, its
// materials and its situations. Keyboard: type, Down into the results, Enter opens the guide
// and moves there, Esc or Ctrl+F back to the search box. F2 (or Ctrl+Enter) starts an intake of
// the selected item or bundle, Shift+F2 a consultation.
class CatalogBrowserWidget : public QWidget
{
    Q_OBJECT

public:
    // The due-date line follows the context's clock and calendar.
    explicit CatalogBrowserWidget(AppContext &context, QWidget *parent = nullptr);
    ~CatalogBrowserWidget() override;

    // Reads the catalog and builds the search index: once, after login.
    Status load();
    int itemCount() const { return m_itemCount; }

    bool hasEntry() const { return m_guide.has_value() || m_bundle.has_value(); }
    QString entryCode() const;
    QString entryName() const;
    // The shown entry's guide as HTML, rendered now (in the current language).
    QString documentHtml() const;
    // Shows the entry with this code (selecting it when it is among the results).
    bool showCode(const QString &code);
    void focusSearch();
    // Asks for an intake (or a consultation) of the selected entry: the shown one, or the first
    // result when none is shown yet. Emits intakeRequested; false when nothing is selected.
    bool requestIntake(bool consultation);

    CatalogSearchModel *searchModel() const { return m_searchModel; }
    MaterialTableModel *materialModel() const { return m_materialModel; }
    SituationTreeModel *situationModel() const { return m_situationModel; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void entryChanged(bool shown); // an item or bundle is (or no longer is) shown
    // The clerk wants to start an intake (or a consultation) of this item or bundle.
    void intakeRequested(const QString &code, bool isBundle, bool consultation);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void updateCountLabel();
    void fillFilters();
    void openRow(int row, bool moveFocus);
    void showGuide(const ServiceGuide &guide);
    void showBundle(const Bundle &bundle, const QList<ServiceGuide> &guides);
    void showNothing(const QString &message);
    void renderEntry();
    void renderDeadline();
    void retranslate();

    std::unique_ptr<Ui::CatalogBrowserWidget> ui;
    AppContext &m_context;
    const Database &m_db;
    CatalogSearchIndex m_index;
    CatalogSearchModel *m_searchModel = nullptr;
    MaterialTableModel *m_materialModel = nullptr;
    SituationTreeModel *m_situationModel = nullptr;
    int m_itemCount = 0;
    std::optional<ServiceGuide> m_guide;
    std::optional<Bundle> m_bundle;
    QList<ServiceGuide> m_bundleGuides;
    QString m_emptyMessage;
};

} // namespace gui
} // namespace onetrip
