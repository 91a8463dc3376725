#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace c360::ui {

// How each timeline event kind looks: a colour, a glyph in a round badge, a translated label.
struct KindStyle {
    QColor colour;
    QString glyph;
    QString label;

    static KindStyle of(const QString& kind);
    static QIcon icon(const QString& kind, int size = 18);
    static QString sourceLabel(const QString& source);
};

} // namespace c360::ui
