#include "MainWindow.h"

#include "models/EventKinds.h"
#include "models/IdentityQueries.h"
#include "models/Normalize.h"
#include "models/PhoneFormat.h"
#include "models/Queries.h"
#include "models/TimelineModel.h"
#include "sync/OutboxStore.h"
#include "ui/AgentWrites.h"
#include "ui/AgentWritesPanel.h"
#include "ui/CallBar.h"
#include "ui/CustomerHeader.h"
#include "ui/DashboardWindow.h"
#include "ui/DataQualityView.h"
#include "ui/EventDetailPane.h"
#include "ui/HistoryExport.h"
#include "ui/JourneyPanel.h"
#include "ui/JourneyView.h"
#include "ui/LinkedRecordsDialog.h"
#include "ui/NbaPanel.h"
#include "ui/NewCustomerDialog.h"
#include "ui/NoteDialog.h"
#include "ui/OfflineBanner.h"
#include "ui/PiiGuard.h"
#include "ui/RecentCalls.h"
#include "ui/RecentCallsDialog.h"
#include "ui/RefundDialog.h"
#include "ui/RulesEditor.h"
#include "ui/SearchPanel.h"
#include "ui/ShortcutSheet.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TimelinePanel.h"
#include "ui/WrapUpDialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QInputDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace c360::ui {

