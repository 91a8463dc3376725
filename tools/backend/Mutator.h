#pragma once

#include "tools/backend/PersonFactory.h"
#include "tools/backend/Rng.h"
#include "tools/backend/Streams.h"

#include <QString>

#include <memory>

namespace c360::backend {

class SourceStore;

struct MutationResult {
    int status = 200; // HTTP status: 200, 404 (unknown id), 409 (already deleted), 400 (bad op)
    QString error;
    int index = -1;
};

// Applies plausible changes to stored records: update, delete, create; and random churn.
class Mutator final {
public:
    Mutator(SourceStore& store, quint64 seed);
    ~Mutator();

    MutationResult apply(StreamKind kind, const QString& op, const QString& id, qint64 nowMs);
    // One random change: mostly updates, some creates and deletes.
    void churnOnce(qint64 nowMs);

private:
    void update(StreamKind kind, int index, qint64 nowMs);
    int create(StreamKind kind, qint64 nowMs);
    int randomPerson(bool needEmail);

    SourceStore& m_store;
    Rng m_rng;
    std::unique_ptr<PersonFactory> m_persons; // created on first "create" of a customer
};

} // namespace c360::backend
