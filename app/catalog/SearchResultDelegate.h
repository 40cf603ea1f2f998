#pragma once

#include <QStyledItemDelegate>

namespace onetrip {
namespace gui {

// Two lines per search result: the name, and below it in a quieter colour the code,
// department and handling form. A bundle (一件事) carries a small badge before its name.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gui
} // namespace onetrip
