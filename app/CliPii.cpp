#include "app/CliPii.h"

#include "models/RoleGrant.h"
#include "sync/SignIn.h"

#include <QCoreApplication>

namespace c360::app {

QCommandLineOption cliRoleOption() {
    return {QStringLiteral("role"),
            QCoreApplication::translate("c360::app::CliPii",
                                        "Print as this role (agent, supervisor, field, auditor); it may only lower "
                                        "the role of the last sign-in."),
            QStringLiteral("ROLE")};
}

PiiMasker cliMasker(QSqlDatabase cache, const QCommandLineParser& parser, QTextStream& err) {
    const QString wanted = parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role")) : QString();
    const auto override = accessRoleFromName(wanted);
    if (!wanted.isEmpty() && !override) {
        err << QCoreApplication::translate("c360::app::CliPii",
                                           "Unknown role \"%1\" (agent, supervisor, field or auditor): printing as an "
                                           "agent.")
                   .arg(wanted)
            << '\n';
    }
    const auto grant = RoleGrantRepository(std::move(cache)).load();
    QString refused;
    const AccessRole role = sync::SignIn::effectiveRole(
        grant ? *grant : std::nullopt,
        override ? override : (wanted.isEmpty() ? std::nullopt : std::optional(AccessRole::Agent)), &refused);
    if (!refused.isEmpty()) {
        err << refused << '\n';
    }
    return PiiMasker(role);
}

void maskForRole(PartySummary& p, const PiiMasker& masker) {
    p.email = masker.email(p.email);
    p.phone = masker.phone(p.phone);
    p.matchedValue = masker.text(p.matchedValue);
}

void maskForRole(PartyHeader& h, const PiiMasker& masker) {
    for (QString& e : h.emails) {
        e = masker.email(e);
    }
    for (QString& ph : h.phones) {
        ph = masker.phone(ph);
    }
}

void maskForRole(TimelineEvent& e, const PiiMasker& masker) {
    e.title = masker.text(e.title);
    e.summary = masker.text(e.summary);
}

} // namespace c360::app
