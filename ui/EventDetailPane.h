#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QTextBrowser;

namespace c360::ui {

// Everything known about the selected timeline event: its fields in words, and the source record
// as received behind a "Source data" expander (for whoever needs the raw record; agents rarely do).
class EventDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailPane)
public:
    explicit EventDetailPane(QSqlDatabase db, QWidget* parent = nullptr);
    void showTimelineEvent(qint64 eventId);
    void showLocalEvent(const c360::TimelineEvent& event); // the agent's own write, not in the cache yet
    void clear();
    QString plainText() const;
    void setSourceDataShown(bool shown);
    // Phones and e-mails per role, card numbers always: in the title, summary, fields and source data.
    void setMasker(const PiiMasker& masker);
    void setRevealed(bool revealed); // the open customer's contacts in full (audited by the window)
    bool sourceDataShown() const { return m_showSource; }

private:
    // Secondary text and kind colours readable on the pane's background (light or dark theme).
    QString mutedCss() const;
    QString kindCss(const QColor& kindColour) const;
    void render();

    QSqlDatabase m_db;
    QTextBrowser* m_browser = nullptr;
    qint64 m_eventId = 0;
    bool m_showSource = false;
    PiiMasker m_masker{PiiPolicy{false, true}};
    bool m_revealed = false;
    std::optional<TimelineEvent> m_local;

    QString shown(const QString& text) const;
};

} // namespace c360::ui
