#include "EventDetailPane.h"

#include "models/DisplayFormat.h"
#include "models/Queries.h"
#include "ui/Format.h"
#include "ui/KindStyle.h"
#include "ui/Theme.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace c360::ui {

EventDetailPane::EventDetailPane(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_browser(new QTextBrowser(this)) {
    m_browser->setObjectName(QStringLiteral("eventDetail"));
    m_browser->setAccessibleName(tr("Details of the selected event"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.fragment() == QLatin1String("source-data")) {
            setSourceDataShown(!m_showSource);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void EventDetailPane::setSourceDataShown(bool shown) {
    m_showSource = shown;
    if (m_eventId > 0) {
        render();
    }
}

QString EventDetailPane::mutedCss() const {
    const QPalette pal = m_browser->palette();
    return theme::css(theme::readable(theme::muted(pal), pal.color(QPalette::Base)));
}

QString EventDetailPane::kindCss(const QColor& kindColour) const {
    return theme::css(theme::readable(kindColour, m_browser->palette().color(QPalette::Base)));
}

QString EventDetailPane::shown(const QString& text) const {
    return m_revealed ? PiiMasker::maskCards(text) : m_masker.text(text);
}

void EventDetailPane::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    m_revealed = false;
    if (m_local) {
        showLocalEvent(*m_local);
    } else if (m_eventId > 0) {
        render();
    }
}

void EventDetailPane::setRevealed(bool revealed) {
    m_revealed = revealed;
    if (m_local) {
        showLocalEvent(*m_local);
    } else if (m_eventId > 0) {
        render();
    }
}

void EventDetailPane::clear() {
    m_eventId = 0;
    m_local.reset();
    m_browser->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                           .arg(mutedCss(), tr("Select an event in the timeline to see its details.").toHtmlEscaped()));
}

QString EventDetailPane::plainText() const {
    return m_browser->toPlainText();
}

void EventDetailPane::showLocalEvent(const TimelineEvent& e) {
    m_eventId = 0;
    m_local = e;
    const KindStyle style = KindStyle::of(e.kind);
    m_browser->setHtml(QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><p style='margin-top:0'><span "
                                      "style='color:%2; font-weight:bold'>%3</span> · %4</p><p>%5</p>")
                           .arg(shown(e.title).toHtmlEscaped(), kindCss(style.colour), style.label.toHtmlEscaped(),
                                display::when(e.occurredAt).toHtmlEscaped(), shown(e.summary).toHtmlEscaped()));
}

void EventDetailPane::showTimelineEvent(qint64 eventId) {
    m_eventId = eventId;
    m_local.reset();
    render();
}

void EventDetailPane::render() {
    const TimelineRepository repo(m_db);
    const auto detail = repo.detail(m_eventId);
    if (!detail) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(theme::css(theme::danger(m_browser->palette())), detail.error().message.toHtmlEscaped()));
        return;
    }
    const TimelineEvent& e = detail->event;
    const KindStyle style = KindStyle::of(e.kind);
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(shown(e.title).toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0'><span style='color:%1; font-weight:bold'>%2</span> · %3 · %4</p>")
                .arg(kindCss(style.colour), style.label.toHtmlEscaped(),
                     KindStyle::sourceLabel(e.source).toHtmlEscaped(), display::when(e.occurredAt).toHtmlEscaped());
    if (!e.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(shown(e.summary).toHtmlEscaped());
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [label, value] : detail->fields) {
        html += QStringLiteral("<tr><td style='color:%1; padding-right:12px'>%2</td><td>%3</td></tr>")
                    .arg(mutedCss(), label.toHtmlEscaped(), shown(value).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p style='margin-bottom:0'><a href='#source-data'>%1 %2</a></p>")
            .arg(m_showSource ? QStringLiteral("\u25BE") : QStringLiteral("\u25B8"), tr("Source data").toHtmlEscaped());
    if (m_showSource) {
        html += QStringLiteral("<p style='color:%1; margin-bottom:0'>%2</p>")
                    .arg(mutedCss(), tr("Record %1 of %2 / %3, as received:")
                                         .arg(e.sourceId, KindStyle::sourceLabel(e.source), e.stream)
                                         .toHtmlEscaped());
        html += QStringLiteral("<pre style='font-size:small'>%1</pre>")
                    .arg(shown(QString::fromUtf8(detail->raw)).toHtmlEscaped());
    }
    m_browser->setHtml(html);
}

} // namespace c360::ui
