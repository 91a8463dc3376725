#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Colours that mean something (danger, warning, success, a call in progress, a pinned note) derived
// from the palette in use, so they stay readable on a dark or high-contrast desktop theme as on the
// default light one. Text colours meet WCAG AA (contrast 4.5:1) against the window background.
namespace c360::ui::theme {

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor& colour);
double contrast(const QColor& a, const QColor& b);

bool isDark(const QPalette& palette);

// `wanted` made lighter or darker, keeping its hue, until it reaches `ratio` against `background`.
QColor readable(const QColor& wanted, const QColor& background, double ratio = 4.5);

// Text colours for the window background of `palette`.
QColor danger(const QPalette& palette);
QColor warning(const QPalette& palette);
QColor success(const QPalette& palette);
// Secondary text (labels of fields, hints): dimmer than the text, still readable.
QColor muted(const QPalette& palette);

// A faint surface of the given hue over the window background (the call bar, a pinned note).
QColor surface(const QPalette& palette, const QColor& hue);
QColor callSurface(const QPalette& palette);
QColor pinnedSurface(const QPalette& palette);
QColor pinnedAccent(const QPalette& palette);

// "#rrggbb", for style sheets and rich text.
inline QString css(const QColor& colour) {
    return colour.name(QColor::HexRgb);
}

} // namespace c360::ui::theme
