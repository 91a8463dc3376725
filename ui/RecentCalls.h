#pragma once

#include "models/PiiMask.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace c360::ui {

// One call the agent took, known caller or not.
struct RecentCall {
    QDateTime at; // UTC, when the call came in
    QString number;
    QString callId;
    qint64 partyId = 0;  // 0: nobody on record (yet)
    QString caller;      // the customer's name when the call was linked to one
    QString disposition; // code, once wrapped up
};

// The agent's last calls, newest first, kept across restarts in a small JSON file (0600) so an
// unknown caller can be found again after the call: a list to return to, not a history of record
// (the wrap-ups in the outbox are that).
class RecentCalls final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentCalls)
public:
    static constexpr int Capacity = 50;
    enum Role { PartyRole = Qt::UserRole + 1, NumberRole };

    explicit RecentCalls(QString path, QObject* parent = nullptr);

    // A missing file is an empty list; an unreadable one is set aside (renamed *.bad) with a
    // message, so a damaged file never stops the agent from taking calls.
    QString load();
    void add(const RecentCall& call);
    void linkToParty(const QString& callId, qint64 partyId, const QString& caller);
    void setDisposition(const QString& callId, const QString& disposition);
    const RecentCall& at(int row) const { return m_calls.at(row); }
    // What the role may see of the numbers in the list (default: an agent's view); NumberRole stays
    // the number as dialled, for the search box.
    void setMasker(const PiiMasker& masker);
    // Empties the list and removes its file (sign-out).
    void forgetAll();
    QString path() const { return m_path; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    int rowOf(const QString& callId) const;
    void save();

    QString m_path;
    QList<RecentCall> m_calls;
    PiiMasker m_masker{AccessRole::Agent};
};

} // namespace c360::ui
