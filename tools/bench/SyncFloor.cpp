#include "tools/bench/SyncFloor.h"

#include "models/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <curl/curl.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace c360::bench {

namespace {

struct Source {
    QString name;
    QString baseUrl;
    QByteArray token;
    QStringList streams;
};

Result<QList<Source>> readSources(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read %1").arg(path), file.errorString()};
    }
    const QJsonArray sources =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sources")).toArray();
    QList<Source> out;
    for (const QJsonValue& v : sources) {
        const QJsonObject o = v.toObject();
        Source s{o.value(QStringLiteral("name")).toString(),
                 o.value(QStringLiteral("base_url")).toString(),
                 o.value(QStringLiteral("auth")).toObject().value(QStringLiteral("secret")).toString().toUtf8(),
                 {}};
        for (const QJsonValue& stream : o.value(QStringLiteral("streams")).toArray()) {
            s.streams << stream.toString();
        }
        out << s;
    }
    if (out.isEmpty()) {
        return Error{QStringLiteral("%1 names no source").arg(path), {}};
    }
    return out;
}

// One reused easy handle (keep-alive), the body appended to memory.
class Curl {
public:
    Curl()
        : m_handle(curl_easy_init()) {}
    ~Curl() {
        curl_slist_free_all(m_headers);
        curl_easy_cleanup(m_handle);
    }
    Curl(const Curl&) = delete;
    Curl& operator=(const Curl&) = delete;

    void setToken(const QByteArray& token) {
        curl_slist_free_all(m_headers);
        m_headers = curl_slist_append(nullptr, QByteArray("Authorization: Bearer " + token).constData());
        m_headers = curl_slist_append(m_headers, "Accept: application/json");
        m_headers = curl_slist_append(m_headers, "Content-Type: application/json");
    }

    // Returns the HTTP status (0 on a transport error); the body is in body().
    long request(const QByteArray& url, const QByteArray* postBody = nullptr) {
        m_body.clear();
        curl_easy_setopt(m_handle, CURLOPT_URL, url.constData());
        curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, m_headers);
        curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &Curl::onBody);
        curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, &m_body);
        curl_easy_setopt(m_handle, CURLOPT_ACCEPT_ENCODING, "");
        if (postBody != nullptr) {
            curl_easy_setopt(m_handle, CURLOPT_POSTFIELDS, postBody->constData());
            curl_easy_setopt(m_handle, CURLOPT_POSTFIELDSIZE, long(postBody->size()));
        } else {
            curl_easy_setopt(m_handle, CURLOPT_HTTPGET, 1L);
        }
        if (curl_easy_perform(m_handle) != CURLE_OK) {
            return 0;
        }
        long status = 0;
        curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &status);
        return status;
    }
    const QByteArray& body() const { return m_body; }

private:
    static size_t onBody(char* data, size_t size, size_t n, void* user) {
        static_cast<QByteArray*>(user)->append(data, qsizetype(size * n));
        return size * n;
    }

    CURL* m_handle;
    curl_slist* m_headers = nullptr;
    QByteArray m_body;
};

// The reference backend's page ends with {..., "has_more": B, "next_cursor": "C"}: found from the end,
// without parsing the records.
QByteArray stringAfter(const QByteArray& body, const QByteArray& key) {
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0) {
        return {};
    }
    const qsizetype open = body.indexOf('"', at + key.size() + 1);
    const qsizetype close = open < 0 ? -1 : body.indexOf('"', open + 1);
    return close < 0 ? QByteArray() : body.mid(open + 1, close - open - 1);
}

bool hasMore(const QByteArray& body) {
    const qsizetype at = body.lastIndexOf("\"has_more\"");
    return at >= 0 && body.mid(at + 10, 8).contains("true");
}

// ---- sqlite3 --------------------------------------------------------------------------------------

struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close(handle); }
};

struct Stmt {
    sqlite3_stmt* handle = nullptr;
    ~Stmt() { sqlite3_finalize(handle); }
};

Error sqliteError(sqlite3* db, const QString& what) {
    return Error{what, QString::fromUtf8(sqlite3_errmsg(db))};
}

Status execAll(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error e{QString::fromLatin1(sql), QString::fromUtf8(message)};
        sqlite3_free(message);
        return e;
    }
    return {};
}

using Value = std::variant<std::monostate, sqlite3_int64, double, std::string, std::vector<unsigned char>>;

struct Table {
    QString name;
    QStringList columns; // with "rowid" first for a virtual (FTS) table
};

