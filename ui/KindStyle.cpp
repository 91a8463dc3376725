#include "KindStyle.h"

#include "models/EventKinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace c360::ui {

namespace {
QString trKind(const char* text) {
    return QCoreApplication::translate("KindStyle", text);
}
} // namespace

KindStyle KindStyle::of(const QString& kind) {
    using namespace c360::kinds;
    if (kind == Profile) {
        return {QColor(0x5c, 0x6b, 0xc0), QStringLiteral("\u263A"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Profile"))};
    }
    if (kind == FieldChange) {
        return {QColor(0x9e, 0x9e, 0x9e), QStringLiteral("\u270E"),
                trKind(QT_TRANSLATE_NOOP("KindStyle", "Field change"))};
    }
    if (kind == Order) {
        // A shopping bag (painted by icon()): no currency sign, an order is in whatever currency it is.
        return {QColor(0x2e, 0x7d, 0x32), QString(), trKind(QT_TRANSLATE_NOOP("KindStyle", "Order"))};
    }
    if (kind == Return) {
        return {QColor(0xef, 0x6c, 0x00), QStringLiteral("\u21A9"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Return"))};
    }
    if (kind == Ticket) {
        return {QColor(0xc6, 0x28, 0x28), QStringLiteral("!"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Ticket"))};
    }
    if (kind == TicketComment) {
        return {QColor(0xe5, 0x73, 0x73), QStringLiteral("\u275D"),
                trKind(QT_TRANSLATE_NOOP("KindStyle", "Ticket comment"))};
    }
    if (kind == Survey) {
        return {QColor(0xf9, 0xa8, 0x25), QStringLiteral("\u2605"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Survey"))};
    }
    if (kind == Campaign) {
        return {QColor(0x8e, 0x24, 0xaa), QStringLiteral("\u2709"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Campaign"))};
    }
    if (kind == Call) {
        return {QColor(0x00, 0x83, 0x8f), QStringLiteral("\u260E"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Call"))};
    }
    if (kind == Chat) {
        return {QColor(0x15, 0x65, 0xc0), QStringLiteral("\u2026"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Chat"))};
    }
    if (kind == WeChat) {
        return {QColor(0x07, 0xc1, 0x60), QStringLiteral("W"), trKind(QT_TRANSLATE_NOOP("KindStyle", "WeChat"))};
    }
    if (kind == QLatin1String("wrap_up")) {
        return {QColor(0x45, 0x5a, 0x64), QStringLiteral("\u2713"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Wrap-up"))};
    }
    if (kind == Note) {
        return {QColor(0x6d, 0x4c, 0x41), QStringLiteral("\u270D"), trKind(QT_TRANSLATE_NOOP("KindStyle", "Note"))};
    }
    return {QColor(0x60, 0x7d, 0x8b), QStringLiteral("\u2022"), kind};
}

QIcon KindStyle::icon(const QString& kind, int size) {
    static QHash<QString, QIcon> cache;
    const QString key = kind + QString::number(size);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    const KindStyle style = of(kind);
    QPixmap pm(size * 2, size * 2);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(style.colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont f = p.font();
        f.setPixelSize(int(size * 0.6));
        f.setBold(true);
        p.setFont(f);
        if (style.glyph.isEmpty() && kind == kinds::Order) {
            const qreal u = size / 22.0; // drawn on a 22-unit grid
            p.setBrush(Qt::white);
            p.drawRoundedRect(QRectF(6 * u, 9 * u, 10 * u, 8.5 * u), 1.2 * u, 1.2 * u);
            QPen handle(Qt::white, 1.6 * u);
            p.setPen(handle);
            p.setBrush(Qt::NoBrush);
            p.drawArc(QRectF(8.2 * u, 5.2 * u, 5.6 * u, 7 * u), 0, 180 * 16);
        } else {
            p.setPen(Qt::white);
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, style.glyph);
        }
    }
    QIcon icon(pm);
    cache.insert(key, icon);
    return icon;
}

QString KindStyle::sourceLabel(const QString& source) {
    if (source == QLatin1String("crm")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "CRM"));
    }
    if (source == QLatin1String("shop")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "Shop"));
    }
    if (source == QLatin1String("helpdesk")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "Helpdesk"));
    }
    if (source == QLatin1String("marketing")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "Marketing"));
    }
    if (source == QLatin1String("agent")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "You"));
    }
    if (source == QLatin1String("contact")) {
        return trKind(QT_TRANSLATE_NOOP("KindStyle", "Contact center"));
    }
    return source;
}

} // namespace c360::ui
