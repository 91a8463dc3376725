#pragma once

#include "models/IdentityGraph.h"
#include "models/PartyAggregator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <vector>

// Internal to identity resolution: what a full resolution writes to party_key and party_source, counted from the
// records it holds in memory instead of by grouping the cache's record_key, party_link and source_record again.
namespace c360::identity {

// The records' stored keys (every kind but source ids), as loading reads them: kinds numbered, values' UTF-8 bytes
// in one buffer (a million records carry some two million keys).
class KeyTally {
public:
    // A key of the record at `rec` (its index in the resolver's records).
    void add(int rec, QByteArrayView kind, QByteArrayView value, bool linking);
    qsizetype size() const { return static_cast<qsizetype>(m_keys.size()); }

    // One party_key row: a party's distinct (kind, value), over its records' keys (a phone only where it links):
    // how many records carry it, the lowest record id, and the newest of their update times (0 for none).
    struct Row {
        qint64 party = 0;
        int kind = 0;
        qsizetype offset = 0, length = 0; // the value's bytes
        qint64 records = 0;
        qint64 firstRecord = 0;
        qint64 lastMs = 0;
    };
    // The rows of every party, in party_key's own order (party, kind, value by their bytes); `partyOf` indexed like
    // `recs`. Only reads: safe on another thread while neither the tally nor the records change.
    std::vector<Row> partyKeys(const QList<Rec>& recs, const QList<qint64>& partyOf) const;
    QByteArrayView kind(int k) const { return m_kinds.at(k); }
    QByteArrayView value(const Row& r) const { return QByteArrayView(m_values).sliced(r.offset, r.length); }

private:
    struct Key {
        int rec = 0;
        int kind = 0;
        bool linking = false;
        qsizetype offset = 0, length = 0;
    };
    std::vector<Key> m_keys;
    QByteArray m_values;
    QList<QByteArray> m_kinds; // few: looked up in a line
};

// party_key's rows as PartyAggregator reads them back: each with the source of its first record, sorted by party,
// first record, kind and value. Only reads, like KeyTally::partyKeys.
std::vector<PartyAggregator::PartyKey> goldenKeys(const KeyTally& tally, const std::vector<KeyTally::Row>& rows,
                                                  const QList<Rec>& recs);
// Every party's records per source (`partyOf` indexed like `recs`), sorted by party, then source.
std::vector<PartyAggregator::SourceCount> sourceCounts(const QList<Rec>& recs, const QList<qint64>& partyOf);

} // namespace c360::identity
