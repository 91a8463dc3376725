#include "ui/RulesEditor.h"

#include "models/Database.h"
#include "models/nba/Learning.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>
#include <exception>

namespace c360::ui {

namespace {
constexpr int kMaxCalls = 500;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

enum Column {
    ColEnabled,
    ColId,
    ColTitle,
    ColCategory,
    ColValue,
    ColLever,
    ColAccepted,
    ColLearned,
    ColReset,
    ColCount
};

double logistic(double x) {
    return 1 / (1 + std::exp(-x));
}
} // namespace

RulesEditor::RulesEditor(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    setObjectName(QStringLiteral("rulesEditor"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("No rule pack open."), this);
    m_title->setObjectName(QStringLiteral("rulesTitle"));
    layout->addWidget(m_title);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColCount, splitter);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Action"), tr("Title"), tr("Category"), tr("Value"), tr("Lever"),
                                        tr("Accepted"), tr("Learned propensity"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_impactTable = new QTableWidget(0, 5, splitter);
    m_impactTable->setObjectName(QStringLiteral("rulesImpact"));
    m_impactTable->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Customer"), tr("Queue"), tr("Top action now"), tr("Top action after the edit")});
    m_impactTable->horizontalHeader()->setStretchLastSection(true);
    m_impactTable->verticalHeader()->hide();
    m_impactTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_validate = new QPushButton(tr("Validate"), this);
    m_validate->setObjectName(QStringLiteral("rulesValidate"));
    m_preview = new QPushButton(tr("Preview on today's calls"), this);
    m_preview->setObjectName(QStringLiteral("rulesPreview"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("rulesSave"));
    buttons->addWidget(m_validate);
    buttons->addWidget(m_preview);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("rulesClose"));
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    connect(m_validate, &QPushButton::clicked, this, &RulesEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::save);
    connect(m_preview, &QPushButton::clicked, this, &RulesEditor::previewImpact);
    m_validate->setEnabled(false);
    m_save->setEnabled(false);
    m_preview->setEnabled(false);
}

RulesEditor::~RulesEditor() {
    if (m_worker != nullptr) {
        m_cancel->store(true);
        m_worker->wait();
    }
}

bool RulesEditor::openPack(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("The rule pack %1 could not be read: %2").arg(path, file.errorString()), true);
        return false;
    }
    return setPackText(file.readAll(), path.startsWith(QLatin1Char(':')) ? QString() : path);
}

bool RulesEditor::setPackText(const QByteArray& json, const QString& savePath) {
    auto pack = nba::RulePack::parse(json);
    if (!pack) {
        showStatus(tr("The rule pack is not valid: %1").arg(pack.error().message), true);
        return false;
    }
    m_packText = json;
    m_pack = std::make_unique<nba::RulePack>(std::move(*pack));
    m_savePath = savePath;
    m_title->setText(tr("Rule pack “%1” (version %2), actions: %3")
                         .arg(m_pack->name())
                         .arg(m_pack->version())
                         .arg(m_pack->actions().size()));
    fillTable();
    m_impact.clear();
    m_impactTable->setRowCount(0);
    m_validate->setEnabled(true);
    m_save->setEnabled(!m_savePath.isEmpty());
    m_preview->setEnabled(!m_cachePath.isEmpty() && m_worker == nullptr);
    showStatus({}, false);
    return true;
}

void RulesEditor::setSavePath(const QString& path) {
    m_savePath = path;
    m_save->setEnabled(m_pack != nullptr && !m_savePath.isEmpty());
}

void RulesEditor::setCachePath(const QString& path) {
    m_cachePath = path;
    if (m_pack) {
        fillTable();
    }
    m_preview->setEnabled(m_pack != nullptr && !m_cachePath.isEmpty() && m_worker == nullptr);
}

void RulesEditor::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

