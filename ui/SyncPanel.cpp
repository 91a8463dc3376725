#include "ui/SyncPanel.h"

#include "models/Database.h"
#include "models/SyncStateRepository.h"
#include "sync/OutboxStore.h"
#include "sync/QuarantineStore.h"
#include "sync/SourcesFile.h"
#include "sync/SyncController.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace c360::ui {

namespace {

constexpr int kMaxRetryMinutes = 30;

QString when(const QDateTime& utc) {
    if (!utc.isValid()) {
        return SyncPanel::tr("never");
    }
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QVariant& data = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (data.isValid()) {
        item->setData(Qt::UserRole, data);
    }
    return item;
}

} // namespace

SyncPanel::SyncPanel(SyncController* controller, QString sourcesPath, QString cachePath, QString outboxPath,
                     QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_sourcesPath(std::move(sourcesPath))
    , m_cachePath(std::move(cachePath))
    , m_outboxPath(std::move(outboxPath)) {
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    m_status->setWordWrap(true);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_pause);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_streams = makeTable(QStringLiteral("streamsTable"),
                          {tr("Source"), tr("Stream"), tr("Last success"), tr("Records"), tr("Quarantined"),
                           tr("Next retry"), tr("Last error")},
                          this);
    m_quarantine = makeTable(QStringLiteral("quarantineTable"),
                             {tr("When"), tr("Source"), tr("Stream"), tr("Record"), tr("Why")}, this);
    auto* outboxPage = new QWidget(this);
    m_outboxTable =
        makeTable(QStringLiteral("outboxTable"),
                  {tr("Written"), tr("Kind"), tr("Customer"), tr("State"), tr("Attempts"), tr("Reason")}, outboxPage);
    m_retryOutbox = new QPushButton(tr("Retry"), outboxPage);
    m_retryOutbox->setObjectName(QStringLiteral("retryOutboxButton"));
    m_retryOutbox->setToolTip(tr("Send the selected rejected change again (same idempotency key)."));
    auto* outboxLayout = new QVBoxLayout(outboxPage);
    outboxLayout->setContentsMargins(0, 0, 0, 0);
    outboxLayout->addWidget(m_outboxTable);
    auto* retryRow = new QHBoxLayout;
    retryRow->addStretch(1);
    retryRow->addWidget(m_retryOutbox);
    outboxLayout->addLayout(retryRow);
    m_tabs->addTab(m_streams, tr("Sources"));
    m_tabs->addTab(m_quarantine, tr("Quarantine"));
    m_tabs->addTab(outboxPage, tr("Outbox"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncPanel::syncNow);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_pause, &QPushButton::toggled, this, &SyncPanel::setPaused);
    connect(m_retryOutbox, &QPushButton::clicked, this, &SyncPanel::retrySelectedOutboxItem);
    connect(m_outboxTable, &QTableWidget::itemSelectionChanged, this, &SyncPanel::updateButtons);
    if (m_controller) {
        connect(m_controller, &SyncController::progress, this, &SyncPanel::onProgress);
        connect(m_controller, &SyncController::finished, this, &SyncPanel::onFinished);
        connect(m_controller, &SyncController::failed, this, &SyncPanel::onFailed);
    }
    m_status->setText(tr("Idle."));
    // The tables are read when the panel is shown (showEvent), not at start-up: counting a big cache's records
    // per stream takes seconds, and the window is created hidden.
}

void SyncPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void SyncPanel::refreshIfShown() {
    if (isVisible()) {
        refresh();
    }
}

SyncPanel::~SyncPanel() {
    if (m_streamsReader) {
        m_streamsReader->wait();
    }
}

bool SyncPanel::openReaders() {
    const QString suffix = QString::number(reinterpret_cast<quintptr>(this), 16);
    if (!m_cache && QFileInfo::exists(m_cachePath)) {
        Database::Options readOnly;
        readOnly.migrate = false; // the sync thread owns the schema; this connection only reads
        auto db = Database::open(m_cachePath, QStringLiteral("sync-panel-") + suffix, readOnly);
        if (db) {
            m_cache = std::make_unique<Database>(std::move(*db));
        } else {
            m_status->setText(db.error().message);
        }
    }
    if (!m_outbox && !m_outboxPath.isEmpty()) {
        auto store = sync::OutboxStore::open(m_outboxPath, QStringLiteral("sync-panel-outbox-") + suffix);
        if (store) {
            m_outbox = std::make_unique<sync::OutboxStore>(std::move(*store));
        } else {
            m_status->setText(store.error().message);
        }
    }
    return m_cache != nullptr;
}

