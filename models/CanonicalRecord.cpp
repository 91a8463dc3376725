#include "models/CanonicalRecord.h"

#include <array>
#include <utility>

namespace c360 {

namespace {
const std::array<std::pair<EntityKind, const char*>, 9> kNames{{
    {EntityKind::Customer, "customer"},
    {EntityKind::Order, "order"},
    {EntityKind::Return, "return"},
    {EntityKind::Ticket, "ticket"},
    {EntityKind::CampaignEvent, "campaign_event"},
    {EntityKind::Interaction, "interaction"},
    {EntityKind::Survey, "survey"},
    {EntityKind::Cart, "cart"},
    {EntityKind::TicketComment, "ticket_comment"},
}};
} // namespace

QString entityKindName(EntityKind kind) {
    for (const auto& [k, name] : kNames) {
        if (k == kind) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<EntityKind> entityKindFromName(const QString& name) {
    for (const auto& [k, n] : kNames) {
        if (name == QLatin1String(n)) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace c360
