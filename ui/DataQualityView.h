#pragma once

#include "models/IdentityQueries.h"
#include "models/IdentityResolver.h"
#include "models/PiiMask.h"

#include <QWidget>

#include <functional>

class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QPushButton;

namespace c360::ui {

// Data quality for supervisors: suspected duplicates (fuzzy pairs below the link threshold) to
// review, records whose phone or e-mail could not be used, and customers with conflicting values.
// Filled by its owner (from c360::identity queries / IdentityResolver::suspectedDuplicates on a
// worker), so it never blocks on the cache. Double-clicking a row opens that customer.
class DataQualityView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataQualityView)
public:
    explicit DataQualityView(QWidget* parent = nullptr);

    void setSuspectedDuplicates(const QList<SuspectedDuplicate>& pairs);
    void setInvalidContacts(const QList<InvalidContact>& records);
    void setConflictingValues(const QList<ConflictingValue>& values);
    // How a customer is named in the rows (the id stays in the tooltip); unset or empty: "Customer N".
    // What the role may see of personal data (values, evidence); set before the lists are filled.
    void setMasker(const PiiMasker& masker) { m_masker = masker; }
    void setNameLookup(std::function<QString(qint64 partyId)> lookup) { m_nameOf = std::move(lookup); }

Q_SIGNALS:
    void partyActivated(qint64 partyId);
    // A supervisor confirmed the selected suspected duplicate.
    void mergeRequested(qint64 partyId, qint64 otherPartyId);
    void refreshRequested();

private:
    void activate(QTableWidget* table, int row);
    void mergeSelected();
    QTableWidgetItem* partyCell(qint64 partyId) const;

    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_duplicates = nullptr;
    QTableWidget* m_invalid = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_refresh = nullptr;
    std::function<QString(qint64)> m_nameOf;
    PiiMasker m_masker{AccessRole::Agent};
};

} // namespace c360::ui
