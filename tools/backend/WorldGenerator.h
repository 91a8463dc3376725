#pragma once

#include "tools/backend/Records.h"

namespace c360::backend {

struct GeneratorOptions {
    quint64 seed = 42;
    int customers = 2000;
    int heavyEvents = 0;
    qint64 nowMs = 0; // the generated world ends here (fixed, so output is reproducible)
};

// Builds the deterministic world: true persons, then each system's partial, noisy records.
class WorldGenerator final {
public:
    explicit WorldGenerator(GeneratorOptions options)
        : m_options(options) {}

    World generate() const;

private:
    GeneratorOptions m_options;
};

} // namespace c360::backend
