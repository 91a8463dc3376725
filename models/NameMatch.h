#pragma once

#include <QString>
#include <QStringList>

namespace c360 {

// Name comparison for identity resolution. Names are folded (NFKC, so full-width forms become
// ASCII; whitespace collapsed; case folded) and Han characters are also compared by their pinyin
// (ICU transliteration "Han-Latin; Latin-ASCII"), so 张伟, "Zhang Wei" and "WEI ZHANG" agree.
// Thread-safe.
namespace names {

// Folded tokens of a name in pinyin/ASCII form, sorted (word order does not matter):
// "张伟" -> {"wei", "zhang"}; "Ｗｅｉ  Zhang" -> {"wei", "zhang"}.
QStringList tokens(const QString& name);
// The sorted tokens joined with one space: the blocking / equality key of a name.
QString matchKey(const QString& name);
// Pinyin (ASCII, lower case) of a string with Han characters; other text folded and kept.
QString pinyin(const QString& text);
// A name prepared for comparison: sorted tokens, and the compact forms in written and reversed
// order ("李小明" -> "lixiaoming", "mingxiaoli"; "Xiaoming Li" -> "xiaomingli", "lixiaoming").
struct NameForm {
    QStringList tokens; // sorted
    QStringList compacts;
    QString first;    // the given name as Western names write it: the first token, or the one after a comma
    bool han = false; // written in Han characters
    bool isEmpty() const { return tokens.isEmpty(); }
    QString key() const { return tokens.join(u' '); }
};
NameForm form(const QString& name);
// Similarity in [0, 1] of two names: 1 for the same tokens in any order (or script), 0.98 when the
// compact forms agree ("Li Xiaoming" / 李小明), else — only when they have as many tokens — the
// mean Jaro-Winkler of the sorted token pairs if every pair is >= 0.85 (one typo per token), else 0.
// "Li Ming" and "Li Xiaoming" are different people (0); "Jonathan Smyth" ~ "Jonathan Smith".
double similarity(const NameForm& a, const NameForm& b);
double similarity(const QString& a, const QString& b);
// How two names written on records that share a key agree (strongest first). Used only between
// records that already share a linking key; a name alone never links.
enum class Agreement {
    None,
    Same,          // similarity >= the threshold: same tokens, script, order or a typo
    Nickname,      // the same name but for a given name and its short form (Bill Turner / William Turner)
    FirstNameOnly, // one record has a single token that is (a short form of) a token of the other ("Liz")
};
Agreement agreement(const NameForm& a, const NameForm& b, double minSimilarity);
// Token by token, same number of tokens: equal, a typo (Jaro-Winkler >= 0.92) or one's short form.
bool tokensAgreeWithNicknames(const NameForm& a, const NameForm& b);
// Same given name (or short forms of one another), different surname, both written in Latin letters
// with two or more tokens, the given name not a Chinese surname in pinyin: "Emma Clarke" / "Emma Fisher"
// (a surname changed after marriage; decided only with other evidence: shared e-mail and phone).
bool shareGivenName(const NameForm& a, const NameForm& b);
// Jaro-Winkler similarity of two strings in [0, 1].
double jaroWinkler(const QString& a, const QString& b);

} // namespace names
} // namespace c360
