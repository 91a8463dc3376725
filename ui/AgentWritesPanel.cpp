#include "AgentWritesPanel.h"

#include "models/AuditLog.h"
#include "models/EventKinds.h"
#include "ui/ConflictDialog.h"
#include "ui/Format.h"
#include "ui/KindStyle.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace c360::ui {

AgentWritesPanel::AgentWritesPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add note…"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_resolve(new QPushButton(tr("Resolve conflict…"), this))
    , m_actor(AuditLog::currentActor()) {
    setObjectName(QStringLiteral("agentWrites"));
    m_title->setObjectName(QStringLiteral("agentWritesTitle"));
    m_list->setObjectName(QStringLiteral("agentWritesList"));
    m_list->setAccessibleName(tr("Your notes and wrap-ups"));
    m_list->setMaximumHeight(96);
    m_list->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("addNote"));
    m_add->setToolTip(tr("Write a note for this customer (Ctrl+Shift+N)"));
    m_retry->setObjectName(QStringLiteral("retryWrite"));
    m_retry->setToolTip(tr("Send the selected failed item again"));
    m_retry->setEnabled(false);
    m_resolve->setObjectName(QStringLiteral("resolveConflict"));
    m_resolve->setToolTip(tr("Compare your change with the server's version and choose"));
    m_resolve->setEnabled(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_resolve);
    bar->addWidget(m_retry);
    bar->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &AgentWritesPanel::addNoteRequested);
    connect(m_retry, &QPushButton::clicked, this, &AgentWritesPanel::retrySelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        m_retry->setEnabled(item && item->data(Qt::UserRole + 1).toString() == QLatin1String("failed"));
        m_resolve->setEnabled(item && item->data(Qt::UserRole + 1).toString() == QLatin1String("conflict"));
    });
    connect(m_resolve, &QPushButton::clicked, this, &AgentWritesPanel::resolveSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole + 1).toString() == QLatin1String("conflict")) {
            resolveSelected();
        }
    });
    clear();
}

void AgentWritesPanel::setWrites(AgentWrites* writes) {
    m_writes = writes;
    refresh();
}

void AgentWritesPanel::showParty(const PartyHeader& party) {
    m_party = party;
    m_hasParty = true;
    refresh();
}

void AgentWritesPanel::clear() {
    m_hasParty = false;
    m_party = {};
    m_list->clear();
    m_title->setText(tr("Your notes and wrap-ups"));
    m_add->setEnabled(false);
    m_retry->setEnabled(false);
    m_resolve->setEnabled(false);
    m_conflicts = 0;
    if (!m_pinned.isEmpty()) {
        m_pinned.clear();
        Q_EMIT pinnedNotesChanged(m_pinned);
    }
    Q_EMIT timelineEventsChanged({});
}

int AgentWritesPanel::itemCount() const {
    return m_list->count();
}

