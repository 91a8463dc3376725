#include "models/PiiMask.h"

#include "models/Journey.h"

#include <QRegularExpression>

#include <functional>

namespace c360 {

namespace {

constexpr QChar kMask = QLatin1Char('*');

bool luhn(const QString& digits) {
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// Every digit but the last `keep` replaced by the mask; separators kept.
QString maskDigits(const QString& s, int keep) {
    qsizetype digits = 0;
    for (const QChar c : s) {
        digits += c.isDigit() ? 1 : 0;
    }
    QString out = s;
    qsizetype seen = 0;
    for (QChar& c : out) {
        if (c.isDigit() && seen++ < digits - keep) {
            c = kMask;
        }
    }
    return out;
}

const QRegularExpression& cardPattern() {
    static const QRegularExpression re(QStringLiteral(R"((?<![\d])\d(?:[ -]?\d){12,18}(?![\d]))"));
    return re;
}
const QRegularExpression& emailPattern() {
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"));
    return re;
}
const QRegularExpression& phonePattern() {
    // International (+CC …), Chinese mobile (138 0013 8000) and North American ((415) 555-0100)
    // forms; not dates or times (2026-03-01 09:00), which have other groupings.
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w*+])(?:\+\d[\d ().\-]{6,20}\d|1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}|\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4})(?![\w]))"));
    return re;
}

QString replaceAll(const QString& text, const QRegularExpression& re, const std::function<QString(const QString&)>& f) {
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += f(m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString accessRoleName(AccessRole role) {
    switch (role) {
    case AccessRole::Agent:
        return QStringLiteral("agent");
    case AccessRole::Supervisor:
        return QStringLiteral("supervisor");
    case AccessRole::Field:
        return QStringLiteral("field");
    case AccessRole::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<AccessRole> accessRoleFromName(const QString& name) {
    for (AccessRole r : {AccessRole::Agent, AccessRole::Supervisor, AccessRole::Field, AccessRole::Auditor}) {
        if (name.compare(accessRoleName(r), Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    return std::nullopt;
}

PiiPolicy PiiPolicy::forRole(AccessRole role) {
    switch (role) {
    case AccessRole::Agent:
    case AccessRole::Field:
        return {true, true};
    case AccessRole::Supervisor:
        return {false, true};
    case AccessRole::Auditor:
        return {true, false};
    }
    return {};
}

PiiMasker::PiiMasker(AccessRole role)
    : m_policy(PiiPolicy::forRole(role)) {}

PiiMasker::PiiMasker(PiiPolicy policy)
    : m_policy(policy) {}

QString PiiMasker::maskEmail(const QString& email) {
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0) {
        return email.isEmpty() ? email : QString(3, kMask);
    }
    return email.left(1) + QString(3, kMask) + email.mid(at);
}

QString PiiMasker::maskPhone(const QString& phone) {
    return maskDigits(phone, 4);
}

QString PiiMasker::maskCards(const QString& text) {
    return replaceAll(text, cardPattern(), [](const QString& run) {
        QString digits = run;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        return luhn(digits) ? maskDigits(run, 4) : run;
    });
}

QString PiiMasker::maskContactsInText(const QString& text) {
    const QString noEmails = replaceAll(text, emailPattern(), maskEmail);
    return replaceAll(noEmails, phonePattern(), maskPhone);
}

QString PiiMasker::email(const QString& email) const {
    return m_policy.maskContacts ? maskEmail(email) : email;
}

QString PiiMasker::phone(const QString& phone) const {
    return m_policy.maskContacts ? maskPhone(phone) : phone;
}

QString PiiMasker::text(const QString& text) const {
    const QString noCards = maskCards(text);
    return m_policy.maskContacts ? maskContactsInText(noCards) : noCards;
}

void maskJourney(Journey& journey, const PiiMasker& masker) {
    for (Touchpoint& t : journey.touchpoints) {
        for (QString* s : {&t.title, &t.summary, &t.queue, &t.reason}) {
            *s = masker.text(*s);
        }
    }
    for (Friction& f : journey.friction) {
        f.detail = masker.text(f.detail);
    }
}

QString PiiMasker::field(const QString& kind, const QString& value) const {
    if (kind.contains(QLatin1String("email"), Qt::CaseInsensitive)) {
        return value.isEmpty() ? value : email(value);
    }
    if (kind.contains(QLatin1String("phone"), Qt::CaseInsensitive)) {
        return value.isEmpty() ? value : phone(value);
    }
    return text(value);
}

} // namespace c360
