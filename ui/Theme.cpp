#include "ui/Theme.h"

#include <algorithm>
#include <cmath>

namespace c360::ui::theme {

namespace {

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor background(const QPalette& palette) {
    return palette.color(QPalette::Active, QPalette::Window);
}

} // namespace

double luminance(const QColor& colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette) {
    return luminance(background(palette)) < luminance(palette.color(QPalette::Active, QPalette::WindowText));
}

QColor readable(const QColor& wanted, const QColor& bg, double ratio) {
    // Towards black on a light background, towards white on a dark one, in small steps, so the hue
    // survives as long as it can.
    const QColor target = luminance(bg) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor c = wanted.toRgb();
    for (int step = 0; step <= 20 && contrast(c, bg) < ratio; ++step) {
        c = mix(wanted, target, step / 20.0);
    }
    return c;
}

QColor danger(const QPalette& palette) {
    return readable(isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28), background(palette));
}

QColor warning(const QPalette& palette) {
    return readable(isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4c, 0x00), background(palette));
}

QColor success(const QPalette& palette) {
    return readable(isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32), background(palette));
}

QColor muted(const QPalette& palette) {
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    return readable(mix(text, background(palette), 0.4), background(palette));
}

QColor surface(const QPalette& palette, const QColor& hue) {
    return mix(background(palette), hue, isDark(palette) ? 0.22 : 0.12);
}

QColor callSurface(const QPalette& palette) {
    return surface(palette, QColor(0x00, 0x96, 0x88));
}

QColor pinnedSurface(const QPalette& palette) {
    return surface(palette, QColor(0xff, 0xc1, 0x07));
}

QColor pinnedAccent(const QPalette& palette) {
    return isDark(palette) ? QColor(0xff, 0xca, 0x28) : QColor(0xf9, 0xa8, 0x25);
}

} // namespace c360::ui::theme
