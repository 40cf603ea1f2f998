#include "catalog/SearchResultDelegate.h"

#include "catalog/CatalogSearchModel.h"

#include <QApplication>
#include <QPainter>

namespace onetrip {
namespace gui {

namespace {

constexpr int kPadding = 4;

QFont detailFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(selected ? 0.85f : 0.6f);

    QRect r = opt.rect.adjusted(kPadding * 2, kPadding, -kPadding * 2, -kPadding);
    const QFontMetrics nameMetrics(opt.font);
    painter->save();
    painter->setFont(opt.font);
    if (index.data(CatalogSearchModel::IsBundleRole).toBool()) {
        const QString badge = tr("Bundle"); // 一件事
        const int w = nameMetrics.horizontalAdvance(badge) + kPadding * 2;
        const QRect badgeRect(r.left(), r.top(), w, nameMetrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(group, QPalette::HighlightedText)
                                   : QColor(0x1f, 0x5f, 0xa8));
        painter->drawRoundedRect(badgeRect, 3, 3);
        painter->setPen(selected ? opt.palette.color(group, QPalette::Highlight)
                                 : QColor(Qt::white));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        r.setLeft(badgeRect.right() + kPadding * 2);
    }
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, r.width()));

    const QFont small = detailFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const QString detail = index.data(CatalogSearchModel::DetailRole).toString();
    const QRect detailRect(opt.rect.left() + kPadding * 2, r.top() + nameMetrics.height() + 2,
                           opt.rect.width() - kPadding * 4, smallMetrics.height());
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics nameMetrics(option.font);
    const QFontMetrics smallMetrics(detailFont(option.font));
    return {200, nameMetrics.height() + smallMetrics.height() + 2 + kPadding * 2};
}

} // namespace gui
} // namespace onetrip
