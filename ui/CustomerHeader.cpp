#include "CustomerHeader.h"

#include "models/IdentityRules.h"
#include "models/PhoneFormat.h"
#include "ui/Format.h"
#include "ui/KindStyle.h"
#include "ui/Theme.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace c360::ui {

namespace {
QLabel* statValue(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* statBox(QWidget* parent, const QString& caption, QLabel* value) {
    auto* box = new QWidget(parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 16, 0);
    l->setSpacing(0);
    auto* cap = new QLabel(caption, box);
    QPalette pal = cap->palette();
    pal.setColor(QPalette::WindowText, theme::muted(pal));
    cap->setPalette(pal);
    l->addWidget(cap);
    l->addWidget(value);
    return box;
}
} // namespace

CustomerHeader::CustomerHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_segment(new QLabel(this))
    , m_contacts(new QLabel(this))
    , m_ltv(statValue(this, "ltvValue"))
    , m_orders(statValue(this, "ordersValue"))
    , m_tickets(statValue(this, "ticketsValue"))
    , m_lastContact(statValue(this, "lastContactValue"))
    , m_sources(new QLabel(this))
    , m_pinned(new QLabel(this))
    , m_nameSource(new QLabel(this))
    , m_reveal(new QToolButton(this)) {
    setObjectName(QStringLiteral("customerHeader"));
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.7);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_segment->setObjectName(QStringLiteral("customerSegment"));
    m_contacts->setObjectName(QStringLiteral("customerContacts"));
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts->setWordWrap(true);
    m_sources->setObjectName(QStringLiteral("customerSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setToolTip(tr("Which records of which systems make up this customer, and why (Ctrl+L)"));
    connect(m_sources, &QLabel::linkActivated, this, &CustomerHeader::linkedRecordsRequested);
    m_nameSource->setObjectName(QStringLiteral("nameSource"));
    {
        QPalette pal = m_nameSource->palette();
        pal.setColor(QPalette::WindowText, theme::muted(pal));
        m_nameSource->setPalette(pal);
    }
    m_reveal->setObjectName(QStringLiteral("revealContacts"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show this customer's phone numbers and e-mail addresses in full (recorded in the audit "
                            "log)"));
    m_reveal->hide();
    connect(m_reveal, &QToolButton::clicked, this, &CustomerHeader::revealRequested);
    m_newCustomer = new QToolButton(this);
    m_newCustomer->setObjectName(QStringLiteral("newCustomer"));
    m_newCustomer->setText(tr("New customer…"));
    m_newCustomer->setToolTip(tr("Take down the caller's name and contacts as a new customer"));
    m_newCustomer->hide();
    connect(m_newCustomer, &QToolButton::clicked, this, &CustomerHeader::newCustomerRequested);
    m_pinned->setObjectName(QStringLiteral("pinnedNotes"));
    m_pinned->setWordWrap(true);
    m_pinned->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_nameSource);
    top->addWidget(m_segment);
    top->addStretch(1);

    auto* stats = new QHBoxLayout;
    stats->addWidget(statBox(this, tr("Lifetime value"), m_ltv));
    stats->addWidget(statBox(this, tr("Orders"), m_orders));
    stats->addWidget(statBox(this, tr("Open tickets"), m_tickets));
    stats->addWidget(statBox(this, tr("Last contact"), m_lastContact));
    stats->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    auto* contacts = new QHBoxLayout;
    contacts->addWidget(m_contacts, 1);
    contacts->addWidget(m_reveal, 0, Qt::AlignTop);
    contacts->addWidget(m_newCustomer, 0, Qt::AlignTop);
    layout->addLayout(contacts);
    layout->addWidget(m_pinned);
    layout->addLayout(stats);
    layout->addWidget(m_sources);
    clear();
}

void CustomerHeader::showParty(const PartyHeader& header) {
    m_revealed = m_revealed && m_hasParty && header.id == m_party.id;
    m_party = header;
    m_hasParty = true;
    m_newCustomer->hide();
    render();
}

void CustomerHeader::clear() {
    m_party = {};
    m_hasParty = false;
    m_emptyTitle.clear();
    m_emptyText.clear();
    m_newCustomer->hide();
    render();
}

void CustomerHeader::showNewCaller(const QString& number) {
    m_party = {};
    m_hasParty = false;
    m_newCustomer->show();
    renderEmpty(tr("New caller"), tr("No customer on record for %1. Search by name or e-mail (Ctrl+F), or take the "
                                     "details as a new customer.")
                                      .arg(number));
}

void CustomerHeader::showPendingCustomer(const QString& name) {
    m_party = {};
    m_hasParty = false;
    m_newCustomer->hide();
    renderEmpty(name, tr("New customer, waiting in the outbox: they open here once the CRM has them (after the next "
                         "sync). This call and its wrap-up are filed under them."));
}

void CustomerHeader::showCandidates(const QString& number, int count) {
    m_party = {};
    m_hasParty = false;
    m_newCustomer->hide();
    renderEmpty(tr("Who is calling?"),
                tr("%n customer(s) share %1: pick the caller in the list on the left.", nullptr, count).arg(number));
}

void CustomerHeader::renderEmpty(const QString& title, const QString& text) {
    m_emptyTitle = title; // a change of role or theme repaints the same card
    m_emptyText = text;
    m_revealed = false;
    m_reveal->hide();
    m_name->setText(title);
    m_nameSource->clear();
    m_name->setToolTip({});
    m_segment->clear();
    m_segment->setStyleSheet({});
    m_contacts->setText(text);
    m_ltv->setText(QStringLiteral("–"));
    m_orders->setText(QStringLiteral("–"));
    m_tickets->setText(QStringLiteral("–"));
    m_tickets->setStyleSheet({});
    m_lastContact->setText(QStringLiteral("–"));
    m_sources->clear();
}

void CustomerHeader::setPinnedNotes(const QStringList& notes) {
    m_pinnedNotes = notes;
    const PiiMasker masker = m_revealed ? PiiMasker(PiiPolicy{false, true}) : m_masker;
    QStringList lines;
    for (const QString& n : notes) {
        lines << QStringLiteral("\U0001F4CC ") + masker.text(n).toHtmlEscaped();
    }
    m_pinned->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border-left: 3px solid %2; padding: 3px 6px; }")
            .arg(theme::css(theme::pinnedSurface(palette())), theme::css(theme::pinnedAccent(palette()))));
    m_pinned->setText(lines.join(QStringLiteral("<br>")));
    m_pinned->setVisible(!notes.isEmpty());
}

