// One JSON record as a vendor might send it, mapped by every stream of a few shipped manifests.
#include "sync/JsonLimits.h"
#include "sync/Manifest.h"
#include "sync/RecordMapper.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <deque>
#include <vector>

using namespace c360::sync;

namespace {

std::vector<RecordMapper> loadMappers() {
    static std::deque<Manifest> manifests; // the mappers refer to their streams: kept for the whole run
    std::vector<RecordMapper> mappers;
    for (const char* name : {"zendesk", "shopify", "hubspot", "salesforce", "stripe"}) {
        const QString path =
            QStringLiteral(C360_SOURCE_DIR "/resources/connectors/") + QLatin1String(name) + QStringLiteral(".json");
        auto m = ManifestRegistry::load(path);
        if (!m) {
            continue; // a manifest this checkout does not ship
        }
        manifests.push_back(std::move(*m));
        for (const StreamManifest& s : manifests.back().streams) {
            mappers.emplace_back(QLatin1String(name), s);
        }
    }
    if (mappers.empty()) {
        std::abort(); // the fuzzer would test nothing
    }
    return mappers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::vector<RecordMapper> mappers = loadMappers();
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    if (jsonLimitExceeded(text)) {
        return 0; // refused before parsing, as the connector does
    }
    const auto record = nlohmann::json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (record.is_discarded()) {
        return 0;
    }
    for (const RecordMapper& mapper : mappers) {
        (void)mapper.map(record);
    }
    (void)RecordMapper::parseDateTime(record);
    return 0;
}
