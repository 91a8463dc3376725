#include "EventDetailPane.h"

#include "models/Queries.h"
#include "ui/Format.h"
#include "ui/KindStyle.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace c360::ui {

EventDetailPane::EventDetailPane(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_browser(new QTextBrowser(this)) {
    m_browser->setObjectName(QStringLiteral("eventDetail"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void EventDetailPane::clear() {
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(tr("Select an event in the timeline to see its details.").toHtmlEscaped()));
}

QString EventDetailPane::plainText() const {
    return m_browser->toPlainText();
}

void EventDetailPane::showLocalEvent(const TimelineEvent& e) {
    const KindStyle style = KindStyle::of(e.kind);
    m_browser->setHtml(QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><p style='margin-top:0'><span "
                                      "style='color:%2; font-weight:bold'>%3</span> · %4</p><p>%5</p>")
                           .arg(e.title.toHtmlEscaped(), style.colour.name(), style.label.toHtmlEscaped(),
                                QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                                e.summary.toHtmlEscaped()));
}

void EventDetailPane::showTimelineEvent(qint64 eventId) {
    const TimelineRepository repo(m_db);
    const auto detail = repo.detail(eventId);
    if (!detail) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:#c62828'>%1</p>").arg(detail.error().message.toHtmlEscaped()));
        return;
    }
    const TimelineEvent& e = detail->event;
    const KindStyle style = KindStyle::of(e.kind);
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(e.title.toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0'><span style='color:%1; font-weight:bold'>%2</span> · %3 · %4</p>")
                .arg(style.colour.name(), style.label.toHtmlEscaped(), KindStyle::sourceLabel(e.source).toHtmlEscaped(),
                     QLocale().toString(e.occurredAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    if (!e.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(e.summary.toHtmlEscaped());
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [label, value] : detail->fields) {
        html += QStringLiteral("<tr><td style='color:gray; padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p style='color:gray; margin-bottom:0'>%1</p>")
            .arg(tr("Source record %1 / %2 / %3, as received:").arg(e.source, e.stream, e.sourceId).toHtmlEscaped());
    html += QStringLiteral("<pre style='font-size:small'>%1</pre>").arg(QString::fromUtf8(detail->raw).toHtmlEscaped());
    m_browser->setHtml(html);
}

} // namespace c360::ui
