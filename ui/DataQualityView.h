#pragma once

#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"
#include "models/PiiMask.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QLineEdit;
class QPushButton;

namespace c360::ui {

// Data quality for supervisors: suspected duplicates (fuzzy pairs below the link threshold) to
// review, records whose phone or e-mail could not be used, customers with conflicting values, and the
// supervisors' decisions in force (each can be undone, with a reason). Filled by its owner (from
// c360::identity queries / IdentityResolver on a worker), so it never blocks on the cache. "Merge
// selected pair" opens the side-by-side review (MergeReviewDialog: a few indexed reads of the two
// customers on the reader connection) and asks for a reason. Double-clicking a row opens that customer.
class DataQualityView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataQualityView)
public:
    explicit DataQualityView(QWidget* parent = nullptr);

    void setSuspectedDuplicates(const QList<SuspectedDuplicate>& pairs);
    void setInvalidContacts(const QList<InvalidContact>& records);
    void setConflictingValues(const QList<ConflictingValue>& values);
    // The decisions in force, newest first (IdentityResolver::activeDecisions).
    void setDecisions(const QList<StoredDecision>& decisions);
    // The UI thread's read connection: the merge review reads the two customers from it.
    void setDatabase(QSqlDatabase reader) { m_db = std::move(reader); }
    // How a customer is named in the rows (the id stays in the tooltip); unset or empty: "Customer N".
    // What the role may see of personal data (values, evidence); set before the lists are filled.
    void setMasker(const PiiMasker& masker) { m_masker = masker; }
    void setNameLookup(std::function<QString(qint64 partyId)> lookup) { m_nameOf = std::move(lookup); }

Q_SIGNALS:
    void partyActivated(qint64 partyId);
    // A supervisor reviewed the selected suspected duplicate side by side and merged it, giving a reason.
    void mergeRequested(qint64 partyId, qint64 otherPartyId, const QString& reason);
    // A supervisor undoes a decision in force (Decisions tab), giving a reason.
    void undoRequested(qint64 decisionId, const QString& reason);
    void refreshRequested();

private:
    void activate(QTableWidget* table, int row);
    void mergeSelected();
    void undoSelected();
    QWidget* decisionsPage();
    QTableWidgetItem* partyCell(qint64 partyId) const;

    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_duplicates = nullptr;
    QTableWidget* m_invalid = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_decisions = nullptr;
    QLineEdit* m_undoReason = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_refresh = nullptr;
    std::function<QString(qint64)> m_nameOf;
    PiiMasker m_masker{AccessRole::Agent};
    QSqlDatabase m_db;
    QList<SuspectedDuplicate> m_pairs; // as shown, row by row
};

} // namespace c360::ui
