#pragma once

#include "models/IdentityQueries.h"
#include "models/PiiMask.h"

#include <QDialog>
#include <QHash>

#include <span>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace c360::ui {

// "Linked records" of one customer: every source record with its source, id, the rule that linked
// it, the score and why; the golden record's fields with the record that supplied each and the
// survivorship policy that chose it (tooltip), and per record the golden values it supplied. Supervisors
// also get "Split record out" (the selected record) and "Merge with customer…" (a party id). The
// dialog does not write the cache: it emits the request and the owner stores the decision on the
// writer's side, then calls setRecords() again. Open with open() (no nested event loop).
class LinkedRecordsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedRecordsDialog)
public:
    explicit LinkedRecordsDialog(QWidget* parent = nullptr);

    // `total`: how many records the party has (the list may be a bounded first page).
    void setRecords(qint64 partyId, const QString& displayName, const QList<LinkedRecord>& records, qint64 total);
    void setGoldenFields(const QList<GoldenField>& fields);
    void setSupervisor(bool supervisor);
    // What the role may see of personal data (values, evidence); set before setRecords().
    void setMasker(const PiiMasker& masker) { m_masker = masker; }
    // Shows a failure of the last request (e.g. the decision could not be stored).
    void showError(const QString& message);

    qint64 partyId() const { return m_partyId; }
    // A golden field as people call it ("Name" for party_field's display_name), in the interface's language; an
    // unknown field as it is named.
    static QString fieldLabel(const QString& field);
    // A record's type and the rule that linked it, by their names for people (the stored name when unknown).
    static QString entityLabel(const QString& entity);
    static QString ruleLabel(const QString& rule);

Q_SIGNALS:
    void splitRequested(qint64 partyId, qint64 recordId);
    void mergeRequested(qint64 partyId, qint64 otherPartyId);

private:
    // The label of `name` among (stored name, label) pairs, translated; an unknown name as it is.
    static QString label(std::span<const std::pair<const char*, const char*>> labels, const QString& name);
    void updateActions();
    // Which golden values each record supplied (the records table's last column) and the record behind each
    // golden value (the fields table's "From"), whichever of setRecords/setGoldenFields came last.
    void showSuppliers();
    void requestSplit();
    void requestMerge();

    qint64 m_partyId = 0;
    bool m_supervisor = false;
    PiiMasker m_masker{AccessRole::Agent};
    QLabel* m_title = nullptr;
    QTableWidget* m_records = nullptr;
    QTableWidget* m_fields = nullptr;
    QPushButton* m_split = nullptr;
    QLineEdit* m_mergeWith = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_error = nullptr;
    QList<GoldenField> m_golden;
    QHash<qint64, QString> m_recordLabels; // record id -> "crm C-1001"
};

} // namespace c360::ui
