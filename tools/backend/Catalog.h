#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace c360::backend {

// Fixed word lists the generator draws from. Values are shared QStrings (no copies per record).
struct NamePart {
    QString hanzi;
    QString latin;
};

struct City {
    QString name;
    bool chinese = true;
    QStringList areaCodes; // US only
};

struct Product {
    QString sku;
    QString title;
    qint64 priceCny = 0; // cents
    qint64 priceUsd = 0; // cents
};

struct Campaign {
    QString id;
    QString name;
    QString url;
};

class Catalog final {
public:
    static const std::vector<NamePart>& surnames();
    static const std::vector<NamePart>& compoundSurnames();
    static const std::vector<NamePart>& givenNames1();
    static const std::vector<NamePart>& givenNames2();
    static const QStringList& englishFirstNames();
    static const QStringList& englishLastNames();
    static const std::vector<City>& cities();
    static const QStringList& cnEmailDomains();
    static const QStringList& usEmailDomains();
    static const QStringList& segments(); // ascending value
    static const std::vector<Product>& products();
    static const std::vector<Campaign>& campaigns();
    static const QStringList& ticketSubjects();
    static const QStringList& commentBodies();
    static const QStringList& csatComments();
    static const QStringList& agents();
    static const QStringList& interactionSummaries();
    static const QStringList& returnReasons();
};

} // namespace c360::backend
