#include "JourneyView.h"

#include "ui/KindStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <vector>

namespace c360::ui {

namespace {

constexpr int kLeft = 96;
constexpr int kTop = 26;
constexpr int kBottom = 24;
constexpr int kRight = 8;
constexpr int kMarkerRadius = 4;
constexpr int kHitRadius = 6;
constexpr qint64 kMinSpanMs = 60LL * 1000;
constexpr qint64 kMaxSpanMs = 50LL * 365 * 24 * 3600 * 1000;

const QColor kStageColours[] = {QColor(0x9e, 0xc5, 0xfe), QColor(0xb6, 0xe3, 0xc6), QColor(0xff, 0xd8, 0x8a),
                                QColor(0xd7, 0xb8, 0xf3), QColor(0xa8, 0xe6, 0xe2), QColor(0xf8, 0xb4, 0xb4)};
const QColor kFriction(0xd6, 0x28, 0x28);

QColor stageColour(int stage) {
    QColor c = kStageColours[static_cast<std::size_t>(stage) % std::size(kStageColours)];
    c.setAlpha(90);
    return c;
}

} // namespace

JourneyView::JourneyView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("journeyView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Customer journey"));
    fitAll();
}

void JourneyView::setRules(const JourneyRules& rules) {
    m_rules = rules;
    update();
}

void JourneyView::setJourney(Journey journey) {
    m_journey = std::move(journey);
    m_selected = 0;
    fitAll();
}

void JourneyView::clear() {
    setJourney(Journey{});
}

void JourneyView::setViewRange(qint64 fromMs, qint64 untilMs) {
    qint64 span = std::clamp(untilMs - fromMs, kMinSpanMs, kMaxSpanMs);
    m_fromMs = fromMs;
    m_untilMs = fromMs + span;
    update();
    Q_EMIT viewChanged();
}

void JourneyView::zoom(double factor, double anchor) {
    if (factor <= 0) {
        return;
    }
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double span = double(m_untilMs - m_fromMs);
    const double newSpan = std::clamp(span / factor, double(kMinSpanMs), double(kMaxSpanMs));
    const double anchorMs = double(m_fromMs) + span * anchor;
    const auto from = qint64(std::llround(anchorMs - newSpan * anchor));
    setViewRange(from, from + qint64(std::llround(newSpan)));
}

void JourneyView::pan(double fraction) {
    const auto shift = qint64(std::llround(double(m_untilMs - m_fromMs) * fraction));
    setViewRange(m_fromMs + shift, m_untilMs + shift);
}

void JourneyView::fitAll() {
    const auto& t = m_journey.touchpoints;
    if (t.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        setViewRange(now - 30LL * 24 * 3600 * 1000, now);
        return;
    }
    const qint64 first = t.first().occurredMs;
    const qint64 last = t.last().occurredMs;
    const qint64 margin = std::max<qint64>((last - first) / 40, 12LL * 3600 * 1000);
    setViewRange(first - margin, last + margin);
}

QRect JourneyView::plotRect() const {
    return rect().adjusted(kLeft, kTop, -kRight, -kBottom);
}

int JourneyView::laneHeight() const {
    const int lanes = std::max<int>(1, static_cast<int>(m_rules.channels().size()));
    return std::max(8, plotRect().height() / lanes);
}

int JourneyView::laneTop(int lane) const {
    return plotRect().top() + lane * laneHeight();
}

double JourneyView::xOf(qint64 ms) const {
    const QRect plot = plotRect();
    return plot.left() + double(ms - m_fromMs) * plot.width() / double(m_untilMs - m_fromMs);
}

qint64 JourneyView::msAt(double x) const {
    const QRect plot = plotRect();
    return m_fromMs +
           qint64(std::llround((x - plot.left()) * double(m_untilMs - m_fromMs) / std::max(1, plot.width())));
}

