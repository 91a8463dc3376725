#include "ConflictDialog.h"

#include "models/EventText.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

QString text(const QJsonValue& v) {
    if (v.isString()) {
        return v.toString().trimmed();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

} // namespace

ConflictDialog::ConflictDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_who(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_keep(new QPushButton(tr("Keep mine"), this))
    , m_take(new QPushButton(tr("Take the server's"), this))
    , m_edit(new QPushButton(tr("Edit mine"), this)) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve conflict"));
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_who->setObjectName(QStringLiteral("conflictWho"));
    m_who->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("As you saw it"), tr("Yours"), tr("Server's now")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Your version and the server's, field by field"));
    m_keep->setObjectName(QStringLiteral("keepMine"));
    m_keep->setToolTip(tr("Send your change again, based on the server's version now"));
    m_take->setObjectName(QStringLiteral("takeTheirs"));
    m_take->setToolTip(tr("Discard your change and keep the server's version (recorded in the audit log)"));
    m_edit->setObjectName(QStringLiteral("editMine"));
    m_edit->setToolTip(tr("Change your values before keeping them"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keep, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_take, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_who);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        Q_EMIT keepMineChosen(m_id, edits());
        accept();
    });
    connect(m_take, &QPushButton::clicked, this, [this] {
        Q_EMIT takeTheirsChosen(m_id);
        accept();
    });
    connect(m_edit, &QPushButton::clicked, this, &ConflictDialog::edit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 340);
}

