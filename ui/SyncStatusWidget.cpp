#include "SyncStatusWidget.h"

#include "ui/Format.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace c360::ui {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_age(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QToolButton(this))
    , m_ageTimer(new QTimer(this)) {
    m_state->setObjectName(QStringLiteral("syncState"));
    m_age->setObjectName(QStringLiteral("lastSync"));
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Fetch changes from every source (F5)"));
    connect(m_syncButton, &QToolButton::clicked, this, [this] {
        if (m_busy) {
            Q_EMIT cancelRequested();
        } else {
            Q_EMIT syncRequested();
        }
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_age);
    layout->addWidget(m_state);
    layout->addWidget(m_syncButton);
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, &SyncStatusWidget::renderAge);
    m_ageTimer->start();
    m_state->setText(tr("Not synced in this session"));
    renderAge();
}

void SyncStatusWidget::setLastSync(const QDateTime& utc) {
    const bool changed = utc != m_lastSync;
    m_lastSync = utc;
    renderAge();
    if (changed) {
        Q_EMIT lastSyncChanged(utc);
    }
}

void SyncStatusWidget::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setVisible(busy);
    m_syncButton->setText(busy ? tr("Cancel sync") : tr("Sync now"));
    if (!busy) {
        m_progressText->clear();
    }
}

void SyncStatusWidget::setProgress(const QString& text) {
    m_progressText->setText(text);
}

void SyncStatusWidget::setOnline() {
    setConnectivity(Connectivity::Online, tr("Online"), {}, theme::success(palette()));
}

void SyncStatusWidget::setOffline(const QString& reason) {
    setConnectivity(Connectivity::Offline, tr("Offline — showing cached data"), reason, theme::danger(palette()));
}

void SyncStatusWidget::setPartial(const QString& label, const QString& detail) {
    setConnectivity(Connectivity::Partial, label, detail, theme::warning(palette()));
}

void SyncStatusWidget::setConnectivity(Connectivity connectivity, const QString& text, const QString& reason,
                                       const QColor& color) {
    m_state->setText(text);
    m_state->setToolTip(reason);
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(theme::css(color)));
    const bool changed = connectivity != m_connectivity || reason != m_reason;
    m_connectivity = connectivity;
    m_reason = reason;
    if (changed) {
        Q_EMIT connectivityChanged(connectivity);
    }
}

QString SyncStatusWidget::stateText() const {
    return m_state->text();
}

void SyncStatusWidget::renderAge() {
    if (!m_lastSync.isValid()) {
        m_age->setText(tr("Never synced"));
        return;
    }
    m_age->setText(tr("Last sync: %1").arg(formatAge(m_lastSync, QDateTime::currentDateTimeUtc())));
    m_age->setToolTip(QLocale().toString(m_lastSync.toLocalTime(), QLocale::LongFormat));
}

} // namespace c360::ui
