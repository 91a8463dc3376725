#pragma once

#include "models/Journey.h"
#include "models/JourneyRules.h"

#include <QWidget>

namespace c360::ui {

// One customer's journey painted with QPainter: a swim-lane per channel, the journey stages shaded
// behind them, a marker per touchpoint (friction in red) and a time axis. Zoom with the wheel or
// +/-, pan with Shift+wheel, the arrow keys or a drag, Home shows everything. Level of detail: when
// more touchpoints are in view than fit as markers, each lane is painted as a density strip of one
// bar per pixel column, so 50,000 events cost one pass over the visible ones and no item per event.
class JourneyView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneyView)
public:
    explicit JourneyView(QWidget* parent = nullptr);

    void setRules(const JourneyRules& rules);
    void setLanguage(const QString& language) { m_language = language; }
    void setJourney(Journey journey);
    void clear();
    const Journey& journey() const { return m_journey; }

    qint64 viewFromMs() const { return m_fromMs; }
    qint64 viewUntilMs() const { return m_untilMs; }
    void setViewRange(qint64 fromMs, qint64 untilMs);
    void zoom(double factor, double anchor = 0.5); // factor > 1 zooms in; anchor: 0 left .. 1 right
    void pan(double fraction);                     // of the visible span; > 0 moves later
    void fitAll();

    // The touchpoint under a point (0: none) and where a touchpoint is drawn (for tests and tooltips).
    qint64 eventAt(const QPoint& pos) const;
    QPoint positionOf(qint64 eventId) const;
    void selectEvent(qint64 eventId);
    qint64 selectedEvent() const { return m_selected; }

    struct PaintStats {
        int markers = 0; // touchpoints painted one by one
        int columns = 0; // density columns painted (level of detail)
        int visible = 0; // touchpoints in the visible span
    };
    PaintStats lastPaintStats() const { return m_stats; }

    QSize sizeHint() const override { return {720, 360}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

Q_SIGNALS:
    void eventActivated(qint64 eventId);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotRect() const;
    int laneTop(int lane) const;
    int laneHeight() const;
    double xOf(qint64 ms) const;
    qint64 msAt(double x) const;
    QString laneLabel(const QString& channel) const;
    void paintStages(QPainter& p, const QRect& plot);
    void paintAxis(QPainter& p, const QRect& plot);
    void paintTouchpoints(QPainter& p, const QRect& plot);

    JourneyRules m_rules;
    QString m_language = QStringLiteral("en");
    Journey m_journey;
    qint64 m_fromMs = 0;
    qint64 m_untilMs = 1;
    qint64 m_selected = 0;
    PaintStats m_stats;
    QPoint m_dragStart;
    qint64 m_dragFromMs = 0;
    bool m_dragging = false;
};

} // namespace c360::ui
