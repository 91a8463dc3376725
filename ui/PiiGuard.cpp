#include "PiiGuard.h"

#include "ui/CustomerHeader.h"
#include "ui/EventDetailPane.h"
#include "ui/SearchPanel.h"
#include "ui/TimelinePanel.h"

namespace c360::ui {

PiiGuard::PiiGuard(CustomerHeader* header, SearchPanel* search, EventDetailPane* detail, QObject* parent)
    : QObject(parent)
    , m_header(header)
    , m_search(search)
    , m_detail(detail) {
    setRole(AccessRole::Agent);
}

void PiiGuard::setTimeline(TimelinePanel* timeline) {
    m_timeline = timeline;
    m_timeline->setMasker(m_masker);
}

void PiiGuard::setRole(AccessRole role) {
    m_role = role;
    m_masker = PiiMasker(role);
    if (m_timeline) {
        m_timeline->setMasker(m_masker);
    }
    m_header->setMasker(m_masker);
    m_search->setMasker(m_masker);
    m_detail->setMasker(m_masker);
    for (const auto& apply : std::as_const(m_followers)) {
        apply(m_masker);
    }
    for (const auto& apply : std::as_const(m_customerFollowers)) {
        apply(m_masker);
    }
}

void PiiGuard::follow(std::function<void(const PiiMasker&)> apply) {
    apply(m_masker);
    m_followers.append(std::move(apply));
}

void PiiGuard::followCustomer(std::function<void(const PiiMasker&)> apply) {
    apply(isRevealed() ? revealedMasker() : m_masker);
    m_customerFollowers.append(std::move(apply));
}

PiiMasker PiiGuard::revealedMasker() {
    return PiiMasker(PiiPolicy{false, true}); // card numbers stay masked
}

bool PiiGuard::isRevealed() const {
    return m_header->isRevealed();
}

void PiiGuard::customerChanged() {
    if (m_timeline) {
        m_timeline->setMasker(m_masker);
    }
    const bool wasRevealed = isRevealed();
    m_header->setRevealed(false);
    m_detail->setRevealed(false);
    if (wasRevealed) {
        for (const auto& apply : std::as_const(m_customerFollowers)) {
            apply(m_masker);
        }
    }
}

bool PiiGuard::reveal(qint64 partyId) {
    if (partyId <= 0) {
        Q_EMIT refused(tr("Open a customer first."));
        return false;
    }
    if (!m_masker.policy().maskContacts) {
        return true; // nothing hidden for this role
    }
    if (!m_masker.policy().mayReveal) {
        Q_EMIT refused(tr("Your role (%1) may not reveal masked contact details.").arg(accessRoleName(m_role)));
        return false;
    }
    if (!m_audit || !m_audit(partyId)) {
        Q_EMIT refused(tr("Not revealed: the reveal could not be recorded in the audit log."));
        return false;
    }
    m_header->setRevealed(true);
    m_detail->setRevealed(true);
    if (m_timeline) {
        m_timeline->setMasker(revealedMasker());
    }
    for (const auto& apply : std::as_const(m_customerFollowers)) {
        apply(revealedMasker());
    }
    Q_EMIT revealed(partyId);
    return true;
}

} // namespace c360::ui
