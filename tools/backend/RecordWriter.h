#pragma once

#include "tools/backend/Records.h"
#include "tools/backend/Streams.h"

#include <QJsonObject>

namespace c360::backend {

// Serializes one stored record (struct) to the JSON its source system serves.
class RecordWriter final {
public:
    static QJsonObject write(const World& world, StreamKind kind, int index);

private:
    static QJsonObject customer(const Customer& c);
    static QJsonObject order(const Order& o);
    static QJsonObject returnItem(const Return& r);
    static QJsonObject ticket(const Ticket& t);
    static QJsonObject event(const CampaignEvent& e);
    static QJsonObject interaction(const Interaction& ix);
    static QJsonObject cart(const Cart& c);
    static QJsonObject survey(const Survey& s);
};

} // namespace c360::backend