// The tables the cache's rows live in: the FTS table itself, not its shadow tables, and not contact_day and
// served_day (the daily roll-ups their triggers write while contact_fact's rows are inserted: that cost is in the
// floor too).
Result<QList<Table>> cacheTables(sqlite3* db) {
    Stmt list;
    if (sqlite3_prepare_v2(
            db,
            "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type = 'table' AND name NOT "
            "LIKE 'sqlite_%' AND name NOT LIKE 'party_fts_%' AND name NOT IN ('contact_day', 'served_day') "
            "ORDER BY rootpage",
            -1, &list.handle, nullptr) != SQLITE_OK) {
        return sqliteError(db, QStringLiteral("cannot list the tables"));
    }
    QList<Table> tables;
    while (sqlite3_step(list.handle) == SQLITE_ROW) {
        Table t;
        t.name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list.handle, 0)));
        if (sqlite3_column_int(list.handle, 1) != 0) {
            t.columns << QStringLiteral("rowid");
        }
        Stmt info;
        const QByteArray pragma = "PRAGMA table_info(\"" + t.name.toUtf8() + "\")";
        if (sqlite3_prepare_v2(db, pragma.constData(), -1, &info.handle, nullptr) != SQLITE_OK) {
            return sqliteError(db, QStringLiteral("cannot read the columns of %1").arg(t.name));
        }
        while (sqlite3_step(info.handle) == SQLITE_ROW) {
            t.columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info.handle, 1)));
        }
        tables << t;
    }
    return tables;
}

Value readValue(sqlite3_stmt* s, int i) {
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(s, i);
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, i);
    case SQLITE_TEXT:
        return std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                           size_t(sqlite3_column_bytes(s, i)));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(s, i));
        return std::vector<unsigned char>(data, data + sqlite3_column_bytes(s, i));
    }
    default:
        return std::monostate{};
    }
}

int bindValue(sqlite3_stmt* s, int i, const Value& v) {
    if (const auto* n = std::get_if<sqlite3_int64>(&v)) {
        return sqlite3_bind_int64(s, i, *n);
    }
    if (const auto* d = std::get_if<double>(&v)) {
        return sqlite3_bind_double(s, i, *d);
    }
    if (const auto* t = std::get_if<std::string>(&v)) {
        return sqlite3_bind_text(s, i, t->data(), int(t->size()), SQLITE_STATIC);
    }
    if (const auto* b = std::get_if<std::vector<unsigned char>>(&v)) {
        return sqlite3_bind_blob(s, i, b->data(), int(b->size()), SQLITE_STATIC);
    }
    return sqlite3_bind_null(s, i);
}

} // namespace

Result<FetchFloor> measureFetchFloor(const QString& sourcesPath, int pageSize) {
    auto sources = readSources(sourcesPath);
    if (!sources) {
        return sources.error();
    }
    FetchFloor floor;
    Curl curl;
    QElapsedTimer timer;
    timer.start();
    for (const Source& source : std::as_const(*sources)) {
        curl.setToken(source.token);
        for (const QString& stream : source.streams) {
            const QByteArray base =
                (source.baseUrl + QLatin1Char('/') + source.name + QStringLiteral("/v1/") + stream).toUtf8() +
                "?limit=" + QByteArray::number(pageSize);
            QByteArray cursor;
            while (true) {
                const QByteArray url = cursor.isEmpty() ? base : base + "&cursor=" + cursor.toPercentEncoding();
                const long status = curl.request(url);
                if (status != 200) {
                    return Error{QStringLiteral("GET %1 answered %2").arg(QString::fromUtf8(url)).arg(status), {}};
                }
                ++floor.pages;
                floor.bytes += curl.body().size();
                if (!hasMore(curl.body())) {
                    break;
                }
                cursor = stringAfter(curl.body(), "\"next_cursor\"");
                if (cursor.isEmpty()) {
                    return Error{QStringLiteral("GET %1: no next_cursor").arg(QString::fromUtf8(url)), {}};
                }
            }
        }
    }
    floor.seconds = double(timer.nsecsElapsed()) / 1e9;
    return floor;
}

