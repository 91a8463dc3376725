#pragma once

#include "models/PiiMask.h"
#include "models/Result.h"
#include "ui/CallTypes.h"
#include "ui/RefundDialog.h"
#include "ui/TakeOfflineDialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace c360 {
class Normalizer;
namespace sync {
class OutboxStore;
struct OutboxItem;
} // namespace sync
} // namespace c360

namespace c360::ui {

class AgentWrites;
class AgentWritesPanel;
class CallBar;
class CustomerHeader;
class DataQualityView;
class LinkedRecordsDialog;
class EventDetailPane;
class JourneyPanel;
class NbaPanel;
class NoteDialog;
class NewCustomerDialog;
class OfflineBanner;
class PiiGuard;
class SearchPanel;
class SyncStatusWidget;
class RecentCalls;
class TimelinePanel;
class WrapUpDialog;

// The agent's workstation: search on the left, the open customer's header and timeline in the
// middle, the selected event's details on the right, data freshness in the status bar.
// Reads the cache with the UI thread's own connection; knows nothing of the sync thread except
// through SyncStatusWidget's signals and slots, which the application wires.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(QSqlDatabase db, const Normalizer& normalizer, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openParty(qint64 partyId);
    qint64 currentParty() const { return m_partyId; }
    void refreshAfterSync(); // reload header, timeline and search results from the cache
    void showMessage(const QString& text, int timeoutMs = 8000);

    // Screen pop: brings the window forward with the caller open (one match), a pick list
    // (several) or a new-caller card (none), and starts the call bar.
    enum class PopOutcome { Opened, SeveralMatches, NewCaller };
    PopOutcome handleIncomingCall(const IncomingCall& call);

    // Supervisors tune the prompts (rules editor); agents do not see that menu.
    void setSupervisor(bool supervisor);
    bool isSupervisor() const { return m_supervisor; }
    // The user's role: what is masked (PiiGuard) and whether the supervisor tools show.
    void setAccessRole(AccessRole role);
    // The signed-in agent's name, recorded with the answers to prompts.
    void setAgentName(const QString& name);
    PiiGuard* piiGuard() const { return m_pii; }
    void setCachePath(const QString& path) { m_cachePath = path; } // for tools that open their own connection
    // The outbox the agent's writes go to (owned by the caller; nullptr: notes are off).
    void setOutbox(sync::OutboxStore* outbox);
    AgentWritesPanel* agentWritesPanel() const { return m_writesPanel; }
    NoteDialog* noteDialog() const { return m_noteDialog; }
    NewCustomerDialog* newCustomerDialog() const { return m_newCustomerDialog; }
    // A customer created from the new-caller card waits to arrive from the CRM (the next sync opens them).
    bool awaitingNewCustomer() const { return m_pendingCustomer.has_value(); }
    void addNote();                      // opens the note dialog for the open customer
    void refreshAgentWrites();           // the outbox changed state (pushed, failed)
    void setSyncPanel(QWidget* panel);   // opened from File > Sync status (the application owns it)
    void createTicket();                 // asks for a subject, then writes ticket_create to the outbox
    void cancelSelectedOrder();          // asks to confirm, then writes order_cancel
    void changeSelectedOrderAddress();   // asks for the address, then writes order_address
    void changeSelectedTicketStatus();   // asks for the status, then writes ticket_update
    void refundSelectedOrder();          // asks for the amount and a reason, then writes refund
    QString selectedOrderNumber() const; // of the order event selected in the timeline, else empty
    // The selected order when it has a payment with something left to refund, else nullopt.
    std::optional<RefundDialog::Order> selectedOrderPayment() const;
    void showLinkedRecords();   // the open customer's linked records (merge/split for supervisors)
    QWidget* openDataQuality(); // supervisors only
    LinkedRecordsDialog* linkedRecordsDialog() const { return m_linked; }
    DataQualityView* dataQualityView() const { return m_quality; }
    // The application reports a stored merge/split decision (or why it failed).
    void identityDecisionDone(bool ok, const QString& message);
    QWidget* openRulesEditor(); // supervisors only; nullptr otherwise
    QWidget* openDashboards();  // supervisors only (needs the cache path); nullptr otherwise
    // The open customer's history as filtered on screen: CSV when the path ends in .csv, else PDF.
    Status exportHistory(const QString& path);
    // Where a supervisor's edited rule pack lives; the shipped pack is used while it does not exist.
    static QString activeRulePackPath();

