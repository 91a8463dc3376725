#include "Catalog.h"

namespace c360::backend {

namespace {
NamePart np(QString hanzi, QString latin) {
    return NamePart{std::move(hanzi), std::move(latin)};
}
} // namespace

const std::vector<NamePart>& Catalog::surnames() {
    static const std::vector<NamePart> list{
        np(QStringLiteral("王"), QStringLiteral("Wang")),  np(QStringLiteral("李"), QStringLiteral("Li")),
        np(QStringLiteral("张"), QStringLiteral("Zhang")), np(QStringLiteral("刘"), QStringLiteral("Liu")),
        np(QStringLiteral("陈"), QStringLiteral("Chen")),  np(QStringLiteral("杨"), QStringLiteral("Yang")),
        np(QStringLiteral("黄"), QStringLiteral("Huang")), np(QStringLiteral("赵"), QStringLiteral("Zhao")),
        np(QStringLiteral("吴"), QStringLiteral("Wu")),    np(QStringLiteral("周"), QStringLiteral("Zhou")),
        np(QStringLiteral("徐"), QStringLiteral("Xu")),    np(QStringLiteral("孙"), QStringLiteral("Sun")),
        np(QStringLiteral("马"), QStringLiteral("Ma")),    np(QStringLiteral("朱"), QStringLiteral("Zhu")),
        np(QStringLiteral("胡"), QStringLiteral("Hu")),    np(QStringLiteral("郭"), QStringLiteral("Guo")),
        np(QStringLiteral("何"), QStringLiteral("He")),    np(QStringLiteral("林"), QStringLiteral("Lin")),
        np(QStringLiteral("高"), QStringLiteral("Gao")),   np(QStringLiteral("罗"), QStringLiteral("Luo")),
    };
    return list;
}

const std::vector<NamePart>& Catalog::compoundSurnames() {
    static const std::vector<NamePart> list{
        np(QStringLiteral("欧阳"), QStringLiteral("Ouyang")),
        np(QStringLiteral("司马"), QStringLiteral("Sima")),
        np(QStringLiteral("上官"), QStringLiteral("Shangguan")),
        np(QStringLiteral("诸葛"), QStringLiteral("Zhuge")),
    };
    return list;
}

const std::vector<NamePart>& Catalog::givenNames1() {
    static const std::vector<NamePart> list{
        np(QStringLiteral("伟"), QStringLiteral("Wei")),  np(QStringLiteral("娜"), QStringLiteral("Na")),
        np(QStringLiteral("敏"), QStringLiteral("Min")),  np(QStringLiteral("静"), QStringLiteral("Jing")),
        np(QStringLiteral("丽"), QStringLiteral("Li")),   np(QStringLiteral("强"), QStringLiteral("Qiang")),
        np(QStringLiteral("磊"), QStringLiteral("Lei")),  np(QStringLiteral("军"), QStringLiteral("Jun")),
        np(QStringLiteral("洋"), QStringLiteral("Yang")), np(QStringLiteral("勇"), QStringLiteral("Yong")),
        np(QStringLiteral("艳"), QStringLiteral("Yan")),  np(QStringLiteral("杰"), QStringLiteral("Jie")),
        np(QStringLiteral("涛"), QStringLiteral("Tao")),  np(QStringLiteral("明"), QStringLiteral("Ming")),
        np(QStringLiteral("超"), QStringLiteral("Chao")), np(QStringLiteral("芳"), QStringLiteral("Fang")),
        np(QStringLiteral("霞"), QStringLiteral("Xia")),  np(QStringLiteral("平"), QStringLiteral("Ping")),
        np(QStringLiteral("刚"), QStringLiteral("Gang")), np(QStringLiteral("婷"), QStringLiteral("Ting")),
    };
    return list;
}

const std::vector<NamePart>& Catalog::givenNames2() {
    static const std::vector<NamePart> list{
        np(QStringLiteral("家豪"), QStringLiteral("Jiahao")), np(QStringLiteral("娜娜"), QStringLiteral("Nana")),
        np(QStringLiteral("子涵"), QStringLiteral("Zihan")),  np(QStringLiteral("欣怡"), QStringLiteral("Xinyi")),
        np(QStringLiteral("浩然"), QStringLiteral("Haoran")), np(QStringLiteral("梓萱"), QStringLiteral("Zixuan")),
        np(QStringLiteral("宇轩"), QStringLiteral("Yuxuan")), np(QStringLiteral("思远"), QStringLiteral("Siyuan")),
        np(QStringLiteral("嘉怡"), QStringLiteral("Jiayi")),  np(QStringLiteral("俊杰"), QStringLiteral("Junjie")),
        np(QStringLiteral("雨桐"), QStringLiteral("Yutong")), np(QStringLiteral("志强"), QStringLiteral("Zhiqiang")),
    };
    return list;
}

const QStringList& Catalog::englishFirstNames() {
    static const QStringList list{
        QStringLiteral("Emily"),  QStringLiteral("James"),   QStringLiteral("Olivia"),    QStringLiteral("Michael"),
        QStringLiteral("Sophia"), QStringLiteral("David"),   QStringLiteral("Emma"),      QStringLiteral("Daniel"),
        QStringLiteral("Ava"),    QStringLiteral("Matthew"), QStringLiteral("Isabella"),  QStringLiteral("Andrew"),
        QStringLiteral("Mia"),    QStringLiteral("Joshua"),  QStringLiteral("Charlotte"), QStringLiteral("Ryan"),
        QStringLiteral("Grace"),  QStringLiteral("Nathan"),  QStringLiteral("Chloe"),     QStringLiteral("Kevin"),
    };
    return list;
}

const QStringList& Catalog::englishLastNames() {
    static const QStringList list{
        QStringLiteral("Carter"), QStringLiteral("Smith"),  QStringLiteral("Johnson"), QStringLiteral("Brown"),
        QStringLiteral("Miller"), QStringLiteral("Davis"),  QStringLiteral("Wilson"),  QStringLiteral("Anderson"),
        QStringLiteral("Taylor"), QStringLiteral("Thomas"), QStringLiteral("Moore"),   QStringLiteral("Martin"),
        QStringLiteral("Clark"),  QStringLiteral("Lewis"),  QStringLiteral("Walker"),  QStringLiteral("Hall"),
        QStringLiteral("Young"),  QStringLiteral("Harris"), QStringLiteral("King"),    QStringLiteral("Wright"),
    };
    return list;
}

const std::vector<City>& Catalog::cities() {
    static const std::vector<City> list{
        {QStringLiteral("Shanghai"), true, {}},
        {QStringLiteral("Beijing"), true, {}},
        {QStringLiteral("Shenzhen"), true, {}},
        {QStringLiteral("Guangzhou"), true, {}},
        {QStringLiteral("Hangzhou"), true, {}},
        {QStringLiteral("Chengdu"), true, {}},
        {QStringLiteral("Nanjing"), true, {}},
        {QStringLiteral("Wuhan"), true, {}},
        {QStringLiteral("San Francisco"), false, {QStringLiteral("415"), QStringLiteral("628")}},
        {QStringLiteral("New York"), false, {QStringLiteral("212"), QStringLiteral("646"), QStringLiteral("917")}},
        {QStringLiteral("Chicago"), false, {QStringLiteral("312"), QStringLiteral("773")}},
        {QStringLiteral("Seattle"), false, {QStringLiteral("206")}},
        {QStringLiteral("Boston"), false, {QStringLiteral("617")}},
        {QStringLiteral("Austin"), false, {QStringLiteral("512")}},
        {QStringLiteral("Los Angeles"), false, {QStringLiteral("213"), QStringLiteral("310")}},
    };
    return list;
}

const QStringList& Catalog::cnEmailDomains() {
    static const QStringList list{QStringLiteral("qq.com"),     QStringLiteral("163.com"),
                                  QStringLiteral("126.com"),    QStringLiteral("gmail.com"),
                                  QStringLiteral("example.cn"), QStringLiteral("sina.com")};
    return list;
}

const QStringList& Catalog::usEmailDomains() {
    static const QStringList list{QStringLiteral("gmail.com"), QStringLiteral("outlook.com"),
                                  QStringLiteral("yahoo.com"), QStringLiteral("example.com"),
                                  QStringLiteral("icloud.com")};
    return list;
}

const QStringList& Catalog::segments() {
    static const QStringList list{QStringLiteral("Bronze"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                                  QStringLiteral("Platinum")};
    return list;
}

const std::vector<Product>& Catalog::products() {
    static const std::vector<Product> list{
        {QStringLiteral("SKU-TEA-001"), QStringLiteral("Longjing Green Tea 250g"), 12800, 1990},
        {QStringLiteral("SKU-HEP-002"), QStringLiteral("Wireless Earbuds Pro"), 89900, 12900},
        {QStringLiteral("SKU-MUG-003"), QStringLiteral("Ceramic Travel Mug"), 6900, 1450},
        {QStringLiteral("SKU-BAG-004"), QStringLiteral("Canvas Tote Bag"), 9900, 2200},
        {QStringLiteral("SKU-LMP-005"), QStringLiteral("Smart Desk Lamp"), 29900, 4990},
        {QStringLiteral("SKU-SKN-006"), QStringLiteral("Hydrating Face Serum"), 45900, 6800},
        {QStringLiteral("SKU-RUN-007"), QStringLiteral("Running Shoes Aero"), 69900, 11900},
        {QStringLiteral("SKU-CHG-008"), QStringLiteral("65W USB-C Charger"), 19900, 3500},
        {QStringLiteral("SKU-BTL-009"), QStringLiteral("Insulated Water Bottle"), 15900, 2800},
        {QStringLiteral("SKU-JKT-010"), QStringLiteral("Down Jacket Light"), 129900, 18900},
        {QStringLiteral("SKU-PWR-011"), QStringLiteral("Power Bank 20000mAh"), 23900, 3990},
        {QStringLiteral("SKU-SCF-012"), QStringLiteral("Silk Scarf"), 39900, 5900},
    };
    return list;
}

const std::vector<Campaign>& Catalog::campaigns() {
    static const std::vector<Campaign> list{
        {QStringLiteral("CMP-1111"), QStringLiteral("Double 11 Presale"),
         QStringLiteral("https://shop.example.com/d11")},
        {QStringLiteral("CMP-0318"), QStringLiteral("Spring Sale"), QStringLiteral("https://shop.example.com/spring")},
        {QStringLiteral("CMP-GOLD"), QStringLiteral("Loyalty Gold Upgrade"),
         QStringLiteral("https://shop.example.com/loyalty")},
        {QStringLiteral("CMP-0618"), QStringLiteral("618 Mid-Year Sale"),
         QStringLiteral("https://shop.example.com/618")},
        {QStringLiteral("CMP-BF24"), QStringLiteral("Black Friday"), QStringLiteral("https://shop.example.com/bf")},
        {QStringLiteral("CMP-NEWS"), QStringLiteral("Monthly Newsletter"),
         QStringLiteral("https://shop.example.com/news")},
        {QStringLiteral("CMP-CNY"), QStringLiteral("Lunar New Year Gifts"),
         QStringLiteral("https://shop.example.com/cny")},
        {QStringLiteral("CMP-WINB"), QStringLiteral("Win-back 20% Off"),
         QStringLiteral("https://shop.example.com/winback")},
    };
    return list;
}

const QStringList& Catalog::ticketSubjects() {
    static const QStringList list{
        QStringLiteral("Where is my order?"),   QStringLiteral("Refund not received"),
        QStringLiteral("Wrong size delivered"), QStringLiteral("Cannot log in to my account"),
        QStringLiteral("Invoice request"),      QStringLiteral("Damaged item on arrival"),
        QStringLiteral("订单还没有发货"),       QStringLiteral("退款什么时候到账？"),
        QStringLiteral("会员积分没有到账"),     QStringLiteral("Change delivery address"),
    };
    return list;
}

const QStringList& Catalog::commentBodies() {
    static const QStringList list{
        QStringLiteral("Hello, I need help with this please."),
        QStringLiteral("Thanks for reaching out, we are looking into it."),
        QStringLiteral("Could you share your order number?"),
        QStringLiteral("The courier confirmed the parcel is on its way."),
        QStringLiteral("Refund has been issued, 3-5 business days."),
        QStringLiteral("您好，请问什么时候能处理？"),
        QStringLiteral("已为您加急处理，请耐心等待。"),
        QStringLiteral("Internal: escalated to logistics."),
    };
    return list;
}

const QStringList& Catalog::csatComments() {
    static const QStringList list{QStringLiteral("Quick and helpful"),
                                  QStringLiteral("Took too long"),
                                  QStringLiteral("Agent was friendly"),
                                  QStringLiteral("服务很好"),
                                  QString(),
                                  QStringLiteral("Problem not solved")};
    return list;
}

const QStringList& Catalog::agents() {
    static const QStringList list{QStringLiteral("Lucy Zhao"), QStringLiteral("Mark Chen"),
                                  QStringLiteral("Anna Li"),   QStringLiteral("Tom Baker"),
                                  QStringLiteral("刘洋"),      QStringLiteral("Sarah Kim")};
    return list;
}

const QStringList& Catalog::interactionSummaries() {
    static const QStringList list{
        QStringLiteral("Asked about delivery date"),
        QStringLiteral("Requested a refund for a damaged item"),
        QStringLiteral("Upsell: interested in loyalty upgrade"),
        QStringLiteral("Billing question about last invoice"),
        QStringLiteral("咨询退货流程"),
        QStringLiteral("询问会员等级权益"),
        QStringLiteral("Follow-up call on open ticket"),
        QStringLiteral("Changed delivery address"),
    };
    return list;
}

const QStringList& Catalog::returnReasons() {
    static const QStringList list{QStringLiteral("wrong_size"), QStringLiteral("damaged"),
                                  QStringLiteral("not_as_described"), QStringLiteral("changed_mind"),
                                  QStringLiteral("late_delivery")};
    return list;
}

} // namespace c360::backend