Result<WriteFloor> measureWriteFloor(const QString& cachePath, const QString& emptyPath) {
    { // the current schema, created (and migrated) the way the application does
        auto created = Database::open(emptyPath, QStringLiteral("bench-floor-schema"));
        if (!created) {
            return created.error();
        }
    }
    Db from, to;
    if (sqlite3_open_v2(cachePath.toUtf8().constData(), &from.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        return sqliteError(from.handle, QStringLiteral("cannot open %1").arg(cachePath));
    }
    if (sqlite3_open_v2(emptyPath.toUtf8().constData(), &to.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        return sqliteError(to.handle, QStringLiteral("cannot open %1").arg(emptyPath));
    }
    // The cache's durability: WAL (kept in the file) and synchronous=NORMAL.
    if (Status s = execAll(to.handle, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536");
        !s) {
        return s.error();
    }
    auto tables = cacheTables(from.handle);
    if (!tables) {
        return tables.error();
    }
    constexpr int kChunk = 20000;
    WriteFloor floor;
    qint64 nanos = 0;
    for (const Table& t : std::as_const(*tables)) {
        const QByteArray columns = t.columns.join(QLatin1Char(',')).toUtf8();
        const QByteArray select = "SELECT " + columns + " FROM \"" + t.name.toUtf8() + "\"";
        QStringList marks;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        const QByteArray insert = "INSERT INTO \"" + t.name.toUtf8() + "\"(" + columns + ") VALUES(" +
                                  marks.join(QLatin1Char(',')).toUtf8() + ")";
        Stmt read, write;
        if (sqlite3_prepare_v2(from.handle, select.constData(), -1, &read.handle, nullptr) != SQLITE_OK) {
            return sqliteError(from.handle, QString::fromUtf8(select));
        }
        if (sqlite3_prepare_v2(to.handle, insert.constData(), -1, &write.handle, nullptr) != SQLITE_OK) {
            return sqliteError(to.handle, QString::fromUtf8(insert));
        }
        const int n = int(t.columns.size());
        bool more = true;
        while (more) {
            // Read a chunk (not timed), then insert it (timed) in one transaction.
            std::vector<std::vector<Value>> rows;
            rows.reserve(kChunk);
            while (rows.size() < size_t(kChunk)) {
                if (sqlite3_step(read.handle) != SQLITE_ROW) {
                    more = false;
                    break;
                }
                std::vector<Value> row;
                row.reserve(size_t(n));
                for (int i = 0; i < n; ++i) {
                    row.push_back(readValue(read.handle, i));
                }
                rows.push_back(std::move(row));
            }
            if (rows.empty()) {
                break;
            }
            QElapsedTimer timer;
            timer.start();
            if (Status s = execAll(to.handle, "BEGIN IMMEDIATE"); !s) {
                return s.error();
            }
            for (const auto& row : rows) {
                for (int i = 0; i < n; ++i) {
                    bindValue(write.handle, i + 1, row[size_t(i)]);
                }
                if (sqlite3_step(write.handle) != SQLITE_DONE) {
                    return sqliteError(to.handle, QString::fromUtf8(insert));
                }
                sqlite3_reset(write.handle);
            }
            if (Status s = execAll(to.handle, "COMMIT"); !s) {
                return s.error();
            }
            nanos += timer.nsecsElapsed();
            floor.rows += qint64(rows.size());
        }
    }
    floor.seconds = double(nanos) / 1e9;
    return floor;
}

Result<qint64> changeOnePercent(const QString& sourcesPath, const QString& cachePath) {
    auto sources = readSources(sourcesPath);
    if (!sources) {
        return sources.error();
    }
    Db cache;
    if (sqlite3_open_v2(cachePath.toUtf8().constData(), &cache.handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        return sqliteError(cache.handle, QStringLiteral("cannot open %1").arg(cachePath));
    }
    Stmt pick;
    if (sqlite3_prepare_v2(cache.handle,
                           "SELECT source, stream, source_id FROM source_record WHERE deleted = 0 AND id % 100 = 0 "
                           "ORDER BY id",
                           -1, &pick.handle, nullptr) != SQLITE_OK) {
        return sqliteError(cache.handle, QStringLiteral("cannot pick the records to change"));
    }
    Curl curl;
    curl.setToken(sources->first().token);
    const QByteArray url = (sources->first().baseUrl + QStringLiteral("/admin/mutate")).toUtf8();
    qint64 changed = 0;
    while (sqlite3_step(pick.handle) == SQLITE_ROW) {
        const auto text = [&](int i) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(pick.handle, i)));
        };
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("source"), text(0)},
                                                          {QStringLiteral("stream"), text(1)},
                                                          {QStringLiteral("op"), QStringLiteral("update")},
                                                          {QStringLiteral("id"), text(2)}})
                                    .toJson(QJsonDocument::Compact);
        const long status = curl.request(url, &body);
        if (status != 200) {
            return Error{QStringLiteral("POST /admin/mutate answered %1").arg(status), QString::fromUtf8(body)};
        }
        ++changed;
    }
    return changed;
}

} // namespace c360::bench
