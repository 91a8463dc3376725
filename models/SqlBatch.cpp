#include "models/SqlBatch.h"

#include "models/SqlUtil.h"

#include <cmath>

namespace c360::sql {

namespace {
// NULL as Qt SQL binds it: no value, or a null string (QVariant(QString()) is not isNull() in Qt 6).
bool isSqlNull(const QVariant& v) {
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()) ||
           (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull());
}

void appendJson(QString& out, const QVariant& v) {
    if (isSqlNull(v)) {
        out += QLatin1String("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Bool:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out += QLatin1String("null");
            return;
        }
        const QString text = QString::number(d, 'g', 17); // round-trips exactly
        out += text;
        if (!text.contains(u'.') && !text.contains(u'e')) {
            out += QLatin1String(".0"); // stays REAL
        }
        return;
    }
    default:
        break;
    }
    const QString s = v.toString();
    out += u'"';
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c; // other characters as they are: no \u escapes (nor surrogate pairs) to decode
        }
    }
    out += u'"';
}
} // namespace

Batch::Batch(QSqlDatabase db, const QString& sqlText, QString failed, int rows)
    : m_query(db)
    , m_failed(std::move(failed))
    , m_rows(std::max(1, rows)) {
    m_prepared = m_query.prepare(sqlText);
}

QString Batch::columns(int width) {
    QStringList out;
    for (int i = 0; i < width; ++i) {
        out << QStringLiteral("json_extract(value, '$[%1]') AS c%1").arg(i);
    }
    return out.join(QStringLiteral(", "));
}

Status Batch::add(std::initializer_list<QVariant> values) {
    m_json += m_pending == 0 ? u'[' : u',';
    m_json += u'[';
    bool first = true;
    for (const QVariant& v : values) {
        if (!first) {
            m_json += u',';
        }
        first = false;
        appendJson(m_json, v);
    }
    m_json += u']';
    if (++m_pending < m_rows) {
        return {};
    }
    return flush();
}

Status Batch::flush() {
    if (m_pending == 0) {
        return {};
    }
    if (!m_prepared) {
        return error(m_query, m_failed);
    }
    m_json += u']';
    m_query.bindValue(0, m_json);
    if (!m_query.exec()) {
        return error(m_query, m_failed);
    }
    m_query.finish();
    m_written += m_pending;
    m_pending = 0;
    m_json.clear();
    return {};
}

} // namespace c360::sql
