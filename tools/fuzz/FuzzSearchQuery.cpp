// The search box: any text an agent types (or pastes), searched in a real migrated cache that
// holds a few customers (FTS5 trigram, phone and id indexes).
#include "models/Database.h"
#include "models/Queries.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace c360;

namespace {

struct Fixture {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::optional<Database> db;
};

Fixture& fixture() {
    static Fixture f = [] {
        Fixture x;
        static int argc = 1;
        static char name[] = "fuzz_search_query";
        static char* argv[] = {name, nullptr};
        x.app = std::make_unique<QCoreApplication>(argc, argv);
        x.dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(x.dir->filePath(QStringLiteral("cache.db")), QStringLiteral("fuzz"));
        if (!db) {
            std::abort();
        }
        QSqlQuery q(db->handle());
        const char* rows[] = {
            "INSERT INTO party(id, display_name, name_key, primary_email, primary_phone, updated_ms) VALUES "
            "(1, '王小明', 'wangxiaoming', 'wang@qq.com', '+8613800138000', 0)",
            "INSERT INTO party(id, display_name, name_key, primary_email, primary_phone, updated_ms) VALUES "
            "(2, 'Ann Lee', 'annlee', 'ann@example.com', '+14155550100', 0)",
            "INSERT INTO party_fts(rowid, names, emails, phones, ids) VALUES "
            "(1, '王小明 wang xiaoming', 'wang@qq.com', '+8613800138000', 'CRM-000001')",
            "INSERT INTO party_fts(rowid, names, emails, phones, ids) VALUES "
            "(2, 'Ann Lee', 'ann@example.com', '+14155550100', 'CRM-000002')",
        };
        for (const char* sql : rows) {
            if (!q.exec(QString::fromUtf8(sql))) {
                std::abort();
            }
        }
        x.db.emplace(std::move(*db));
        return x;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Fixture& f = fixture();
    static const Normalizer normalizer(IdentityConfig{QStringLiteral("CN"), {QStringLiteral("US")}});
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto results = SearchRepository(f.db->handle(), normalizer).search(query, 20);
    if (!results && results.error().message.isEmpty()) {
        __builtin_trap(); // a failure must say why
    }
    return 0;
}
