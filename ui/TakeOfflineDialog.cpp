#include "ui/TakeOfflineDialog.h"

#include "models/Database.h"
#include "models/WriterLane.h"
#include "sync/CustomerFetch.h"
#include "sync/SourcesFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace c360::ui {

namespace {

QString connectionName(const char* what) {
    static std::atomic<int> n{0};
    return QStringLiteral("take-offline-%1-%2").arg(QLatin1String(what)).arg(++n);
}

} // namespace

TakeOfflineDialog::TakeOfflineDialog(QString cachePath, QString sourcesPath, const QStringList& keys, QWidget* parent)
    : QDialog(parent)
    , m_cachePath(std::move(cachePath))
    , m_sourcesPath(std::move(sourcesPath)) {
    setObjectName(QStringLiteral("takeOfflineDialog"));
    setWindowTitle(tr("Take offline"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Customers to keep on this computer with their full history, one a line: customer "
                                "ids, e-mail addresses or phone numbers. They stay in every later sync."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenCustomers"));
    m_chosen->setAccessibleName(tr("Customers from the search results"));
    m_chosen->setVisible(false);
    layout->addWidget(m_chosen, 1);
    m_list = new QPlainTextEdit(this);
    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setPlainText(keys.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Customers to take offline"));
    layout->addWidget(m_list, 1);
    m_load = new QPushButton(tr("&Load a saved list…"), this);
    m_load->setObjectName(QStringLiteral("loadListButton"));
    layout->addWidget(m_load, 0, Qt::AlignLeft);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setVisible(false);
    layout->addWidget(m_bar);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Take offline"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel = buttons->addButton(tr("&Cancel loading"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // The box's own accept/reject would close the dialog; these buttons start and stop instead.
    connect(m_start, &QPushButton::clicked, this, &TakeOfflineDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TakeOfflineDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a list of customers"), {},
                                                          tr("Lists (*.txt *.csv);;All files (*)"));
        if (!path.isEmpty()) {
            loadList(path);
        }
    });
    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(400);
    connect(m_estimateTimer, &QTimer::timeout, this, &TakeOfflineDialog::estimate);
    connect(m_list, &QPlainTextEdit::textChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    connect(m_chosen, &QListWidget::itemChanged, m_estimateTimer, qOverload<>(&QTimer::start));
    resize(520, 460);
    estimate();
}

TakeOfflineDialog::~TakeOfflineDialog() {
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
    for (QThread* t : {m_worker, m_estimator}) {
        if (t != nullptr) {
            t->wait();
        }
    }
    if (m_release) {
        std::exchange(m_release, {})(); // the lane goes on with the next writer
    }
}

void TakeOfflineDialog::setWriterLane(WriterLane* lane) {
    m_lane = lane;
}

void TakeOfflineDialog::setCustomers(const QList<OfflineCustomer>& customers) {
    m_chosen->clear();
    for (const OfflineCustomer& c : customers) {
        if (c.key.trimmed().isEmpty()) {
            continue;
        }
        auto* item = new QListWidgetItem(c.label.isEmpty() ? m_masker.text(c.key) : c.label, m_chosen);
        item->setData(Qt::UserRole, c.key.trimmed());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_chosen->setVisible(m_chosen->count() > 0);
    estimate();
}

QStringList TakeOfflineDialog::keys() const {
    QStringList out;
    for (int row = 0; row < m_chosen->count(); ++row) {
        const QListWidgetItem* item = m_chosen->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked && !out.contains(key)) {
            out << key;
        }
    }
    for (const QString& key : sync::CustomerFetch::parseList(m_list->toPlainText())) {
        if (!out.contains(key)) {
            out << key;
        }
    }
    return out;
}

QString TakeOfflineDialog::resultText() const {
    return m_result->text();
}

void TakeOfflineDialog::loadList(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("The list %1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    m_list->setPlainText(QString::fromUtf8(f.readAll()));
}

void TakeOfflineDialog::estimate() {
    if (m_estimator != nullptr) {
        m_estimateAgain = true;
        return;
    }
    const QStringList list = keys();
    if (list.isEmpty()) {
        m_estimate->setText(tr("Add customers to the list to see how much they take."));
        m_start->setEnabled(false);
        return;
    }
    m_start->setEnabled(m_worker == nullptr);
    m_estimate->setText(tr("Estimating…"));
    const QString path = m_cachePath;
    QPointer<TakeOfflineDialog> self(this);
    m_estimator = QThread::create([self, path, list] {
        QString text;
        {
            Database::Options options;
            options.migrate = false;
            auto db = Database::open(path, connectionName("estimate"), options);
            if (!db) {
                text = db.error().message;
            } else if (auto e = sync::CustomerFetch(db->handle()).estimate(list); !e) {
                text = e.error().message;
            } else {
                text = tr("%n customer(s), %1 already on this computer: about %2 records, %3 timeline events, %4 MB.",
                          nullptr, e->customers)
                           .arg(e->cached)
                           .arg(QLocale().toString(e->records), QLocale().toString(e->events),
                                QLocale().toString(e->megabytes, 'f', e->megabytes < 1.0 ? 2 : 1));
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, text] {
                self->m_estimate->setText(text);
                Q_EMIT self->estimated(text);
            },
            Qt::QueuedConnection);
    });
    connect(m_estimator, &QThread::finished, this, [this] {
        m_estimator->deleteLater();
        m_estimator = nullptr;
        if (m_estimateAgain) {
            m_estimateAgain = false;
            estimate();
        }
    });
    m_estimator->start();
}

void TakeOfflineDialog::start() {
    const QStringList list = keys();
    if (isRunning() || list.isEmpty()) {
        return;
    }
    m_result->clear();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_list->setReadOnly(true);
    m_chosen->setEnabled(false);
    m_bar->setVisible(true);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    if (!m_lane) {
        load(list);
        return;
    }
    // The load writes the cache: its turn comes after a running sync or merge/split (a cancel meanwhile ends
    // it as soon as it starts).
    if (m_lane->isBusy()) {
        m_progress->setText(tr("Waiting for the running sync or change to the local cache to finish…"));
    }
    m_queued = true;
    QPointer<TakeOfflineDialog> self(this);
    m_lane->run(QStringLiteral("offline"), [self, list](const WriterLane::Release& release) {
        if (!self) {
            release();
            return;
        }
        self->m_queued = false;
        self->m_release = release;
        self->load(list);
    });
}

void TakeOfflineDialog::load(const QStringList& list) {
    m_progress->setText(tr("Connecting…"));
    Q_EMIT loadStarted();
    auto cancelFlag = m_cancelFlag;
    const PiiMasker masker = m_masker;
    const QString cachePath = m_cachePath;
    const QString sourcesPath = m_sourcesPath;
    QPointer<TakeOfflineDialog> self(this);
    m_worker = QThread::create([self, cachePath, sourcesPath, list, cancelFlag, masker] {
        const auto post = [self](auto f) {
            if (self) {
                QMetaObject::invokeMethod(self.data(), std::move(f), Qt::QueuedConnection);
            }
        };
        QString text;
        bool ok = false;
        int available = 0;
        int failed = 0;
        auto sources = sync::SourcesFile::load(sourcesPath);
        Database::Options options;
        options.migrate = false;
        auto db = Database::open(cachePath, connectionName("fetch"), options);
        if (!sources) {
            text = sources.error().message;
        } else if (!db) {
            text = db.error().message;
        } else {
            sync::CustomerFetch fetch(db->handle());
            fetch.setCancelFlag(cancelFlag.get());
            fetch.setProgressCallback([post, self](const SyncProgress& p) {
                const QString line = p.pages == 0 ? tr("Loading from %1 (%2)…").arg(p.source, p.stream)
                                                  : tr("Loading from %1 (%2): %3 records read")
                                                        .arg(p.source, p.stream, QLocale().toString(p.records));
                post([self, line] {
                    if (self) {
                        self->m_progress->setText(line);
                    }
                });
            });
            auto report = fetch.run(*sources, list, QStringLiteral("offline"));
            if (!report) {
                text = report.error().message;
            } else {
                QStringList lines;
                available = report->available();
                QStringList names;
                for (const sync::FetchedCustomer& c : report->customers) {
                    if (c.party) {
                        names << tr("%1 (%n event(s))", nullptr, int(c.events))
                                     .arg(c.name.isEmpty() ? masker.text(c.key) : c.name);
                    }
                }
                if (report->sync.cancelled) {
                    lines << tr("Cancelled. What was loaded so far stays on this computer, but the list is not kept "
                                "in later syncs; start again to finish.");
                } else if (report->sync.offline) {
                    lines << tr("The servers cannot be reached (offline), so nothing could be loaded. Connect and "
                                "try again before you leave.");
                }
                if (available > 0) {
                    lines << tr("Now available offline: %n customer(s) — %1.", nullptr, available)
                                 .arg(names.join(QStringLiteral(", ")));
                }
                const QStringList notFound = report->notFound();
                if (!notFound.isEmpty() && !report->sync.offline && !report->sync.cancelled) {
                    QStringList shown;
                    for (const QString& key : notFound) {
                        shown << masker.text(key); // as the role may see it
                    }
                    lines << tr("Not found at any source (check the id, e-mail address or phone number): %1.")
                                 .arg(shown.join(QStringLiteral(", ")));
                }
                QStringList failures;
                for (const StreamReport& s : report->sync.streams) {
                    if (!s.error.isEmpty() && !report->sync.offline) {
                        failures << tr("%1 (%2): %3").arg(s.source, s.stream, s.error);
                    }
                }
                if (!failures.isEmpty()) {
                    lines << tr("Some history could not be loaded, so these customers may be incomplete offline: %1")
                                 .arg(failures.join(QStringLiteral("; ")));
                }
                failed = int(notFound.size());
                ok = failures.isEmpty() && notFound.isEmpty() && !report->sync.cancelled && !report->sync.offline;
                text = lines.join(QLatin1Char('\n'));
            }
        }
        post([self, text, ok, available, failed] {
            if (self) {
                self->showResult(text, ok, available, failed);
            }
        });
    });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_cancelFlag.reset();
        if (m_release) {
            std::exchange(m_release, {})(); // a sync or merge/split that waited starts now
        }
    });
    m_worker->start();
}

void TakeOfflineDialog::cancel() {
    if (m_cancelFlag) { // running, or waiting for its turn (then it stops as soon as it starts)
        m_cancelFlag->store(true);
        m_progress->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void TakeOfflineDialog::showResult(const QString& text, bool ok, int available, int failed) {
    m_bar->setVisible(false);
    m_progress->clear();
    m_cancel->setEnabled(false);
    m_start->setEnabled(true);
    m_list->setReadOnly(false);
    m_chosen->setEnabled(true);
    m_result->setText(text);
    m_result->setProperty("ok", ok);
    Q_EMIT finished(available, failed);
}

} // namespace c360::ui
