#pragma once

#include "models/PiiMask.h"

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
    // Titles and summaries as the role may see them (card numbers always masked).
    void setMasker(const PiiMasker& masker) { m_masker = masker; }

private:
    PiiMasker m_masker{PiiPolicy{false, true}};
};

} // namespace c360::ui
