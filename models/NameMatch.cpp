#include "models/NameMatch.h"

#include "models/Normalize.h"

#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace c360::names {

namespace {

bool hasHan(const QString& s) {
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || c.isHighSurrogate()) {
            return true;
        }
    }
    return false;
}

struct Transliterator {
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> t;
    Transliterator() {
        UErrorCode status = U_ZERO_ERROR;
        t.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                    UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            t.reset();
        }
    }
};

Transliterator& transliterator() {
    static Transliterator instance;
    return instance;
}

} // namespace

QString pinyin(const QString& text) {
    const QString folded = Normalizer::nameKey(text);
    if (!hasHan(folded)) {
        return folded;
    }
    Transliterator& tr = transliterator();
    if (!tr.t) {
        return folded;
    }
    icu::UnicodeString u(reinterpret_cast<const UChar*>(folded.utf16()), static_cast<int32_t>(folded.size()));
    {
        QMutexLocker lock(&tr.mutex);
        tr.t->transliterate(u);
    }
    // Han-Latin separates syllables with spaces ("zhang wei"), which is what we want as tokens.
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length()).simplified().toCaseFolded();
}

QStringList tokens(const QString& name) {
    QString p = pinyin(name);
    // Punctuation between parts of a name ("Zhang-Wei", "Wei, Zhang", "O'Neil") separates or joins tokens.
    for (QChar& c : p) {
        if (c == u'-' || c == u',' || c == u'.' || c == u'_' || c == u'/') {
            c = u' ';
        }
    }
    p.remove(u'\'');
    QStringList parts = p.split(u' ', Qt::SkipEmptyParts);
    std::sort(parts.begin(), parts.end());
    return parts;
}

QString matchKey(const QString& name) {
    return tokens(name).join(u' ');
}

double jaroWinkler(const QString& a, const QString& b) {
    if (a == b) {
        return a.isEmpty() ? 0.0 : 1.0;
    }
    const qsizetype la = a.size(), lb = b.size();
    if (la == 0 || lb == 0) {
        return 0.0;
    }
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    std::vector<bool> ma(static_cast<size_t>(la), false), mb(static_cast<size_t>(lb), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window), hi = std::min(lb - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!mb[static_cast<size_t>(j)] && a.at(i) == b.at(j)) {
                ma[static_cast<size_t>(i)] = mb[static_cast<size_t>(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0) {
        return 0.0;
    }
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!ma[static_cast<size_t>(i)]) {
            continue;
        }
        while (!mb[static_cast<size_t>(j)]) {
            ++j;
        }
        if (a.at(i) != b.at(j)) {
            ++transpositions;
        }
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(la) + m / static_cast<double>(lb) +
                         (m - static_cast<double>(transpositions) / 2) / m) /
                        3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.at(prefix) == b.at(prefix)) {
        ++prefix;
    }
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

NameForm form(const QString& name) {
    NameForm f;
    QString p = pinyin(name);
    for (QChar& c : p) {
        if (c == u'-' || c == u',' || c == u'.' || c == u'_' || c == u'/') {
            c = u' ';
        }
    }
    p.remove(u'\'');
    const QStringList written = p.split(u' ', Qt::SkipEmptyParts);
    if (written.isEmpty()) {
        return f;
    }
    f.tokens = written;
    std::sort(f.tokens.begin(), f.tokens.end());
    QStringList reversed = written;
    std::reverse(reversed.begin(), reversed.end());
    f.compacts << written.join(QString());
    if (reversed != written) {
        f.compacts << reversed.join(QString());
    }
    return f;
}

double similarity(const NameForm& a, const NameForm& b) {
    if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
    }
    if (a.tokens == b.tokens) {
        return 1.0;
    }
    for (const QString& c : a.compacts) {
        if (b.compacts.contains(c)) {
            return 0.98;
        }
    }
    if (a.tokens.size() != b.tokens.size()) {
        return 0.0;
    }
    double sum = 0;
    for (qsizetype i = 0; i < a.tokens.size(); ++i) {
        const double s = jaroWinkler(a.tokens.at(i), b.tokens.at(i));
        if (s < 0.85) {
            return 0.0;
        }
        sum += s;
    }
    return sum / static_cast<double>(a.tokens.size());
}

double similarity(const QString& a, const QString& b) {
    return similarity(form(a), form(b));
}

} // namespace c360::names