QString JourneyView::laneLabel(const QString& channel) const {
    if (channel == QLatin1String("web")) {
        return tr("Web");
    }
    if (channel == QLatin1String("app")) {
        return tr("App");
    }
    if (channel == QLatin1String("store")) {
        return tr("Store");
    }
    if (channel == QLatin1String("email_sms")) {
        return tr("E-mail/SMS");
    }
    if (channel == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (channel == QLatin1String("chat")) {
        return tr("Chat");
    }
    if (channel == QLatin1String("wechat")) {
        return tr("WeChat");
    }
    if (channel == QLatin1String("social")) {
        return tr("Social");
    }
    if (channel == QLatin1String("other")) {
        return tr("Other");
    }
    return channel;
}

void JourneyView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    m_stats = {};
    paintStages(p, plot);
    // Lanes: alternate rows and their labels.
    const int lanes = static_cast<int>(m_rules.channels().size());
    const int h = laneHeight();
    for (int lane = 0; lane < lanes; ++lane) {
        const QRect row(plot.left(), laneTop(lane), plot.width(), h);
        if (lane % 2 == 1) {
            p.fillRect(row, QColor(0, 0, 0, 10));
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, row.top(), kLeft - 8, h), Qt::AlignVCenter | Qt::AlignRight,
                   laneLabel(m_rules.channels().at(lane)));
    }
    paintAxis(p, plot);
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing, true);
    paintTouchpoints(p, plot);
    if (m_journey.touchpoints.isEmpty()) {
        p.setClipping(false);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No touchpoints to show."));
    }
}

void JourneyView::paintStages(QPainter& p, const QRect& plot) {
    const auto& periods = m_journey.stages;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const StagePeriod& s = periods.at(i);
        const qint64 end = i + 1 < periods.size() ? periods.at(i + 1).fromMs : std::max(s.untilMs, m_untilMs);
        const double x0 = std::max<double>(plot.left(), xOf(s.fromMs));
        const double x1 = std::min<double>(plot.right() + 1, xOf(end));
        if (x1 <= x0) {
            continue;
        }
        const QRectF band(x0, plot.top() - kTop + 2, x1 - x0, plot.height() + kTop - 2);
        p.fillRect(band, stageColour(s.stage));
        if (x1 - x0 > 40 && s.stage >= 0 && s.stage < m_rules.stages().size()) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(x0 + 4, plot.top() - kTop + 2, x1 - x0 - 8, kTop - 4), Qt::AlignVCenter | Qt::AlignLeft,
                       m_rules.stages().at(s.stage).titleIn(m_language));
        }
    }
}

void JourneyView::paintAxis(QPainter& p, const QRect& plot) {
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    constexpr qint64 hour = 3600LL * 1000;
    const qint64 steps[] = {hour, 6 * hour, 24 * hour, 7 * 24 * hour, 30 * 24 * hour, 91 * 24 * hour, 365 * 24 * hour};
    const double msPerPixel = double(m_untilMs - m_fromMs) / std::max(1, plot.width());
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(s) / msPerPixel >= 90) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const bool withTime = step < 24 * hour;
    p.setPen(palette().color(QPalette::Text));
    for (qint64 t = (m_fromMs / step + 1) * step; t < m_untilMs; t += step) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toLocalTime();
        const QString label =
            withTime ? locale.toString(dt, QLocale::ShortFormat) : locale.toString(dt.date(), QLocale::ShortFormat);
        p.drawText(QRectF(x - 60, plot.bottom() + 4, 120, kBottom - 4), Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

void JourneyView::paintTouchpoints(QPainter& p, const QRect& plot) {
    const auto& all = m_journey.touchpoints;
    const auto byTime = [](const Touchpoint& t, qint64 ms) { return t.occurredMs < ms; };
    const auto first = std::lower_bound(all.begin(), all.end(), m_fromMs, byTime);
    const auto last = std::lower_bound(first, all.end(), m_untilMs + 1, byTime);
    m_stats.visible = static_cast<int>(last - first);
    const int lanes = std::max<int>(1, static_cast<int>(m_rules.channels().size()));
    const int h = laneHeight();
    if (m_stats.visible <= std::max(1, plot.width() / 4)) {
        // Detail: a marker per touchpoint.
        for (auto it = first; it != last; ++it) {
            const QPointF c(xOf(it->occurredMs), laneTop(it->lane) + h / 2.0);
            p.setPen(it->friction ? QPen(kFriction, 2) : QPen(palette().color(QPalette::Base), 1));
            p.setBrush(KindStyle::of(it->kind).colour);
            p.drawEllipse(c, kMarkerRadius, kMarkerRadius);
            if (it->eventId == m_selected) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(palette().color(QPalette::Highlight), 2));
                p.drawEllipse(c, kMarkerRadius + 3, kMarkerRadius + 3);
            }
            ++m_stats.markers;
        }
        return;
    }
    // Level of detail: per lane, one density bar per pixel column.
    const int width = std::max(1, plot.width());
    std::vector<int> counts(std::size_t(lanes) * std::size_t(width), 0);
    std::vector<char> friction(counts.size(), 0);
    const double scale = double(width) / double(m_untilMs - m_fromMs);
    for (auto it = first; it != last; ++it) {
        const int col = std::clamp(int(double(it->occurredMs - m_fromMs) * scale), 0, width - 1);
        const std::size_t cell =
            std::size_t(std::clamp(it->lane, 0, lanes - 1)) * std::size_t(width) + std::size_t(col);
        ++counts[cell];
        friction[cell] |= char(it->friction);
    }
    const int peak = *std::max_element(counts.begin(), counts.end());
    const double logPeak = std::log2(1.0 + peak);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int lane = 0; lane < lanes; ++lane) {
        const int centre = laneTop(lane) + h / 2;
        for (int col = 0; col < width; ++col) {
            const std::size_t cell = std::size_t(lane) * std::size_t(width) + std::size_t(col);
            const int n = counts[cell];
            if (n == 0) {
                continue;
            }
            const int barHalf = std::max(1, int(std::lround((h * 0.4) * std::log2(1.0 + n) / logPeak)));
            p.fillRect(plot.left() + col, centre - barHalf, 1, 2 * barHalf, QColor(0x3b, 0x6e, 0xc4));
            if (friction[cell]) {
                p.fillRect(plot.left() + col, laneTop(lane) + 1, 1, 4, kFriction);
            }
            ++m_stats.columns;
        }
    }
}