void CustomerHeader::setFieldSources(const QMap<QString, QString>& sources) {
    m_fieldSources = sources;
    render();
}

void CustomerHeader::setMaskPii(bool mask) {
    setMasker(PiiMasker(PiiPolicy{mask, true}));
}

void CustomerHeader::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    setPinnedNotes(m_pinnedNotes);
    render();
}

void CustomerHeader::setRevealed(bool revealed) {
    m_revealed = revealed && m_hasParty;
    setPinnedNotes(m_pinnedNotes);
    render();
}

void CustomerHeader::render() {
    if (!m_hasParty) {
        if (m_emptyTitle.isEmpty()) {
            renderEmpty(tr("No customer open"),
                        tr("Search for a customer by name, phone, email, order or ticket number."));
            m_emptyTitle.clear();
        } else {
            renderEmpty(m_emptyTitle, m_emptyText);
        }
        return;
    }
    const PartyHeader& p = m_party;
    m_name->setText(p.name.isEmpty() ? tr("(no name)") : p.name);
    const auto from = [this](const QString& field) {
        const QString source = m_fieldSources.value(field);
        return source.isEmpty() ? QString() : tr("from %1").arg(KindStyle::sourceLabel(source));
    };
    const auto why = [&from](const QString& field) {
        const QString source = from(field);
        return source.isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(source, IdentityRules::defaults().survivorship.explainGoldenField(field));
    };
    m_nameSource->setText(from(QStringLiteral("display_name")));
    m_name->setToolTip(tr("Golden record: the name %1").arg(why(QStringLiteral("display_name"))));
    m_nameSource->setToolTip(m_name->toolTip());
    m_segment->setToolTip(why(QStringLiteral("segment")));
    m_contacts->setToolTip(QStringList{tr("E-mail %1").arg(why(QStringLiteral("email"))),
                                       tr("Phone %1").arg(why(QStringLiteral("phone"))),
                                       tr("City %1").arg(why(QStringLiteral("city")))}
                               .join(QLatin1Char('\n')));
    if (p.segment.isEmpty()) {
        m_segment->clear();
        m_segment->setStyleSheet({});
    } else {
        m_segment->setText(p.segment);
        m_segment->setStyleSheet(QStringLiteral("QLabel { background: #37474f; color: white; border-radius: 8px;"
                                                " padding: 2px 8px; font-weight: bold; }"));
    }
    const bool mask = m_masker.policy().maskContacts && !m_revealed;
    QStringList contacts;
    for (const QString& phone : p.phones) {
        const QString shown = formatPhoneForDisplay(phone);
        contacts << QStringLiteral("\u260E ") + (mask ? PiiMasker::maskPhone(shown) : shown);
    }
    for (const QString& email : p.emails) {
        contacts << QStringLiteral("\u2709 ") + (mask ? PiiMasker::maskEmail(email) : email);
    }
    m_reveal->setVisible(mask && m_masker.policy().mayReveal && !(p.phones.isEmpty() && p.emails.isEmpty()));
    if (!p.wechat.isEmpty()) {
        contacts << tr("WeChat linked");
    }
    if (!p.city.isEmpty()) {
        contacts << p.city;
    }
    m_contacts->setText(contacts.isEmpty() ? tr("No contact details on record") : contacts.join(QStringLiteral("   ")));
    m_ltv->setText(formatMoney(p.lifetimeValue, p.currency));
    m_orders->setText(QLocale().toString(p.orderCount));
    m_tickets->setText(QLocale().toString(p.openTickets));
    m_tickets->setStyleSheet(p.openTickets > 0 ? QStringLiteral("color: %1;").arg(theme::css(theme::danger(palette())))
                                               : QString());
    m_lastContact->setText(p.lastContact.isValid() ? formatWhen(p.lastContact.toLocalTime()) : tr("none"));
    QStringList sources;
    for (const QString& s : p.sources) {
        sources << KindStyle::sourceLabel(s);
    }
    m_sources->setText(QStringLiteral("<a href=\"#linked\">%1</a>")
                           .arg(tr("%n linked record(s) from %1", nullptr, p.linkedRecords)
                                    .arg(sources.join(QStringLiteral(", ")))
                                    .toHtmlEscaped()));
}

} // namespace c360::ui