    SearchPanel* searchPanel() const { return m_search; }
    CustomerHeader* customerHeader() const { return m_header; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    JourneyPanel* journeyPanel() const { return m_journey; }
    EventDetailPane* detailPane() const { return m_detail; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    OfflineBanner* offlineBanner() const { return m_offlineBanner; } // follows syncStatus()
    CallBar* callBar() const { return m_callBar; }
    NbaPanel* nbaPanel() const { return m_nba; }
    WrapUpDialog* wrapUpDialog() const { return m_wrapUp; }
    RecentCalls* recentCalls() const { return m_recentCalls; }
    void showRecentCalls(); // Call → Recent calls: open a caller again, known or not
    void askSignOut();      // File → Sign out…: asks (and about unsent outbox items), then signOutRequested

Q_SIGNALS:
    void partyOpened(qint64 partyId);
    void callReasonChanged(const QString& code);
    void wrapUpSaved(const c360::ui::WrapUp& wrapUp);
    void outboxChanged(); // something was written for the pusher
    // An edit conflict was resolved in the outbox panel ("mine", "edited" or "theirs"): for the audit log.
    void conflictResolved(qint64 outboxId, const QString& kind, const QString& choice);
    // reason: given in the data-quality merge review (empty from Linked records).
    void identityMergeRequested(qint64 partyA, qint64 partyB, const QString& reason);
    // A supervisor undoes a merge or split decision (data quality → Decisions).
    void identityUndoRequested(qint64 decisionId, const QString& reason);
    void identitySplitRequested(qint64 recordId);
    void dataQualityRequested();
    void sourcesRequested(); // Settings → Sources…
    // File → Take offline…, with the current search results: each asked for by its e-mail address (else phone
    // number) and shown as the search list shows it, masked for the role.
    void takeOfflineRequested(const QList<c360::ui::OfflineCustomer>& customers);
    void credentialsRequested(); // File → Sign in / credentials…
    // File → Sign out…, confirmed: `purge` removes the local customer data too; `discardUnsent` also
    // the outbox items not sent yet (else they are kept).
    void signOutRequested(bool purge, bool discardUnsent);
    void historyExported(qint64 partyId, int events, const QString& format); // written to a file (audited)

private:
    void fitToScreen(QSplitter* panels);
    void createActions();
    void writeToOutbox(const Result<sync::OutboxItem>& item, const QString& done);
    QString callerLabel() const;

    QSqlDatabase m_db;
    qint64 m_partyId = 0;
    SearchPanel* m_search = nullptr;
    CustomerHeader* m_header = nullptr;
    TimelinePanel* m_timeline = nullptr;
    QTabWidget* m_centreTabs = nullptr;
    JourneyPanel* m_journey = nullptr;
    EventDetailPane* m_detail = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    OfflineBanner* m_offlineBanner = nullptr;
    CallBar* m_callBar = nullptr;
    NbaPanel* m_nba = nullptr;
    AgentWritesPanel* m_writesPanel = nullptr;
    NoteDialog* m_noteDialog = nullptr;
    NewCustomerDialog* m_newCustomerDialog = nullptr;
    struct PendingCustomer {
        QString callKey; // the call it was created on: its wrap-up is filed under the new customer
        QString name;
        QString email; // the new customer's contacts (their outbox customer key)
        QString phone;
    };
    std::optional<PendingCustomer> m_pendingCustomer;
    QString m_callAni; // the current call's number as popped
    const Normalizer* m_normalizer = nullptr;
    void startNewCustomer();
    void openArrivedCustomer();
    std::unique_ptr<AgentWrites> m_writes;
    sync::OutboxStore* m_outbox = nullptr; // not owned; its unsent items are asked about at sign-out
    QAction* m_rulesAction = nullptr;
    QAction* m_qualityAction = nullptr;
    QAction* m_dashboardsAction = nullptr;
    QPointer<QWidget> m_dashboards;
    QAction* m_syncPanelAction = nullptr;
    QAction* m_cancelOrder = nullptr;
    QAction* m_changeAddress = nullptr;
    QAction* m_ticketStatus = nullptr;
    QAction* m_refundOrder = nullptr;
    qint64 m_selectedRecord = 0; // source record of the selected timeline event
    QString m_selectedKind;
    QPointer<QWidget> m_syncPanel;
    RecentCalls* m_recentCalls = nullptr;
    QString m_callKey; // the running (or last) call in the recent-calls list
    LinkedRecordsDialog* m_linked = nullptr;
    DataQualityView* m_quality = nullptr;
    QPointer<QWidget> m_rulesEditor;
    QString m_cachePath;
    bool m_supervisor = false;
    PiiGuard* m_pii = nullptr;
    WrapUpDialog* m_wrapUp = nullptr;
};

} // namespace c360::ui
