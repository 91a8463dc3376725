#include "HistoryExport.h"

#include "ui/KindStyle.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace c360::ui {

namespace {

constexpr int kPage = 500;

QString csvField(QString s) {
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return s;
}

} // namespace

Result<QList<TimelineEvent>> HistoryExport::collect(QSqlDatabase db, qint64 partyId, const TimelineFilter& filter) {
    const TimelineRepository repo(std::move(db));
    QList<TimelineEvent> out;
    std::optional<TimelineKey> after;
    for (;;) {
        auto page = repo.page(partyId, filter, after, kPage);
        if (!page) {
            return page.error();
        }
        out += *page;
        if (page->size() < kPage) {
            break;
        }
        after = TimelineKey{page->last().occurredAt.toMSecsSinceEpoch(), page->last().id};
    }
    return out;
}

QList<TimelineEvent> HistoryExport::masked(QList<TimelineEvent> events, const PiiMasker& masker) {
    for (TimelineEvent& e : events) {
        e.title = masker.text(e.title);
        e.summary = masker.text(e.summary);
    }
    return events;
}

Status HistoryExport::writeCsv(const QString& path, const QList<TimelineEvent>& events) {
    QString text = QStringList{csvField(tr("When")), csvField(tr("Kind")), csvField(tr("Source")),
                               csvField(tr("Title")), csvField(tr("Details"))}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    for (const TimelineEvent& e : events) {
        text += QStringList{e.occurredAt.toUTC().toString(Qt::ISODate), csvField(KindStyle::of(e.kind).label),
                            csvField(KindStyle::sourceLabel(e.source)), csvField(e.title), csvField(e.summary)}
                    .join(QLatin1Char(',')) +
                QLatin1Char('\n');
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 || !file.flush()) {
        return Error{tr("The history could not be written to %1.").arg(path), file.errorString()};
    }
    return {};
}

Status HistoryExport::writePdf(const QString& path, const QString& customer, const QString& filterText,
                               const QList<TimelineEvent>& events) {
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br/>%3</p>")
                       .arg(tr("History of %1").arg(customer.toHtmlEscaped()), filterText.toHtmlEscaped(),
                            tr("%n event(s) · printed %1", nullptr, int(events.size()))
                                .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                                .toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("When"), tr("Kind"), tr("Source"), tr("Title"), tr("Details"));
    for (const TimelineEvent& e : events) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(locale.toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                         KindStyle::of(e.kind).label.toHtmlEscaped(), KindStyle::sourceLabel(e.source).toHtmlEscaped(),
                         e.title.toHtmlEscaped(), e.summary.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96); // the document's pixel sizes are screen pixels: a readable font, paginated
    writer.setTitle(tr("History of %1").arg(customer));
    writer.setCreator(QStringLiteral("C360 Workstation"));
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    document.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        return Error{tr("The history could not be written to %1.").arg(path), QStringLiteral("empty PDF")};
    }
    return {};
}

QString HistoryExport::describe(const TimelineFilter& filter) {
    QStringList kinds;
    for (const QString& k : filter.kinds) {
        kinds << KindStyle::of(k).label;
    }
    QStringList sources;
    for (const QString& s : filter.sources) {
        sources << KindStyle::sourceLabel(s);
    }
    return (kinds.isEmpty() ? tr("All kinds") : tr("Kinds: %1").arg(kinds.join(QStringLiteral(", ")))) +
           QStringLiteral(" · ") +
           (sources.isEmpty() ? tr("all sources") : tr("sources: %1").arg(sources.join(QStringLiteral(", ")))) +
           QStringLiteral(" · ") + (filter.includeSystem ? tr("with system changes") : tr("without system changes"));
}

} // namespace c360::ui