qint64 JourneyView::eventAt(const QPoint& pos) const {
    const QRect plot = plotRect();
    if (!plot.contains(pos)) {
        return 0;
    }
    const int lane = (pos.y() - plot.top()) / laneHeight();
    const auto& all = m_journey.touchpoints;
    const auto byTime = [](const Touchpoint& t, qint64 ms) { return t.occurredMs < ms; };
    const auto first = std::lower_bound(all.begin(), all.end(), msAt(pos.x() - kHitRadius), byTime);
    const auto last = std::lower_bound(first, all.end(), msAt(pos.x() + kHitRadius) + 1, byTime);
    qint64 best = 0;
    double bestDistance = kHitRadius + 0.5;
    for (auto it = first; it != last; ++it) {
        if (it->lane != lane) {
            continue;
        }
        const double d = std::abs(xOf(it->occurredMs) - pos.x());
        if (d < bestDistance) {
            bestDistance = d;
            best = it->eventId;
        }
    }
    return best;
}

QPoint JourneyView::positionOf(qint64 eventId) const {
    for (const Touchpoint& t : m_journey.touchpoints) {
        if (t.eventId == eventId) {
            return {int(std::lround(xOf(t.occurredMs))), laneTop(t.lane) + laneHeight() / 2};
        }
    }
    return {-1, -1};
}

void JourneyView::selectEvent(qint64 eventId) {
    m_selected = eventId;
    update();
}

void JourneyView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    const QRect plot = plotRect();
    if (delta.x() != 0 || event->modifiers().testFlag(Qt::ShiftModifier)) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        pan(-d / 120.0 * 0.1);
    } else if (delta.y() != 0) {
        const double anchor = (event->position().x() - plot.left()) / std::max(1, plot.width());
        zoom(std::pow(1.25, delta.y() / 120.0), anchor);
    }
    event->accept();
}

void JourneyView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.5);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void JourneyView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragStart = event->position().toPoint();
    m_dragFromMs = m_fromMs;
    m_dragging = false;
    event->accept();
}

void JourneyView::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const int dx = event->position().toPoint().x() - m_dragStart.x();
    if (!m_dragging && std::abs(dx) < 4) {
        return;
    }
    m_dragging = true;
    const qint64 span = m_untilMs - m_fromMs;
    const qint64 shift = qint64(std::llround(double(dx) * double(span) / std::max(1, plotRect().width())));
    setViewRange(m_dragFromMs - shift, m_dragFromMs - shift + span);
}

void JourneyView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !m_dragging) {
        if (const qint64 id = eventAt(event->position().toPoint())) {
            selectEvent(id);
            Q_EMIT eventActivated(id);
        }
    }
    m_dragging = false;
    event->accept();
}

bool JourneyView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 id = eventAt(help->pos());
        for (const Touchpoint& t : m_journey.touchpoints) {
            if (id != 0 && t.eventId == id) {
                QString text = t.title + QLatin1Char('\n') +
                               QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.occurredMs).toLocalTime(),
                                                  QLocale::ShortFormat);
                if (t.stage >= 0 && t.stage < m_rules.stages().size()) {
                    text += QLatin1Char('\n') + tr("Stage: %1").arg(m_rules.stages().at(t.stage).titleIn(m_language));
                }
                if (t.friction) {
                    text += QLatin1Char('\n') + tr("Friction on this touchpoint");
                }
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace c360::ui
