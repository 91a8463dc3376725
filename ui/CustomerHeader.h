#pragma once

#include "models/PiiMask.h"
#include "models/Queries.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QToolButton;

namespace c360::ui {

// The customer at a glance: name, segment, contacts, lifetime value, orders, open tickets,
// last contact and the systems the customer is known in.
class CustomerHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHeader)
public:
    explicit CustomerHeader(QWidget* parent = nullptr);
    void showParty(const PartyHeader& header);
    void clear();
    void showNewCaller(const QString& number); // screen pop without a match ("New customer…")
    // After "New customer…": the card names the customer waiting in the outbox until the sync brings them.
    void showPendingCustomer(const QString& name);
    void showCandidates(const QString& number, int count); // screen pop with several matches
    void setMaskPii(bool mask);
    // Phones and e-mails as the role may see them; card numbers in notes are always masked.
    void setMasker(const PiiMasker& masker);
    // Shows the open customer's contacts in full (after the window audited the reveal); a newly
    // opened customer starts masked again.
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    void setPinnedNotes(const QStringList& notes); // shown under the contacts on every call
    // Golden-record field -> the source whose record won it ("display_name" -> "crm"): shown as
    // small source tags and tooltips next to the name and segment, with the survivorship policy
    // (resources/identity/rules.json) that chose it.
    void setFieldSources(const QMap<QString, QString>& sources);
    const PartyHeader& party() const { return m_party; }

Q_SIGNALS:
    void linkedRecordsRequested(); // the agent clicked "N linked records"
    void revealRequested();        // the agent clicked "Reveal" next to the masked contacts
    void newCustomerRequested();   // "New customer…" on the new-caller card

private:
    void render();
    void renderEmpty(const QString& title, const QString& text);

    PartyHeader m_party;
    bool m_hasParty = false;
    PiiMasker m_masker{PiiPolicy{false, true}};
    bool m_revealed = false;
    QStringList m_pinnedNotes;
    QLabel* m_name = nullptr;
    QLabel* m_segment = nullptr;
    QLabel* m_contacts = nullptr;
    QLabel* m_ltv = nullptr;
    QLabel* m_orders = nullptr;
    QLabel* m_tickets = nullptr;
    QLabel* m_lastContact = nullptr;
    QLabel* m_sources = nullptr;
    QLabel* m_pinned = nullptr;
    QLabel* m_nameSource = nullptr;
    QToolButton* m_reveal = nullptr;
    QToolButton* m_newCustomer = nullptr;
    QString m_emptyTitle; // the card shown while no customer is open
    QString m_emptyText;
    QMap<QString, QString> m_fieldSources;
};

} // namespace c360::ui