void AgentWritesPanel::refresh() {
    m_list->clear();
    if (!m_hasParty) {
        return;
    }
    if (!m_writes) {
        m_title->setText(tr("Notes are off: no outbox file could be opened."));
        m_add->setEnabled(false);
        return;
    }
    m_add->setEnabled(true);
    const auto items = m_writes->forCustomer(m_party);
    if (!items) {
        m_title->setText(items.error().message);
        return;
    }
    int pending = 0;
    int failed = 0;
    int conflicts = 0;
    QStringList pinned;
    QList<TimelineEvent> events;
    for (const AgentWrites::Shown& s : *items) {
        if (s.kind == QLatin1String("note") || s.kind == QLatin1String("wrap_up")) {
            TimelineEvent e;
            e.id = -s.id; // not a cache row: negative ids never collide
            e.partyId = m_party.id;
            e.occurredAt = s.at;
            e.kind = s.kind == QLatin1String("note") ? kinds::Note : QStringLiteral("wrap_up");
            e.source = QStringLiteral("agent");
            e.stream = QStringLiteral("outbox");
            e.sourceId = QString::number(s.id);
            e.writtenAs = s.resultRef; // once that record is synced, the timeline shows it instead
            e.title = s.kind == QLatin1String("note") ? tr("Note: %1").arg(s.text) : s.text;
            e.summary = s.state == QLatin1String("pending")  ? tr("Written by you · waiting to be sent")
                        : s.state == QLatin1String("failed") ? tr("Written by you · not accepted: %1").arg(s.error)
                                                             : tr("Written by you · sent");
            events.append(e);
        }
        QString state;
        if (s.state == QLatin1String("pending")) {
            state = tr("pending");
            ++pending;
        } else if (s.state == QLatin1String("failed")) {
            state = tr("failed: %1").arg(s.error);
            ++failed;
        } else if (s.state == QLatin1String("conflict")) {
            state = tr("conflict: changed on the server — resolve");
            ++conflicts;
        } else if (s.state == QLatin1String("discarded")) {
            state = tr("discarded: the server's version was kept");
        } else {
            state = tr("sent");
        }
        const QString kind = s.kind == QLatin1String("note") ? kinds::Note : kinds::Call;
        auto* item = new QListWidgetItem(KindStyle::icon(kind, 16),
                                         QStringLiteral("%1  %2%3  [%4]")
                                             .arg(formatWhen(s.at.toLocalTime()),
                                                  s.pinned ? QStringLiteral("\U0001F4CC ") : QString(), s.text, state),
                                         m_list);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::UserRole + 1, s.state);
        if (s.state == QLatin1String("conflict")) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(s.error);
        }
        if (s.state == QLatin1String("failed") || s.state == QLatin1String("conflict")) {
            item->setForeground(
                theme::readable(theme::danger(m_list->palette()), m_list->palette().color(QPalette::Base)));
        } else if (s.state == QLatin1String("pending")) {
            item->setForeground(
                theme::readable(theme::warning(m_list->palette()), m_list->palette().color(QPalette::Base)));
        }
        if (s.pinned) {
            pinned << s.text;
        }
    }
    m_conflicts = conflicts;
    m_title->setText(conflicts > 0 ? tr("Your notes and wrap-ups — %n conflict(s) to resolve", nullptr, conflicts)
                     : failed > 0  ? tr("Your notes and wrap-ups — %n failed", nullptr, failed)
                     : pending > 0 ? tr("Your notes and wrap-ups — %n waiting to be sent", nullptr, pending)
                                   : tr("Your notes and wrap-ups"));
    m_list->setVisible(m_list->count() > 0);
    if (pinned != m_pinned) {
        m_pinned = pinned;
        Q_EMIT pinnedNotesChanged(m_pinned);
    }
    Q_EMIT timelineEventsChanged(events);
}

void AgentWritesPanel::retrySelected() {
    const QListWidgetItem* item = m_list->currentItem();
    if (!m_writes || !item) {
        return;
    }
    const Status s = m_writes->retry(item->data(Qt::UserRole).toLongLong());
    if (!s) {
        Q_EMIT message(s.error().message);
    }
    refresh();
}

void AgentWritesPanel::resolveSelected() {
    const QListWidgetItem* selected = m_list->currentItem();
    if (!m_writes || !selected || selected->data(Qt::UserRole + 1).toString() != QLatin1String("conflict")) {
        return;
    }
    const qint64 id = selected->data(Qt::UserRole).toLongLong();
    const auto items = m_writes->forCustomer(m_party);
    if (!items) {
        Q_EMIT message(items.error().message);
        return;
    }
    for (const AgentWrites::Shown& s : *items) {
        if (s.id != id) {
            continue;
        }
        auto* dialog = new ConflictDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->start(s, m_actor);
        const QString kind = s.kind;
        connect(dialog, &ConflictDialog::keepMineChosen, this, [this, kind](qint64 itemId, const QJsonObject& edited) {
            if (const Status st = m_writes->keepMine(itemId, edited); !st) {
                Q_EMIT message(st.error().message);
            } else {
                Q_EMIT conflictResolved(itemId, kind,
                                        edited.isEmpty() ? QStringLiteral("mine") : QStringLiteral("edited"));
                Q_EMIT message(tr("Your change goes out again, based on the server's version."));
                Q_EMIT requeued();
            }
            refresh();
        });
        connect(dialog, &ConflictDialog::takeTheirsChosen, this, [this, kind](qint64 itemId) {
            if (const Status st = m_writes->takeTheirs(itemId); !st) {
                Q_EMIT message(st.error().message);
            } else {
                Q_EMIT conflictResolved(itemId, kind, QStringLiteral("theirs"));
                Q_EMIT message(tr("Your change was discarded; the server's version stays."));
            }
            refresh();
        });
        dialog->open();
        return;
    }
}

} // namespace c360::ui
