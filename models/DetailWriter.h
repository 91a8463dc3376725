#pragma once

#include "models/CanonicalRecord.h"
#include "models/Result.h"
#include "models/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

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

private:
    Status run(sql::Statement& q, std::initializer_list<QVariant> values);
    QSqlDatabase m_db;
    sql::Statement m_insCustomer, m_insOrder, m_insLine, m_insReturn, m_insTicket, m_insComment, m_insCampaign,
        m_insInteraction, m_insSurvey, m_insCart;
    sql::Statement m_delCustomer, m_delOrder, m_delLines, m_delReturn, m_delTicket, m_delComments, m_delCampaign,
        m_delInteraction, m_delSurvey, m_delCart;
};

} // namespace c360