void RulesEditor::fillTable() {
    const nba::PropensityLearner learner = readLearning();
    m_table->setRowCount(int(m_pack->actions().size()));
    int row = 0;
    for (const nba::Action& a : m_pack->actions()) {
        auto* enabled = new QTableWidgetItem;
        enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        enabled->setCheckState(a.enabled ? Qt::Checked : Qt::Unchecked);
        enabled->setData(Qt::UserRole, a.id);
        m_table->setItem(row, ColEnabled, enabled);
        m_table->setItem(row, ColId, new QTableWidgetItem(a.id));
        m_table->setItem(row, ColTitle, new QTableWidgetItem(a.titleIn(QStringLiteral("en"))));
        m_table->setItem(row, ColCategory, new QTableWidgetItem(a.category));
        m_table->setItem(row, ColValue, new QTableWidgetItem(QString::number(a.value, 'g', 6)));
        auto* lever = new QDoubleSpinBox(m_table);
        lever->setObjectName(QStringLiteral("lever_") + a.id);
        lever->setRange(0, 10);
        lever->setDecimals(2);
        lever->setSingleStep(0.1);
        lever->setValue(a.lever);
        lever->setToolTip(tr("Multiplies the action's priority; 0 never shows it."));
        m_table->setCellWidget(row, ColLever, lever);
        // What agents' answers taught: the live acceptance rate and how the propensity moved from
        // the pack's (its intercept, for a customer with no other facts) to the learned one.
        const nba::ArmCounts counts = learner.pooled(a.id);
        auto* accepted = new QTableWidgetItem(
            counts.shown() > 0
                ? tr("%1% of %2").arg(std::lround(100 * counts.accepted / counts.shown())).arg(counts.shown())
                : tr("no answers yet"));
        accepted->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, ColAccepted, accepted);
        const double prior = logistic(a.propensity.intercept);
        const double alpha = prior * learner.config().priorStrength + counts.accepted;
        const double beta = (1 - prior) * learner.config().priorStrength + counts.dismissed;
        auto* learned = new QTableWidgetItem(
            counts.shown() > 0 ? tr("%1 → %2").arg(prior, 0, 'f', 2).arg(alpha / (alpha + beta), 0, 'f', 2)
                               : QString::number(prior, 'f', 2));
        learned->setToolTip(tr("The pack's propensity, then the one learned from accepts and dismissals."));
        learned->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, ColLearned, learned);
        auto* reset = new QPushButton(tr("Reset"), m_table);
        reset->setObjectName(QStringLiteral("reset_") + a.id);
        reset->setToolTip(tr("Forget what was learned for this action; its pack propensity applies again."));
        reset->setEnabled(counts.shown() > 0 && !m_cachePath.isEmpty());
        connect(reset, &QPushButton::clicked, this, [this, id = a.id] { resetLearning(id); });
        m_table->setCellWidget(row, ColReset, reset);
        ++row;
    }
    m_table->resizeColumnsToContents();
}

nba::PropensityLearner RulesEditor::readLearning() const {
    nba::PropensityLearner learner;
    if (m_cachePath.isEmpty()) {
        return learner;
    }
    const QString name = QStringLiteral("rules-learning-%1").arg(quintptr(this));
    auto db = Database::open(m_cachePath, name);
    if (!db) {
        return learner;
    }
    if (auto arms = nba::LearningRepository(db->handle()).load()) {
        learner.setArms(std::move(*arms));
    }
    return learner;
}

