#include "models/IdentityLabels.h"

#include "models/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlQuery>

namespace c360::identitylabels {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::identitylabels", text);
}
} // namespace

Result<QList<IdentityLabel>> read(const QString& csvPath) {
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{tr("The labels file %1 could not be read.").arg(csvPath), f.errorString()};
    }
    QList<IdentityLabel> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || (line == 1 && text.startsWith(QLatin1String("source,")))) {
            continue;
        }
        QStringList cols = text.split(u',');
        for (QString& c : cols) {
            c = c.trimmed();
            if (c.size() >= 2 && c.startsWith(u'"') && c.endsWith(u'"')) {
                c = c.mid(1, c.size() - 2);
            }
        }
        if (cols.size() != 3 || cols.at(0).isEmpty() || cols.at(1).isEmpty() || cols.at(2).isEmpty()) {
            return Error{tr("Line %1 of %2 is not \"source,source_id,person\".").arg(line).arg(csvPath), text};
        }
        out.append({cols.at(0), cols.at(1), cols.at(2)});
    }
    return out;
}

Result<PairwiseReport> score(QSqlDatabase db, const QList<IdentityLabel>& labels) {
    PairwiseReport r;
    r.labelled = static_cast<int>(labels.size());
    QHash<QString, QString> person;
    for (const IdentityLabel& l : labels) {
        person.insert(l.source + u'\x1f' + l.sourceId, l.person);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sr.source, sr.source_id, pl.party_id FROM source_record sr JOIN party_link pl "
                               "ON pl.record_id = sr.id WHERE sr.deleted = 0"))) {
        return sql::error(q, tr("The links could not be read."));
    }
    QHash<QString, qint64> byPerson, byParty, byBoth;
    while (q.next()) {
        const auto it = person.constFind(q.value(0).toString() + u'\x1f' + q.value(1).toString());
        if (it == person.constEnd()) {
            continue;
        }
        ++r.found;
        const QString party = q.value(2).toString();
        ++byPerson[*it];
        ++byParty[party];
        ++byBoth[party + u'\x1f' + *it];
    }
    auto pairs = [](const QHash<QString, qint64>& h) {
        qint64 n = 0;
        for (qint64 c : h) {
            n += c * (c - 1) / 2;
        }
        return n;
    };
    r.truePairs = pairs(byPerson);
    r.predictedPairs = pairs(byParty);
    r.correctPairs = pairs(byBoth);
    return r;
}

} // namespace c360::identitylabels
