#pragma once

#include <QString>
#include <QtGlobal>

namespace c360::backend {

class SourceStore;

// What an accepted vendor write does to the served data, so that later reads of the flavor show it (as
// the vendor's own would): a new ticket in the ticket export, a comment in the ticket events export, a
// cancelled order in the order list. Each change is a new entry in the stream's change feed.
namespace writeeffects {

// A new ticket from `email` (the person who has it, if any); returns its index in World::tickets.
int addTicket(SourceStore& store, const QString& subject, const QString& email, const QString& name,
              const QString& body, qint64 nowMs);
// A comment by the API user (an agent) on ticket `index`; returns the comment's id (World::nextCommentId).
int addComment(SourceStore& store, int index, const QString& body, bool isPublic, qint64 nowMs);
// A new CRM customer (a caller nobody knew, created by an agent): `phone` in E.164, `country` "CN"/"US"
// or empty; returns its index in World::customers.
int addCustomer(SourceStore& store, const QString& name, const QString& email, const QString& phone,
                const QString& city, const QString& country, qint64 nowMs);
// Ticket `index` gets `status` and `priority`; false (and no change, not even updated_at) when it had them.
bool updateTicket(SourceStore& store, int index, const QString& status, const QString& priority, qint64 nowMs);
// Order `index` is cancelled now.
void cancelOrder(SourceStore& store, int index, qint64 nowMs);
// Order `index` ships to `address` (its first line, as Shopify's shipping_address.address1) from now on.
void changeAddress(SourceStore& store, int index, const QString& address, qint64 nowMs);
// `cents` of order `index`'s payment are refunded now.
void refund(SourceStore& store, int index, qint64 cents, qint64 nowMs);

inline const QString kAuthor = QStringLiteral("C360 Workstation (API)");

} // namespace writeeffects

} // namespace c360::backend