bool RulesEditor::resetLearning(const QString& actionId) {
    if (m_cachePath.isEmpty()) {
        showStatus(tr("No cache is open."), true);
        return false;
    }
    QPushButton* button = nullptr;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ColId)->text() == actionId) {
            button = qobject_cast<QPushButton*>(m_table->cellWidget(row, ColReset));
        }
    }
    if (button != nullptr) {
        button->setEnabled(false); // until the worker is done
    }
    showStatus(tr("Resetting what was learned for %1…").arg(actionId), false);
    // The UI thread never writes to the cache: the reset runs on a worker with its own connection (as
    // nba::FeedbackWriter does), so the window never waits behind a sync transaction.
    const QString cachePath = m_cachePath;
    QPointer<RulesEditor> self(this);
    QThread* worker = QThread::create([self, cachePath, actionId] {
        static std::atomic<int> runs{0};
        Status result = Error{tr("The reset stopped on an internal error."), {}};
        try {
            auto db = Database::open(cachePath, QStringLiteral("rules-reset-%1").arg(++runs));
            result = db ? nba::LearningRepository(db->handle()).reset(actionId) : Status(db.error());
        } catch (const std::exception& e) {
            result = Error{tr("The reset stopped on an internal error."), QString::fromLocal8Bit(e.what())};
        }
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, actionId, result] {
                    if (self) {
                        self->learningResetDone(actionId, result);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    worker->setObjectName(QStringLiteral("nbaResetWorker"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return true;
}

void RulesEditor::learningResetDone(const QString& actionId, const Status& result) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const nba::Action* a = m_pack->action(m_table->item(row, ColId)->text());
        if (a == nullptr || a->id != actionId) {
            continue;
        }
        auto* reset = qobject_cast<QPushButton*>(m_table->cellWidget(row, ColReset));
        if (!result) {
            if (reset != nullptr) {
                reset->setEnabled(true); // try again
            }
            continue;
        }
        // Only this row changes (its Reset button stays, disabled).
        m_table->item(row, ColAccepted)->setText(tr("no answers yet"));
        m_table->item(row, ColLearned)->setText(QString::number(logistic(a->propensity.intercept), 'f', 2));
    }
    if (!result) {
        showStatus(result.error().message, true);
    } else {
        showStatus(tr("What was learned for %1 was reset.").arg(actionId), false);
    }
    Q_EMIT learningReset(actionId, result.ok());
}

QHash<QString, nba::RulePack::Override> RulesEditor::overrides() const {
    QHash<QString, nba::RulePack::Override> out;
    if (!m_pack) {
        return out;
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* enabled = m_table->item(row, ColEnabled);
        const auto* lever = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, ColLever));
        const nba::Action* a = m_pack->action(enabled->data(Qt::UserRole).toString());
        if (a == nullptr || lever == nullptr) {
            continue;
        }
        nba::RulePack::Override o;
        const bool on = enabled->checkState() == Qt::Checked;
        if (on != a->enabled) {
            o.enabled = on;
        }
        if (std::abs(lever->value() - a->lever) > 1e-9) {
            o.lever = lever->value();
        }
        if (o.enabled || o.lever) {
            out.insert(a->id, o);
        }
    }
    return out;
}

Result<QByteArray> RulesEditor::editedPack() const {
    if (!m_pack) {
        return Error{tr("No rule pack is open."), {}};
    }
    return nba::RulePack::applyOverrides(m_packText, overrides());
}

bool RulesEditor::hasUnsavedChanges() const {
    return m_pack != nullptr && !overrides().isEmpty();
}

void RulesEditor::closeEvent(QCloseEvent* event) {
    if (m_discardConfirmed || !hasUnsavedChanges()) {
        m_discardConfirmed = false;
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("The rule pack has changes that are not saved. Save them before closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rulesUnsavedBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save && save()) {
            close();
        } else if (answer == QMessageBox::Discard) {
            m_discardConfirmed = true;
            close();
        }
    });
    box->open();
}

QString RulesEditor::statusText() const {
    return m_status->text();
}

void RulesEditor::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setProperty("error", error);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(Qt::darkRed) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

bool RulesEditor::validate() {
    const auto edited = editedPack();
    if (!edited) {
        showStatus(tr("Not valid: %1").arg(edited.error().message), true);
        return false;
    }
    const int changes = int(overrides().size());
    showStatus(tr("The pack is valid; actions changed: %1.").arg(changes), false);
    return true;
}

bool RulesEditor::save() {
    const auto edited = editedPack();
    if (!edited) {
        showStatus(tr("Not saved: %1").arg(edited.error().message), true);
        return false;
    }
    if (m_savePath.isEmpty()) {
        showStatus(tr("Not saved: the pack has no file to save to."), true);
        return false;
    }
    QSaveFile file(m_savePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*edited) != edited->size() || !file.commit()) {
        showStatus(tr("Not saved: %1").arg(file.errorString()), true);
        return false;
    }
    const QString path = m_savePath;
    setPackText(*edited, path);
    showStatus(tr("Saved to %1.").arg(path), false);
    Q_EMIT packSaved(path);
    return true;
}

