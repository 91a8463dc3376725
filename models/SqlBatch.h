#pragma once

#include "models/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace c360::sql {

// Many rows through one statement per batch: the rows travel as one bound JSON array of arrays that the
// statement reads with json_each (`INSERT INTO t(a, b) SELECT <columns(2)> FROM json_each(?) WHERE true ...`,
// `DELETE FROM t WHERE id IN (SELECT <columns(1)> FROM json_each(?))`). A full resolution writes hundreds of
// thousands of rows; binding each value through Qt SQL cost more than SQLite's work. Values keep their SQL type:
// NULL, integer, real (always written with a fraction or exponent) and text. Rows are written in the order they
// were added, in batches of `rows`.
class Batch {
public:
    // `sql`: the statement, with one `?` for the batch; `failed`: the message of an error (the caller's, translated).
    Batch(QSqlDatabase db, const QString& sql, QString failed, int rows = 4096);
    // `json_extract(value, '$[0]'), ...`: the columns of a row of `width` values.
    static QString columns(int width);
    Status add(std::initializer_list<QVariant> values);
    // Writes what is buffered.
    Status flush();
    qsizetype written() const { return m_written; }

private:
    QSqlQuery m_query;
    QString m_failed;
    QString m_json;
    int m_rows;
    int m_pending = 0;
    qsizetype m_written = 0;
    bool m_prepared = false;
};

} // namespace c360::sql
