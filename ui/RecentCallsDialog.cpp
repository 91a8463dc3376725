#include "ui/RecentCallsDialog.h"

#include "ui/RecentCalls.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace c360::ui {

RecentCallsDialog::RecentCallsDialog(RecentCalls* calls, QWidget* parent)
    : QDialog(parent)
    , m_calls(calls)
    , m_list(new QListView(this))
    , m_open(new QPushButton(tr("&Open"), this)) {
    setObjectName(QStringLiteral("recentCallsDialog"));
    setWindowTitle(tr("Recent calls"));
    m_list->setObjectName(QStringLiteral("recentCallsList"));
    m_list->setAccessibleName(tr("Recent calls"));
    m_list->setModel(calls);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_open->setObjectName(QStringLiteral("recentCallsOpen"));
    m_open->setDefault(true);
    auto* empty = new QLabel(tr("No calls yet."), this);
    empty->setVisible(calls->rowCount() == 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &RecentCallsDialog::openCurrent);
    connect(m_list, &QListView::activated, this, &RecentCallsDialog::openCurrent);
    if (calls->rowCount() > 0) {
        m_list->setCurrentIndex(calls->index(0));
    }
    m_open->setEnabled(calls->rowCount() > 0);
    resize(560, 380);
}

void RecentCallsDialog::openCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 party = current.data(RecentCalls::PartyRole).toLongLong();
    if (party > 0) {
        Q_EMIT partyRequested(party);
    } else {
        Q_EMIT numberRequested(current.data(RecentCalls::NumberRole).toString());
    }
    accept();
}

} // namespace c360::ui
