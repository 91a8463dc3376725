#include "models/NameMatch.h"

#include "models/Nicknames.h"
#include "models/Normalize.h"

#include <QMutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
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
    QString folded = Normalizer::nameKey(text);
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
    // Match flags on the stack for the usual short tokens (the fuzzy rule compares millions of pairs), else on the
    // heap.
    constexpr qsizetype kStack = 64;
    std::array<bool, kStack> stackA{}, stackB{};
    std::vector<bool> heapA, heapB;
    const bool small = la <= kStack && lb <= kStack;
    if (!small) {
        heapA.assign(static_cast<size_t>(la), false);
        heapB.assign(static_cast<size_t>(lb), false);
    }
    struct Flags {
        bool* stack;
        std::vector<bool>* heap;
        bool operator[](qsizetype i) const { return stack != nullptr ? stack[i] : (*heap)[static_cast<size_t>(i)]; }
        void set(qsizetype i) const {
            if (stack != nullptr) {
                stack[i] = true;
            } else {
                (*heap)[static_cast<size_t>(i)] = true;
            }
        }
    };
    const Flags ma{small ? stackA.data() : nullptr, &heapA}, mb{small ? stackB.data() : nullptr, &heapB};
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - window), hi = std::min(lb - 1, i + window);
        for (qsizetype j = lo; j <= hi; ++j) {
            if (!mb[j] && a.at(i) == b.at(j)) {
                ma.set(i);
                mb.set(j);
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
        if (!ma[i]) {
            continue;
        }
        while (!mb[j]) {
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
    f.han = hasHan(name);
    const QString folded = Normalizer::nameKey(name);
    if (const qsizetype comma = folded.indexOf(u','); comma > 0) {
        const QStringList after = folded.mid(comma + 1).split(u' ', Qt::SkipEmptyParts);
        f.first = after.isEmpty() ? QString() : after.first();
    }
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
    if (f.first.isEmpty()) {
        f.first = written.first();
    }
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

bool tokensAgreeWithNicknames(const NameForm& a, const NameForm& b) {
    if (a.tokens.size() != b.tokens.size() || a.tokens.isEmpty() || a.tokens.size() > 4) {
        return false;
    }
    QList<qsizetype> perm(b.tokens.size());
    for (qsizetype i = 0; i < perm.size(); ++i) {
        perm[i] = i;
    }
    do {
        bool all = true;
        for (qsizetype i = 0; i < a.tokens.size() && all; ++i) {
            const QString& x = a.tokens.at(i);
            const QString& y = b.tokens.at(perm.at(i));
            all = x == y || sameGivenName(x, y) || (x.size() > 3 && y.size() > 3 && jaroWinkler(x, y) >= 0.92);
        }
        if (all) {
            return true;
        }
    } while (std::next_permutation(perm.begin(), perm.end()));
    return false;
}

bool shareGivenName(const NameForm& a, const NameForm& b) {
    // Pinyin of the commonest Chinese surnames: written first, they are no given name.
    static const QStringList cnSurnames =
        QStringLiteral(
            "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
            "tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen "
            "yao jin fu qian")
            .split(u' ');
    if (a.han || b.han || a.tokens.size() < 2 || b.tokens.size() < 2 || a.first.isEmpty() || b.first.isEmpty() ||
        cnSurnames.contains(a.first) || cnSurnames.contains(b.first)) {
        return false;
    }
    return sameGivenName(a.first, b.first);
}

Agreement agreement(const NameForm& a, const NameForm& b, double minSimilarity) {
    if (a.isEmpty() || b.isEmpty()) {
        return Agreement::None;
    }
    if (similarity(a, b) >= minSimilarity) {
        return Agreement::Same;
    }
    if (tokensAgreeWithNicknames(a, b)) {
        return Agreement::Nickname;
    }
    const NameForm* single = a.tokens.size() == 1 ? &a : b.tokens.size() == 1 ? &b : nullptr;
    const NameForm* full = single == &a ? &b : &a;
    if (single != nullptr && full->tokens.size() >= 2) {
        for (const QString& t : full->tokens) {
            if (sameGivenName(single->tokens.first(), t)) {
                return Agreement::FirstNameOnly;
            }
        }
    }
    return Agreement::None;
}

double similarity(const QString& a, const QString& b) {
    return similarity(form(a), form(b));
}

} // namespace c360::names