void SyncPanel::refresh() {
    openReaders();
    fillStreams();
    fillQuarantine();
    fillOutbox();
    updateButtons();
}

void SyncPanel::fillStreams() {
    if (!m_streamsReader && !QFileInfo::exists(m_cachePath)) {
        m_states.clear(); // no cache yet: nothing synced, nothing to count
        m_statesRead = true;
    }
    showStreams();
    if (m_streamsReader) {
        m_readStreamsAgain = true; // once the running read is done
        return;
    }
    if (!QFileInfo::exists(m_cachePath)) {
        return;
    }
    const QString path = m_cachePath;
    auto read = std::make_shared<std::optional<QList<StreamState>>>();
    QThread* worker = QThread::create([path, read] {
        static std::atomic<int> serial{0};
        Database::Options readOnly;
        readOnly.migrate = false; // the sync thread owns the schema
        auto db = Database::open(path, QStringLiteral("sync-panel-streams-%1").arg(++serial), readOnly);
        if (db) {
            if (auto all = SyncStateRepository(db->handle()).all()) {
                *read = std::move(*all);
            }
        }
    });
    worker->setParent(this); // the destructor waits for it
    m_streamsReader = worker;
    connect(worker, &QThread::finished, this, [this, worker, read] {
        worker->deleteLater();
        m_streamsReader = nullptr;
        if (*read) {
            m_states = std::move(**read);
            m_statesRead = true;
        }
        showStreams();
        if (m_readStreamsAgain) { // asked for after this read began: what is on screen may be old
            m_readStreamsAgain = false;
            fillStreams();
        } else {
            Q_EMIT streamsRead();
        }
    });
    worker->start();
}

void SyncPanel::showStreams() {
    QList<StreamState> states = m_states;
    // Streams named in the sources file but never synced show too.
    if (auto sources = sync::SourcesFile::load(m_sourcesPath)) {
        for (const sync::SourceConfig& s : std::as_const(*sources)) {
            for (const QString& stream : s.streams) {
                const bool known = std::any_of(states.cbegin(), states.cend(), [&](const StreamState& st) {
                    return st.source == s.name && st.stream == stream;
                });
                if (!known) {
                    StreamState st;
                    st.source = s.name;
                    st.stream = stream;
                    states.append(st);
                }
            }
        }
    }
    m_streams->setRowCount(int(states.size()));
    int row = 0;
    for (const StreamState& s : std::as_const(states)) {
        const bool failing = !s.lastError.isEmpty();
        QString next = tr("—");
        if (m_paused) {
            next = tr("paused");
        } else if (failing && m_nextRetry.isValid()) {
            next = when(m_nextRetry);
        }
        m_streams->setItem(row, 0, cell(s.source));
        m_streams->setItem(row, 1, cell(s.stream));
        m_streams->setItem(row, 2, cell(when(s.lastSuccess)));
        m_streams->setItem(row, 3, cell(m_statesRead ? QLocale().toString(s.records) : tr("counting…")));
        m_streams->setItem(row, 4, cell(m_statesRead ? QLocale().toString(s.quarantined) : tr("counting…")));
        m_streams->setItem(row, 5, cell(next));
        m_streams->setItem(row, 6, cell(failing ? s.lastError : tr("OK")));
        ++row;
    }
}

void SyncPanel::fillQuarantine() {
    QList<sync::QuarantinedRecord> rows;
    if (m_cache) {
        if (auto list = sync::QuarantineStore(m_cache->handle()).list({}, {}, 200)) {
            rows = *list;
        }
    }
    m_quarantine->setRowCount(int(rows.size()));
    int row = 0;
    for (const sync::QuarantinedRecord& r : std::as_const(rows)) {
        m_quarantine->setItem(row, 0, cell(when(r.at), r.id));
        m_quarantine->setItem(row, 1, cell(r.source));
        m_quarantine->setItem(row, 2, cell(r.stream));
        m_quarantine->setItem(row, 3, cell(r.sourceId.isEmpty() ? tr("(no id)") : r.sourceId));
        m_quarantine->setItem(row, 4, cell(r.error));
        ++row;
    }
    m_tabs->setTabText(1, rows.isEmpty() ? tr("Quarantine") : tr("Quarantine (%1)").arg(rows.size()));
}

