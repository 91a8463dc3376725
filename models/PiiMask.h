#pragma once

#include <QString>

#include <optional>

namespace c360 {

struct Journey;

// Who uses the workstation; decides what personal data is shown in full.
enum class AccessRole { Agent, Supervisor, Field, Auditor };
QString accessRoleName(AccessRole role); // "agent", "supervisor", "field", "auditor"
std::optional<AccessRole> accessRoleFromName(const QString& name);

// What a role sees. Card numbers are masked for every role, always.
//   role        e-mails/phones    may reveal (audited)
//   agent       partly hidden     yes
//   field       partly hidden     yes
//   supervisor  in full           -
//   auditor     partly hidden     no
struct PiiPolicy {
    bool maskContacts = true;
    bool mayReveal = false;
    static PiiPolicy forRole(AccessRole role);
};

// Masks personal data for display, export, logs and CLI output:
//   e-mail  wang.li@qq.com        -> w***@qq.com
//   phone   +86 138 0013 8000     -> +** *** **** 8000   (the last four digits stay)
//   card    4111 1111 1111 1111   -> **** **** **** 1111 (any 13-19 digit run that passes Luhn)
class PiiMasker {
public:
    explicit PiiMasker(AccessRole role = AccessRole::Agent);
    explicit PiiMasker(PiiPolicy policy);

    QString email(const QString& email) const;
    QString phone(const QString& phone) const;
    // Free text (notes, summaries, log lines): card numbers always, e-mails and phones per role.
    QString text(const QString& text) const;
    // A value whose kind is known ("email", "phone"; anything else is free text), e.g. a golden-record
    // field, an invalid contact as the source wrote it, a CSV column.
    QString field(const QString& kind, const QString& value) const;
    const PiiPolicy& policy() const { return m_policy; }

    static QString maskEmail(const QString& email);
    static QString maskPhone(const QString& phone);
    static QString maskCards(const QString& text);
    static QString maskContactsInText(const QString& text);

private:
    PiiPolicy m_policy;
};

// A journey as a role may see it: titles, summaries, queues, reasons and friction details masked.
void maskJourney(Journey& journey, const PiiMasker& masker);

} // namespace c360
