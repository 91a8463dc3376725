#pragma once

#include "tools/backend/Records.h"
#include "tools/backend/Rng.h"

#include <QSet>
#include <QString>

namespace c360::backend {

// Makes true persons with unique emails, phones and WeChat openids.
class PersonFactory final {
public:
    explicit PersonFactory(qint64 nowMs)
        : m_nowMs(nowMs) {}

    // full = always with email, phone and (Chinese) WeChat openid.
    Person make(Rng& rng, bool full = false);
    // Marks an existing person's email, phone and openid as taken.
    void reserve(const Person& p);

private:
    void makeChineseName(Person& p, Rng& rng);
    void makeEnglishName(Person& p, Rng& rng);
    QString uniqueEmail(const QString& base, const QString& domain, Rng& rng);
    QString uniquePhone(const Person& p, Rng& rng);
    QString uniqueOpenid(Rng& rng);

    qint64 m_nowMs;
    QSet<QString> m_emails;
    QSet<QString> m_phones;
    QSet<QString> m_openids;
};

} // namespace c360::backend