void SyncPanel::fillOutbox() {
    QList<sync::OutboxItem> items;
    if (m_outbox) {
        for (const QString& state : {QStringLiteral("conflict"), QStringLiteral("failed"), QStringLiteral("pending")}) {
            if (auto list = m_outbox->list(state, 200)) {
                items += *list;
            }
        }
    }
    m_outboxTable->setRowCount(int(items.size()));
    int row = 0;
    int conflicts = 0;
    for (const sync::OutboxItem& i : std::as_const(items)) {
        const bool failed = i.state == QLatin1String("failed");
        const bool conflict = i.state == QLatin1String("conflict");
        conflicts += conflict ? 1 : 0;
        m_outboxTable->setItem(row, 0, cell(when(i.createdAt), i.id));
        m_outboxTable->setItem(row, 1, cell(i.kind));
        m_outboxTable->setItem(row, 2, cell(i.customerKey));
        m_outboxTable->setItem(row, 3,
                               cell(conflict ? tr("in conflict: resolve it under the customer")
                                    : failed ? tr("rejected")
                                             : tr("waiting to send"),
                                    failed));
        m_outboxTable->setItem(row, 4, cell(QString::number(i.attempts)));
        m_outboxTable->setItem(row, 5, cell(i.lastError));
        ++row;
    }
    m_tabs->setTabText(2, items.isEmpty() ? tr("Outbox")
                          : conflicts > 0 ? tr("Outbox (%1, %n in conflict)", nullptr, conflicts).arg(items.size())
                                          : tr("Outbox (%1)").arg(items.size()));
}

void SyncPanel::updateButtons() {
    const bool running = m_controller && m_controller->isRunning();
    m_syncNow->setEnabled(m_controller && !running && !m_paused);
    const auto selected = m_outboxTable->selectedItems();
    bool failedSelected = false;
    if (!selected.isEmpty()) {
        const QTableWidgetItem* state = m_outboxTable->item(selected.first()->row(), 3);
        failedSelected = state != nullptr && state->data(Qt::UserRole).toBool();
    }
    m_retryOutbox->setEnabled(failedSelected);
}

void SyncPanel::syncNow() {
    if (!m_controller || m_paused || m_controller->isRunning()) {
        return;
    }
    m_retryTimer->stop();
    m_nextRetry = {};
    if (m_starter) {
        m_starter();
        m_status->setText(m_controller->isRunning() ? tr("Syncing…")
                                                    : tr("The sync starts when the running change "
                                                         "to the local cache is done."));
    } else if (m_controller->start(m_sourcesPath, m_cachePath)) {
        m_status->setText(tr("Syncing…"));
    }
    updateButtons();
}

void SyncPanel::setPaused(bool paused) {
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (paused) {
        m_retryTimer->stop();
        m_nextRetry = {};
        if (m_controller && m_controller->isRunning()) {
            m_controller->cancel(); // stops between pages; what was committed stays
        }
        m_status->setText(tr("Paused: no automatic or manual sync until resumed."));
    } else {
        m_status->setText(tr("Resumed."));
        if (m_failures > 0) {
            scheduleRetry();
        }
    }
    fillStreams();
    updateButtons();
    Q_EMIT pausedChanged(paused);
}

void SyncPanel::retrySelectedOutboxItem() {
    const auto selected = m_outboxTable->selectedItems();
    if (selected.isEmpty() || !m_outbox) {
        return;
    }
    const qint64 id = m_outboxTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    if (Status s = m_outbox->retry(id); !s) {
        m_status->setText(s.error().message);
        return;
    }
    fillOutbox();
    updateButtons();
    Q_EMIT outboxItemRequeued(id);
}

void SyncPanel::onProgress(const SyncProgress& p) {
    m_status->setText(tr("Syncing %1/%2: %3 record(s)…").arg(p.source, p.stream, QLocale().toString(p.records)));
}

void SyncPanel::onFinished(const SyncReport& report) {
    m_status->setText(report.summary);
    if (report.ok() || report.cancelled) {
        m_failures = report.ok() ? 0 : m_failures;
        m_nextRetry = {};
    } else {
        ++m_failures;
        scheduleRetry();
    }
    refreshIfShown();
}

void SyncPanel::onFailed(const QString& message) {
    m_status->setText(message);
    ++m_failures;
    scheduleRetry();
    refreshIfShown();
}

void SyncPanel::scheduleRetry() {
    if (m_paused || m_failures <= 0) {
        return;
    }
    const int minutes = std::min(kMaxRetryMinutes, 1 << std::min(m_failures - 1, 5));
    m_nextRetry = QDateTime::currentDateTimeUtc().addSecs(minutes * 60);
    m_retryTimer->start(minutes * 60 * 1000);
}

} // namespace c360::ui
