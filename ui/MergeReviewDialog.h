#pragma once

#include "models/IdentityQueries.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace c360::ui {

// A supervisor's look at two customers before merging them: side by side (names, contacts, sources,
// records, last activity), the evidence and score that made them a suspected duplicate, and a reason
// that is required. Merging emits mergeConfirmed; the owner stores and audits the decision (which can
// be undone from the data-quality view's Decisions tab). Opened with open(), found by object name.
class MergeReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeReviewDialog)
public:
    explicit MergeReviewDialog(QWidget* parent = nullptr);

    void setPair(const CustomerSummary& a, const CustomerSummary& b, double score, const QString& evidence);
    QString reason() const;
    qint64 partyA() const { return m_a.partyId; }
    qint64 partyB() const { return m_b.partyId; }

Q_SIGNALS:
    void mergeConfirmed(qint64 partyA, qint64 partyB, const QString& reason);

private:
    void confirm();
    void fillColumn(int column, const CustomerSummary& c);

    CustomerSummary m_a, m_b;
    QGridLayout* m_grid = nullptr;
    QLabel* m_evidence = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_merge = nullptr;
};

} // namespace c360::ui
