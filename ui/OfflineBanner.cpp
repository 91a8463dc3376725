#include "ui/OfflineBanner.h"

#include "ui/Format.h"
#include "ui/SyncStatusWidget.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace c360::ui {

OfflineBanner::OfflineBanner(SyncStatusWidget* status, QWidget* parent)
    : QFrame(parent)
    , m_status(status)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_ageTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("offlineBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("offlineRetry"));
    m_retry->setToolTip(tr("Check the connection now"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    connect(m_status, &SyncStatusWidget::connectivityChanged, this, &OfflineBanner::render);
    connect(m_status, &SyncStatusWidget::lastSyncChanged, this, &OfflineBanner::render);
    m_ageTimer->setInterval(30'000); // "3 minutes ago" moves on while the banner stays
    connect(m_ageTimer, &QTimer::timeout, this, &OfflineBanner::render);
    render();
}

QString OfflineBanner::text() const {
    return m_text->text();
}

void OfflineBanner::render() {
    const auto state = m_status->connectivity();
    const bool shown =
        state == SyncStatusWidget::Connectivity::Offline || state == SyncStatusWidget::Connectivity::Partial;
    setVisible(shown);
    if (!shown) {
        m_ageTimer->stop();
        m_text->clear();
        return;
    }
    m_ageTimer->start();
    const QDateTime last = m_status->lastSync();
    const QString age = last.isValid() ? tr("last synced %1").arg(formatAge(last, QDateTime::currentDateTimeUtc()))
                                       : tr("never synced");
    const bool offline = state == SyncStatusWidget::Connectivity::Offline;
    const QString text =
        offline
            ? tr("Offline — showing cached data, %1. Your changes are kept and sent when the connection is back.")
                  .arg(age)
            : tr("Not everything could be synced (%1): some data may be older, %2.").arg(m_status->stateText(), age);
    m_text->setText(text);
    m_text->setToolTip(m_status->reason());
    const QColor tint = offline ? theme::danger(palette()) : theme::warning(palette());
    setStyleSheet(
        QStringLiteral("#offlineBanner { background: %1; } #offlineBannerText { color: %2; font-weight: bold; }")
            .arg(theme::css(theme::surface(palette(), tint)), theme::css(tint)));
}

} // namespace c360::ui