MainWindow::MainWindow(QSqlDatabase db, const Normalizer& normalizer, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_search(new SearchPanel(m_db, normalizer, this))
    , m_header(new CustomerHeader(this))
    , m_timeline(new TimelinePanel(m_db, this))
    , m_detail(new EventDetailPane(m_db, this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_callBar(new CallBar(this))
    , m_nba(new NbaPanel(m_db, this))
    , m_writesPanel(new AgentWritesPanel(this))
    , m_noteDialog(new NoteDialog(this))
    , m_newCustomerDialog(new NewCustomerDialog(normalizer, this))
    , m_linked(new LinkedRecordsDialog(this))
    , m_quality(new DataQualityView(this))
    , m_wrapUp(new WrapUpDialog(this)) {
    m_normalizer = &normalizer;
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("C360 Workstation"));
    // Data-quality rows name the customers (the golden record's name), not their ids.
    m_quality->setNameLookup([this](qint64 partyId) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT display_name FROM party WHERE id = ?"));
        q.addBindValue(partyId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    });
    m_quality->setDatabase(m_db);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* headerFrame = new QFrame(centre);
    headerFrame->setFrameShape(QFrame::StyledPanel);
    auto* headerLayout = new QVBoxLayout(headerFrame);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_header);
    headerLayout->addWidget(m_writesPanel);
    m_writesPanel->setContentsMargins(12, 0, 12, 6);
    centreLayout->addWidget(headerFrame);
    // The timeline and, beside it, the journey of the same customer (Ctrl+J).
    m_centreTabs = new QTabWidget(centre);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->setAccessibleName(tr("Timeline and journey"));
    m_journey = new JourneyPanel(m_db, m_centreTabs);
    m_centreTabs->addTab(m_timeline, tr("Timeline"));
    m_centreTabs->addTab(m_journey, tr("Journey"));
    centreLayout->addWidget(m_centreTabs, 1);
    connect(this, &MainWindow::partyOpened, m_journey, &JourneyPanel::showParty);
    connect(m_journey, &JourneyPanel::eventActivated, m_timeline, &TimelinePanel::selectEvent);
    connect(m_journey, &JourneyPanel::message, this, [this](const QString& text) { showMessage(text); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_search);
    splitter->addWidget(centre);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_nba);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({320, 760, 380});
    splitter->setContentsMargins(6, 6, 6, 0);
    auto* root = new QWidget(this);
    auto* rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->setSpacing(0);
    m_offlineBanner = new OfflineBanner(m_syncStatus, root);
    rootLayout->addWidget(m_offlineBanner);
    rootLayout->addWidget(m_callBar);
    rootLayout->addWidget(splitter, 1);
    setCentralWidget(root);

    statusBar()->addPermanentWidget(m_syncStatus);
    createActions();

    connect(m_search, &SearchPanel::partyActivated, this, [this](qint64 id) { openParty(id); });
    connect(m_search, &SearchPanel::message, this, [this](const QString& text) { showMessage(text); });
    connect(m_timeline, &TimelinePanel::eventSelected, m_detail, &EventDetailPane::showTimelineEvent);
    connect(m_timeline, &TimelinePanel::localEventSelected, m_detail, &EventDetailPane::showLocalEvent);
    connect(m_timeline, &TimelinePanel::selectionCleared, m_detail, &EventDetailPane::clear);
    connect(m_timeline, &TimelinePanel::eventSelected, this, [this](qint64 eventId) {
        const TimelineEvent e = [&] {
            for (int row = 0; row < m_timeline->model()->rowCount(); ++row) {
                if (m_timeline->model()->eventAt(row).id == eventId) {
                    return m_timeline->model()->eventAt(row);
                }
            }
            return TimelineEvent{};
        }();
        m_selectedRecord = e.recordId;
        m_selectedKind = e.kind;
        const bool order = e.kind == QLatin1String("order") && m_writes;
        m_cancelOrder->setEnabled(order);
        m_changeAddress->setEnabled(order);
        m_refundOrder->setEnabled(order && selectedOrderPayment().has_value());
        m_ticketStatus->setEnabled(e.kind == kinds::Ticket && m_writes);
    });
    connect(m_timeline, &TimelinePanel::message, this, [this](const QString& text) { showMessage(text); });
    connect(m_callBar, &CallBar::reasonChanged, this, &MainWindow::callReasonChanged);
    // The prompts follow the call: re-ranked when the reason changes or a wrap-up is saved.
    connect(m_callBar, &CallBar::reasonChanged, this, [this](const QString& reason) {
        m_nba->setContext(reason, QStringLiteral("phone"), m_callBar->currentWrapUp().queue);
    });
    connect(m_nba, &NbaPanel::feedbackFailed, this, [this](const QString& text) { showMessage(text); });
    if (QFileInfo::exists(activeRulePackPath())) {
        if (auto pack = nba::RulePack::load(activeRulePackPath())) {
            m_nba->setRulePack(std::move(*pack));
        } else {
            showMessage(
                tr("The saved rule pack could not be read (%1); using the shipped one.").arg(pack.error().message), 0);
        }
    }
    {
        const QString language = QLocale().name();
        m_nba->setLanguage(language.startsWith(QLatin1String("zh"))
                               ? (language == QLatin1String("zh_TW") || language == QLatin1String("zh_HK")
                                      ? QStringLiteral("zh_TW")
                                      : QStringLiteral("zh_CN"))
                               : QStringLiteral("en"));
    }
    connect(m_callBar, &CallBar::callEnded, this, [this](const WrapUp& draft) {
        m_wrapUp->start(draft, callerLabel());
        m_wrapUp->open();
    });
    connect(m_header, &CustomerHeader::linkedRecordsRequested, this, &MainWindow::showLinkedRecords);
    m_pii = new PiiGuard(m_header, m_search, m_detail, this);
    m_pii->setTimeline(m_timeline);
    connect(m_header, &CustomerHeader::revealRequested, this, [this] { m_pii->reveal(m_partyId); });
    connect(m_pii, &PiiGuard::refused, this, [this](const QString& text) { showMessage(text); });
    m_pii->followCustomer([this](const PiiMasker& masker) {
        m_journey->setMasker(masker);
        m_callBar->setMasker(masker);
        m_linked->setMasker(masker);
    });
    m_pii->follow([this](const PiiMasker& masker) { m_quality->setMasker(masker); });
    connect(m_linked, &LinkedRecordsDialog::mergeRequested, this,
            [this](qint64 a, qint64 b) { Q_EMIT identityMergeRequested(a, b, {}); });
    connect(m_linked, &LinkedRecordsDialog::splitRequested, this,
            [this](qint64, qint64 recordId) { Q_EMIT identitySplitRequested(recordId); });
    m_quality->setWindowFlag(Qt::Window);
    m_quality->setWindowTitle(tr("Data quality"));
    m_quality->resize(980, 600);
    m_quality->hide();
    connect(m_quality, &DataQualityView::partyActivated, this, [this](qint64 id) {
        openParty(id);
        raise();
        activateWindow();
    });
    connect(m_quality, &DataQualityView::mergeRequested, this, &MainWindow::identityMergeRequested);
    connect(m_quality, &DataQualityView::undoRequested, this, &MainWindow::identityUndoRequested);
    connect(m_quality, &DataQualityView::refreshRequested, this, &MainWindow::dataQualityRequested);
    connect(m_writesPanel, &AgentWritesPanel::addNoteRequested, this, &MainWindow::addNote);
    connect(m_writesPanel, &AgentWritesPanel::pinnedNotesChanged, m_header, &CustomerHeader::setPinnedNotes);
    connect(m_writesPanel, &AgentWritesPanel::timelineEventsChanged, m_timeline->model(),
            &TimelineModel::setLocalEvents);
    connect(m_writesPanel, &AgentWritesPanel::message, this, [this](const QString& text) { showMessage(text); });
    connect(m_header, &CustomerHeader::newCustomerRequested, this, &MainWindow::startNewCustomer);
    connect(m_newCustomerDialog, &NewCustomerDialog::created, this, [this](const NewCustomer& customer) {
        if (!m_writes) {
            showMessage(tr("The new customer was not saved: there is no outbox to keep it in."), 0);
            return;
        }
        const auto item = m_writes->createCustomer(customer);
        if (!item) {
            showMessage(item.error().message, 0);
            return;
        }
        m_pendingCustomer = PendingCustomer{m_callKey, customer.name, customer.email, customer.phone};
        m_header->showPendingCustomer(customer.name);
        if (m_callBar->inCall()) {
            m_callBar->setCaller(0, customer.name);
        }
        m_writesPanel->refresh();
        showMessage(
            tr("%1 is saved in the outbox as a new customer and opens here after the next sync.").arg(customer.name));
        Q_EMIT outboxChanged();
    });
    connect(m_writesPanel, &AgentWritesPanel::conflictResolved, this, &MainWindow::conflictResolved);
    connect(m_writesPanel, &AgentWritesPanel::requeued, this, &MainWindow::outboxChanged);
    connect(m_noteDialog, &NoteDialog::saved, this, [this](const QString& text, bool pinned) {
        if (!m_writes || m_partyId <= 0) {
            return;
        }
        if (const auto item = m_writes->note(m_header->party(), text, pinned); !item) {
            showMessage(item.error().message, 0);
            return;
        }
        m_writesPanel->refresh();
        Q_EMIT outboxChanged();
    });
    connect(m_nba, &NbaPanel::feedbackGiven, this,
            [this](qint64 partyId, const QString& actionId, const QString& outcome, const QString& reason) {
                if (!m_writes || partyId != m_partyId) {
                    return;
                }
                if (const auto item =
                        m_writes->feedback(m_header->party(), actionId, outcome, reason, m_callBar->reason());
                    !item) {
                    showMessage(item.error().message, 0);
                    return;
                }
                m_writesPanel->refresh();
                Q_EMIT outboxChanged();
            });
    connect(m_wrapUp, &WrapUpDialog::saved, this, [this](const WrapUp& wrapUp) {
        m_callBar->clear();
        m_recentCalls->setDisposition(m_callKey, wrapUp.disposition);
        if (m_writes) {
            PartyHeader party = m_header->party();
            if (wrapUp.partyId != m_partyId) {
                party = {};
                party.id = wrapUp.partyId;
            }
            if (wrapUp.partyId <= 0 && m_pendingCustomer && m_pendingCustomer->callKey == m_callKey) {
                NewCustomer created;
                created.name = m_pendingCustomer->name;
                created.email = m_pendingCustomer->email;
                created.phone = m_pendingCustomer->phone;
                party = AgentWrites::pendingHeader(created); // filed under the customer created on this call
            }
            if (const auto item = m_writes->wrapUp(party, wrapUp); !item) {
                showMessage(item.error().message, 0);
            } else {
                m_writesPanel->refresh();
                Q_EMIT outboxChanged();
            }
        }
        Q_EMIT wrapUpSaved(wrapUp);
        m_nba->setContext({}, {}, {});
        m_nba->refresh();
        showMessage(tr("Wrap-up saved."));
    });
    m_recentCalls = new RecentCalls(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recent-calls.json"), this);
    if (const QString problem = m_recentCalls->load(); !problem.isEmpty()) {
        showMessage(problem, 0);
    }
    m_pii->follow([this](const PiiMasker& masker) {
        m_recentCalls->setMasker(masker);
        if (auto* dashboards = qobject_cast<DashboardWindow*>(m_dashboards.data())) {
            dashboards->setMasker(masker);
        }
    });
    fitToScreen(splitter);
    m_search->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen(QSplitter* panels) {
    // 1460×900 where the screen has room; on a 1280×720 agent screen the whole window, call bar
    // and prompt cards included, stays on the screen.
    const QRect available = screen() != nullptr ? screen()->availableGeometry() : QRect(0, 0, 1460, 900);
    const int width = std::min(1460, available.width());
    const int height = std::min(900, available.height());
    resize(width, height);
    panels->setSizes({width * 22 / 100, width * 50 / 100, width * 28 / 100});
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* sync = file->addAction(tr("&Sync now"));
    sync->setShortcut(QKeySequence::Refresh);
    connect(sync, &QAction::triggered, m_syncStatus, &SyncStatusWidget::syncRequested);
    m_syncPanelAction = file->addAction(tr("Sync s&tatus…"));
    m_syncPanelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncPanelAction->setEnabled(false);
    connect(m_syncPanelAction, &QAction::triggered, this, [this] {
        if (m_syncPanel) {
            m_syncPanel->show();
            m_syncPanel->raise();
        }
    });
    m_dashboardsAction = file->addAction(tr("&Dashboards…"));
    m_dashboardsAction->setObjectName(QStringLiteral("dashboardsAction"));
    m_dashboardsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dashboardsAction->setVisible(false);
    connect(m_dashboardsAction, &QAction::triggered, this, [this] { openDashboards(); });
    QAction* sources = file->addAction(tr("S&ources…"));
    sources->setObjectName(QStringLiteral("sourcesAction"));
    connect(sources, &QAction::triggered, this, &MainWindow::sourcesRequested);
    QAction* takeOffline = file->addAction(tr("Take o&ffline…"));
    takeOffline->setObjectName(QStringLiteral("takeOfflineAction"));
    connect(takeOffline, &QAction::triggered, this, [this] {
        QList<OfflineCustomer> customers;
        const PiiMasker& masker = m_pii->masker();
        for (int row = 0; row < m_search->resultCount(); ++row) {
            const PartySummary hit = m_search->resultAt(row);
            const QString key = hit.email.isEmpty() ? hit.phone : hit.email;
            if (key.isEmpty()) {
                continue;
            }
            // As the search results show it (SearchResultModel): name, e-mail, phone, masked for the role.
            QStringList shown{hit.name.isEmpty() ? tr("(no name)") : hit.name};
            if (!hit.email.isEmpty()) {
                shown << masker.email(hit.email);
            }
            if (!hit.phone.isEmpty()) {
                shown << masker.phone(formatPhoneForDisplay(hit.phone));
            }
            customers.append({key, shown.join(QStringLiteral(" · "))});
        }
        Q_EMIT takeOfflineRequested(customers);
    });
    QAction* credentials = file->addAction(tr("Sign in / c&redentials…"));
    credentials->setObjectName(QStringLiteral("credentialsAction"));
    connect(credentials, &QAction::triggered, this, &MainWindow::credentialsRequested);
    QAction* signOut = file->addAction(tr("Sign &out…"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::askSignOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* customer = menuBar()->addMenu(tr("&Customer"));
    QAction* find = customer->addAction(tr("&Find customer…"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    connect(find, &QAction::triggered, m_search, &SearchPanel::focusSearch);
    QAction* linked = customer->addAction(tr("&Linked records…"));
    linked->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(linked, &QAction::triggered, this, &MainWindow::showLinkedRecords);
    QAction* note = customer->addAction(tr("Add &note…"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(note, &QAction::triggered, this, &MainWindow::addNote);
    QAction* ticket = customer->addAction(tr("Create &ticket…"));
    ticket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(ticket, &QAction::triggered, this, &MainWindow::createTicket);
    m_cancelOrder = customer->addAction(tr("&Cancel selected order…"));
    m_cancelOrder->setObjectName(QStringLiteral("cancelOrderAction"));
    m_cancelOrder->setEnabled(false);
    connect(m_cancelOrder, &QAction::triggered, this, &MainWindow::cancelSelectedOrder);
    m_changeAddress = customer->addAction(tr("Change shipping &address of selected order…"));
    m_changeAddress->setObjectName(QStringLiteral("changeAddressAction"));
    m_changeAddress->setEnabled(false);
    connect(m_changeAddress, &QAction::triggered, this, &MainWindow::changeSelectedOrderAddress);
    m_refundOrder = customer->addAction(tr("&Refund selected order…"));
    m_refundOrder->setObjectName(QStringLiteral("refundOrderAction"));
    m_refundOrder->setEnabled(false);
    connect(m_refundOrder, &QAction::triggered, this, &MainWindow::refundSelectedOrder);
    m_ticketStatus = customer->addAction(tr("Change &status of selected ticket…"));
    m_ticketStatus->setObjectName(QStringLiteral("ticketStatusAction"));
    m_ticketStatus->setEnabled(false);
    connect(m_ticketStatus, &QAction::triggered, this, &MainWindow::changeSelectedTicketStatus);
    QAction* system = customer->addAction(tr("Show &system changes"));
    system->setCheckable(true);
    system->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(system, &QAction::toggled, m_timeline, &TimelinePanel::setIncludeSystem);
    QAction* exportHistoryAction = customer->addAction(tr("E&xport history…"));
    exportHistoryAction->setObjectName(QStringLiteral("exportHistoryAction"));
    exportHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportHistoryAction, &QAction::triggered, this, [this] {
        if (m_partyId <= 0) {
            showMessage(tr("Open a customer first."));
            return;
        }
        auto* dialog =
            new QFileDialog(this, tr("Export the customer's history"), QStringLiteral("history-%1.pdf").arg(m_partyId),
                            tr("PDF documents (*.pdf);;CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("exportHistoryDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            const Status s = exportHistory(path);
            showMessage(s ? tr("History saved to %1.").arg(path) : s.error().message, s ? 8000 : 0);
        });
        dialog->open();
    });
    QAction* journey = customer->addAction(tr("&Journey / timeline"));
    journey->setObjectName(QStringLiteral("journeyAction"));
    journey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(journey, &QAction::triggered, this, [this] {
        const bool toJourney = m_centreTabs->currentWidget() != m_journey;
        m_centreTabs->setCurrentWidget(toJourney ? static_cast<QWidget*>(m_journey) : m_timeline);
        if (toJourney) {
            m_journey->view()->setFocus();
        }
    });

    QMenu* call = menuBar()->addMenu(tr("C&all"));
    const auto callAction = [&](const QString& text, const QKeySequence& keys, auto slot) {
        QAction* a = call->addAction(text);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetShortcut); // the call bar owns the live shortcut; this shows it
        connect(a, &QAction::triggered, m_callBar, slot);
    };
    callAction(tr("&Hold / resume"), QKeySequence(Qt::Key_F8), &CallBar::toggleHold);
    callAction(tr("Call &reason…"), QKeySequence(Qt::CTRL | Qt::Key_R), &CallBar::focusReason);
    callAction(tr("&Notes"), QKeySequence(Qt::CTRL | Qt::Key_N), &CallBar::focusNotes);
    callAction(tr("&End call and wrap up"), QKeySequence(Qt::CTRL | Qt::Key_E), &CallBar::endCall);
    call->addSeparator();
    QAction* recent = call->addAction(tr("Recent &calls…"));
    recent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(recent, &QAction::triggered, this, &MainWindow::showRecentCalls);

    // The prompts, without the mouse: Ctrl+1..3 accept, Ctrl+Shift+1..3 dismiss (reason picker),
    // Ctrl+Alt+1..3 later.
    QMenu* prompts = menuBar()->addMenu(tr("&Prompts"));
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        QAction* accept = prompts->addAction(tr("Accept prompt %1").arg(i + 1));
        accept->setShortcut(QKeySequence(Qt::CTRL | digits[i]));
        connect(accept, &QAction::triggered, m_nba, [this, i] { m_nba->accept(i); });
        QAction* dismiss = prompts->addAction(tr("Dismiss prompt %1…").arg(i + 1));
        dismiss->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | digits[i]));
        connect(dismiss, &QAction::triggered, m_nba, [this, i] { m_nba->beginDismiss(i); });
        QAction* later = prompts->addAction(tr("Later: prompt %1").arg(i + 1));
        later->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | digits[i]));
        connect(later, &QAction::triggered, m_nba, [this, i] { m_nba->later(i); });
        prompts->addSeparator();
    }
    m_rulesAction = prompts->addAction(tr("&Rules editor…"));
    m_rulesAction->setVisible(false);
    connect(m_rulesAction, &QAction::triggered, this, [this] { openRulesEditor(); });
    m_qualityAction = customer->addAction(tr("&Data quality…"));
    m_qualityAction->setVisible(false);
    connect(m_qualityAction, &QAction::triggered, this, [this] { openDataQuality(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        auto* sheet = new ShortcutSheet(menuBar(), this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    QAction* about = help->addAction(tr("&About C360 Workstation"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About C360 Workstation"),
                           tr("<b>C360 Workstation %1</b><p>One view of the customer while the customer is on the "
                              "line.</p>")
                               .arg(QStringLiteral(C360_VERSION)));
    });
}

void MainWindow::setOutbox(sync::OutboxStore* outbox) {
    m_outbox = outbox;
    m_writes = outbox ? std::make_unique<AgentWrites>(*outbox) : nullptr;
    if (m_writes) {
        m_writes->setCache(m_db); // order/ticket changes carry the version the agent saw (conflict check)
    }
    m_writesPanel->setWrites(m_writes.get());
}

void MainWindow::showLinkedRecords() {
    if (m_partyId <= 0) {
        showMessage(tr("Open a customer first."));
        return;
    }
    const auto records = identity::linkedRecords(m_db, m_partyId);
    const auto total = identity::linkedRecordCount(m_db, m_partyId);
    const auto fields = identity::goldenFields(m_db, m_partyId);
    if (!records || !total || !fields) {
        showMessage(!records ? records.error().message : !total ? total.error().message : fields.error().message, 0);
        return;
    }
    m_linked->setSupervisor(m_supervisor);
    m_linked->setRecords(m_partyId, m_header->party().name, *records, *total);
    m_linked->setGoldenFields(*fields);
    m_linked->open();
}

QWidget* MainWindow::openDataQuality() {
    if (!m_supervisor) {
        return nullptr;
    }
    m_quality->show();
    m_quality->raise();
    Q_EMIT dataQualityRequested();
    return m_quality;
}

void MainWindow::identityDecisionDone(bool ok, const QString& message) {
    showMessage(message, ok ? 8000 : 0);
    if (!ok) {
        if (m_linked->isVisible()) {
            m_linked->showError(message);
        }
        return;
    }
    // Party ids may have changed: keep the agent on a customer that still exists.
    const qint64 shown = m_linked->isVisible() ? m_linked->partyId() : m_partyId;
    refreshAfterSync();
    if (m_linked->isVisible() && shown > 0 && shown == m_partyId) {
        showLinkedRecords();
    } else if (m_linked->isVisible()) {
        m_linked->close();
    }
    if (m_quality->isVisible()) {
        Q_EMIT dataQualityRequested();
    }
}

void MainWindow::refreshAgentWrites() {
    m_writesPanel->refresh();
}

void MainWindow::writeToOutbox(const Result<sync::OutboxItem>& item, const QString& done) {
    if (!item) {
        showMessage(item.error().message, 0);
        return;
    }
    m_writesPanel->refresh();
    showMessage(done);
    Q_EMIT outboxChanged();
}

QString MainWindow::selectedOrderNumber() const {
    if (m_selectedKind != QLatin1String("order") || m_selectedRecord <= 0) {
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number FROM orders WHERE record_id = ?"));
    q.addBindValue(m_selectedRecord);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void MainWindow::createTicket() {
    if (m_partyId <= 0 || !m_writes) {
        showMessage(tr("Open a customer first: a ticket belongs to a customer."));
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("ticketDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Create ticket"));
    ask->setLabelText(tr("Subject of the new ticket for %1:").arg(m_header->party().name));
    const PartyHeader party = m_header->party();
    connect(ask, &QInputDialog::textValueSelected, this, [this, party](const QString& subject) {
        if (subject.trimmed().isEmpty()) {
            showMessage(tr("A ticket needs a subject; nothing was created."));
            return;
        }
        writeToOutbox(m_writes->createTicket(party, subject.trimmed()), tr("Ticket queued for the helpdesk."));
    });
    ask->open();
}

void MainWindow::cancelSelectedOrder() {
    const QString number = selectedOrderNumber();
    if (number.isEmpty() || !m_writes) {
        showMessage(tr("Select an order in the timeline first."));
        return;
    }
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Cancel order"),
                                    tr("Cancel order %1 for %2?").arg(number, m_header->party().name),
                                    QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("cancelOrderConfirm"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const PartyHeader party = m_header->party();
    connect(confirm, &QMessageBox::finished, this, [this, party, number](int result) {
        if (result == QMessageBox::Yes) {
            writeToOutbox(m_writes->orderAction(party, QStringLiteral("order_cancel"), number),
                          tr("Cancellation of order %1 queued.").arg(number));
        }
    });
    confirm->open();
}

void MainWindow::changeSelectedOrderAddress() {
    const QString number = selectedOrderNumber();
    if (number.isEmpty() || !m_writes) {
        showMessage(tr("Select an order in the timeline first."));
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("addressDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Change shipping address"));
    ask->setLabelText(tr("New shipping address for order %1:").arg(number));
    const PartyHeader party = m_header->party();
    connect(ask, &QInputDialog::textValueSelected, this, [this, party, number](const QString& address) {
        if (address.trimmed().isEmpty()) {
            showMessage(tr("No address given; nothing was changed."));
            return;
        }
        writeToOutbox(m_writes->orderAction(party, QStringLiteral("order_address"), number, address.trimmed()),
                      tr("Address change for order %1 queued.").arg(number));
    });
    ask->open();
}

void MainWindow::changeSelectedTicketStatus() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, status FROM ticket WHERE record_id = ?"));
    q.addBindValue(m_selectedRecord);
    if (m_selectedKind != kinds::Ticket || !m_writes || !q.exec() || !q.next()) {
        showMessage(tr("Select a ticket in the timeline first."));
        return;
    }
    const QString number = q.value(0).toString();
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("ticketStatusDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Change ticket status"));
    ask->setLabelText(tr("New status of ticket %1 (now %2):").arg(number, q.value(1).toString()));
    const QStringList labels{tr("Open"), tr("Pending"), tr("Solved")};
    ask->setComboBoxItems(labels);
    const PartyHeader party = m_header->party();
    connect(ask, &QInputDialog::textValueSelected, this, [this, party, number, labels](const QString& label) {
        static const QStringList statuses{QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("solved")};
        const QString status = statuses.value(labels.indexOf(label));
        if (!status.isEmpty()) {
            writeToOutbox(m_writes->ticketUpdate(party, number, status, {}),
                          tr("Status change of ticket %1 queued.").arg(number));
        }
    });
    ask->open();
}

std::optional<RefundDialog::Order> MainWindow::selectedOrderPayment() const {
    if (m_selectedKind != QLatin1String("order") || m_selectedRecord <= 0) {
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, currency, total, refunded, lower(coalesce(status, '')) FROM orders "
                             "WHERE record_id = ?"));
    q.addBindValue(m_selectedRecord);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    // No payment to refund: never paid, voided or cancelled before payment, or refunded in full.
    static const QStringList unpaid{QStringLiteral("pending"),   QStringLiteral("unpaid"),   QStringLiteral("voided"),
                                    QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("refunded"),
                                    QStringLiteral("authorized")};
    RefundDialog::Order order;
    order.number = q.value(0).toString();
    order.currency = q.value(1).toString();
    order.totalCents = qRound64(q.value(2).toDouble() * 100.0);
    order.refundedCents = qRound64(q.value(3).toDouble() * 100.0);
    if (order.number.isEmpty() || unpaid.contains(q.value(4).toString()) || order.leftCents() <= 0) {
        return std::nullopt;
    }
    return order;
}

void MainWindow::refundSelectedOrder() {
    const auto order = selectedOrderPayment();
    if (!order || !m_writes) {
        showMessage(tr("Select a paid order in the timeline first."));
        return;
    }
    auto* dialog = new RefundDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PartyHeader party = m_header->party();
    dialog->start(party.name, *order);
    const QString number = order->number;
    connect(dialog, &RefundDialog::confirmed, this,
            [this, party, number](const QString& amount, const QString& reason) {
                writeToOutbox(m_writes->refund(party, number, amount, reason),
                              tr("Refund of order %1 queued.").arg(number));
            });
    dialog->open();
}

void MainWindow::setSyncPanel(QWidget* panel) {
    m_syncPanel = panel;
    m_syncPanelAction->setEnabled(panel != nullptr);
}

void MainWindow::addNote() {
    if (m_partyId <= 0) {
        showMessage(tr("Open a customer first: a note belongs to a customer."));
        return;
    }
    if (!m_writes) {
        showMessage(tr("Notes are off: no outbox file could be opened."));
        return;
    }
    m_noteDialog->start(m_header->party().name);
    m_noteDialog->open();
}

QString MainWindow::activeRulePackPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/nba/retail.json");
}

void MainWindow::setAgentName(const QString& name) {
    m_nba->setAgent(name);
}

void MainWindow::setAccessRole(AccessRole role) {
    setSupervisor(role == AccessRole::Supervisor);
    m_pii->setRole(role);
}

void MainWindow::setSupervisor(bool supervisor) {
    m_supervisor = supervisor;
    m_rulesAction->setVisible(supervisor);
    m_qualityAction->setVisible(supervisor);
    m_dashboardsAction->setVisible(supervisor);
}

Status MainWindow::exportHistory(const QString& path) {
    if (m_partyId <= 0) {
        return Error{tr("Open a customer first."), QStringLiteral("no party")};
    }
    const TimelineFilter filter = m_timeline->model()->filter();
    auto events = HistoryExport::collect(m_db, m_partyId, filter);
    if (!events) {
        return events.error();
    }
    *events = HistoryExport::masked(*events, m_pii->isRevealed() ? PiiMasker(PiiPolicy{false, true}) : m_pii->masker());
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    Status written =
        csv ? HistoryExport::writeCsv(path, *events)
            : HistoryExport::writePdf(path, m_header->party().name, HistoryExport::describe(filter), *events);
    if (written) {
        Q_EMIT historyExported(m_partyId, int(events->size()), csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    }
    return written;
}

QWidget* MainWindow::openDashboards() {
    if (!m_supervisor || m_cachePath.isEmpty()) {
        return nullptr;
    }
    if (!m_dashboards) {
        auto* dashboards = new DashboardWindow(m_cachePath, this);
        dashboards->setMasker(m_pii->masker());
        dashboards->setWindowFlag(Qt::Window);
        dashboards->setAttribute(Qt::WA_DeleteOnClose);
        connect(dashboards, &DashboardWindow::customerRequested, this, [this](qint64 partyId) {
            openParty(partyId);
            raise();
            activateWindow();
        });
        m_dashboards = dashboards;
        dashboards->refresh();
    }
    m_dashboards->show();
    m_dashboards->raise();
    return m_dashboards;
}

QWidget* MainWindow::openRulesEditor() {
    if (!m_supervisor) {
        return nullptr;
    }
    if (!m_rulesEditor) {
        auto* editor = new RulesEditor(this);
        editor->setWindowFlag(Qt::Window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setWindowTitle(tr("Next-best-action rules"));
        if (!m_cachePath.isEmpty()) {
            editor->setCachePath(m_cachePath);
        }
        // The workstation's pack: the supervisor's saved copy, else the shipped retail pack.
        const QString saved = activeRulePackPath();
        if (QFileInfo::exists(saved)) {
            editor->openPack(saved);
        } else {
            editor->openPack(nba::RulePack::defaultPackPath());
            editor->setSavePath(saved);
        }
        connect(editor, &RulesEditor::packSaved, this, [this](const QString& path) {
            if (auto pack = nba::RulePack::load(path)) {
                m_nba->setRulePack(std::move(*pack));
            }
            showMessage(tr("Rule pack saved to %1; the prompts use it now.").arg(path));
        });
        editor->resize(900, 640);
        m_rulesEditor = editor;
    }
    m_rulesEditor->show();
    m_rulesEditor->raise();
    return m_rulesEditor;
}

bool MainWindow::openParty(qint64 partyId) {
    const PartyRepository repo(m_db);
    const auto header = repo.header(partyId);
    if (!header) {
        showMessage(header.error().message);
        return false;
    }
    if (!header->has_value()) {
        showMessage(tr("This customer is no longer in the cache (merged or deleted by the last sync)."));
        return false;
    }
    m_partyId = partyId;
    QMap<QString, QString> fieldSources;
    if (const auto fields = identity::goldenFields(m_db, partyId)) {
        for (const GoldenField& f : *fields) {
            fieldSources.insert(f.field, f.source);
        }
    }
    m_header->setFieldSources(fieldSources);
    if (partyId != m_header->party().id) {
        m_pii->customerChanged();
    }
    m_header->showParty(**header);
    m_timeline->showParty(partyId);
    m_writesPanel->showParty(**header);
    m_nba->setParty(partyId);
    m_detail->clear();
    setWindowTitle(tr("%1 — C360 Workstation").arg((**header).name));
    if (m_callBar->inCall()) {
        m_callBar->setCaller(partyId, callerLabel());
        m_recentCalls->linkToParty(m_callKey, partyId, callerLabel());
    }
    Q_EMIT partyOpened(partyId);
    return true;
}

void MainWindow::askSignOut() {
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Sign out"), tr("Sign out of C360 Workstation?"),
                                QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("signOutDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(tr("Signing out forgets who is signed in and the role, and closes the window. Removing "
                               "the customer data also deletes the local cache (customers, search index, timeline), "
                               "the notes already sent and the recent calls from this computer."));
    QPushButton* plain = ask->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    plain->setObjectName(QStringLiteral("signOutOnly"));
    QPushButton* purge = ask->addButton(tr("Sign out and remove customer data"), QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("signOutPurge"));
    connect(ask, &QMessageBox::buttonClicked, this, [this, plain, purge](QAbstractButton* clicked) {
        if (clicked == plain) {
            Q_EMIT signOutRequested(false, false);
            return;
        }
        if (clicked != purge) {
            return;
        }
        qint64 unsent = 0;
        if (m_outbox) {
            if (const auto counts = m_outbox->counts()) {
                unsent = counts->pending + counts->failed + counts->conflict;
            }
        }
        if (unsent == 0) {
            Q_EMIT signOutRequested(true, false);
            return;
        }
        // Never lose unsent notes without asking.
        auto* unsentBox = new QMessageBox(
            QMessageBox::Warning, tr("Sign out"),
            tr("%n item(s) in the outbox (notes, wrap-ups, answers) have not been sent yet.", nullptr, int(unsent)),
            QMessageBox::Cancel, this);
        unsentBox->setObjectName(QStringLiteral("signOutUnsentDialog"));
        unsentBox->setAttribute(Qt::WA_DeleteOnClose);
        unsentBox->setInformativeText(tr("Keep them: they stay in the outbox and are sent after the next sign-in; "
                                         "everything else is removed. Discard them: they are lost."));
        QPushButton* keep = unsentBox->addButton(tr("Keep them"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("signOutKeepUnsent"));
        QPushButton* discard = unsentBox->addButton(tr("Discard them"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("signOutDiscardUnsent"));
        unsentBox->setDefaultButton(keep);
        connect(unsentBox, &QMessageBox::buttonClicked, this, [this, keep, discard](QAbstractButton* b) {
            if (b == keep || b == discard) {
                Q_EMIT signOutRequested(true, b == discard);
            }
        });
        unsentBox->open();
    });
    ask->open();
}

void MainWindow::showRecentCalls() {
    auto* dialog = new RecentCallsDialog(m_recentCalls, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecentCallsDialog::partyRequested, this, [this](qint64 party) { openParty(party); });
    connect(dialog, &RecentCallsDialog::numberRequested, this, [this](const QString& number) {
        m_search->setQuery(number);
        m_search->focusSearch();
    });
    dialog->open();
}

QString MainWindow::callerLabel() const {
    if (m_partyId > 0 && !m_header->party().name.isEmpty()) {
        return m_header->party().name;
    }
    return tr("Unknown caller");
}

MainWindow::PopOutcome MainWindow::handleIncomingCall(const IncomingCall& call) {
    // Come forward: the agent has seconds.
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();

    // The number is personal data like any other: shown as the role allows on every surface.
    // Written as people of its country write it ("+1 206-555-0199") when it reads as a number.
    const QString e164 = m_normalizer ? m_normalizer->phoneE164(call.ani).value_or(QString()) : QString();
    const QString shownNumber = m_pii->masker().phone(e164.isEmpty() ? call.ani : formatPhoneForDisplay(e164));
    m_callAni = call.ani;
    QList<PartySummary> byPhone;
    m_search->setQuery(call.ani, shownNumber);
    for (int row = 0; row < m_search->resultCount(); ++row) {
        const PartySummary p = m_search->resultAt(row);
        if (p.matchedOn == QLatin1String("phone")) {
            byPhone.append(p);
        }
    }
    PopOutcome outcome = PopOutcome::NewCaller;
    if (byPhone.size() == 1) {
        outcome = openParty(byPhone.first().id) ? PopOutcome::Opened : PopOutcome::NewCaller;
    } else if (byPhone.size() > 1) {
        outcome = PopOutcome::SeveralMatches;
    }
    if (outcome != PopOutcome::Opened) {
        m_partyId = 0;
        m_writesPanel->clear();
        m_nba->setParty(0);
        m_timeline->clear();
        m_journey->clear();
        m_detail->clear();
    }
    m_callKey =
        call.callId.isEmpty() ? call.ani + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : call.callId;
    m_recentCalls->add(RecentCall{QDateTime::currentDateTimeUtc(),
                                  call.ani,
                                  m_callKey,
                                  outcome == PopOutcome::Opened ? m_partyId : 0,
                                  outcome == PopOutcome::Opened ? callerLabel() : QString(),
                                  {}});
    switch (outcome) {
    case PopOutcome::Opened:
        m_callBar->startCall(call, callerLabel());
        m_callBar->setCaller(m_partyId, callerLabel());
        m_nba->setContext(m_callBar->reason(), QStringLiteral("phone"), call.queue);
        break;
    case PopOutcome::SeveralMatches:
        m_header->showCandidates(shownNumber, int(byPhone.size()));
        m_callBar->startCall(call, tr("%1 (%n possible customer(s))", nullptr, int(byPhone.size())).arg(shownNumber));
        m_search->focusResults();
        showMessage(tr("Several customers share %1: pick the caller in the list.").arg(shownNumber), 0);
        break;
    case PopOutcome::NewCaller:
        m_header->showNewCaller(shownNumber);
        m_search->clearResults();
        m_callBar->startCall(call, tr("New caller %1").arg(shownNumber));
        m_search->focusSearch();
        showMessage(tr("No customer on record for %1: search by name or e-mail, or take the details.").arg(shownNumber),
                    0);
        break;
    }
    return outcome;
}

void MainWindow::startNewCustomer() {
    m_newCustomerDialog->start(m_callBar->inCall() ? m_callAni : QString(), m_pii->masker());
    m_newCustomerDialog->open();
}

void MainWindow::openArrivedCustomer() {
    const PendingCustomer pending = *m_pendingCustomer;
    const QString key = pending.email.isEmpty() ? pending.phone : pending.email;
    const auto found = SearchRepository(m_db, *m_normalizer).search(key, 5);
    if (!found) {
        return;
    }
    QList<qint64> ids;
    for (const PartySummary& p : *found) {
        if (p.matchedOn == QLatin1String("phone") || p.matchedOn == QLatin1String("email")) {
            ids << p.id;
        }
    }
    if (ids.size() != 1) {
        return; // not there yet (or ambiguous): the agent searches
    }
    m_pendingCustomer.reset();
    if (openParty(ids.constFirst())) {
        showMessage(tr("%1 is now a customer.").arg(pending.name));
    }
}

void MainWindow::refreshAfterSync() {
    m_search->refresh();
    if (m_pendingCustomer && m_partyId <= 0) {
        openArrivedCustomer();
    }
    if (m_partyId <= 0) {
        return;
    }
    const PartyRepository repo(m_db);
    const auto header = repo.header(m_partyId);
    if (header && header->has_value()) {
        m_header->showParty(**header);
        m_writesPanel->showParty(**header);
        m_timeline->reload();
        m_journey->reload();
        m_nba->refresh();
    } else {
        m_partyId = 0;
        m_header->clear();
        m_writesPanel->clear();
        m_timeline->clear();
        m_journey->clear();
        m_nba->setParty(0);
        m_detail->clear();
        showMessage(tr("The open customer was merged or deleted by the last sync; search again."));
    }
}

void MainWindow::showMessage(const QString& text, int timeoutMs) {
    statusBar()->showMessage(text, timeoutMs);
}

} // namespace c360::ui
