#pragma once

#include "models/PiiMask.h"

#include <QObject>

#include <functional>

namespace c360::ui {

class CustomerHeader;
class EventDetailPane;
class SearchPanel;
class TimelinePanel;

// What the window shows of personal data for the user's role (models/PiiMask.h): e-mails and phones
// partly hidden where the role does not need them, card numbers always; applied to the customer
// header, the search results and the event detail. "Reveal" shows the open customer's contacts in
// full for a role that may reveal, and only once the reveal is in the audit log.
class PiiGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PiiGuard)
public:
    PiiGuard(CustomerHeader* header, SearchPanel* search, EventDetailPane* detail, QObject* parent = nullptr);

    void setTimeline(TimelinePanel* timeline); // its list shows titles and summaries too
    // Every other surface that shows personal data (journey, call bar, recent calls, linked records,
    // data quality, dashboards) follows the role: `apply` runs now and on every role change.
    void follow(std::function<void(const PiiMasker&)> apply);
    // Surfaces about the open customer (journey, call bar, linked records) also follow a reveal: they
    // get the revealed masker until another customer is opened.
    void followCustomer(std::function<void(const PiiMasker&)> apply);
    void setRole(AccessRole role);
    AccessRole role() const { return m_role; }
    const PiiMasker& masker() const { return m_masker; }
    // Writes the reveal of a customer's contacts to the audit log; false: not recorded (no reveal).
    using AuditHook = std::function<bool(qint64 partyId)>;
    void setAuditHook(AuditHook hook) { m_audit = std::move(hook); }

    // Reveals the contacts of `partyId` (the open customer); false with a message when the role may
    // not, or the audit log could not record it.
    bool reveal(qint64 partyId);
    bool isRevealed() const;
    void customerChanged(); // a newly opened customer starts masked

Q_SIGNALS:
    void revealed(qint64 partyId);
    void refused(const QString& message);

private:
    static PiiMasker revealedMasker();
    CustomerHeader* m_header;
    SearchPanel* m_search;
    EventDetailPane* m_detail;
    TimelinePanel* m_timeline = nullptr;
    AccessRole m_role = AccessRole::Agent;
    PiiMasker m_masker{AccessRole::Agent};
    AuditHook m_audit;
    QList<std::function<void(const PiiMasker&)>> m_followers;
    QList<std::function<void(const PiiMasker&)>> m_customerFollowers;
};

} // namespace c360::ui
