#pragma once

#include <QStyledItemDelegate>

namespace c360::ui {

// Paints one timeline event: kind badge, title, summary, time and source. Reads model roles only.
class TimelineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)
public:
    explicit TimelineDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace c360::ui
