#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"
#include "models/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <memory>

namespace c360 {

// Writes and removes the typed detail rows of one source record (customer_profile, orders +
// order_line, return_item, ticket + ticket_comment, campaign_touch, interaction).
// Statements are prepared once; part of CacheWriter's page transaction.
class DetailWriter {
    Q_DECLARE_TR_FUNCTIONS(c360::DetailWriter)

public:
    explicit DetailWriter(QSqlDatabase db);
    Status prepare();
    Status remove(qint64 recordId, EntityKind entity);
    Status write(qint64 recordId, const CanonicalRecord& record);
    // What update() wrote: any row, and the party_change figure bits (Value, Tickets) of what its party's figures read
    // of the rows it changed (PartyAggregator): an order's total, currency or cancellation, a return's amount, whether
    // a ticket is open; any of the entity's when its row was added.
    struct Writes {
        bool any = false;
        int figures = 0;
    };
    // A known record's rows replaced by the record's: a row that would not change is not written (a re-delivered
    // campaign event or survey answer, an order's unchanged lines; a sync re-delivers many).
    Result<Writes> update(qint64 recordId, const CanonicalRecord& record);

private:
    // An entity with one detail row (not an order or a ticket, which have rows of their lines and comments).
    struct SingleRow {
        EntityKind entity = EntityKind::Customer;
        sql::Statement* insert = nullptr;
        sql::Statement* remove = nullptr;
        sql::Statement stored;                      // the row as stored, in the insert's columns
        std::unique_ptr<sql::ColumnUpdate> changed; // a stored row's changed columns, found by its record id
    };
    static constexpr int kSingleRows = 6;
    SingleRow* single(EntityKind entity);
    // The row's values in its insert's columns; empty for an entity of several rows or none.
    QVariantList singleRow(qint64 recordId, const CanonicalRecord& record) const;
    // An order with its lines, a ticket with its comments: the main row, and rows of its own that refer to it (and go
    // with it when it is deleted).
    struct WithChildren {
        EntityKind entity = EntityKind::Order;
        sql::Statement* insert = nullptr;
        sql::Statement* insertChild = nullptr;
        // In the inserts' columns; the children in their order, each with its id first
        sql::Statement storedMain, storedChildren, deleteChild;
        // The changed columns of the stored main row (by its record id) and of a child (by its id)
        std::unique_ptr<sql::ColumnUpdate> updateMain, updateChild;
        int childColumns = 0; // of its insert, the record id first
    };
    static constexpr int kWithChildren = 2;
    WithChildren* withChildren(EntityKind entity);
    QVariantList mainRow(qint64 recordId, const CanonicalRecord& record) const;
    QList<QVariantList> childRows(qint64 recordId, const CanonicalRecord& record) const;
    Status insertChildren(WithChildren& w, const QList<QVariantList>& rows);
    Result<Writes> updateWithChildren(WithChildren& w, qint64 recordId, const CanonicalRecord& record);
    Status run(sql::Statement& q, std::initializer_list<QVariant> values);
    // The row of record `id` made `row` (in the insert's columns, the record id first): its changed columns updated
    // when `stored` (the row as stored, by its record id) finds one, inserted otherwise. `entity`: whose row it is,
    // for the figures it reaches.
    Result<Writes> writeRow(sql::Statement& stored, sql::ColumnUpdate& update, sql::Statement& insert, qint64 id,
                            const QVariantList& row, EntityKind entity);
    QSqlDatabase m_db;
    sql::Statement m_insCustomer, m_insOrder, m_insLine, m_insReturn, m_insTicket, m_insComment, m_insCampaign,
        m_insInteraction, m_insSurvey, m_insCart;
    sql::Statement m_delCustomer, m_delOrder, m_delLines, m_delReturn, m_delTicket, m_delComments, m_delCampaign,
        m_delInteraction, m_delSurvey, m_delCart;
    std::array<SingleRow, kSingleRows> m_single;
    std::array<WithChildren, kWithChildren> m_withChildren;
};

} // namespace c360