void ConflictDialog::start(const AgentWrites::Shown& item, const QString& actor) {
    m_id = item.id;
    m_editing = false;
    m_keep->setText(tr("Keep mine"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QJsonObject payload = QJsonDocument::fromJson(item.payload).object();
    const QJsonObject server = QJsonDocument::fromJson(item.serverVersion).object();
    const QJsonObject seen = payload.value(QStringLiteral("base")).toObject();
    m_changes = payload.value(QStringLiteral("changes")).toObject();
    const QJsonObject now = server.value(QStringLiteral("fields")).toObject();
    const QString version = server.value(QStringLiteral("version")).toString();
    const QDateTime changedAt = QDateTime::fromString(version, Qt::ISODateWithMs);

    m_summary->setText(tr("<b>%1</b><br>The record changed on the server after you saw it; your change was not "
                          "applied. Compare both versions and choose.")
                           .arg(item.text.toHtmlEscaped()));
    auto when = [](const QString& iso) {
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return at.isValid() ? formatWhen(at.toLocalTime()) : iso;
    };
    const QString baseVersion = when(payload.value(QStringLiteral("base_version")).toString());
    const QString mine =
        actor.isEmpty() || actor == QLatin1String("unknown")
            ? tr("Yours: written %1, on the version of %2.").arg(formatWhen(item.at.toLocalTime()), baseVersion)
            : tr("Yours: written %1 by %2, on the version of %3.")
                  .arg(formatWhen(item.at.toLocalTime()), actor, baseVersion);
    m_who->setText(mine + QLatin1Char(' ') + tr("The server's version: changed %1.").arg(when(version)));

    static const QList<QPair<QString, const char*>> labels{
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("address"), QT_TR_NOOP("Shipping address")},
        {QStringLiteral("fulfillment_status"), QT_TR_NOOP("Fulfilment")},
        {QStringLiteral("cancelled_at"), QT_TR_NOOP("Cancelled at")},
    };
    m_rows.clear();
    for (const QJsonObject& o : {seen, m_changes, now}) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!m_rows.contains(it.key())) {
                m_rows.append(it.key());
            }
        }
    }
    m_table->setRowCount(int(m_rows.size()));
    const QPalette& pal = m_table->palette();
    const QColor mineColour = theme::surface(pal, theme::success(pal));
    const QColor serverColour = theme::surface(pal, theme::warning(pal));
    const QColor bothColour = theme::surface(pal, theme::danger(pal));
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString& name = m_rows.at(row);
        QString label = name;
        for (const auto& [key, l] : labels) {
            if (key == name) {
                label = tr(l);
            }
        }
        const QString seenValue = text(seen.value(name));
        const QString mineValue = m_changes.contains(name) ? text(m_changes.value(name)) : seenValue;
        const bool serverKnows = now.contains(name);
        const QString serverValue = serverKnows ? text(now.value(name)) : QString();
        const bool mineChanged = m_changes.contains(name) && mineValue != seenValue;
        const bool serverChanged = serverKnows && seen.contains(name) && serverValue != seenValue;
        auto* field = new QTableWidgetItem(label);
        // Codes as words ("shipped" -> "Shipped"); "Edit mine" shows the agent's own value as it is sent.
        auto shown = [&name](const QString& value) {
            return value.isEmpty()                     ? QStringLiteral("—")
                   : name == QLatin1String("status")   ? eventtext::status(value)
                   : name == QLatin1String("priority") ? eventtext::priority(value)
                                                       : value;
        };
        auto* seenItem = new QTableWidgetItem(shown(seenValue));
        auto* mineItem = new QTableWidgetItem(shown(mineValue));
        auto* serverItem = new QTableWidgetItem(serverKnows ? shown(serverValue) : tr("(not given)"));
        for (QTableWidgetItem* i : {seenItem, mineItem, serverItem}) {
            i->setToolTip(i->text());
        }
        mineItem->setData(Qt::UserRole, name);
        mineItem->setData(Qt::UserRole + 1, mineValue);
        QFont bold = m_table->font();
        bold.setBold(true);
        if (mineChanged) {
            mineItem->setFont(bold);
            mineItem->setBackground(mineChanged && serverChanged ? bothColour : mineColour);
            mineItem->setToolTip(tr("You changed this"));
        }
        if (serverChanged) {
            serverItem->setFont(bold);
            serverItem->setBackground(mineChanged ? bothColour : serverColour);
            serverItem->setToolTip(tr("Changed on the server since you saw it"));
        }
        for (QTableWidgetItem* i : {mineItem, serverItem}) {
            if (i->background().style() != Qt::NoBrush) {
                i->setForeground(theme::readable(pal.color(QPalette::Text), i->background().color()));
            }
        }
        for (QTableWidgetItem* i : {field, seenItem, mineItem, serverItem}) {
            i->setFlags(i->flags() & ~Qt::ItemIsEditable); // only "Edit mine" opens the agent's own values
        }
        m_table->setItem(row, Field, field);
        m_table->setItem(row, Seen, seenItem);
        m_table->setItem(row, Mine, mineItem);
        m_table->setItem(row, Server, serverItem);
    }
    // Only a change with values of its own can be edited (a cancellation is yes or no).
    const bool editable = item.kind == QLatin1String("order_address") || item.kind == QLatin1String("ticket_update");
    m_edit->setEnabled(editable);
}

void ConflictDialog::edit() {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (QTableWidgetItem* mine = m_table->item(row, Mine); mine && m_changes.contains(m_rows.at(row))) {
            mine->setFlags(mine->flags() | Qt::ItemIsEditable);
            mine->setText(mine->data(Qt::UserRole + 1).toString());
        }
    }
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_changes.contains(m_rows.at(row))) {
            m_table->setCurrentCell(row, Mine);
            m_table->editItem(m_table->item(row, Mine));
            break;
        }
    }
    m_keep->setText(tr("Keep my edited version"));
    m_editing = true;
}

QJsonObject ConflictDialog::edits() const {
    QJsonObject out;
    if (!m_editing) {
        return out;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString& name = m_rows.at(row);
        const QTableWidgetItem* mine = m_table->item(row, Mine);
        if (!mine || !m_changes.contains(name)) {
            continue;
        }
        const QString value = mine->text().trimmed();
        if (value != text(m_changes.value(name)) && !value.isEmpty() && value != QStringLiteral("—")) {
            out.insert(name, value);
        }
    }
    return out;
}

} // namespace c360::ui
