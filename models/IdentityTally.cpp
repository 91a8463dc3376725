#include "models/IdentityTally.h"

#include <algorithm>
#include <numeric>

namespace c360::identity {

namespace {
// Each name's place among the names in sorted order (few names: kinds, sources).
template <typename Names> std::vector<int> ranks(const Names& names) {
    std::vector<int> byName(static_cast<size_t>(names.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&names](int a, int b) { return names.at(a) < names.at(b); });
    std::vector<int> rank(byName.size());
    for (size_t r = 0; r < byName.size(); ++r) {
        rank[size_t(byName[r])] = static_cast<int>(r);
    }
    return rank;
}
} // namespace

void KeyTally::add(int rec, QByteArrayView kind, QByteArrayView value, bool linking) {
    int k = 0;
    while (k < m_kinds.size() && m_kinds.at(k) != kind) {
        ++k;
    }
    if (k == m_kinds.size()) {
        m_kinds.append(kind.toByteArray());
    }
    m_keys.push_back({rec, k, linking, m_values.size(), value.size()});
    m_values.append(value);
}

std::vector<KeyTally::Row> KeyTally::partyKeys(const QList<Rec>& recs, const QList<qint64>& partyOf) const {
    // Kinds ranked by their names' bytes, so that (party, rank, value) is party_key's own order (BINARY).
    const std::vector<int> rank = ranks(m_kinds);
    const QByteArrayView phone("phone");
    std::vector<quint32> order;
    order.reserve(m_keys.size());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const Key& k = m_keys[i];
        // A phone number that only reads one way among several (not linking) is no key of the party's.
        if ((k.linking || m_kinds.at(k.kind) != phone) && partyOf.at(k.rec) > 0) {
            order.push_back(static_cast<quint32>(i));
        }
    }
    const auto valueOf = [this](const Key& k) { return QByteArrayView(m_values).sliced(k.offset, k.length); };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const Key& x = m_keys[a];
        const Key& y = m_keys[b];
        const qint64 px = partyOf.at(x.rec);
        const qint64 py = partyOf.at(y.rec);
        if (px != py) {
            return px < py;
        }
        if (x.kind != y.kind) {
            return rank[size_t(x.kind)] < rank[size_t(y.kind)];
        }
        return valueOf(x).compare(valueOf(y)) < 0;
    });
    std::vector<Row> rows;
    for (quint32 i : order) {
        const Key& k = m_keys[i];
        const Rec& r = recs.at(k.rec);
        const qint64 party = partyOf.at(k.rec);
        if (!rows.empty()) {
            Row& last = rows.back();
            if (last.party == party && last.kind == k.kind && value(last) == valueOf(k)) {
                ++last.records;
                last.firstRecord = std::min(last.firstRecord, r.id);
                last.lastMs = std::max(last.lastMs, r.updatedMs);
                continue;
            }
        }
        rows.push_back({party, k.kind, k.offset, k.length, 1, r.id, r.updatedMs});
    }
    return rows;
}

std::vector<PartyAggregator::PartyKey> goldenKeys(const KeyTally& tally, const std::vector<KeyTally::Row>& rows,
                                                  const QList<Rec>& recs) {
    std::vector<PartyAggregator::PartyKey> out;
    out.reserve(rows.size());
    QList<QString> kinds; // one shared string per kind
    for (const KeyTally::Row& r : rows) {
        while (kinds.size() <= r.kind) {
            kinds.append(QString::fromUtf8(tally.kind(static_cast<int>(kinds.size()))));
        }
        const auto first = std::lower_bound(recs.cbegin(), recs.cend(), r.firstRecord,
                                            [](const Rec& rec, qint64 id) { return rec.id < id; });
        out.push_back({r.party, kinds.at(r.kind), QString::fromUtf8(tally.value(r)), r.records, r.lastMs, r.firstRecord,
                       first != recs.cend() && first->id == r.firstRecord ? first->source : QString()});
    }
    // The rows come in (party, kind, value) order: within each party, by first record (stable: kind and value after).
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.party != b.party ? a.party < b.party : a.firstRecord < b.firstRecord;
    });
    return out;
}

std::vector<PartyAggregator::SourceCount> sourceCounts(const QList<Rec>& recs, const QList<qint64>& partyOf) {
    // Few sources: numbered, ranked by name; a record is (party, source number).
    QList<QString> names;
    std::vector<std::pair<qint64, int>> linked;
    linked.reserve(static_cast<size_t>(recs.size()));
    for (qsizetype i = 0; i < recs.size(); ++i) {
        if (partyOf.at(i) <= 0) {
            continue;
        }
        const QString& source = recs.at(i).source;
        qsizetype n = names.indexOf(source);
        if (n < 0) {
            n = names.size();
            names.append(source);
        }
        linked.emplace_back(partyOf.at(i), static_cast<int>(n));
    }
    const std::vector<int> rank = ranks(names);
    std::sort(linked.begin(), linked.end(), [&rank](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : rank[size_t(a.second)] < rank[size_t(b.second)];
    });
    std::vector<PartyAggregator::SourceCount> out;
    for (const auto& [party, n] : linked) {
        if (!out.empty() && out.back().party == party && out.back().source == names.at(n)) {
            ++out.back().records;
        } else {
            out.push_back({party, names.at(n), 1});
        }
    }
    return out;
}

} // namespace c360::identity