void RulesEditor::previewImpact() {
    if (m_worker != nullptr || !m_pack || m_cachePath.isEmpty()) {
        return;
    }
    const auto edited = editedPack();
    if (!edited) {
        showStatus(tr("Not valid: %1").arg(edited.error().message), true);
        return;
    }
    auto afterPack = nba::RulePack::parse(*edited);
    if (!afterPack) {
        showStatus(tr("Not valid: %1").arg(afterPack.error().message), true);
        return;
    }
    auto before = std::make_shared<const nba::NbaEngine>(*m_pack);
    auto after = std::make_shared<const nba::NbaEngine>(std::move(*afterPack));
    const QDateTime now = m_clock();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 fromMs = QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString cachePath = m_cachePath;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    showStatus(tr("Ranking today's calls…"), false);
    m_preview->setEnabled(false);

    m_worker = QThread::create([this, before, after, cachePath, fromMs, nowMs, cancel] {
        QList<nba::CallImpact> calls;
        QString error;
        QDate day; // set when the preview fell back to another day than today
        {
            Database::Options options;
            options.migrate = false;
            const QString name = QStringLiteral("nba-impact-%1").arg(quintptr(QThread::currentThreadId()));
            auto db = Database::open(cachePath, name, options);
            if (!db) {
                error = db.error().message;
            } else {
                // Today's calls; on a cache without calls today (a demo company, a Monday morning), the
                // calls of the latest day that has some, so that the preview shows the calls in the cache.
                qint64 from = fromMs;
                QSqlQuery q(db->handle());
                q.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM interaction WHERE occurred_ms >= ? AND "
                                         "occurred_ms < ?), (SELECT max(occurred_ms) FROM interaction)"));
                q.addBindValue(fromMs);
                q.addBindValue(fromMs + kDayMs);
                if (q.exec() && q.next() && q.value(0).toInt() == 0 && !q.value(1).isNull()) {
                    const qint64 latest = q.value(1).toLongLong();
                    from = latest - latest % kDayMs;
                    day = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date();
                }
                q.finish();
                auto result = nba::compareOnCalls(db->handle(), *before, *after, from, from + kDayMs, nowMs, kMaxCalls,
                                                  cancel.get());
                if (result) {
                    calls = std::move(*result);
                } else {
                    error = result.error().message;
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, calls, error, day] {
                showImpact(calls, error);
                if (error.isEmpty() && day.isValid()) {
                    showStatus(statusText() + QLatin1Char(' ') +
                                   tr("No calls today: these are the calls of %1, the latest day with calls in the "
                                      "cache.")
                                       .arg(QLocale().toString(day, QLocale::ShortFormat)),
                               false);
                }
            },
            Qt::QueuedConnection);
    });
    m_worker->setParent(this);
    m_worker->setObjectName(QStringLiteral("nbaImpactWorker"));
    m_worker->start();
}

void RulesEditor::showImpact(const QList<nba::CallImpact>& calls, const QString& error) {
    if (m_worker != nullptr) {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    m_preview->setEnabled(m_pack != nullptr && !m_cachePath.isEmpty());
    if (!error.isEmpty()) {
        showStatus(tr("The preview failed: %1").arg(error), true);
        return;
    }
    m_impact = calls;
    int changed = 0;
    m_impactTable->setRowCount(0);
    for (const nba::CallImpact& c : calls) {
        if (!c.changed()) {
            continue;
        }
        const int row = changed++;
        m_impactTable->insertRow(row);
        const auto cell = [this, row](int column, const QString& text) {
            m_impactTable->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(0, QDateTime::fromMSecsSinceEpoch(c.occurredMs, Qt::UTC).toString(QStringLiteral("HH:mm")));
        cell(1, QString::number(c.partyId));
        cell(2, c.context.queue);
        cell(3, c.before.isEmpty() ? tr("(none)") : c.before);
        cell(4, c.after.isEmpty() ? tr("(none)") : c.after);
    }
    showStatus(tr("%1 of today's %2 calls would get a different top action.").arg(changed).arg(calls.size()), false);
    Q_EMIT impactReady(int(calls.size()), changed);
}

} // namespace c360::ui
