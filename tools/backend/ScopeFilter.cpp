#include "tools/backend/ScopeFilter.h"

#include "tools/backend/Catalog.h"
#include "tools/backend/Streams.h"

#include <QStringList>

namespace c360::backend {

namespace {

const QStringList& territories() {
    static const QStringList list{QStringLiteral("north"), QStringLiteral("east"), QStringLiteral("south"),
                                  QStringLiteral("west")};
    return list;
}

// The contact center's queues (RecordFactory::addInteraction).
const QStringList& queues() {
    static const QStringList list{QStringLiteral("billing"), QStringLiteral("delivery"), QStringLiteral("returns"),
                                  QStringLiteral("sales")};
    return list;
}

QStringList values(const QUrlQuery& query, const QString& key) {
    QStringList out;
    for (const QString& value : query.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            out.append(part.trimmed());
        }
    }
    out.removeAll(QString());
    return out;
}

QString digitsOf(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString territoryOf(int person) {
    return person < 0 ? QString() : territories().at(person % territories().size());
}

QString ownerOf(int person) {
    return person < 0 ? QString() : Catalog::agents().at(person % Catalog::agents().size());
}

std::optional<ScopeFilter> ScopeFilter::fromQuery(const QUrlQuery& query, const World& world, QString* error) {
    const QString kTerritory = QStringLiteral("territory");
    const QString kOwner = QStringLiteral("owner");
    const QString kCustomers = QStringLiteral("customers");
    const QString kQueue = QStringLiteral("queue");
    if (!query.hasQueryItem(kTerritory) && !query.hasQueryItem(kOwner) && !query.hasQueryItem(kCustomers) &&
        !query.hasQueryItem(kQueue)) {
        return std::nullopt;
    }
    ScopeFilter f;
    for (const QString& t : values(query, kTerritory)) {
        if (!territories().contains(t)) {
            *error = QStringLiteral("unknown territory \"%1\" (territories: %2)")
                         .arg(t, territories().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        f.m_territories.insert(t);
    }
    for (const QString& o : values(query, kOwner)) {
        f.m_owners.insert(o);
    }
    // A queue serves the persons it had a (live) call or chat with.
    QSet<QString> wantedQueues;
    for (const QString& q : values(query, kQueue)) {
        if (!queues().contains(q)) {
            *error = QStringLiteral("unknown queue \"%1\" (queues: %2)").arg(q, queues().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        wantedQueues.insert(q);
    }
    if (!wantedQueues.isEmpty()) {
        for (const Interaction& ix : world.interactions) {
            if (!ix.deleted && ix.person >= 0 && wantedQueues.contains(ix.queue)) {
                f.m_persons.insert(ix.person);
            }
        }
    }
    const QStringList customers = values(query, kCustomers);
    for (const QString& c : customers) {
        if (c.startsWith(QLatin1String("CRM-"))) {
            const int index = recordIndex(StreamKind::Customers, c);
            if (index >= 0 && index < static_cast<int>(world.customers.size())) {
                f.m_persons.insert(world.customers[static_cast<std::size_t>(index)].person);
            }
            continue;
        }
        const bool email = c.contains(QLatin1Char('@'));
        if (!email && !c.startsWith(QLatin1Char('+'))) {
            continue; // another system's id: not one of ours
        }
        const QString digits = digitsOf(c);
        for (int p = 0; p < static_cast<int>(world.persons.size()); ++p) {
            const Person& person = world.persons[static_cast<std::size_t>(p)];
            if (email ? person.email.compare(c, Qt::CaseInsensitive) == 0
                      : (!person.phoneDigits.isEmpty() && digits.size() >= 7 && digits.endsWith(person.phoneDigits))) {
                f.m_persons.insert(p);
            }
        }
    }
    if (f.m_territories.isEmpty() && f.m_owners.isEmpty() && customers.isEmpty() && wantedQueues.isEmpty()) {
        *error = QStringLiteral("territory, owner, queue or customers needs a value");
        return std::nullopt;
    }
    return f;
}

bool ScopeFilter::keeps(int person) const {
    if (person < 0) {
        return false;
    }
    return m_persons.contains(person) || m_territories.contains(territoryOf(person)) ||
           m_owners.contains(ownerOf(person));
}

} // namespace c360::backend
