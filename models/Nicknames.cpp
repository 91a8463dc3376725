#include "models/Nicknames.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace c360::names {

namespace {

// Each row: a given name, then its usual short forms and diminutives.
constexpr const char* kGroups[] = {
    "abigail abby abbie gail",
    "albert al bert bertie",
    "alexander alex alec sandy xander",
    "alexandra alex sandra sasha lexi sandy",
    "alfred al alfie fred",
    "allison ally allie",
    "andrew andy drew",
    "angela angie",
    "anthony tony",
    "barbara barb babs barbie",
    "benjamin ben benny benji",
    "bradley brad",
    "catherine cathy cat kate katie",
    "charles charlie chuck chas chaz",
    "christina chris tina chrissy",
    "christine chris tina chrissy",
    "christopher chris kit topher",
    "cynthia cindy",
    "daniel dan danny",
    "david dave davy",
    "deborah debbie deb debra",
    "donald don donnie",
    "dorothy dot dottie dolly",
    "douglas doug",
    "edward ed eddie ted ned",
    "elizabeth liz lizzie beth betsy betty eliza libby lisa",
    "eleanor ellie nora nell",
    "emily em emmy",
    "frances fran frannie",
    "francis frank fran",
    "frederick fred freddie",
    "gabriel gabe",
    "gerald gerry jerry",
    "gregory greg",
    "harold harry hal",
    "henry hank harry hal",
    "isabella bella izzy",
    "jacob jake",
    "james jim jimmy jamie",
    "janet jan",
    "jennifer jen jenny jenn",
    "jessica jess jessie",
    "john johnny jack jon",
    "jonathan jon jonny",
    "joseph joe joey",
    "joshua josh",
    "judith judy",
    "katherine kate kathy katie kat kitty",
    "kathleen kathy kate katie",
    "kenneth ken kenny",
    "lawrence larry",
    "leonard leo len lenny",
    "louis lou",
    "margaret maggie meg peggy marge margie greta",
    "matthew matt",
    "michael mike mikey mick",
    "nathaniel nate nathan nat",
    "nicholas nick nicky",
    "pamela pam",
    "patricia pat patty trish tricia",
    "patrick pat paddy",
    "peter pete",
    "philip phil",
    "rebecca becky becca",
    "richard rick ricky dick rich",
    "robert bob bobby rob robbie bert",
    "ronald ron ronnie",
    "samantha sam sammy",
    "samuel sam sammy",
    "stephen steve stevie",
    "steven steve stevie",
    "susan sue susie suzy",
    "suzanne sue suzy",
    "theodore ted teddy theo",
    "thomas tom tommy",
    "timothy tim timmy",
    "victoria vicky tori vickie",
    "vincent vince vinny",
    "walter walt wally",
    "william bill billy will willy liam",
    "zachary zach zack",
};

struct Table {
    QHash<QString, QList<int>> groupsOf;
    Table() {
        int g = 0;
        for (const char* row : kGroups) {
            for (const QString& name : QString::fromLatin1(row).split(u' ', Qt::SkipEmptyParts)) {
                groupsOf[name].append(g);
            }
            ++g;
        }
    }
};

const Table& table() {
    static const Table t;
    return t;
}

} // namespace

bool sameGivenName(const QString& a, const QString& b) {
    if (a == b) {
        return !a.isEmpty();
    }
    const Table& t = table();
    const auto ga = t.groupsOf.constFind(a);
    const auto gb = t.groupsOf.constFind(b);
    if (ga == t.groupsOf.constEnd() || gb == t.groupsOf.constEnd()) {
        return false;
    }
    for (int g : *ga) {
        if (gb->contains(g)) {
            return true;
        }
    }
    return false;
}

bool isKnownGivenName(const QString& name) {
    return table().groupsOf.contains(name);
}

} // namespace c360::names
