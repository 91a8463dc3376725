<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../../ui/Format.cpp" line="+27"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360</name>
    <message numerus="yes">
        <location filename="../../sync/SyncEngine.cpp" line="+81"/>
        <source>%n stream(s) failed: </source>
        <translation>
            <numerusform>%n stream failed: </numerusform>
            <numerusform>%n streams failed: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) no longer in the sync scope were removed from this computer.</source>
        <translation>
            <numerusform>%n customer no longer in the sync scope were removed from this computer.</numerusform>
            <numerusform>%n customers no longer in the sync scope were removed from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app</name>
    <message numerus="yes">
        <location filename="../../app/CliAudit.cpp" line="+44"/>
        <source>The audit log is intact: %n entry(ies), every hash verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, every hash verified.</numerusform>
            <numerusform>The audit log is intact: %n entries, every hash verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CliOutbox.cpp" line="+167"/>
        <source>%n write(s) in conflict: the record changed on the server since it was seen; nothing was overwritten. See `c360 outbox list --state conflict`.</source>
        <translation>
            <numerusform>%n write in conflict: the record changed on the server since it was seen; nothing was overwritten. See `c360 outbox list --state conflict`.</numerusform>
            <numerusform>%n writes in conflict: the record changed on the server since it was seen; nothing was overwritten. See `c360 outbox list --state conflict`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n write(s) pending again with the same idempotency key; `c360 outbox push` sends them.</source>
        <translation>
            <numerusform>%n write pending again with the same idempotency key; `c360 outbox push` sends them.</numerusform>
            <numerusform>%n writes pending again with the same idempotency key; `c360 outbox push` sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CliNbaLearning.cpp" line="+55"/>
        <source>%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combination(s)</source>
        <translation>
            <numerusform>%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combination</numerusform>
            <numerusform>%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CliSync.cpp" line="+128"/>
        <source>Retention removed %n customer(s) out of scope and not opened recently.</source>
        <translation>
            <numerusform>Retention removed %n customer out of scope and not opened recently.</numerusform>
            <numerusform>Retention removed %n customers out of scope and not opened recently.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app::Application</name>
    <message numerus="yes">
        <location filename="../../app/Application.cpp" line="+433"/>
        <source>Retention removed %n customer(s) out of your scope that were not opened recently.</source>
        <translation>
            <numerusform>Retention removed %n customer out of your scope that were not opened recently.</numerusform>
            <numerusform>Retention removed %n customers out of your scope that were not opened recently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%1 / %2: %n record(s)</source>
        <translation>
            <numerusform>%1 / %2: %n record</numerusform>
            <numerusform>%1 / %2: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n change(s) in conflict: the record changed on the server. Select it under the customer and choose Resolve conflict…</source>
        <translation>
            <numerusform>%n change in conflict: the record changed on the server. Select it under the customer and choose Resolve conflict…</numerusform>
            <numerusform>%n changes in conflict: the record changed on the server. Select it under the customer and choose Resolve conflict…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app::Connectivity</name>
    <message numerus="yes">
        <location filename="../../app/Connectivity.cpp" line="+74"/>
        <source>%n stream(s) failed</source>
        <translation>
            <numerusform>%n stream failed</numerusform>
            <numerusform>%n streams failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n server(s) not answering</source>
        <translation>
            <numerusform>%n server not answering</numerusform>
            <numerusform>%n servers not answering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app::Retention</name>
    <message numerus="yes">
        <location filename="../../app/Retention.cpp" line="+226"/>
        <source>Retention erased %n customer(s), but the audit log could not record it: %1</source>
        <translation>
            <numerusform>Retention erased %n customer, but the audit log could not record it: %1</numerusform>
            <numerusform>Retention erased %n customers, but the audit log could not record it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Retention erased %n customer(s), but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>Retention erased %n customer, but the audit log could not be opened: %1</numerusform>
            <numerusform>Retention erased %n customers, but the audit log could not be opened: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::eventtext</name>
    <message numerus="yes">
        <location filename="../../models/EventText.cpp" line="+273"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::sync::ScopeSweep</name>
    <message numerus="yes">
        <location filename="../../sync/ScopeSweep.cpp" line="+171"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>%n customer out of the sync scope were erased, but the audit log could not be opened: %1</numerusform>
            <numerusform>%n customers out of the sync scope were erased, but the audit log could not be opened: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not record it: %1</source>
        <translation>
            <numerusform>%n customer out of the sync scope were erased, but the audit log could not record it: %1</numerusform>
            <numerusform>%n customers out of the sync scope were erased, but the audit log could not record it: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::AgentWritesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/AgentWritesPanel.cpp" line="+175"/>
        <source>Your notes and wrap-ups — %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Your notes and wrap-ups — %n conflict to resolve</numerusform>
            <numerusform>Your notes and wrap-ups — %n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n failed</source>
        <translation>
            <numerusform>Your notes and wrap-ups — %n failed</numerusform>
            <numerusform>Your notes and wrap-ups — %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n waiting to be sent</source>
        <translation>
            <numerusform>Your notes and wrap-ups — %n waiting to be sent</numerusform>
            <numerusform>Your notes and wrap-ups — %n waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerHeader</name>
    <message numerus="yes">
        <location filename="../../ui/CustomerHeader.cpp" line="+163"/>
        <source>%n customer(s) share %1: pick the caller in the list on the left.</source>
        <translation>
            <numerusform>%n customer shares %1: pick the caller in the list on the left.</numerusform>
            <numerusform>%n customers share %1: pick the caller in the list on the left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%n linked record(s) from %1</source>
        <translation>
            <numerusform>%n linked record from %1</numerusform>
            <numerusform>%n linked records from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::DashboardWindow</name>
    <message numerus="yes">
        <location filename="../../ui/DashboardWindow.cpp" line="+753"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::HistoryExport</name>
    <message numerus="yes">
        <location filename="../../ui/HistoryExport.cpp" line="+76"/>
        <source>%n event(s) · printed %1</source>
        <translation>
            <numerusform>%n event · printed %1</numerusform>
            <numerusform>%n events · printed %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::JourneyPanel</name>
    <message numerus="yes">
        <location filename="../../ui/JourneyPanel.cpp" line="+169"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friction flag(s)</source>
        <translation>
            <numerusform>%n friction flag</numerusform>
            <numerusform>%n friction flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+900"/>
        <source>%n item(s) in the outbox (notes, wrap-ups, answers) have not been sent yet.</source>
        <translation>
            <numerusform>%n item in the outbox (notes, wrap-ups, answers) have not been sent yet.</numerusform>
            <numerusform>%n items in the outbox (notes, wrap-ups, answers) have not been sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%1 (%n possible customer(s))</source>
        <translation>
            <numerusform>%1 (%n possible customer)</numerusform>
            <numerusform>%1 (%n possible customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::MergeReviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/MergeReviewDialog.cpp" line="+120"/>
        <source>%n record(s): %1</source>
        <translation>
            <numerusform>%n record: %1</numerusform>
            <numerusform>%n records: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/SearchPanel.cpp" line="+167"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SourcesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/SourcesDialog.cpp" line="+372"/>
        <source>✓ %1: connected, %n record(s) on the first page</source>
        <translation>
            <numerusform>✓ %1: connected, %n record on the first page</numerusform>
            <numerusform>✓ %1: connected, %n records on the first page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>The demo company runs on this computer with %n source(s); syncing it now.</source>
        <translation>
            <numerusform>The demo company runs on this computer with %n source; syncing it now.</numerusform>
            <numerusform>The demo company runs on this computer with %n sources; syncing it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::SyncPanel</name>
    <message numerus="yes">
        <location filename="../../ui/SyncPanel.cpp" line="+313"/>
        <source>Outbox (%1, %n in conflict)</source>
        <translation>
            <numerusform>Outbox (%1, %n in conflict)</numerusform>
            <numerusform>Outbox (%1, %n in conflict)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::TakeOfflineDialog</name>
    <message numerus="yes">
        <location filename="../../ui/TakeOfflineDialog.cpp" line="+193"/>
        <source>%n customer(s), %1 already on this computer: about %2 records, %3 timeline events, %4 MB.</source>
        <translation>
            <numerusform>%n customer, %1 already on this computer: about %2 records, %3 timeline events, %4 MB.</numerusform>
            <numerusform>%n customers, %1 already on this computer: about %2 records, %3 timeline events, %4 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n event)</numerusform>
            <numerusform>%1 (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Now available offline: %n customer(s) — %1.</source>
        <translation>
            <numerusform>Now available offline: %n customer — %1.</numerusform>
            <numerusform>Now available offline: %n customers — %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
