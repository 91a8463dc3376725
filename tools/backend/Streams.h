#pragma once

#include <QString>

#include <array>
#include <optional>

namespace c360::backend {

// Array order = enum order; streams of one source are adjacent (the sources file groups them).
enum class StreamKind { Customers, Orders, Returns, Carts, Tickets, Events, Surveys, Interactions };

struct StreamInfo {
    StreamKind kind;
    const char* source;
    const char* stream;
    const char* idPrefix;
    int idWidth;
};

inline constexpr std::array<StreamInfo, 8> kStreams{{
    {StreamKind::Customers, "crm", "customers", "CRM-", 6},
    {StreamKind::Orders, "shop", "orders", "SO-", 7},
    {StreamKind::Returns, "shop", "returns", "RT-", 6},
    {StreamKind::Carts, "shop", "carts", "CT-", 7},
    {StreamKind::Tickets, "helpdesk", "tickets", "T-", 6},
    {StreamKind::Events, "marketing", "events", "ME-", 8},
    {StreamKind::Surveys, "marketing", "surveys", "SV-", 7},
    {StreamKind::Interactions, "contact", "interactions", "IX-", 7},
}};

inline const StreamInfo& streamInfo(StreamKind kind) {
    return kStreams[static_cast<std::size_t>(kind)];
}

inline std::optional<StreamKind> findStream(const QString& source, const QString& stream) {
    for (const auto& info : kStreams) {
        if (source == QLatin1String(info.source) && stream == QLatin1String(info.stream)) {
            return info.kind;
        }
    }
    return std::nullopt;
}

// "CRM-000005" for index 4.
inline QString recordId(StreamKind kind, int index) {
    const auto& info = streamInfo(kind);
    return QLatin1String(info.idPrefix) % QString::number(index + 1).rightJustified(info.idWidth, u'0');
}

// Index of an id of this stream, or -1.
inline int recordIndex(StreamKind kind, const QString& id) {
    const QLatin1String prefix(streamInfo(kind).idPrefix);
    if (!id.startsWith(prefix)) {
        return -1;
    }
    bool ok = false;
    const int number = id.mid(prefix.size()).toInt(&ok);
    return ok && number > 0 ? number - 1 : -1;
}

} // namespace c360::backend
