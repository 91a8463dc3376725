#include "TimelineDelegate.h"

#include "models/Roles.h"
#include "ui/Format.h"
#include "ui/KindStyle.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace c360::ui {

TimelineDelegate::TimelineDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString kind = index.data(KindRole).toString();
    const bool system = index.data(SystemRole).toBool();
    const QRect r = opt.rect.adjusted(8, 4, -8, -4);
    const int badge = 22;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRect badgeRect(r.left(), r.top() + (r.height() - badge) / 2, badge, badge);
    KindStyle::icon(kind, badge).paint(painter, badgeRect);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColour;
    dim.setAlphaF(0.65F);

    const QDateTime when = index.data(OccurredAtRole).toDateTime().toLocalTime();
    const QString whenText = formatWhen(when);
    const QString source = KindStyle::sourceLabel(index.data(SourceRole).toString());

    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics smallFm(small);
    const int rightWidth = std::max(smallFm.horizontalAdvance(whenText), smallFm.horizontalAdvance(source)) + 4;
    const QRect textRect(badgeRect.right() + 10, r.top(), r.width() - badge - 14 - rightWidth, r.height());
    const QRect rightRect(r.right() - rightWidth, r.top(), rightWidth, r.height());

    QFont titleFont = opt.font;
    titleFont.setBold(!system);
    titleFont.setItalic(system);
    const QFontMetrics titleFm(titleFont);
    const int half = r.height() / 2;
    painter->setFont(titleFont);
    painter->setPen(textColour);
    painter->drawText(
        QRect(textRect.left(), textRect.top(), textRect.width(), half), Qt::AlignLeft | Qt::AlignBottom,
        titleFm.elidedText(m_masker.text(index.data(TitleRole).toString()), Qt::ElideRight, textRect.width()));
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(
        QRect(textRect.left(), textRect.top() + half + 1, textRect.width(), half - 1), Qt::AlignLeft | Qt::AlignTop,
        smallFm.elidedText(m_masker.text(index.data(SummaryRole).toString()), Qt::ElideRight, textRect.width()));
    painter->drawText(QRect(rightRect.left(), rightRect.top(), rightRect.width(), half),
                      Qt::AlignRight | Qt::AlignBottom, whenText);
    painter->setPen(KindStyle::of(kind).colour);
    painter->drawText(QRect(rightRect.left(), rightRect.top() + half + 1, rightRect.width(), half - 1),
                      Qt::AlignRight | Qt::AlignTop, source);
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {200, fm.height() * 2 + 14};
}

} // namespace c360::ui
