<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+65"/>
        <source>C360 Workstation</source>
        <translation>C360 客服工作台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache file.</source>
        <translation>快取檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file (default: outbox.db beside the cache).</source>
        <translation>寄件匣檔案（預設：快取旁邊的 outbox.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources file.</source>
        <translation>資料來源檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UI language: en, zh_CN or zh_TW.</source>
        <translation>介面語言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default phone region (default CN).</source>
        <translation>預設電話區域（預設 CN）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development override of the signed-in role: agent, supervisor, field or auditor; it may only lower the role the backend granted.</source>
        <translation>登入角色的開發用覆寫：agent、supervisor、field 或 auditor；只能降低後端授予的角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not sync at start.</source>
        <translation>啟動時不同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between background syncs (0: off, default 5).</source>
        <translation>背景同步間隔分鐘數（0：關閉，預設 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between connection checks while online (0: off, default 5).</source>
        <translation>線上時兩次連線檢查之間的秒數（0：關閉，預設 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search this at start.</source>
        <translation>啟動時搜尋此內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pop this caller at start.</source>
        <translation>啟動時彈出此來電者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call id of the pop.</source>
        <translation>彈出畫面的通話 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue of the pop.</source>
        <translation>彈出畫面的佇列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialled number of the pop.</source>
        <translation>彈出畫面的被叫號碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A c360://pop?ani=… or tel: link to pop.</source>
        <translation>要彈出畫面的 c360://pop?ani=… 或 tel: 連結。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--sync-interval takes a number of minutes (0 or more).</source>
        <translation>--sync-interval 需要分鐘數（0 或以上）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--check-interval takes a number of seconds (0 or more).</source>
        <translation>--check-interval 需要一個秒數（0 或以上）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role is agent, supervisor, field or auditor.</source>
        <translation>--role 的值為 agent、supervisor、field 或 auditor。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的引數「%1」。</translation>
    </message>
</context>
<context>
    <name>CallTypes</name>
    <message>
        <location filename="../../ui/CallTypes.cpp" line="+14"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing / payment</source>
        <translation>帳單 / 付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return / refund</source>
        <translation>退貨 / 退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>產品諮詢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account / profile</source>
        <translation>帳戶 / 資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying / sales</source>
        <translation>購買 / 銷售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>需要追蹤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已轉呈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>已轉接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback scheduled</source>
        <translation>已預約回電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>無需處理</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/Format.cpp" line="+16"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小時前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityWorker</name>
    <message>
        <location filename="../../app/IdentityWorker.cpp" line="+39"/>
        <source>The merge or split</source>
        <translation>合併或拆分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing the decision</source>
        <translation>正在復原該決定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data-quality lists</source>
        <translation>資料品質清單</translation>
    </message>
</context>
<context>
    <name>KindStyle</name>
    <message>
        <location filename="../../ui/KindStyle.cpp" line="+21"/>
        <source>Profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field change</source>
        <translation>欄位變更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket comment</source>
        <translation>工單備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey</source>
        <translation>調查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>來電</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap-up</source>
        <translation>通話後處理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop</source>
        <translation>商城</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helpdesk</source>
        <translation>服務台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact center</source>
        <translation>聯絡中心</translation>
    </message>
</context>
<context>
    <name>PopRequest</name>
    <message>
        <location filename="../../app/PopRequest.cpp" line="+30"/>
        <source>The tel: link carries no phone number.</source>
        <translation>tel: 連結中沒有電話號碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown c360: link “%1” (expected c360://pop?ani=…).</source>
        <translation>未知的 c360: 連結「%1」（應為 c360://pop?ani=…）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The c360://pop link has no ani (caller number).</source>
        <translation>c360://pop 連結中沒有 ani（來電號碼）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+83"/>
        <source>C360 Workstation is already running; brought it forward.</source>
        <translation>C360 客服工作台已在執行，已將其切換到前景。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C360 Workstation</source>
        <translation>C360 客服工作台</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/SingleInstance.cpp" line="+32"/>
        <source>The running workstation did not answer.</source>
        <translation>正在執行的工作台沒有回應。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The workstation is already running.</source>
        <translation>工作台已在執行。</translation>
    </message>
</context>
<context>
    <name>c360</name>
    <message>
        <location filename="../../models/Database.cpp" line="+54"/>
        <source>The local database could not be configured.</source>
        <translation>無法配置本機資料庫。</translation>
    </message>
    <message>
        <location filename="../../models/Migrations.cpp" line="+664"/>
        <source>The local database could not be read.</source>
        <translation>無法讀取本機資料庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cache was written by a newer C360 (schema %1); this version understands up to %2.</source>
        <translation>此快取由更新版本的 C360 寫入（架構 %1）；目前版本最高只支援 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local database cannot be migrated to schema %1.</source>
        <translation>本機資料庫無法遷移到架構 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local database could not be upgraded.</source>
        <translation>無法升級本機資料庫。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>The local database could not be upgraded to schema %1.</source>
        <translation>無法將本機資料庫升級到架構 %1。</translation>
    </message>
    <message>
        <location filename="../../models/Queries.cpp" line="+18"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+65"/>
        <source>Sync cancelled after %1 record(s); the next sync resumes where it stopped.</source>
        <translation>同步在 %1 筆紀錄後取消；下次同步將從中斷處繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: %1</source>
        <translation>離線：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1 record(s) from %2 stream(s) in %3 s (%4 deleted, %5 quarantined).</source>
        <translation>已在 %3 秒內從 %2 個資料流同步 %1 筆紀錄（刪除 %4 筆，隔離 %5 筆）。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n stream(s) failed: </source>
        <translation>
            <numerusform>%n 個資料串流失敗：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) no longer in the sync scope were removed from this computer.</source>
        <translation>
            <numerusform>已從本機移除 %n 位不再屬於同步範圍的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/CustomerEraser.cpp" line="+36"/>
        <source>The customer could not be erased from the local cache.</source>
        <translation>無法從本機快取中清除該客戶。</translation>
    </message>
    <message>
        <location filename="../../models/JourneyRules.cpp" line="+43"/>
        <source>The journey stage rules are not valid: %1</source>
        <translation>客戶旅程階段規則無效：%1</translation>
    </message>
    <message>
        <location filename="../../models/ReportRepository.cpp" line="+111"/>
        <source>The report could not be prepared.</source>
        <translation>無法準備報表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be read from the local cache.</source>
        <translation>無法從本機快取讀取報表。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The report needs a period: a first and a last day.</source>
        <translation>報表需要一個期間：第一天和最後一天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>期間的開始日期（%1）晚於結束日期（%2）。</translation>
    </message>
</context>
<context>
    <name>c360::AuditLog</name>
    <message>
        <location filename="../../models/AuditLog.cpp" line="+149"/>
        <source>The audit log %1 could not be read.</source>
        <translation>無法讀取稽核日誌 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>The audit log could not be created.</source>
        <translation>無法建立稽核日誌。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log could not record this action.</source>
        <translation>稽核日誌無法記錄此操作。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>The audit log could not be read.</source>
        <translation>無法讀取稽核日誌。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry %1 does not follow the entry before it (an entry was removed, inserted or reordered)</source>
        <translation>第 %1 筆項目與前一筆項目不連貫（有項目被移除、插入或重新排序）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 筆項目在寫入後遭到變更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entries after %1 were removed</source>
        <translation>第 %1 筆之後的項目已被移除</translation>
    </message>
</context>
<context>
    <name>c360::CacheWriter::Impl</name>
    <message>
        <location filename="../../models/CacheWriter.cpp" line="+83"/>
        <location line="+296"/>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+84"/>
        <location line="+11"/>
        <location line="+322"/>
        <source>A page of records could not be stored in the local cache.</source>
        <translation>無法將一頁記錄存入本機快取。</translation>
    </message>
    <message>
        <location line="-690"/>
        <location line="+36"/>
        <location line="+35"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <location line="+42"/>
        <location line="+39"/>
        <location line="+456"/>
        <source>The local cache is busy or read-only; the customers were not updated.</source>
        <translation>本機快取忙碌中或為唯讀；客戶未更新。</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>The local cache is busy or read-only; the page was not stored.</source>
        <translation>本機快取繁忙或為只讀；該頁未儲存。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The local database could not save the changes.</source>
        <translation>本機資料庫無法儲存更改。</translation>
    </message>
</context>
<context>
    <name>c360::CustomerEraser</name>
    <message>
        <location filename="../../models/CustomerEraser.cpp" line="+17"/>
        <source>The local database could not be compacted.</source>
        <translation>無法壓縮本機資料庫。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local database is in use; the erased data is gone from the tables but old copies remain until the other program closes it.</source>
        <translation>本機資料庫正在使用中；已清除的資料已從資料表中移除，但舊副本會保留到其他程式將其關閉為止。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>The customer could not be erased from the local cache.</source>
        <translation>無法從本機快取中清除該客戶。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The customer could not be erased from the outbox.</source>
        <translation>無法從寄件匣中清除該客戶。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The customer data could not be removed from the local cache.</source>
        <translation>無法從本機快取中刪除客戶資料。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The outbox could not be read.</source>
        <translation>無法讀取寄件匣。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sent items could not be removed from the outbox.</source>
        <translation>無法從寄件匣中刪除已傳送的項目。</translation>
    </message>
</context>
<context>
    <name>c360::Database</name>
    <message>
        <location filename="../../models/Database.cpp" line="+106"/>
        <source>The local database is already open on this connection.</source>
        <translation>本機資料庫已在此連線上開啟。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file %1 is not a C360 database.</source>
        <translation>檔案 %1 不是 C360 資料庫。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The folder %1 could not be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database %1 could not be created.</source>
        <translation>無法建立本機資料庫 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>The local database %1 could not be opened.</source>
        <translation>無法開啟本機資料庫 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.</source>
        <translation>寄件匣 %1 由較新版本的 C360 寫入（結構描述 %2）；此版本最高只支援到 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cache was written by a newer C360 (schema %1); this version understands up to %2.</source>
        <translation>此快取由更新版本的 C360 寫入（架構 %1）；目前版本最高只支援 %2。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The local database %1 could not be configured.</source>
        <translation>無法配置本機資料庫 %1。</translation>
    </message>
</context>
<context>
    <name>c360::DetailWriter</name>
    <message>
        <location filename="../../models/DetailWriter.cpp" line="+74"/>
        <location line="+43"/>
        <location line="+16"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+45"/>
        <location line="+130"/>
        <location line="+40"/>
        <location line="+115"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>A record could not be stored in the local cache.</source>
        <translation>無法將記錄存入本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityLinker</name>
    <message>
        <location filename="../../models/IdentityLinker.cpp" line="+79"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A record could not be linked to a customer in the local cache.</source>
        <translation>無法在本機快取中將記錄關聯到客戶。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityResolver</name>
    <message>
        <location filename="../../models/IdentityResolver.cpp" line="+801"/>
        <source>The local cache is busy or read-only; identity resolution did not run.</source>
        <translation>本機快取繁忙或為只讀；身分識別未執行。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A decision is either a merge or a split.</source>
        <translation>決定只能是合併或拆分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A merge names two records; a split names one.</source>
        <translation>合併需指定兩筆紀錄；拆分需指定一筆。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decision could not be stored.</source>
        <translation>無法儲存該決定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>The decision could not be read.</source>
        <translation>無法讀取該決定。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>There is no decision %1 to undo.</source>
        <translation>沒有可復原的決定 %1。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Decision %1 was undone already.</source>
        <translation>決定 %1 已經復原過了。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The decision could not be undone.</source>
        <translation>無法復原該決定。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The decisions could not be read.</source>
        <translation>無法讀取決定。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityResolver::Impl</name>
    <message>
        <location line="-781"/>
        <location line="+15"/>
        <location line="+38"/>
        <location line="+50"/>
        <location line="+17"/>
        <location line="+16"/>
        <source>The records could not be read for identity resolution.</source>
        <translation>無法讀取用於身分識別的記錄。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>merged by %1 (decision %2)</source>
        <translation>由 %1 合併（決定 %2）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source> — two %1 ids</source>
        <translation> — 兩個 %1 ID</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> — with %1</source>
        <translation> — 與 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+134"/>
        <location line="+82"/>
        <source>Identity resolution could not update the local cache.</source>
        <translation>身分識別無法更新本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityRules</name>
    <message>
        <location filename="../../models/IdentityRules.cpp" line="+29"/>
        <source>The identity rules are invalid: shared_keys is not an object.</source>
        <translation>身分規則無效：shared_keys 不是物件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: shared_keys&apos; rule is not a name.</source>
        <translation>身分規則無效：shared_keys 的 rule 不是名稱。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity rules are invalid: shared_keys&apos; names_elsewhere is true or false.</source>
        <translation>身分規則無效：shared_keys 的 names_elsewhere 只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: shared_keys&apos; min_name_tokens is a whole number from 2 to 6 (a first name alone never links).</source>
        <translation>身分規則無效：shared_keys 的 min_name_tokens 須為 2 到 6 的整數（只有名字絕不連結）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity rules are invalid: shared_keys&apos; action is link or review, not “%1”.</source>
        <translation>身分規則無效：shared_keys 的 action 只能是 link 或 review，不能是「%1」。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The identity rules file %1 could not be read.</source>
        <translation>無法讀取身分規則檔案 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity rules are not valid JSON.</source>
        <translation>身分規則不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: provider %1 is not an object.</source>
        <translation>身分規則無效：提供方 %1 不是物件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The identity rules are invalid: a deterministic rule has no kind.</source>
        <translation>身分規則無效：某條確定性規則沒有型別。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The identity rules are invalid: the fuzzy thresholds are out of range.</source>
        <translation>身分規則無效：模糊比對閾值超出範圍。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The identity rules are invalid: duplicates can compare %1, not “%2”.</source>
        <translation>身分規則無效：重複項只能比較 %1，不能比較「%2」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity rules are invalid: duplicates&apos; action is link or review, not “%1”.</source>
        <translation>身分規則無效：重複項的處理方式只能是 link 或 review，不能是「%1」。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: survivorship is not an object.</source>
        <translation>身分規則無效：survivorship 不是一個物件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: survivorship&apos;s source_order is not a list of sources.</source>
        <translation>身分規則無效：survivorship 的 source_order 不是來源清單。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: survivorship&apos;s source_order lists an empty source.</source>
        <translation>身分規則無效：survivorship 的 source_order 中有一個空來源。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The identity rules are invalid: survivorship&apos;s fields is not an object.</source>
        <translation>身分規則無效：survivorship 的 fields 不是一個物件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: survivorship has no field “%1” (fields: %2).</source>
        <translation>身分規則無效：存續規則中沒有欄位「%1」（欄位：%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: “%1” is not a survivorship policy for %2 (policies: most_recent, source_order, most_complete).</source>
        <translation>身分規則無效：「%1」不是 %2 的存續策略（策略：most_recent、source_order、most_complete）。</translation>
    </message>
</context>
<context>
    <name>c360::JourneyRepository</name>
    <message>
        <location filename="../../models/Journey.cpp" line="+172"/>
        <location line="+4"/>
        <location line="+71"/>
        <source>The customer&apos;s journey could not be read.</source>
        <translation>無法讀取客戶旅程。</translation>
    </message>
</context>
<context>
    <name>c360::JourneyRules</name>
    <message>
        <location filename="../../models/JourneyRules.cpp" line="+22"/>
        <source>The journey stage rules %1 could not be read.</source>
        <translation>無法讀取客戶旅程階段規則 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journey stage rules are not valid JSON (at character %1).</source>
        <translation>客戶旅程階段規則不是有效的 JSON（位於第 %1 個字元）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a stage has no &quot;id&quot;</source>
        <translation>某個階段沒有 &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stage &quot;%1&quot; is listed twice</source>
        <translation>階段 &quot;%1&quot; 被列出了兩次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;stages&quot; lists no stage</source>
        <translation>&quot;stages&quot; 中沒有列出任何階段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rule %1 moves into the unknown stage &quot;%2&quot;</source>
        <translation>規則 %1 移入未知的階段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 names the unknown stage &quot;%2&quot;</source>
        <translation>規則 %1 指定了未知的階段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 names no event kind</source>
        <translation>規則 %1 沒有指定事件類型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 has &quot;nth&quot; below 1</source>
        <translation>規則 %1 的 &quot;nth&quot; 小於 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the friction thresholds must be positive</source>
        <translation>摩擦閾值必須為正數</translation>
    </message>
</context>
<context>
    <name>c360::LtvQuantiles</name>
    <message>
        <location filename="../../models/LtvQuantiles.cpp" line="+18"/>
        <source>The customers&apos; value ranking could not be updated.</source>
        <translation>客戶價值排名無法更新。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customers&apos; value ranking could not be read.</source>
        <translation>無法讀取客戶價值排名。</translation>
    </message>
</context>
<context>
    <name>c360::PartyAggregator</name>
    <message>
        <location filename="../../models/PartyAggregator.cpp" line="+234"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+79"/>
        <location line="+93"/>
        <location line="+74"/>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+8"/>
        <source>A customer could not be updated in the local cache.</source>
        <translation>無法在本機快取中更新客戶。</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>The customers&apos; golden records could not be read.</source>
        <translation>無法讀取客戶的黃金記錄。</translation>
    </message>
</context>
<context>
    <name>c360::PartyRepository</name>
    <message>
        <location filename="../../models/Queries.cpp" line="+16"/>
        <source>The customer could not be read.</source>
        <translation>無法讀取客戶。</translation>
    </message>
</context>
<context>
    <name>c360::RecordReferences</name>
    <message>
        <location filename="../../models/RecordReferences.cpp" line="+34"/>
        <source>The references between records could not be read.</source>
        <translation>無法讀取記錄之間的參照。</translation>
    </message>
</context>
<context>
    <name>c360::ReportFacts</name>
    <message>
        <location filename="../../models/ReportFacts.cpp" line="+104"/>
        <location line="+5"/>
        <location line="+23"/>
        <location line="+77"/>
        <location line="+105"/>
        <location line="+180"/>
        <source>The supervisors&apos; report figures could not be updated in the local cache.</source>
        <translation>無法在本機快取中更新主管報表資料。</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>The supervisors&apos; report figures could not be prepared.</source>
        <translation>無法準備主管報表資料。</translation>
    </message>
    <message>
        <location line="+415"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+5"/>
        <source>The supervisors&apos; report figures could not be rebuilt.</source>
        <translation>無法重建主管報表資料。</translation>
    </message>
</context>
<context>
    <name>c360::ReportRepository</name>
    <message>
        <location filename="../../models/ReportRepository.cpp" line="+222"/>
        <source>Unknown report.</source>
        <translation>未知的報表。</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+240"/>
        <location line="+18"/>
        <source>The report could not be prepared.</source>
        <translation>無法準備報表。</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+228"/>
        <location line="+32"/>
        <source>The report could not be read from the local cache.</source>
        <translation>無法從本機快取讀取報表。</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The newest contact could not be read.</source>
        <translation>無法讀取最新的聯絡紀錄。</translation>
    </message>
</context>
<context>
    <name>c360::RoleGrantRepository</name>
    <message>
        <location filename="../../models/RoleGrant.cpp" line="+14"/>
        <source>The signed-in user could not be read from the cache.</source>
        <translation>無法從本機快取讀取已登入的使用者。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache names an unknown role &quot;%1&quot; for the signed-in user.</source>
        <translation>本機快取中為已登入的使用者記錄了未知角色「%1」。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The signed-in user could not be kept in the cache.</source>
        <translation>無法將已登入的使用者儲存到本機快取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in user could not be removed from the cache.</source>
        <translation>無法從本機快取移除已登入的使用者。</translation>
    </message>
</context>
<context>
    <name>c360::ScopeRepository</name>
    <message>
        <location filename="../../models/ScopeRepository.cpp" line="+13"/>
        <location line="+89"/>
        <source>The list of customers kept offline could not be read.</source>
        <translation>無法讀取離線保留的客戶清單。</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+86"/>
        <location line="+8"/>
        <source>The list of customers kept offline could not be saved.</source>
        <translation>無法儲存離線保留的客戶清單。</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+34"/>
        <source>The customer could not be read from the local cache.</source>
        <translation>無法從本機快取讀取該客戶。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sync state could not be read.</source>
        <translation>無法讀取同步狀態。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sync state could not be saved.</source>
        <translation>無法儲存同步狀態。</translation>
    </message>
</context>
<context>
    <name>c360::SearchRepository</name>
    <message>
        <location filename="../../models/SearchRepository.cpp" line="+133"/>
        <source>The search could not be run.</source>
        <translation>無法執行搜尋。</translation>
    </message>
</context>
<context>
    <name>c360::SearchResultModel</name>
    <message>
        <location filename="../../models/SearchResultModel.cpp" line="+32"/>
        <location line="+91"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+92"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>工單編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record id</source>
        <translation>記錄 ID</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · last contact %3 · matched on %4</source>
        <translation>%1 · %2 · 最近聯絡 %3 · 符合於%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no city</source>
        <translation>無城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact</source>
        <translation>最近聯絡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched on</source>
        <translation>符合欄位</translation>
    </message>
</context>
<context>
    <name>c360::StaleRecords</name>
    <message>
        <location filename="../../models/StaleRecords.cpp" line="+12"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::StatsRepository</name>
    <message>
        <location filename="../../models/Queries.cpp" line="+70"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::Survivorship</name>
    <message>
        <location filename="../../models/IdentityRules.cpp" line="+64"/>
        <source>the most recently updated record wins</source>
        <translation>最近更新的記錄優先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the most complete value wins</source>
        <translation>最完整的值優先</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the most trusted source wins (%1)</source>
        <translation>最可信的來源優先（%1）</translation>
    </message>
</context>
<context>
    <name>c360::SyncEngine</name>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+425"/>
        <source>The sources file has no source named &quot;%1&quot;.</source>
        <translation>資料來源檔案中沒有名為 &quot;%1&quot; 的資料來源。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>聯結器 %1 沒有資料流 &quot;%2&quot;（現有：%3）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>None of the selected sources has a stream named &quot;%1&quot;.</source>
        <translation>所選資料來源都沒有名為 &quot;%1&quot; 的資料流。</translation>
    </message>
</context>
<context>
    <name>c360::SyncStateRepository</name>
    <message>
        <location filename="../../models/SyncStateRepository.cpp" line="+17"/>
        <location line="+39"/>
        <location line="+39"/>
        <source>The sync state could not be read.</source>
        <translation>無法讀取同步狀態。</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>The sync state could not be saved.</source>
        <translation>無法儲存同步狀態。</translation>
    </message>
</context>
<context>
    <name>c360::SyncWorker</name>
    <message>
        <location filename="../../sync/SyncWorker.cpp" line="+39"/>
        <source>The sync stopped on an internal error: %1</source>
        <translation>同步因內部錯誤而停止：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync stopped on an internal error.</source>
        <translation>同步因內部錯誤而停止。</translation>
    </message>
</context>
<context>
    <name>c360::TimelineModel</name>
    <message>
        <location filename="../../models/TimelineModel.cpp" line="+73"/>
        <source>Written by you</source>
        <translation>由你撰寫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by you · %1</source>
        <translation>由你撰寫 · %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>c360::TimelineRepository</name>
    <message>
        <location filename="../../models/TimelineRepository.cpp" line="+104"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>The timeline could not be read.</source>
        <translation>無法讀取時間軸。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The event details could not be read.</source>
        <translation>無法讀取事件詳情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is no longer in the local cache.</source>
        <translation>此事件已不在本機快取中。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>記錄 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+33"/>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Placed</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+32"/>
        <location line="+32"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised for</source>
        <translation>承諾送達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>出貨時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>送達時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer id</source>
        <translation>客戶 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 at %3</source>
        <translation>%1 × %2，單價 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return number</source>
        <translation>退貨單編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund due</source>
        <translation>退款期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded on</source>
        <translation>退款時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>工單編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CSAT score</source>
        <translation>滿意度評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT comment</source>
        <translation>滿意度評價</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign id</source>
        <translation>行銷活動 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>問卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>填寫時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>通話後處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>c360::Transaction</name>
    <message>
        <location filename="../../models/Database.cpp" line="+38"/>
        <source>The local database could not start a transaction.</source>
        <translation>本機資料庫無法開始交易。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database could not save the changes.</source>
        <translation>本機資料庫無法儲存更改。</translation>
    </message>
</context>
<context>
    <name>c360::WorkerGuard</name>
    <message>
        <location filename="../../models/WorkerGuard.cpp" line="+11"/>
        <source>%1 stopped on an internal error (%2). Nothing that was saved is lost; try again, and report it if it happens again.</source>
        <translation>%1因內部錯誤而停止（%2）。已儲存的內容不會遺失；請重試，如果再次發生請回報此問題。</translation>
    </message>
</context>
<context>
    <name>c360::app</name>
    <message>
        <location filename="../../app/Cli.cpp" line="+115"/>
        <location filename="../../app/CliForget.cpp" line="+35"/>
        <location filename="../../app/CliIdentity.cpp" line="+389"/>
        <location line="+82"/>
        <location filename="../../app/CliJourney.cpp" line="+79"/>
        <location filename="../../app/CliNba.cpp" line="+193"/>
        <location filename="../../app/CliOutbox.cpp" line="+240"/>
        <location filename="../../app/CliReport.cpp" line="+87"/>
        <location filename="../../app/CliSignOut.cpp" line="+30"/>
        <location filename="../../app/CliSources.cpp" line="+53"/>
        <location filename="../../app/CliTakeOffline.cpp" line="+59"/>
        <location filename="../../app/CliWrite.cpp" line="+94"/>
        <source>The cache file (default: %1).</source>
        <translation>快取檔案（預設：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/CliAudit.cpp" line="+62"/>
        <location filename="../../app/CliForget.cpp" line="+4"/>
        <location filename="../../app/CliJourney.cpp" line="-5"/>
        <location filename="../../app/CliNba.cpp" line="+1"/>
        <location filename="../../app/CliOutbox.cpp" line="+13"/>
        <location filename="../../app/CliSignOut.cpp" line="+10"/>
        <location filename="../../app/CliSources.cpp" line="+1"/>
        <location filename="../../app/CliTakeOffline.cpp" line="+1"/>
        <location filename="../../app/CliWrite.cpp" line="+3"/>
        <source>Print JSON instead of text.</source>
        <translation>輸出 JSON 而不是文字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default phone region for numbers without a country code (default CN).</source>
        <translation>沒有國碼的號碼使用的預設電話區域（預設 CN）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../app/CliIdentity.cpp" line="-425"/>
        <location filename="../../app/CliJourney.cpp" line="+27"/>
        <location filename="../../app/CliNba.cpp" line="-20"/>
        <location line="+98"/>
        <location filename="../../app/CliReport.cpp" line="+49"/>
        <location filename="../../app/CliSources.cpp" line="+267"/>
        <location filename="../../app/CliWrite.cpp" line="+70"/>
        <source>There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.</source>
        <translation>%1 處還沒有快取。請先執行 `c360 sync --db %1 --sources FILE`。</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location filename="../../app/CliAudit.cpp" line="+13"/>
        <location filename="../../app/CliForget.cpp" line="-13"/>
        <location filename="../../app/CliIdentity.cpp" line="-8"/>
        <location filename="../../app/CliJourney.cpp" line="-11"/>
        <location filename="../../app/CliNba.cpp" line="-237"/>
        <location filename="../../app/CliOutbox.cpp" line="-226"/>
        <location filename="../../app/CliReport.cpp" line="-111"/>
        <location filename="../../app/CliSignOut.cpp" line="-19"/>
        <location filename="../../app/CliSources.cpp" line="-22"/>
        <location line="+18"/>
        <location filename="../../app/CliTakeOffline.cpp" line="-24"/>
        <location filename="../../app/CliWrite.cpp" line="-143"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../../app/CliIdentity.cpp" line="+67"/>
        <source>a quoted field is not closed</source>
        <translation>帶引號的欄位未閉合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mapping file %1 could not be read.</source>
        <translation>無法讀取對映檔案 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping file %1 is not valid JSON.</source>
        <translation>對映檔案 %1 不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the mapping fills “%1”, which is not a field C360 knows (see the canonical fields in resources/connectors/README.md)</source>
        <translation>對映填入了「%1」，但這不是 C360 已知的欄位（請參閱 resources/connectors/README.md 中的標準欄位）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>field “%1” reads column “%2”, which the file does not have</source>
        <translation>欄位「%1」讀取欄「%2」，但檔案中沒有此欄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cache file.</source>
        <translation>快取檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source name the records belong to.</source>
        <translation>記錄所屬的資料來源名稱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stream (customers, orders, tickets, ...).</source>
        <translation>資料流（customers、orders、tickets 等）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector manifest or stream mapping.</source>
        <translation>聯結器清單或資料流對映。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source&apos;s region (ISO code such as US or CN): phone numbers without a country code that are valid there are read there.</source>
        <translation>資料來源的區域（ISO 代碼，例如 US 或 CN）：沒有國碼、但在該區域有效的電話號碼，將依該區域解讀。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--region needs a two-letter region code such as US or CN, not “%1”.</source>
        <translation>--region 需要兩個字母的區域代碼，例如 US 或 CN，而不是「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs --%1.</source>
        <translation>import 需要 --%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import needs one data file (.csv or .jsonl).</source>
        <translation>import 需要一個資料檔案（.csv 或 .jsonl）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file must be .csv or .jsonl.</source>
        <translation>資料檔案必須是 .csv 或 .jsonl。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping has no stream “%1” (it has: %2).</source>
        <translation>對映中沒有資料流「%1」（現有：%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file %1 could not be read: %2</source>
        <translation>無法讀取資料檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: line 1 must be a header of column names.</source>
        <translation>%1：第 1 行必須是列名標題行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>%1: the mapping does not fit the file; nothing was imported.</source>
        <translation>%1：對映與檔案不符；未匯入任何內容。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>  the file&apos;s columns: %1</source>
        <translation>  檔案的欄：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2 column(s), the header has %3</source>
        <translation>第 %1 行：%2 列，標題行有 %3 列</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1: not a JSON object</source>
        <translation>第 %1 行：不是 JSON 物件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 bad row(s); nothing was imported.</source>
        <translation>%1：%2 行有誤；未匯入任何內容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1/%2 is a synced stream; import into another source name.</source>
        <translation>%1/%2 是同步的資料流；請匯入到其他資料來源名稱。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 record(s) into %2/%3 (%4 deleted); %5 customer(s) updated.</source>
        <translation>已匯入 %1 筆紀錄到 %2/%3（刪除 %4 筆）；更新了 %5 位客戶。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity rules file (default: the shipped rules).</source>
        <translation>身分規則檔案（預設：內建規則）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pairwise precision and recall against --labels.</source>
        <translation>按 --labels 輸出成對的精確率和召回率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with columns source, source_id, person.</source>
        <translation>包含 source、source_id、person 列的 CSV。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>resolve takes no positional arguments.</source>
        <translation>resolve 不接受位置引數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--report and --labels go together.</source>
        <translation>--report 和 --labels 必須一起使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Resolved %1 record(s) into %2 customer(s) in %3 s: %4 record(s) moved, %5 customer(s) changed, %6 key(s) not used for linking, %7 merge(s) refused, %8 suspected duplicate(s) to review.</source>
        <translation>在 %3 秒內將 %1 筆紀錄識別為 %2 位客戶：移動 %4 筆紀錄，變更 %5 位客戶，%6 個鍵未用於關聯，拒絕 %7 次合併，%8 個疑似重複待複核。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  links by %1: %2</source>
        <translation>  按 %1 關聯：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labelled records: %1 of %2 found; pairs: %3 true, %4 linked, %5 correct.</source>
        <translation>標註紀錄：找到 %1 / %2 筆；紀錄對：真實 %3，已關聯 %4，正確 %5。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precision %1, recall %2</source>
        <translation>精確率 %1，召回率 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output format (csv).</source>
        <translation>輸出格式（csv）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs what to export: parties or links.</source>
        <translation>export 需要指定匯出內容：parties 或 links。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format knows csv only.</source>
        <translation>--format 只支援 csv。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cache could not be read.</source>
        <translation>無法讀取快取。</translation>
    </message>
    <message>
        <location filename="../../app/CliNba.cpp" line="+1"/>
        <source>  --context  the live call: reason=delivery,channel=phone,queue=vip</source>
        <translation>  --context  目前通話：reason=delivery,channel=phone,queue=vip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --pack     a rule pack file (default: the shipped %1)</source>
        <translation>  --pack     規則包檔案（預設：內建的 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --lang     en, zh_CN or zh_TW (titles and scripts)</source>
        <translation>  --lang     en、zh_CN 或 zh_TW（標題和話術）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --now      evaluate as of this UTC time (ISO 8601), default now</source>
        <translation>  --now      按此 UTC 時間（ISO 8601）評估，預設為目前時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --rules-only  rank by the pack alone, without what was learned from answers</source>
        <translation>  --rules-only  僅依規則包排序，不使用從回應中學到的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --learned  list what each action learned from answers; --reset-learning ACTION forgets it</source>
        <translation>  --learned  列出每個行動從回應中學到的內容；--reset-learning ACTION 忘記其學習內容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--context takes key=value pairs separated by commas; “%1” is not one.</source>
        <translation>--context 需要以逗號分隔的 key=value 對；「%1」不是。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--context knows reason, channel and queue, not “%1”.</source>
        <translation>--context 只支援 reason、channel 和 queue，不支援「%1」。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The facts file %1 could not be read: %2</source>
        <translation>無法讀取事實檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The facts file %1 is not a JSON object of facts (%2).</source>
        <translation>事實檔案 %1 不是由事實組成的 JSON 物件（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The facts file %1 names an unknown fact “%2”.</source>
        <translation>事實檔案 %1 指定了未知的事實「%2」。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>In the facts file %1, “%2” must be a %3.</source>
        <translation>在事實檔案 %1 中，「%2」必須是 %3。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The live call: reason=R,channel=C,queue=Q.</source>
        <translation>目前通話：reason=R,channel=C,queue=Q。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule pack file.</source>
        <translation>規則包檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most K actions (default 3).</source>
        <translation>最多 K 個行動（預設 3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of titles and scripts.</source>
        <translation>標題和話術的語言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate as of this time (ISO 8601, e.g. 2026-06-15T12:00:00Z): the facts&apos; days and the contact policy&apos;s windows count from it. Default: now.</source>
        <translation>以此時間評估（ISO 8601，例如 2026-06-15T12:00:00Z）：事實中的天數和聯絡政策的時間範圍都從此時間起算。預設：目前時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate the facts of this JSON file ({&quot;fact&quot;: value, ...}) instead of a customer.</source>
        <translation>評估此 JSON 檔案（{&quot;fact&quot;: value, ...}）中的事實，而不是某位客戶。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank by the pack alone, without what was learned from answers.</source>
        <translation>僅依規則包排序，不使用從回應中學到的內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List what each action of the pack learned from answers.</source>
        <translation>列出規則包中每個行動從回應中學到的內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget what was learned for this action.</source>
        <translation>忘記針對此行動學到的內容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nba takes either a PARTY or --facts FILE, not both.</source>
        <translation>nba 只能接受 PARTY 或 --facts FILE 其中之一，不能同時使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nba needs one PARTY (a party id, see c360 search) or --facts FILE.</source>
        <translation>nba 需要一個 PARTY（客戶 ID，參見 c360 search）或 --facts FILE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PARTY must be a party id (a positive number), see c360 search.</source>
        <translation>PARTY 必須是客戶 ID（正整數），參見 c360 search。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--top takes a positive number.</source>
        <translation>--top 需要正整數。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lang takes en, zh_CN or zh_TW.</source>
        <translation>--lang 只能是 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--now takes an ISO 8601 time such as 2026-11-27T15:00:00Z.</source>
        <translation>--now 需要 ISO 8601 時間，例如 2026-11-27T15:00:00Z。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Customer %1 · pack %2 · %3 eligible, %4 held back</source>
        <translation>客戶 %1 · 規則包 %2 · %3 個符合條件，%4 個被攔截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts file · pack %2 · %3 eligible, %4 held back</source>
        <translation>事實檔案 · 規則包 %2 · %3 個符合條件，%4 個被攔截</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>notice: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No action to suggest.</source>
        <translation>沒有可推薦的行動。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held back: %1 — %2</source>
        <translation>已攔截：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/CliPop.cpp" line="+21"/>
        <source>The caller&apos;s number.</source>
        <translation>來電號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The switch&apos;s call id.</source>
        <translation>交換機的通話 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue the call came through.</source>
        <translation>來電所經的佇列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number the caller dialled.</source>
        <translation>來電者撥打的號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache for a workstation started by this call.</source>
        <translation>由此次來電啟動的工作台所用的快取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources file for a workstation started by this call.</source>
        <translation>由此次來電啟動的工作台所用的資料來源檔案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pop needs the caller&apos;s number: c360 pop --ani +8613800138000</source>
        <translation>pop 需要來電號碼：c360 pop --ani +8613800138000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call from %1 handed to the running workstation.</source>
        <translation>來自 %1 的來電已交給正在執行的工作台。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workstation is running and one could not be started.</source>
        <translation>沒有正在執行的工作台，且無法啟動新的工作台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started the workstation for the call from %1.</source>
        <translation>已為來自 %1 的來電啟動工作台。</translation>
    </message>
    <message>
        <location filename="../../app/CliSources.cpp" line="-267"/>
        <location filename="../../app/CliTakeOffline.cpp" line="+20"/>
        <source>The sources file (default: %1).</source>
        <translation>資料來源檔案（預設：%1）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>connector %1</source>
        <translation>聯結器 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth %1</source>
        <translation>認證 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 records, %2 quarantined, last success %3</source>
        <translation>%1 筆紀錄，%2 筆已隔離，上次成功 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: %1</source>
        <translation>上次錯誤：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+69"/>
        <source>The sources file has no source named &quot;%1&quot; (it has: %2).</source>
        <translation>資料來源檔案中沒有名為 &quot;%1&quot; 的資料來源（現有：%2）。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1/%2: FAILED: %3</source>
        <translation>%1/%2：失敗：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2: OK in %3 ms — %4 record(s) on the first page, %5 quarantined%6</source>
        <translation>%1/%2：成功，用時 %3 毫秒 — 第一頁 %4 筆紀錄，%5 筆已隔離%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, more pages follow</source>
        <translation>，後面還有更多頁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first record: %1</source>
        <translation>第一筆紀錄：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first quarantined: %1</source>
        <translation>第一筆隔離紀錄：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>聯結器 %1 沒有資料流 &quot;%2&quot;（現有：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no cache at %1 yet: nothing to reset.</source>
        <translation>%1 處還沒有快取：沒有可重設的內容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reset %1 of source %2: the next sync reads them again from the start.</source>
        <translation>已重設資料來源 %2 的 %1：下次同步將從頭重新讀取這些資料流。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only this stream (repeatable).</source>
        <translation>僅此資料流（可重複指定）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only this source.</source>
        <translation>僅此資料來源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stream.</source>
        <translation>僅此資料流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N records (default 50).</source>
        <translation>最多 N 筆紀錄（預設 50）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 quarantined record(s)</source>
        <translation>%1 筆隔離紀錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no id)</source>
        <translation>（無 ID）</translation>
    </message>
    <message>
        <location filename="../../app/CliSync.cpp" line="+81"/>
        <source>%1/%2: syncing…</source>
        <translation>%1/%2：正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2: %3 pages, %4 records</source>
        <translation>%1/%2：%3 頁，%4 筆紀錄</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 fetched, %2 upserted, %3 deleted, %4 quarantined</source>
        <translation>取得 %1 筆，寫入 %2 筆，刪除 %3 筆，隔離 %4 筆</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAILED: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Retention removed %n customer(s) out of scope and not opened recently.</source>
        <translation>
            <numerusform>保留原則已刪除 %n 位超出範圍且近期未開啟的客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CliAudit.cpp" line="-31"/>
        <source>The audit log is intact: %n entry(ies), every hash verified.</source>
        <translation>
            <numerusform>稽核日誌完好：共 %n 筆項目，所有雜湊值均已驗證。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log %1 was tampered with: %2.</source>
        <translation>稽核日誌 %1 遭到竄改：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache file; the audit log is audit.db beside it (default: %1).</source>
        <translation>快取檔案；稽核日誌是其旁邊的 audit.db（預設：%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log file (default: audit.db beside the cache).</source>
        <translation>稽核日誌檔案（預設：快取旁邊的 audit.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the hash chain; exit 1 when an entry was changed or removed.</source>
        <translation>檢查雜湊鏈；若有項目遭到變更或移除，則以代碼 1 結束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the entries about this customer (party id).</source>
        <translation>僅顯示與此客戶（客戶 ID）有關的項目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this action: open, reveal, export, merge, split, rules_changed, forget, purge, undo.</source>
        <translation>只顯示此操作：open、reveal、export、merge、split、rules_changed、forget、purge、undo。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--action is one of open, reveal, export, merge, split, rules_changed, forget, purge, undo.</source>
        <translation>--action 的值為 open、reveal、export、merge、split、rules_changed、forget、purge、undo 之一。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>At most N entries (default 200).</source>
        <translation>最多 N 筆項目（預設 200）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit takes no positional arguments.</source>
        <translation>audit 不接受位置引數。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit 需要正整數。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--party takes a party id (see c360 search).</source>
        <translation>--party 需要客戶 ID（參見 c360 search）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no audit log at %1 yet: nothing was recorded on this workstation.</source>
        <translation>%1 處還沒有稽核日誌：此工作台尚未記錄任何內容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit log has no matching entries.</source>
        <translation>稽核日誌中沒有符合的項目。</translation>
    </message>
    <message>
        <location filename="../../app/CliForget.cpp" line="+10"/>
        <location filename="../../app/CliOutbox.cpp" line="+214"/>
        <location filename="../../app/CliSignOut.cpp" line="+10"/>
        <location filename="../../app/CliWrite.cpp" line="+71"/>
        <source>The outbox file (default: outbox.db beside the cache).</source>
        <translation>寄件匣檔案（預設：快取旁邊的 outbox.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase without asking (the erasure cannot be undone).</source>
        <translation>不經詢問直接清除（清除後無法復原）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>forget needs one PARTY (a party id, see c360 search).</source>
        <translation>forget 需要一個 PARTY（客戶 ID，參見 c360 search）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgetting a customer erases their local data for good; add --yes to go ahead.</source>
        <translation>遺忘客戶會永久清除其本機資料；請加上 --yes 以繼續。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no cache at %1.</source>
        <translation>%1 處沒有快取。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/CliJourney.cpp" line="+24"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>快取中沒有客戶 %1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Customer %1 forgotten: %2 records (%3 rows) and %4 outbox items erased.</source>
        <translation>已遺忘客戶 %1：已清除 %2 筆紀錄（%3 列）和 %4 個寄件匣項目。</translation>
    </message>
    <message>
        <location filename="../../app/CliJourney.cpp" line="-38"/>
        <location filename="../../app/CliReport.cpp" line="+59"/>
        <source>Journey stage rules (default: the shipped %1).</source>
        <translation>客戶旅程階段規則（預設：內建的 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s id (as `c360 search` prints it).</source>
        <translation>客戶的 ID（即 `c360 search` 輸出的 ID）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>journey takes one customer id, a positive number.</source>
        <translation>journey 需要一個客戶 ID（正整數）。</translation>
    </message>
    <message>
        <location filename="../../app/CliOutbox.cpp" line="-166"/>
        <source>The outbox holds no writes%1.</source>
        <translation>寄件匣中沒有寫入項目%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> in state %1</source>
        <translation> （狀態為 %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no sources file at %1: writes wait in the outbox until one names where they go.</source>
        <translation>%1 處沒有資料來源檔案：寫入項目會暫存在寄件匣中，直到有資料來源檔案指定其傳送目的地。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source in %1 takes writes and it names no &quot;outbox&quot;: writes wait in the outbox.</source>
        <translation>%1 中沒有接受寫入的資料來源，也沒有指定 &quot;outbox&quot;：寫入項目會暫存在寄件匣中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wait takes a number of seconds (0 or more).</source>
        <translation>--wait 需要秒數（0 或以上）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sent %1, rejected %2; the outbox now holds %3 pending, %4 failed.</source>
        <translation>已傳送 %1 筆，被拒絕 %2 筆；寄件匣目前有 %3 筆待傳送、%4 筆失敗。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server could not be reached; its writes wait.</source>
        <translation>無法連線到某個伺服器；其寫入項目將等待傳送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See why with `c360 outbox list --state failed`.</source>
        <translation>請使用 `c360 outbox list --state failed` 查看原因。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n write(s) in conflict: the record changed on the server since it was seen; nothing was overwritten. See `c360 outbox list --state conflict`.</source>
        <translation>
            <numerusform>%n 項寫入發生衝突：該記錄在檢視後已於伺服器上變更；未覆寫任何內容。請參閱 `c360 outbox list --state conflict`。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not an outbox item number (see c360 outbox list).</source>
        <translation>「%1」不是寄件匣項目編號（參見 c360 outbox list）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retry needs the numbers of failed writes, or --failed for all of them.</source>
        <translation>retry 需要失敗寫入項目的編號，或使用 --failed 重試所有失敗項目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The outbox has no write #%1 (see c360 outbox list).</source>
        <translation>寄件匣中沒有寫入項目 #%1（參見 c360 outbox list）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write #%1 is %2, not failed: there is nothing to retry.</source>
        <translation>寫入項目 #%1 的狀態為 %2，並非失敗：沒有需要重試的內容。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n write(s) pending again with the same idempotency key; `c360 outbox push` sends them.</source>
        <translation>
            <numerusform>%n 筆寫入項目已使用相同的冪等鍵重新設為待傳送；`c360 outbox push` 會將其傳送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list, push or retry (then the write numbers).</source>
        <translation>list、push 或 retry（retry 後接寫入項目編號）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>push: the sources file (default: %1).</source>
        <translation>push：資料來源檔案（預設：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: only writes in this state (pending, sent, failed, conflict, discarded).</source>
        <translation>list：僅顯示處於此狀態的寫入（pending、sent、failed、conflict、discarded）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--state takes pending, sent, failed, conflict or discarded.</source>
        <translation>--state 的值為 pending、sent、failed、conflict 或 discarded。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>list: at most N writes (default 200).</source>
        <translation>list：最多 N 筆寫入項目（預設 200）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push: wait up to this many seconds for writes whose retry is due later (default 30).</source>
        <translation>push：對於稍後才到重試時間的寫入項目，最多等待此秒數（預設 30）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry: every failed write.</source>
        <translation>retry：所有失敗的寫入項目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say list, push or retry.</source>
        <translation>請指定 list、push 或 retry。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an outbox action (use list, push or retry).</source>
        <translation>「%1」不是寄件匣操作（請使用 list、push 或 retry）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes no further arguments.</source>
        <translation>%1 不接受其他引數。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The outbox holds no writes.</source>
        <translation>寄件匣中沒有寫入項目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no outbox at %1 (nothing was written yet).</source>
        <translation>%1 處沒有寄件匣（尚未寫入任何內容）。</translation>
    </message>
    <message>
        <location filename="../../app/CliReport.cpp" line="-9"/>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>期間的第一天（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>期間的最後一天（YYYY-MM-DD，UTC），包含當天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the contacts of this queue.</source>
        <translation>僅此佇列的聯絡。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts this agent handled and the prompts this agent answered.</source>
        <translation>僅此客服人員處理的聯絡和此客服人員回答的提示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv (default) or json.</source>
        <translation>csv（預設）或 json。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contacts, fcr, repeat-contacts, handle-time, nba or stages</source>
        <translation>contacts、fcr、repeat-contacts、handle-time、nba 或 stages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name one report: %1.</source>
        <translation>請指定一個報表：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation>沒有報表「%1」；可用的報表為 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report needs --from and --to (days as YYYY-MM-DD).</source>
        <translation>報表需要 --from 和 --to（日期格式為 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是「%2」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from（%1）晚於 --to（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format is csv or json, not “%1”.</source>
        <translation>--format 只能是 csv 或 json，不能是「%1」。</translation>
    </message>
    <message>
        <location filename="../../app/CliWrite.cpp" line="-29"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The customer (a party id, see c360 search).</source>
        <translation>客戶（客戶 ID，參見 c360 search）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order number (cancel-order, change-address, refund).</source>
        <translation>訂單編號（cancel-order、change-address、refund）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A field of the write (see below).</source>
        <translation>寫入項目的欄位（見下方）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note --text=…, ticket --subject=…, cancel-order, change-address --address=…, refund [--amount=…] [--reason=…]</source>
        <translation>note --text=…、ticket --subject=…、cancel-order、change-address --address=…、refund [--amount=…] [--reason=…]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“--%1” is not a field of %2 (its fields: %3).</source>
        <translation>「--%1」不是 %2 的欄位（其欄位為：%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what to write: note, ticket, cancel-order, change-address or refund.</source>
        <translation>請指定要寫入的內容：note、ticket、cancel-order、change-address 或 refund。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --party P (a party id, see c360 search).</source>
        <translation>%1 需要 --party P（客戶 ID，參見 c360 search）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--party must be a party id (a positive number), see c360 search.</source>
        <translation>--party 必須是客戶 ID（正整數），參見 c360 search。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs --order N (the order number).</source>
        <translation>%1 需要 --order N（訂單編號）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes no --order.</source>
        <translation>%1 不接受 --order。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs --%2=….</source>
        <translation>%1 需要 --%2=…。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--amount takes a positive number such as 12.50.</source>
        <translation>--amount 需要正數，例如 12.50。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pinned takes true or false.</source>
        <translation>--pinned 只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no customer with party id %1 in %2 (see c360 search); nothing was queued.</source>
        <translation>%2 中沒有客戶 ID 為 %1 的客戶（參見 c360 search）；未排入任何內容。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Queued %1 #%2 for %3 (%4). `c360 outbox push` sends it.</source>
        <translation>已將 %1 #%2 排入佇列，客戶：%3（%4）。`c360 outbox push` 會將其傳送。</translation>
    </message>
    <message>
        <location filename="../../app/CliNbaLearning.cpp" line="+54"/>
        <source>no answers yet</source>
        <translation>尚無回應</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combination(s)</source>
        <translation>
            <numerusform>%1  %3 次中採納 %2 次（%4）；規則包先驗 %5，學習所得 %6；%n 個客群/原因組合</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the prompts learned from answers (pack %1):</source>
        <translation>提示從回應中學到的內容（規則包 %1）：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pack %1 has no action &quot;%2&quot;. Its actions: %3.</source>
        <translation>規則包 %1 中沒有行動「%2」。其行動有：%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot what was learned for %1: it ranks by the pack&apos;s prior again.</source>
        <translation>已忘記針對 %1 學到的內容：它將重新依規則包的先驗排序。</translation>
    </message>
    <message>
        <location filename="../../app/CliSecrets.cpp" line="+30"/>
        <source>Secret for %1 (not shown): </source>
        <translation>%1 的密鑰（不會顯示）： </translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>「%1」不是有效的鑰匙圈項目名稱（請使用字母、數字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No secret on standard input: nothing was stored. Example: printf &apos;%s&apos; &quot;$TOKEN&quot; | c360 sources set-secret %1</source>
        <translation>標準輸入中沒有密鑰：未儲存任何內容。範例：printf &apos;%s&apos; &quot;$TOKEN&quot; | c360 sources set-secret %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was stored.</source>
        <translation>未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored the secret %1 in the keychain (service %2). Name it in a sources file as &quot;secret&quot;: &quot;keychain:%1&quot;.</source>
        <translation>已將密鑰 %1 儲存到鑰匙圈（服務 %2）。在資料來源檔案中以 &quot;secret&quot;: &quot;keychain:%1&quot; 引用它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed the secret %1 from the keychain.</source>
        <translation>已從鑰匙圈移除密鑰 %1。</translation>
    </message>
    <message>
        <location filename="../../app/CliSignOut.cpp" line="+3"/>
        <source>Also remove every local trace of customer data: the cache, its search index, the outbox items already sent, the recent calls.</source>
        <translation>同時刪除本機上客戶資料的所有痕跡：快取、搜尋索引、已傳送的寄件匣項目、最近通話。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --purge: keep the outbox items not sent yet (they are sent at the next sign-in).</source>
        <translation>與 --purge 一起使用：保留尚未傳送的寄件匣項目（下次登入時傳送）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --purge: delete the outbox items not sent yet too; they are lost.</source>
        <translation>與 --purge 一起使用：同時刪除尚未傳送的寄件匣項目；這些項目將遺失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sign-out takes no positional arguments.</source>
        <translation>sign-out 不接受位置參數。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--keep-unsent and --force-discard-unsent exclude each other.</source>
        <translation>--keep-unsent 與 --force-discard-unsent 不能同時使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--keep-unsent and --force-discard-unsent go with --purge.</source>
        <translation>--keep-unsent 和 --force-discard-unsent 需與 --purge 一起使用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not signed out: the outbox holds %n item(s) not sent yet (notes, wrap-ups, answers). Send them first (c360 outbox push), or add --keep-unsent to keep them, or --force-discard-unsent to lose them. Nothing was changed.</source>
        <translation>未登出：寄件匣中有 %n 個項目尚未傳送（備註、通話後處理、回答）。請先傳送（c360 outbox push），或加上 --keep-unsent 保留，或加上 --force-discard-unsent 捨棄。未做任何變更。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed out (nobody had signed in).</source>
        <translation>已登出（先前無人登入）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out %1: the role is forgotten.</source>
        <translation>%1 已登出：已清除角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer data removed: %1 rows from the cache, %2 outbox item(s), %3 other file(s).</source>
        <translation>已刪除客戶資料：快取中 %1 列，寄件匣項目 %2 個，其他檔案 %3 個。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n item(s) not sent yet kept in the outbox.</source>
        <translation>%n 個未傳送的項目保留在寄件匣中。</translation>
    </message>
    <message>
        <location filename="../../app/CliTakeOffline.cpp" line="-15"/>
        <source>%n customer(s) (%1 in the cache already): about %2 records, %3 timeline events, %4 MB.</source>
        <translation>%n 位客戶（%1 位已在快取中）：約 %2 筆記錄、%3 個時間軸事件、%4 MB。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customers to take offline: ids, e-mail addresses or phone numbers, one a line (- reads standard input).</source>
        <translation>要離線保存的客戶：ID、電子郵件地址或電話號碼，每行一個（- 表示從標準輸入讀取）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only print the size estimate; read nothing.</source>
        <translation>僅輸出大小估算，不讀取任何內容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No progress on standard error.</source>
        <translation>不在標準錯誤輸出中顯示進度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>take-offline needs --customers FILE (and no other arguments).</source>
        <translation>take-offline 需要 --customers FILE（且不可有其他引數）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the list of customers %1: %2</source>
        <translation>無法讀取客戶清單 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list %1 names no customer (one id, e-mail address or phone number a line).</source>
        <translation>清單 %1 中沒有任何客戶（每行一個 ID、電子郵件地址或電話號碼）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1/%2: reading…</source>
        <translation>%1/%2：正在讀取…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>available offline: %1 (%2) — %n timeline event(s)</source>
        <translation>可離線使用：%1（%2）— %n 個時間軸事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not found: %1 — no source knows this customer (check the id, e-mail or phone number)</source>
        <translation>找不到：%1 — 所有資料來源中均無此客戶（請檢查 ID、電子郵件或電話號碼）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: what was read so far stays in the cache, but the customers are not kept in later syncs.</source>
        <translation>已取消：已讀取的內容保留在快取中，但這些客戶不會在後續同步中保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %n customer(s) available offline.</source>
        <translation>%n 位客戶中有 %1 位可離線使用。</translation>
    </message>
</context>
<context>
    <name>c360::app::Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+47"/>
        <source>Notes and wrap-ups are off: %1</source>
        <translation>備註和通話後處理已停用：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not audited: %1</source>
        <translation>未記錄稽核：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is off: %1</source>
        <translation>稽核日誌已停用：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Screen pops are off: %1</source>
        <translation>來電彈出畫面已停用：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No sources file at %1: working from the cache only.</source>
        <translation>%1 處沒有資料來源檔案：僅使用快取工作。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-in failed: %1 Working with the role of the last sign-in.</source>
        <translation>登入失敗：%1 將使用上次登入時的角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 (%2).</source>
        <translation>已以 %1（%2）身分登入。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Retention removed %n customer(s) out of your scope that were not opened recently.</source>
        <translation>
            <numerusform>保留原則已刪除 %n 位超出您範圍且近期未開啟的客戶。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing out after the running change to the local cache…</source>
        <translation>本機快取的變更完成後將登出…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing out and removing the customer data…</source>
        <translation>正在登出並刪除客戶資料…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing out…</source>
        <translation>正在登出…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sign-out failed: %1</source>
        <translation>登出失敗：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out; the customer data was removed from this computer.</source>
        <translation>已登出；客戶資料已從本機刪除。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed out.</source>
        <translation>已登出。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sources file at %1: nothing to sync.</source>
        <translation>%1 處沒有資料來源檔案：沒有可同步的內容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync waits for the merge or split to finish…</source>
        <translation>同步正在等待合併或拆分完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync waits for another change to the local cache to finish…</source>
        <translation>同步將在本機快取的另一項變更完成後開始…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 / %2: %n record(s)</source>
        <translation>
            <numerusform>%1 / %2：%n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Agent writes stay in the outbox: %1</source>
        <translation>客服人員寫入的內容暫存在寄件匣中：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n change(s) in conflict: the record changed on the server. Select it under the customer and choose Resolve conflict…</source>
        <translation>
            <numerusform>%n 項變更發生衝突：該記錄已於伺服器上變更。請在客戶下選取該項目，然後選擇「解決衝突…」</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the running sync to finish…</source>
        <translation>正在等待目前同步完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for another change to the local cache to finish…</source>
        <translation>正在等待本機快取的另一項變更完成…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading %1 from the sources…</source>
        <translation>正在從資料來源載入 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 loaded from the sources.</source>
        <translation>已從資料來源載入 %1。</translation>
    </message>
</context>
<context>
    <name>c360::app::Cli</name>
    <message>
        <location filename="../../app/Cli.cpp" line="-51"/>
        <source>Unknown command “%1”.</source>
        <translation>未知命令「%1」。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C360 Workstation %1: one view of the customer for contact-center agents.</source>
        <translation>C360 客服工作台 %1：為客服中心專員提供客戶的完整檢視。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options (before or after the command): --db PATH, --sources FILE, --lang en|zh_CN|zh_TW.
`c360 COMMAND --help` describes a command&apos;s options.</source>
        <translation>全域選項（可放在指令之前或之後）：--db PATH、--sources FILE、--lang en|zh_CN|zh_TW。
`c360 指令 --help` 說明該指令的選項。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options of the window:</source>
        <translation>視窗選項：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the workstation</source>
        <translation>開啟工作台</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sources file.</source>
        <translation>資料來源檔案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this source.</source>
        <translation>僅此資料來源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stream.</source>
        <translation>僅此資料流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress lines.</source>
        <translation>不輸出進度行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sync takes no positional arguments.</source>
        <translation>sync 不接受位置引數。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At most N results (default 20).</source>
        <translation>最多 N 筆結果（預設 20）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>search needs a QUERY.</source>
        <translation>search 需要 QUERY。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit 需要正整數。</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+51"/>
        <source>No customer matches “%1”.</source>
        <translation>沒有客戶符合「%1」。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>At most N events (default 50).</source>
        <translation>最多 N 個事件（預設 50）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these kinds (comma separated).</source>
        <translation>僅這些類型（以逗號分隔）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these sources (comma separated).</source>
        <translation>僅這些資料來源（以逗號分隔）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include system field changes.</source>
        <translation>包括系統欄位變更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>timeline needs one PARTY (a party id, or a query that finds exactly one customer).</source>
        <translation>timeline 需要一個 PARTY（客戶 ID，或只找到一位客戶的查詢）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” matches several customers; give a party id (see c360 search).</source>
        <translation>「%1」符合多位客戶；請指定客戶 ID（參見 c360 search）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>快取中沒有客戶 %1。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 events, newest first; showing %2</source>
        <translation>%1 個事件，最新的在前；顯示 %2 個</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cache %1</source>
        <translation>快取 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  %1 records in all</source>
        <translation>  共 %1 筆紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 customers (golden records)</source>
        <translation>  %1 位客戶（黃金記錄）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 timeline events</source>
        <translation>  %1 個時間軸事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 records in quarantine</source>
        <translation>  %1 筆紀錄處於隔離中</translation>
    </message>
</context>
<context>
    <name>c360::app::CliPii</name>
    <message>
        <location filename="../../app/CliPii.cpp" line="+12"/>
        <source>Print as this role (agent, supervisor, field, auditor); it may only lower the role of the last sign-in.</source>
        <translation>以此角色輸出（agent、supervisor、field、auditor）；只能降低上次登入時的角色。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown role &quot;%1&quot; (agent, supervisor, field or auditor): printing as an agent.</source>
        <translation>未知角色「%1」（應為 agent、supervisor、field 或 auditor）：將以客服人員身分輸出。</translation>
    </message>
</context>
<context>
    <name>c360::app::Connectivity</name>
    <message numerus="yes">
        <location filename="../../app/Connectivity.cpp" line="+74"/>
        <source>%n stream(s) failed</source>
        <translation>
            <numerusform>%n 個資料流失敗</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync failed</source>
        <translation>同步失敗</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back online: sending the changes made offline, then syncing.</source>
        <translation>已恢復線上：正在送出離線期間的變更，接著進行同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n server(s) not answering</source>
        <translation>
            <numerusform>%n 台伺服器無回應</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app::OpenOnDemand</name>
    <message>
        <location filename="../../app/OpenOnDemand.cpp" line="+20"/>
        <location line="+18"/>
        <source>Loading the customer stopped on an internal error.</source>
        <translation>載入客戶時因內部錯誤而中止。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be loaded: %2</source>
        <translation>無法載入 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: %1 is not on this computer and the sources cannot be reached.</source>
        <translation>離線：%1 不在這台電腦上，且無法連線至資料來源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be loaded from every source; try again.</source>
        <translation>未能從所有資料來源載入 %1，請再試一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source knows %1.</source>
        <translation>所有資料來源中均無 %1。</translation>
    </message>
</context>
<context>
    <name>c360::app::Retention</name>
    <message>
        <location filename="../../app/Retention.cpp" line="+38"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>無法讀取資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is too large or too deeply nested</source>
        <translation>資料來源檔案 %1 過大或巢狀過深</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>資料來源檔案 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources file %1: &quot;retention_days&quot; must be a whole number of days (0 turns retention off).</source>
        <translation>資料來源檔案 %1：&quot;retention_days&quot; 必須是整數天數（0 表示關閉保留原則）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources file %1: &quot;scope&quot; maps %2 to lists of values, e.g. {&quot;city&quot;: [&quot;Shanghai&quot;]}.</source>
        <translation>資料來源檔案 %1：&quot;scope&quot; 將 %2 對應為值清單，例如 {&quot;city&quot;: [&quot;Shanghai&quot;]}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention could not read the cache.</source>
        <translation>保留原則無法讀取快取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retention could not read the audit log.</source>
        <translation>保留原則無法讀取稽核日誌。</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+4"/>
        <source>Retention could not update the list of opened customers.</source>
        <translation>保留原則無法更新已開啟客戶的清單。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Retention erased %n customer(s), but the audit log could not record it: %1</source>
        <translation>
            <numerusform>保留原則已刪除 %n 位客戶，但稽核日誌無法記錄：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Retention erased %n customer(s), but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>保留原則已刪除 %n 位客戶，但無法開啟稽核日誌：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Retention stopped on an internal error.</source>
        <translation>保留原則因內部錯誤而停止。</translation>
    </message>
</context>
<context>
    <name>c360::app::SignInRunner</name>
    <message>
        <location filename="../../app/SignInRunner.cpp" line="+35"/>
        <location line="+5"/>
        <source>The sign-in stopped on an internal error.</source>
        <translation>登入因內部錯誤而停止。</translation>
    </message>
</context>
<context>
    <name>c360::app::SignOut</name>
    <message>
        <location filename="../../app/SignOut.cpp" line="+116"/>
        <source>The customer data was removed, but the audit log could not record it: %1</source>
        <translation>客戶資料已刪除，但稽核日誌無法記錄：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>The sign-out stopped on an internal error.</source>
        <translation>登出因內部錯誤而停止。</translation>
    </message>
</context>
<context>
    <name>c360::display</name>
    <message>
        <location filename="../../models/DisplayFormat.cpp" line="+31"/>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>d MMM HH:mm</source>
        <comment>date format</comment>
        <extracomment>Date and time in this year, QDateTime format (8 Mar 14:05); Chinese: M月d日 HH:mm</extracomment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A calendar date, QDate format (8 Mar 2025); Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>c360::eventtext</name>
    <message>
        <location filename="../../models/EventText.cpp" line="+52"/>
        <source>Sent: %1</source>
        <translation>已寄送：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened: %1</source>
        <translation>已開啟：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clicked: %1</source>
        <translation>已點擊：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted: %1</source>
        <translation>已轉換：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed: %1</source>
        <translation>已取消訂閱：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced: %1</source>
        <translation>退信：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inbound chat</source>
        <translation>訪客發起的聊天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound chat</source>
        <translation>客服人員發起的聊天</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Inbound WeChat</source>
        <translation>微信來訊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound WeChat</source>
        <translation>微信發出</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+116"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Inbound call</source>
        <translation>撥入電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound call</source>
        <translation>撥出電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on a ticket</source>
        <translation>工單留言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on a ticket by %1</source>
        <translation>%1 的工單留言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on %1</source>
        <translation>%1 的留言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on %1 by %2</source>
        <translation>%2 對 %1 的留言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (internal)</source>
        <translation>%1（內部）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>On hold</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已升級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>未出貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>配送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>已退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong size</source>
        <translation>尺寸不合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived damaged</source>
        <translation>到貨破損</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective</source>
        <translation>有瑕疵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed their mind</source>
        <translation>改變心意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>送達延遲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item sent</source>
        <translation>寄錯商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low priority</source>
        <translation>低優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal priority</source>
        <translation>一般優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High priority</source>
        <translation>高優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Web</source>
        <translation>網頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbound</source>
        <translation>撥入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>撥出</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart left: %1</source>
        <translation>購物車未結帳：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return for order %1</source>
        <translation>訂單 %1 的退貨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket #%1: %2</source>
        <translation>工單 #%1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Survey answered</source>
        <translation>已填寫問卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>問卷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSAT %1/5 · ticket #%2</source>
        <translation>滿意度 %1/5 · 工單 #%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 queue</source>
        <translation>%1 佇列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agent %1</source>
        <translation>客服人員 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer record created in %1</source>
        <translation>在 %1 中建立了客戶記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>c360::identity</name>
    <message>
        <location filename="../../models/IdentityQueries.cpp" line="+34"/>
        <location line="+15"/>
        <source>The linked records could not be read.</source>
        <translation>無法讀取關聯記錄。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer&apos;s golden record could not be read.</source>
        <translation>無法讀取客戶的黃金記錄。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The records with invalid contact data could not be read.</source>
        <translation>無法讀取聯絡資訊無效的記錄。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The conflicting values could not be read.</source>
        <translation>無法讀取衝突的值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>The customer could not be read.</source>
        <translation>無法讀取客戶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist (any more).</source>
        <translation>客戶 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客戶不能與自身合併。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record could not be read.</source>
        <translation>無法讀取該記錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 does not exist (any more).</source>
        <translation>記錄 %1 不存在（或已不存在）。</translation>
    </message>
</context>
<context>
    <name>c360::identity::IdentityMatcher</name>
    <message>
        <location filename="../../models/IdentityMatcher.cpp" line="+249"/>
        <source> (shared; same full name)</source>
        <translation> （共用；全名相同）</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+8"/>
        <source> (names agree)</source>
        <translation> （姓名相符）</translation>
    </message>
    <message>
        <location filename="../../models/IdentitySharedKeys.cpp" line="+95"/>
        <source>a shared key</source>
        <translation>共用鍵</translation>
    </message>
    <message>
        <location line="+63"/>
        <source> (shared; the same full name but for a short form of the given name)</source>
        <translation>（共用；除名字的簡稱外全名相同）</translation>
    </message>
    <message>
        <location line="+154"/>
        <source> (shared; the only customer with this full name)</source>
        <translation>（共用；唯一具有此全名的客戶）</translation>
    </message>
    <message>
        <location filename="../../models/IdentityMatcher.cpp" line="+98"/>
        <location line="+8"/>
        <source>customer id %1</source>
        <translation>客戶 ID %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>phone %1 (either reading)</source>
        <translation>電話 %1（兩種解讀皆符合）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>e-mail %1 and the same phone; same given name, another surname</source>
        <translation>電子郵件 %1 且電話相同；名字相同，姓氏不同</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 and %2 of %3 agree on %4</source>
        <translation>%3 的 %1 和 %2 在 %4 上一致</translation>
    </message>
    <message>
        <location line="-246"/>
        <source> (the names it agrees with are one person)</source>
        <translation>（與之相符的姓名屬於同一人）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (no name; every name on it is one person)</source>
        <translation>（無姓名；此號碼上的所有姓名是同一人）</translation>
    </message>
    <message>
        <location line="+482"/>
        <source>name %1</source>
        <translation>姓名 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail %1</source>
        <translation>電子郵件 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone ends alike</source>
        <translation>電話尾數相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city</source>
        <translation>同一城市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same birth date</source>
        <translation>出生日期相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same address</source>
        <translation>地址相同</translation>
    </message>
</context>
<context>
    <name>c360::identitylabels</name>
    <message>
        <location filename="../../models/IdentityLabels.cpp" line="+21"/>
        <source>The labels file %1 could not be read.</source>
        <translation>無法讀取標註檔案 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 of %2 is not &quot;source,source_id,person&quot;.</source>
        <translation>%2 的第 %1 行不是 &quot;source,source_id,person&quot; 格式。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The links could not be read.</source>
        <translation>無法讀取關聯。</translation>
    </message>
</context>
<context>
    <name>c360::nba</name>
    <message>
        <location filename="../../models/nba/CallImpact.cpp" line="+33"/>
        <source>Today&apos;s calls could not be read.</source>
        <translation>無法讀取今天的來電。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../models/nba/Facts.cpp" line="+52"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../models/nba/RulePack.cpp" line="+46"/>
        <source>unknown key; expected one of: %1.</source>
        <translation>未知的鍵；應為以下之一：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number.</source>
        <translation>必須是數字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>must be between %1 and %2.</source>
        <translation>必須介於 %1 和 %2 之間。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be a whole number.</source>
        <translation>必須是整數。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false.</source>
        <translation>必須是 true 或 false。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object of texts by language (en, zh_CN, zh_TW).</source>
        <translation>必須是按語言（en、zh_CN、zh_TW）區分文字的物件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown language; use en, zh_CN or zh_TW.</source>
        <translation>未知語言；請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>must be a non-empty text.</source>
        <translation>必須是非空文字。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>the placeholder {%1} is not a known fact.</source>
        <translation>佔位符 {%1} 不是已知的事實。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an English text is required.</source>
        <translation>必須提供英文文字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object of weights, e.g. {&quot;phone&quot;: 1.2, &quot;*&quot;: 1}.</source>
        <translation>必須是權重物件，例如 {&quot;phone&quot;: 1.2, &quot;*&quot;: 1}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object with “intercept” and “weights”.</source>
        <translation>必須是包含「intercept」和「weights」的物件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an object: fact name (or “fact=value”) → weight.</source>
        <translation>必須是物件：事實名稱（或「fact=value」）→ 權重。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown fact “%1”.</source>
        <translation>未知的事實「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a %2 fact; weigh a value of it as “%1=value”.</source>
        <translation>「%1」是 %2 型別的事實；請以「%1=value」的形式為其某個值設定權重。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“fact=value” terms are for string and list facts.</source>
        <translation>「fact=value」形式僅適用於字串和清單型別的事實。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>is required.</source>
        <translation>為必填項。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>an action must be a JSON object.</source>
        <translation>行動必須是 JSON 物件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a short id of lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>必須是由小寫字母、數字、「_」、「.」或「-」組成的簡短 ID。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>must be an object with “channel”, “reason” and/or “queue” weights.</source>
        <translation>必須是包含「channel」、「reason」和/或「queue」權重的物件。</translation>
    </message>
    <message>
        <location filename="../../models/nba/Explain.cpp" line="+22"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../models/nba/NbaEngine.cpp" line="+60"/>
        <source>Accepted %1 of %2 times in similar calls</source>
        <translation>在類似通話中 %2 次有 %1 次被接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still learning)</source>
        <translation> （仍在學習中）</translation>
    </message>
</context>
<context>
    <name>c360::nba::Condition</name>
    <message>
        <location filename="../../models/nba/Condition.cpp" line="+291"/>
        <source>not valid JSON.</source>
        <translation>不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+66"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>c360::nba::ConditionParser</name>
    <message>
        <location line="-361"/>
        <source>a condition must be a JSON object.</source>
        <translation>條件必須是 JSON 物件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” must be the only key of its object.</source>
        <translation>「%1」必須是其所在物件的唯一鍵。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a non-empty array of conditions.</source>
        <translation>必須是非空的條件陣列。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“not” must be the only key of its object.</source>
        <translation>「not」必須是其所在物件的唯一鍵。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected “all”, “any”, “not” or a comparison with “fact” and “op”.</source>
        <translation>應為「all」、「any」、「not」或包含「fact」和「op」的比較。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a fact name.</source>
        <translation>必須是事實名稱。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown fact “%1”.</source>
        <translation>未知的事實「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown fact “%1” (did you mean “%2”?).</source>
        <translation>未知的事實「%1」（您是不是要找「%2」？）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing operator; use one of =, !=, &lt;, &lt;=, &gt;, &gt;=, in, exists.</source>
        <translation>缺少運算子；請使用 =、!=、&lt;、&lt;=、&gt;、&gt;=、in、exists 之一。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown operator “%1”; use one of =, !=, &lt;, &lt;=, &gt;, &gt;=, in, exists.</source>
        <translation>未知的運算子「%1」；請使用 =、!=、&lt;、&lt;=、&gt;、&gt;=、in、exists 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key in a comparison.</source>
        <translation>比較中有未知的鍵。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“exists” takes true or false.</source>
        <translation>「exists」只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing value to compare “%1” with.</source>
        <translation>缺少與「%1」比較的值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“in” takes a non-empty array.</source>
        <translation>「in」需要非空陣列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is a %2 fact; this value does not fit.</source>
        <translation>「%1」是 %2 型別的事實；此值不符合。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is a %2 fact; only numbers compare with %3.</source>
        <translation>「%1」是 %2 型別的事實；只有數字才能用 %3 比較。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is a %2 fact; compare it with a %3.</source>
        <translation>「%1」是 %2 型別的事實；請與 %3 比較。</translation>
    </message>
</context>
<context>
    <name>c360::nba::ContactPolicy</name>
    <message>
        <location filename="../../models/nba/ContactPolicy.cpp" line="+40"/>
        <source>The customer asked not to be contacted; no offers.</source>
        <translation>客戶要求不被聯絡；不做推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer withdrew consent to marketing; no offers.</source>
        <translation>客戶已撤回行銷同意；不做推薦。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer unsubscribed from marketing; no offers.</source>
        <translation>客戶已退訂行銷資訊；不做推薦。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No offers while a refund is overdue.</source>
        <translation>退款逾期期間不做推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers right after a late delivery.</source>
        <translation>配送延遲後短期內不做推薦。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No offers within %1 days of a poor NPS score (%2).</source>
        <translation>NPS 評分偏低（%2）後 %1 天內不做推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers within %1 days of a poor satisfaction score (%2 of 5).</source>
        <translation>滿意度評分偏低（%2 / 5）後 %1 天內不做推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers while a complaint is open.</source>
        <translation>客訴未結案期間不做推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers within %1 days of a return.</source>
        <translation>退貨後 %1 天內不做推薦。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted earlier today (cool-down %1 days).</source>
        <translation>今天早些時候已接受（冷卻期 %1 天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted yesterday (cool-down %1 days).</source>
        <translation>昨天已接受（冷卻期 %1 天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted %1 days ago (cool-down %2 days).</source>
        <translation>%1 天前已接受（冷卻期 %2 天）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismissed %1 times in the last %2 days.</source>
        <translation>最近 %2 天內已被忽略 %1 次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put off for later in this call.</source>
        <translation>本次通話中已推遲處理。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismissed in this call.</source>
        <translation>本次通話中已忽略。</translation>
    </message>
</context>
<context>
    <name>c360::nba::Explain</name>
    <message>
        <location filename="../../models/nba/Explain.cpp" line="+11"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund for order %1 is %2 overdue</source>
        <translation>訂單 %1 的退款已逾期 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund for order %1 was paid %2</source>
        <translation>訂單 %1 的退款已支付（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund for order %1 was paid</source>
        <translation>訂單 %1 的退款已支付</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund for order %1 is pending, due today</source>
        <translation>訂單 %1 的退款處理中，今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund for order %1 is pending, due in %2</source>
        <translation>訂單 %1 的退款處理中，%2後到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund for order %1 is pending</source>
        <translation>訂單 %1 的退款處理中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2 late</source>
        <translation>訂單 %1 已延遲 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is on its way, expected today</source>
        <translation>訂單 %1 配送中，預計今天送達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is on its way, expected in %2</source>
        <translation>訂單 %1 配送中，預計 %2後送達</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is on its way</source>
        <translation>訂單 %1 配送中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 arrived %2 late</source>
        <translation>訂單 %1 延遲 %2送達</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gave an NPS score of %1 (0-10) %2</source>
        <translation>%2給出 NPS 評分 %1（0-10）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rated the last service %1 out of 5 %2</source>
        <translation>%2對上次服務的評分為 %1 / 5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A complaint is open</source>
        <translation>有一筆未結客訴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 open ticket</source>
        <translation>1 張未結工單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 open tickets</source>
        <translation>%1 張未結工單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 is escalated and still open</source>
        <translation>工單 %1 已轉呈，仍未結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1 (%2) is escalated and still open</source>
        <translation>工單 %1（%2）已轉呈，仍未結案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is still open</source>
        <translation>工單 %1 仍未結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1 (%2) is still open</source>
        <translation>工單 %1（%2）仍未結案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An urgent ticket in the last 14 days</source>
        <translation>最近 14 天內有緊急工單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 contact in the last 7 days</source>
        <translation>最近 7 天內聯絡 1 次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts in the last 7 days</source>
        <translation>最近 7 天內聯絡 %1 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 contact in the last 30 days</source>
        <translation>最近 30 天內聯絡 1 次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts in the last 30 days</source>
        <translation>最近 30 天內聯絡 %1 次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No order for %1; usually orders every %2</source>
        <translation>已 %1 未下單；通常每 %2 下單一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No order for %1</source>
        <translation>已 %1 未下單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last order %1</source>
        <translation>上次下單：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Among the top %1% of customers by spend</source>
        <translation>消費金額位居前 %1% 的客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has spent %1 %2 in total</source>
        <translation>累計消費 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 order so far</source>
        <translation>目前共 1 筆訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders so far</source>
        <translation>目前共 %1 筆訂單</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bought %1 %2 and kept it</source>
        <translation>%2購買了 %1 並保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left %1 (%2) in a cart %3</source>
        <translation>%3將 %1（%2）留在購物車中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 in a cart %2</source>
        <translation>%2將 %1 留在購物車中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewed %1 %2 times in the last 7 days</source>
        <translation>最近 7 天內瀏覽 %1 共 %2 次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clicked the “%1” campaign and has not bought since</source>
        <translation>點選了「%1」行銷活動，之後尚未購買</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked not to be contacted</source>
        <translation>要求不被聯絡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrew consent to marketing</source>
        <translation>已撤回行銷同意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consents to marketing</source>
        <translation>同意接收行銷資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed from marketing e-mail</source>
        <translation>已退訂行銷電子郵件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned something %1</source>
        <translation>%1有退貨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment: %1</source>
        <translation>客群：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling about %1</source>
        <translation>來電事由：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>c360::nba::Facts</name>
    <message>
        <location filename="../../models/nba/Facts.cpp" line="+10"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last order</source>
        <translation>距上次下單天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>上次訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order status</source>
        <translation>上次訂單狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order total</source>
        <translation>上次訂單總額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order items</source>
        <translation>上次訂單商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned checkout value (cancelled, not re-ordered)</source>
        <translation>放棄結帳金額（已取消且未重新下單）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaint</source>
        <translation>未結客訴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High/urgent ticket in the last 14 days</source>
        <translation>最近 14 天內的高/緊急優先順序工單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last contact</source>
        <translation>距上次聯絡天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last CSAT (1-5)</source>
        <translation>上次滿意度（1-5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last CSAT</source>
        <translation>距上次滿意度調查天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative survey (CSAT 1-2) in the last 30 days</source>
        <translation>最近 30 天內的差評調查（滿意度 1-2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the last 14 days</source>
        <translation>最近 14 天內的退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last return</source>
        <translation>距上次退貨天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign clicks in the last 30 days</source>
        <translation>最近 30 天內的行銷活動點選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clicked a campaign without buying</source>
        <translation>點選了行銷活動但未購買</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clicked campaign</source>
        <translation>上次點選的行銷活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed from marketing</source>
        <translation>已退訂行銷資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing opt-in</source>
        <translation>同意接收行銷資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>請勿聯絡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual days between orders</source>
        <translation>平均下單間隔天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last order, in usual gaps between orders</source>
        <translation>距上次下單天數（以平均下單間隔計）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed buyer</source>
        <translation>流失買家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value percentile in this cache</source>
        <translation>在此快取中的客戶終身價值百分位數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last kept order</source>
        <translation>上次保留的訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last kept order items</source>
        <translation>上次保留訂單的商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last kept order arrived</source>
        <translation>距上次保留訂單送達的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order is on its way</source>
        <translation>有訂單配送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order on its way</source>
        <translation>配送中的訂單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the promised delivery date</source>
        <translation>距承諾送達日的天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days the order on its way is late</source>
        <translation>配送中訂單的延遲天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late of a delivery in the last 14 days</source>
        <translation>最近 14 天內配送延遲的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late order</source>
        <translation>延遲的訂單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last shipment event of the order on its way</source>
        <translation>配送中訂單的最新物流事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned cart items</source>
        <translation>放棄的購物車商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the cart was left</source>
        <translation>距放棄購物車的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>退款狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the refund</source>
        <translation>退款的訂單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the refund is due</source>
        <translation>距退款到期的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund overdue</source>
        <translation>退款逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days the refund is overdue</source>
        <translation>退款逾期天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the refund was paid</source>
        <translation>距退款支付的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket category</source>
        <translation>未結工單類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An escalated or urgent ticket is open</source>
        <translation>有已轉呈或緊急的未結工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last NPS score (0-10)</source>
        <translation>上次 NPS 評分（0-10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the last NPS answer</source>
        <translation>距上次 NPS 回覆的天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the last 7 days</source>
        <translation>最近 7 天內的聯絡次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the last 30 days</source>
        <translation>最近 30 天內的聯絡次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web and app views in the last 7 days</source>
        <translation>最近 7 天內的網站和 App 瀏覽次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed this week</source>
        <translation>本週最常瀏覽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views of the most viewed product in the last 7 days</source>
        <translation>最近 7 天內最常瀏覽商品的瀏覽次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed from e-mail</source>
        <translation>已退訂電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to marketing</source>
        <translation>同意接收行銷資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call reason</source>
        <translation>來電原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
</context>
<context>
    <name>c360::nba::FactsBuilder</name>
    <message>
        <location filename="../../models/nba/FactsBuilder.cpp" line="+99"/>
        <location line="+9"/>
        <location line="+27"/>
        <location line="+58"/>
        <location line="+32"/>
        <source>The customer&apos;s facts could not be read.</source>
        <translation>無法讀取客戶的事實資料。</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>快取中沒有客戶 %1。</translation>
    </message>
</context>
<context>
    <name>c360::nba::FeedbackRepository</name>
    <message>
        <location filename="../../models/nba/FeedbackRepository.cpp" line="+37"/>
        <source>This cache has no place for prompt feedback yet: open it with this version once.</source>
        <translation>此快取尚無存放提示回饋的位置：請用目前版本開啟一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feedback names no action.</source>
        <translation>回饋中沒有指定行動。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dismissal needs a reason.</source>
        <translation>忽略時必須提供原因。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feedback could not be stored.</source>
        <translation>無法儲存回饋。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feedback history could not be read.</source>
        <translation>無法讀取回饋歷史。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feedback could not be read.</source>
        <translation>無法讀取回饋。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>The feedback could not be updated.</source>
        <translation>無法更新回饋。</translation>
    </message>
</context>
<context>
    <name>c360::nba::FeedbackWriter</name>
    <message>
        <location filename="../../models/nba/FeedbackWriter.cpp" line="+23"/>
        <source>Saving the answer to a prompt</source>
        <translation>儲存對提示的回應</translation>
    </message>
</context>
<context>
    <name>c360::nba::LearningRepository</name>
    <message>
        <location filename="../../models/nba/Learning.cpp" line="+83"/>
        <source>The answer could not be learned from.</source>
        <translation>無法從該回應中學習。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was learned for this action could not be reset.</source>
        <translation>無法重設此行動的學習結果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was learned from earlier answers could not be read.</source>
        <translation>無法讀取從先前回應中學到的內容。</translation>
    </message>
</context>
<context>
    <name>c360::nba::RulePack</name>
    <message>
        <location filename="../../models/nba/RulePack.cpp" line="+79"/>
        <location line="+88"/>
        <source>The rule pack is not valid JSON.</source>
        <translation>規則包不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>a rule pack must be a JSON object.</source>
        <translation>規則包必須是 JSON 物件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pack needs a name.</source>
        <translation>規則包需要名稱。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object.</source>
        <translation>必須是物件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the pack needs a non-empty array of actions.</source>
        <translation>規則包需要非空的行動陣列。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the id “%1” is used twice.</source>
        <translation>ID「%1」被使用了兩次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rule pack %1 could not be read.</source>
        <translation>無法讀取規則包 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule pack %1 is not valid: %2</source>
        <translation>規則包 %1 無效：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The rule pack has no action “%1”.</source>
        <translation>規則包中沒有行動「%1」。</translation>
    </message>
</context>
<context>
    <name>c360::sync</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+36"/>
        <source>The server&apos;s page has an unreadable cursor at %1</source>
        <translation>伺服器返回的頁面在 %1 處的遊標無法讀取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s page has no true/false at %1</source>
        <translation>伺服器返回的頁面在 %1 處沒有 true/false 值</translation>
    </message>
    <message>
        <location filename="../../sync/QuarantineStore.cpp" line="+18"/>
        <source>Could not read the quarantined records from the cache.</source>
        <translation>無法從快取中讀取隔離記錄。</translation>
    </message>
    <message>
        <location filename="../../sync/FieldRules.cpp" line="+36"/>
        <source>expected a JSON pointer string such as &quot;/id&quot;</source>
        <translation>應為 JSON 指標字串，例如 &quot;/id&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a JSON pointer (it must be empty or start with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指標（必須為空或以 / 開頭）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown transform &quot;%1&quot; (use trim, lower, upper, digits, split, regex or date)</source>
        <translation>未知的轉換 &quot;%1&quot;（請使用 trim、lower、upper、digits、split、regex 或 date）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a transform is a name or an object such as {&quot;split&quot;: &quot;,&quot;, &quot;index&quot;: 0}</source>
        <translation>轉換須為名稱或物件，例如 {&quot;split&quot;: &quot;,&quot;, &quot;index&quot;: 0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;index&quot; and &quot;group&quot; must be integers</source>
        <translation>&quot;index&quot; 和 &quot;group&quot; 必須是整數</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>regex &quot;%1&quot; is not valid: %2</source>
        <translation>正規表示式 &quot;%1&quot; 無效：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>regex &quot;%1&quot; has no group %2</source>
        <translation>正規表示式 &quot;%1&quot; 沒有群組 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown transform %1 (use split, regex or date)</source>
        <translation>未知的轉換 %1（請使用 split、regex 或 date）</translation>
    </message>
    <message>
        <location filename="../../sync/JsonLimits.cpp" line="+25"/>
        <source>%1 MB; the limit is %2 MB</source>
        <translation>%1 MB；上限為 %2 MB</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nested more than %1 levels deep</source>
        <translation>巢狀層數超過 %1 層</translation>
    </message>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+75"/>
        <source>“%1” must be a number here, not %2.</source>
        <translation>「%1」在此必須是數字，而不是 %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown filter “%1” (use cents, digits, soql, ms or string)</source>
        <translation>未知的篩選器「%1」（請使用 cents、digits、soql、ms 或 string）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>The write needs “%1”, which it was not given.</source>
        <translation>寫入需要「%1」，但未提供。</translation>
    </message>
</context>
<context>
    <name>c360::sync::ConnectivityMonitor</name>
    <message>
        <location filename="../../sync/ConnectivityMonitor.cpp" line="+193"/>
        <source>No server answers.</source>
        <translation>沒有伺服器回應。</translation>
    </message>
</context>
<context>
    <name>c360::sync::Connector</name>
    <message>
        <location filename="../../sync/Connector.cpp" line="+221"/>
        <source>The %1 server refused the OAuth2 client credentials (HTTP %2) — check client_id and the secret of source &quot;%1&quot;.</source>
        <translation>%1 伺服器拒絕了 OAuth2 客戶端憑證（HTTP %2）— 請檢查資料來源 &quot;%1&quot; 的 client_id 和金鑰。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The %1 server&apos;s next-page link leads to another host; it is not followed with the credentials.</source>
        <translation>%1 伺服器的下一頁連結指向其他主機；不會攜帶憑證跟隨該連結。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 server rejected the credentials (HTTP %2) — check the secret of source &quot;%1&quot; in the sources file.</source>
        <translation>%1 伺服器拒絕了憑證（HTTP %2）— 請檢查資料來源檔案中資料來源 &quot;%1&quot; 的金鑰。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 server does not know %2 (HTTP 404) — check base_url and the connector manifest.</source>
        <translation>%1 伺服器找不到 %2（HTTP 404）— 請檢查 base_url 和聯結器清單。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The %1 server asked us to slow down (HTTP 429) and kept refusing.</source>
        <translation>%1 伺服器要求降低請求頻率（HTTP 429）並持續拒絕。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The %1 server failed (HTTP %2) while sending %3.</source>
        <translation>%1 伺服器在傳送 %3 時出錯（HTTP %2）。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The %1 server asked us to slow down (HTTP 429).</source>
        <translation>%1 伺服器要求降低請求頻率（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 server refused the request for %2 (HTTP %3).</source>
        <translation>%1 伺服器拒絕了對 %2 的請求（HTTP %3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 server sent a page of %2 that is too large or too deeply nested to read safely (%3).</source>
        <translation>%1 伺服器傳回的 %2 頁面過大或巢狀過深，無法安全讀取（%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 server sent a web page instead of data for %2.</source>
        <translation>%1 伺服器為 %2 返回了網頁而不是資料。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 server sent a page of %2 that is not valid JSON (malformed or cut off).</source>
        <translation>%1 伺服器返回的 %2 頁面不是有效的 JSON（格式錯誤或被截斷）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 server&apos;s page of %2 has no record list at %3.</source>
        <translation>%1 伺服器返回的 %2 頁面在 %3 處沒有記錄清單。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+17"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>c360::sync::CurlHttpClient</name>
    <message>
        <location filename="../../sync/CurlHttpClient.cpp" line="+103"/>
        <source>The network library could not be initialised.</source>
        <translation>無法初始化網路程式庫。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server redirected too many times.</source>
        <translation>伺服器重新導向次數過多。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server redirected to an unsupported address.</source>
        <translation>伺服器重新導向到了不支援的位址。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Could not connect to %1 — is the server running?</source>
        <translation>無法連線到 %1 — 伺服器是否在執行？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not find the server %1 — check the address and the network.</source>
        <translation>找不到伺服器 %1 — 請檢查位址和網路。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server took too long to answer</source>
        <translation>伺服器回應超時</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection reset by the server</source>
        <translation>連線被伺服器重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer is larger than the limit of %1 MiB</source>
        <translation>伺服器回應超過了 %1 MiB 的上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer of %1 could not be read</source>
        <translation>無法讀取 %1 的回應</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 could not be verified</source>
        <translation>無法驗證與 %1 的安全連線</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 failed: %2</source>
        <translation>對 %1 的請求失敗：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::CursorBodyPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+52"/>
        <source>The server says more pages follow but gives no new cursor at %1</source>
        <translation>伺服器表示還有更多頁，但在 %1 處沒有提供新的遊標</translation>
    </message>
</context>
<context>
    <name>c360::sync::CustomerFetch</name>
    <message>
        <location filename="../../sync/CustomerFetch.cpp" line="+69"/>
        <source>The size of the list could not be estimated from the local cache.</source>
        <translation>無法根據本機快取估算清單大小。</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+13"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::sync::FieldRules</name>
    <message>
        <location filename="../../sync/FieldRules.cpp" line="+16"/>
        <source>&quot;paths&quot; must be a non-empty array of JSON pointers</source>
        <translation>&quot;paths&quot; 必須是非空的 JSON 指標陣列</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;join&quot; must be a string</source>
        <translation>&quot;join&quot; 必須是字串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;when&quot; must be {&quot;path&quot;: ..., &quot;equals&quot;: ...} or {&quot;path&quot;: ..., &quot;in&quot;: [...]}</source>
        <translation>&quot;when&quot; 必須是 {&quot;path&quot;: ..., &quot;equals&quot;: ...} 或 {&quot;path&quot;: ..., &quot;in&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;when&quot; needs &quot;equals&quot; (a value) or &quot;in&quot; (a list of values)</source>
        <translation>&quot;when&quot; 需要 &quot;equals&quot;（一個值）或 &quot;in&quot;（值的清單）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;values&quot; must be an object of source value -&gt; value</source>
        <translation>&quot;values&quot; 必須是「來源值 -&gt; 值」的物件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;values&quot;: the value of &quot;%1&quot; must be a string or a number</source>
        <translation>&quot;values&quot;：&quot;%1&quot; 的值必須是字串或數字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;otherwise&quot; must be a string and goes with &quot;values&quot;</source>
        <translation>&quot;otherwise&quot; 必須是字串，且須與 &quot;values&quot; 一起使用</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>transforms and value maps need text, not %1</source>
        <translation>轉換和值對映需要文字，而不是 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 不符合日期格式 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>c360::sync::Keychain</name>
    <message>
        <location filename="../../sync/Keychain.cpp" line="+85"/>
        <source>The keychain has no secret named &quot;%1&quot;. Store it with File → Sign in / credentials… or `c360 sources set-secret %1`.</source>
        <translation>鑰匙圈中沒有名為「%1」的密鑰。請透過「檔案 → 登入 / 憑證…」或 `c360 sources set-secret %1` 儲存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused access to the secret &quot;%1&quot; (is it locked?).</source>
        <translation>鑰匙圈拒絕存取密鑰「%1」（是否已鎖定？）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain could not handle the secret &quot;%1&quot;: %2</source>
        <translation>鑰匙圈無法處理密鑰「%1」：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain service is running (on Linux a Secret Service such as GNOME Keyring or KWallet; on Windows the Credential Manager), so the secret &quot;%1&quot; cannot be read or stored there. Start one, or name the secret with env:VARIABLE in the sources file.</source>
        <translation>沒有正在執行的鑰匙圈服務（Linux 上為 GNOME Keyring 或 KWallet 等 Secret Service；Windows 上為認證管理員），因此無法在其中讀取或儲存密鑰「%1」。請啟動一個鑰匙圈服務，或在資料來源檔案中以 env:VARIABLE 指定該密鑰。</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>&quot;%1&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>「%1」不是有效的鑰匙圈項目名稱（請使用字母、數字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain cannot be used before the application has started.</source>
        <translation>應用程式啟動前無法使用鑰匙圈。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret &quot;%1&quot; has not been read from the keychain yet; try again in a moment.</source>
        <translation>尚未從鑰匙圈讀取密鑰「%1」；請稍後再試。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not answer within a minute about the secret &quot;%1&quot; (is it asking for a password?).</source>
        <translation>鑰匙圈在一分鐘內未就密鑰「%1」作出回應（是否正在要求輸入密碼？）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::LastIdPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+138"/>
        <source>The last record of the page has no id at %1</source>
        <translation>該頁最後一筆紀錄在 %1 處沒有 ID</translation>
    </message>
</context>
<context>
    <name>c360::sync::LocalScopeFilter</name>
    <message>
        <location filename="../../sync/LocalScopeFilter.cpp" line="+60"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::sync::Manifest</name>
    <message>
        <location filename="../../sync/Manifest.cpp" line="+692"/>
        <source>Connector manifest %1 is too large or too deeply nested (%2)</source>
        <translation>聯結器清單 %1 過大或巢狀過深（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connector manifest %1 is not valid JSON</source>
        <translation>聯結器清單 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>top level</source>
        <translation>頂層</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;streams&quot; must be a non-empty object of stream name -&gt; stream</source>
        <translation>&quot;streams&quot; 必須是「資料流名稱 -&gt; 資料流」的非空物件</translation>
    </message>
</context>
<context>
    <name>c360::sync::ManifestReader</name>
    <message>
        <location line="-679"/>
        <source>Connector manifest %1: %2: %3</source>
        <translation>聯結器清單 %1：%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a JSON pointer string such as &quot;/id&quot;</source>
        <translation>應為 JSON 指標字串，例如 &quot;/id&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a JSON pointer (it must be empty or start with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指標（必須為空或以 / 開頭）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必須是字串</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON pointer or an object {&quot;path&quot;, &quot;type&quot;, &quot;default&quot;, &quot;required&quot;}</source>
        <translation>應為 JSON 指標或物件 {&quot;path&quot;, &quot;type&quot;, &quot;default&quot;, &quot;required&quot;}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;path&quot; is missing</source>
        <translation>缺少 &quot;path&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown type &quot;%1&quot; (use string, number, integer, bool or datetime)</source>
        <translation>未知型別 &quot;%1&quot;（請使用 string、number、integer、bool 或 datetime）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;required&quot; must be true or false</source>
        <translation>&quot;required&quot; 必須是 true 或 false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;scale&quot; must be a number and needs type number or integer</source>
        <translation>&quot;scale&quot; 必須是數字，且型別須為 number 或 integer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+196"/>
        <location line="+45"/>
        <location line="+218"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的鍵 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>expected a non-empty object of canonical field -&gt; JSON pointer</source>
        <translation>應為「標準欄位 -&gt; JSON 指標」的非空物件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+276"/>
        <location line="+32"/>
        <source>stream &quot;%1&quot;</source>
        <translation>資料流 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+90"/>
        <location line="+234"/>
        <location line="+70"/>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>must start with /</source>
        <translation>必須以 / 開頭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown entity &quot;%1&quot; (use customer, order, return, ticket, campaign_event or interaction)</source>
        <translation>未知實體 &quot;%1&quot;（請使用 customer、order、return、ticket、campaign_event 或 interaction）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object of parameter -&gt; value</source>
        <translation>應為「參數 -&gt; 值」的物件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a string or a number</source>
        <translation>應為字串或數字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;records&quot; is missing (the JSON pointer of the record array, e.g. &quot;/data&quot;)</source>
        <translation>缺少 &quot;records&quot;（記錄陣列的 JSON 指標，例如 &quot;/data&quot;）</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+94"/>
        <source>expected {&quot;path&quot;: ..., &quot;equals&quot;: ...}</source>
        <translation>應為 {&quot;path&quot;: ..., &quot;equals&quot;: ...}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&quot;map&quot; is missing</source>
        <translation>缺少 &quot;map&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;source_id&quot; is missing (every stream maps the record id)</source>
        <translation>缺少 &quot;source_id&quot;（每個資料流都必須對映記錄 ID）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected {&quot;path&quot;: ..., &quot;map&quot;: {...}}</source>
        <translation>應為 {&quot;path&quot;: ..., &quot;map&quot;: {...}}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected an object of scope key -&gt; query parameter</source>
        <translation>應為「範圍鍵 -&gt; 查詢參數」形式的物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; (use territory, owner, queue or customers)</source>
        <translation>未知的鍵「%1」（可用 territory、owner、queue 或 customers）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected the name of a query parameter</source>
        <translation>應為查詢參數的名稱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected {&quot;path&quot;: ..., &quot;where&quot;: {&quot;path&quot;: ..., &quot;equals&quot;: ...}, &quot;parent&quot;: ...}</source>
        <translation>應為 {&quot;path&quot;: ..., &quot;where&quot;: {&quot;path&quot;: ..., &quot;equals&quot;: ...}, &quot;parent&quot;: ...}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected an object of name -&gt; {&quot;stream&quot;: ..., &quot;path&quot;: ...}</source>
        <translation>應為「名稱 -&gt; {&quot;stream&quot;: ..., &quot;path&quot;: ...}」的物件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected {&quot;stream&quot;: ..., &quot;path&quot;: ...}</source>
        <translation>應為 {&quot;stream&quot;: ..., &quot;path&quot;: ...}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected true or false</source>
        <translation>應為 true 或 false</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected an object of name -&gt; {&quot;records&quot;: ..., &quot;stream&quot;: ...}</source>
        <translation>應為「名稱 -&gt; {&quot;records&quot;: ..., &quot;stream&quot;: ...}」的物件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected {&quot;records&quot;: ..., &quot;stream&quot;: ...}</source>
        <translation>應為 {&quot;records&quot;: ..., &quot;stream&quot;: ...}</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+30"/>
        <source>names no other stream &quot;%1&quot; (streams: %2)</source>
        <translation>指定的 &quot;%1&quot; 不是另一個資料流（資料流：%2）</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>refers to an unknown stream &quot;%1&quot; (streams: %2)</source>
        <translation>參照了未知的資料流 &quot;%1&quot;（資料流：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names no other reference &quot;%1&quot; of the stream</source>
        <translation>指定的 &quot;%1&quot; 不是該資料流的另一個參照</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unknown type &quot;%1&quot; (use cursor_body, next_url_body, link_header, offset, page_number, last_id or none)</source>
        <translation>未知型別 &quot;%1&quot;（請使用 cursor_body、next_url_body、link_header、offset、page_number、last_id 或 none）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key &quot;%1&quot; for type %2</source>
        <translation>型別 %2 不支援鍵 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;page_size_param&quot; is missing (%1 needs it to know a short, last page)</source>
        <translation>缺少 &quot;page_size_param&quot;（%1 需要它來識別不滿一頁的最後一頁）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an integer</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a JSON pointer</source>
        <translation>&quot;%1&quot; 不是 JSON 指標</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown type &quot;%1&quot; (use paginator_cursor or timestamp)</source>
        <translation>未知型別 &quot;%1&quot;（請使用 paginator_cursor 或 timestamp）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>未知格式 &quot;%1&quot;（請使用 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>應為非負整數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 日期時間</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected {&quot;requests_per_second&quot;: a number &gt; 0}</source>
        <translation>應為 {&quot;requests_per_second&quot;: 大於 0 的數字}</translation>
    </message>
</context>
<context>
    <name>c360::sync::ManifestRegistry</name>
    <message>
        <location line="+171"/>
        <source>There is no shipped connector named &quot;%1&quot; (known: %2)</source>
        <translation>沒有名為 &quot;%1&quot; 的內建聯結器（已知：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the connector manifest %1: %2</source>
        <translation>無法讀取聯結器清單 %1：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::NextUrlBodyPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="-94"/>
        <source>The server says more pages follow but gives no new URL at %1</source>
        <translation>伺服器表示還有更多頁，但在 %1 處沒有提供新的 URL</translation>
    </message>
</context>
<context>
    <name>c360::sync::OffsetPaginator</name>
    <message>
        <location line="+53"/>
        <source>The checkpoint &quot;%1&quot; is not a number; reset the stream.</source>
        <translation>檢查點 &quot;%1&quot; 不是數字；請重置該資料流。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxPusher</name>
    <message>
        <location filename="../../sync/OutboxPusher.cpp" line="+16"/>
        <source>the server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No source takes “%1” writes: name one under &quot;outbox&quot; in the sources file, then retry.</source>
        <translation>沒有資料來源接受「%1」寫入：請在資料來源檔案的 &quot;outbox&quot; 下指定一個，然後重試。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Outbox: the server cannot be reached; changes wait.</source>
        <translation>寄件匣：無法連線伺服器；更改將等待傳送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 sent, %2 rejected, %3 to retry, %4 in conflict.</source>
        <translation>寄件匣：已傳送 %1 項，遭拒 %2 項，待重試 %3 項，發生衝突 %4 項。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox: %1 sent, %2 rejected, %3 to retry.</source>
        <translation>寄件匣：已傳送 %1 筆，被拒絕 %2 筆，待重試 %3 筆。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxStore</name>
    <message>
        <location filename="../../sync/OutboxStore.cpp" line="+139"/>
        <source>The outbox %1 could not be read. Nothing was changed in it; close the other C360 windows and try again.</source>
        <translation>無法讀取寄件匣 %1。其中的內容沒有任何變更；請關閉其他 C360 視窗後再試一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.</source>
        <translation>寄件匣 %1 由更新版本的 C360 寫入（架構 %2）；目前版本最高只支援 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outbox could not be upgraded.</source>
        <translation>無法升級寄件匣。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>The outbox could not be upgraded to schema %1.</source>
        <translation>無法將寄件匣升級到架構 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Could not save the change in the outbox.</source>
        <translation>無法將更改儲存到寄件匣。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+25"/>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>Could not read the outbox.</source>
        <translation>無法讀取寄件匣。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Could not update the outbox.</source>
        <translation>無法更新寄件匣。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item is no longer in conflict (it was resolved already).</source>
        <translation>此項目已不再有衝突（已解決）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxWorker</name>
    <message>
        <location filename="../../sync/OutboxController.cpp" line="+47"/>
        <location line="+15"/>
        <source>Sending the outbox</source>
        <translation>送出寄件匣</translation>
    </message>
</context>
<context>
    <name>c360::sync::PagePrefetcher</name>
    <message>
        <location filename="../../sync/PagePrefetcher.cpp" line="+45"/>
        <source>The sync read past the last page of a stream.</source>
        <translation>同步讀取超出了資料流的最後一頁。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+2"/>
        <source>A page of records could not be read.</source>
        <translation>無法讀取一頁記錄。</translation>
    </message>
</context>
<context>
    <name>c360::sync::ReachabilityProbe</name>
    <message>
        <location filename="../../sync/ConnectivityMonitor.cpp" line="-166"/>
        <source>The connection check</source>
        <translation>連線檢查</translation>
    </message>
</context>
<context>
    <name>c360::sync::Reader</name>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+88"/>
        <source>Connector manifest %1, %2: %3</source>
        <translation>聯結器清單 %1，%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key “%1”</source>
        <translation>未知的鍵「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is required</source>
        <translation>「%1」為必填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” must be a string</source>
        <translation>「%1」必須是字串</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a JSON pointer</source>
        <translation>「%1」不是 JSON 指標</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method “%1” (use GET, POST, PUT or PATCH)</source>
        <translation>方法「%1」（請使用 GET、POST、PUT 或 PATCH）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“path” must start with /</source>
        <translation>「path」必須以 / 開頭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“query” must be an object of name → template</source>
        <translation>「query」必須是「名稱 → 範本」的物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query “%1” must be a string</source>
        <translation>查詢參數「%1」必須是字串</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“body” must be an object (or &quot;{payload}&quot;)</source>
        <translation>「body」必須是物件（或 &quot;{payload}&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“form” must be true or false</source>
        <translation>「form」必須是 true 或 false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a GET has no body</source>
        <translation>GET 請求不能有本文</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+35"/>
        <location line="+114"/>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>“request” (an object) is required</source>
        <translation>「request」（物件）為必填</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“lookups” must be an array</source>
        <translation>「lookups」必須是陣列</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“idempotency” (an object) is required: how the vendor keeps a write from being applied twice</source>
        <translation>「idempotency」（物件）為必填：說明廠商如何避免同一寫入被套用兩次</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>method “%1” (use header, external_id, upsert, search, state or replace)</source>
        <translation>方法「%1」（請使用 header、external_id、upsert、search、state 或 replace）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an upsert is a PUT or PATCH</source>
        <translation>upsert 須為 PUT 或 PATCH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an upsert names the key in its path (…/External_Id__c/{key})</source>
        <translation>upsert 須在路徑中指定鍵（…/External_Id__c/{key}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“check” (the request that finds an earlier attempt) is required</source>
        <translation>「check」（用來找出先前嘗試的請求）為必填</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the key must be written with the record ({key}) so that the check finds it</source>
        <translation>鍵必須隨記錄一起寫入（{key}），check 才能找到它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“replace” is for a PUT or PATCH that sets a value; a POST creates</source>
        <translation>「replace」用於設定值的 PUT 或 PATCH；POST 是建立</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>method “%1” (use stamp or read_compare)</source>
        <translation>方法「%1」（請使用 stamp 或 read_compare）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>“statuses” must be a list of HTTP statuses</source>
        <translation>「statuses」必須是 HTTP 狀態碼清單</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“read” must be a request object</source>
        <translation>「read」必須是請求物件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read_compare needs “read”: the request that reads the record now</source>
        <translation>read_compare 需要「read」：用於讀取記錄目前狀態的請求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stamp needs “answer_record” or “read”: where the record now comes from</source>
        <translation>stamp 需要「answer_record」或「read」：記錄目前狀態的來源</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“fields” (name → JSON pointer in the record) is required</source>
        <translation>必須提供「fields」（名稱 → 記錄中的 JSON 指標）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field “%1” must be a JSON pointer</source>
        <translation>欄位「%1」必須是 JSON 指標</translation>
    </message>
</context>
<context>
    <name>c360::sync::RecordMapper</name>
    <message>
        <location filename="../../sync/RecordMapper.cpp" line="+153"/>
        <source>field %1 (%2): %3</source>
        <translation>欄位 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the default of %1 is not %2</source>
        <translation>%1 的預設值不是 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1 is missing (required %2)</source>
        <translation>缺少欄位 %1（%2 必填）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1 is %2, expected %3 (%4): %5</source>
        <translation>欄位 %1 為 %2，應為 %3（%4）：%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record is %1, expected an object</source>
        <translation>該記錄為 %1，應為物件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>field %1 is empty (required source_id)</source>
        <translation>欄位 %1 為空（source_id 必填）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>field %1 is %2, expected an array (%3)</source>
        <translation>欄位 %1 為 %2，應為陣列（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1 is %2, expected an object</source>
        <translation>欄位 %1 為 %2，應為物件</translation>
    </message>
</context>
<context>
    <name>c360::sync::ScopeSweep</name>
    <message>
        <location filename="../../sync/ScopeSweep.cpp" line="+33"/>
        <location line="+8"/>
        <source>The sync state could not be read.</source>
        <translation>無法讀取同步狀態。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The outbox could not be read.</source>
        <translation>無法讀取寄件匣。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>The customers out of the sync scope could not be read.</source>
        <translation>無法讀取超出同步範圍的客戶。</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>已刪除 %n 位超出同步範圍的客戶，但無法開啟稽核日誌：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not record it: %1</source>
        <translation>
            <numerusform>已刪除 %n 位超出同步範圍的客戶，但稽核日誌無法記錄：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::sync::SignIn</name>
    <message>
        <location filename="../../sync/SignIn.cpp" line="+40"/>
        <source>Sources file %1 is too large or too deeply nested</source>
        <translation>資料來源檔案 %1 過大或巢狀層級過深</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>資料來源檔案 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources file %1: &quot;sign_in&quot;: %2</source>
        <translation>資料來源檔案 %1：&quot;sign_in&quot;：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object such as {&quot;source&quot;: &quot;crm&quot;}</source>
        <translation>必須是物件，例如 {&quot;source&quot;: &quot;crm&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必須是非空字串</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;path&quot; must start with /</source>
        <translation>&quot;path&quot; 必須以 / 開頭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a JSON pointer (it starts with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指標（應以 / 開頭）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;roles&quot; must map the backend&apos;s role names to agent, supervisor, field or auditor</source>
        <translation>&quot;roles&quot; 必須將後端的角色名稱對應到 agent、supervisor、field 或 auditor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;roles&quot;: &quot;%1&quot; maps to &quot;%2&quot;, which is not agent, supervisor, field or auditor</source>
        <translation>&quot;roles&quot;：&quot;%1&quot; 對應到 &quot;%2&quot;，但它不是 agent、supervisor、field 或 auditor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign-in through %1 needs a user&apos;s credentials (bearer, basic or API key), not %2.</source>
        <translation>透過 %1 登入需要使用者憑證（bearer、basic 或 API key），而非 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sign in at %1: %2</source>
        <translation>無法在 %1 登入：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the sign-in (HTTP %2): check the credentials.</source>
        <translation>%1 拒絕了登入（HTTP %2）：請檢查憑證。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered the sign-in with HTTP %2.</source>
        <translation>%1 對登入要求回傳了 HTTP %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a sign-in answer that is too large or too deeply nested.</source>
        <translation>%1 回傳的登入回應過大或巢狀層級過深。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent a sign-in answer that is not JSON.</source>
        <translation>%1 回傳的登入回應不是 JSON。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s sign-in answer lacks the user (%2) or the role (%3).</source>
        <translation>%1 的登入回應中缺少使用者（%2）或角色（%3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 says the role is &quot;%2&quot;, which this workstation does not know; a &quot;roles&quot; map in &quot;sign_in&quot; names what it is here.</source>
        <translation>%1 回傳的角色為「%2」，本工作台無法識別；請在 &quot;sign_in&quot; 中以 &quot;roles&quot; 對應指明它在此對應的角色。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>無法讀取資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sources file %1: &quot;sign_in&quot; names the source &quot;%2&quot;, which the file does not have.</source>
        <translation>資料來源檔案 %1：&quot;sign_in&quot; 指定的資料來源「%2」在該檔案中不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--role %1 is refused: %2 signed in as %3, which does not include it.</source>
        <translation>--role %1 遭拒：%2 以 %3 身分登入，該角色不包含 %1。</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourceProbe</name>
    <message>
        <location filename="../../sync/SourceProbe.cpp" line="+79"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>聯結器 %1 沒有資料流 &quot;%2&quot;（現有：%3）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourceReader</name>
    <message>
        <location filename="../../sync/SourcesFile.cpp" line="+73"/>
        <source>Sources file %1: %2: %3</source>
        <translation>資料來源檔案 %1：%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必須是非空字串</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourcesFile</name>
    <message>
        <location line="+21"/>
        <source>%1: the secret comes from the environment variable %2, which is not set</source>
        <translation>%1：金鑰來自環境變數 %2，但該變數未設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>%1：「%2」不是有效的鑰匙圈項目名稱（請使用字母、數字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the keychain entry &quot;%2&quot; is empty</source>
        <translation>%1：鑰匙圈項目「%2」為空</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>無法讀取資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources file %1 is too large or too deeply nested (%2)</source>
        <translation>資料來源檔案 %1 過大或巢狀過深（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>資料來源檔案 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1: expected {&quot;sources&quot;: [ ... ]}</source>
        <translation>資料來源檔案 %1：應為 {&quot;sources&quot;: [ ... ]}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>source #%1</source>
        <translation>資料來源 #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source &quot;%1&quot;</source>
        <translation>資料來源 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is used twice</source>
        <translation>名稱被使用了兩次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;base_url&quot; must be an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>&quot;base_url&quot; 必須是 http:// 或 https:// 位址，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;auth&quot; must be an object</source>
        <translation>&quot;auth&quot; 必須是物件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown type &quot;%1&quot; (use bearer, api_key, basic, oauth2_client_credentials or none)</source>
        <translation>未知型別 &quot;%1&quot;（請使用 bearer、api_key、basic、oauth2_client_credentials 或 none）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>api_key needs either &quot;header&quot; or &quot;query&quot; (the parameter name)</source>
        <translation>api_key 需要 &quot;header&quot; 或 &quot;query&quot;（參數名稱）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sources file %1: %2 auth</source>
        <translation>資料來源檔案 %1：%2 認證</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;config&quot; must be an object</source>
        <translation>&quot;config&quot; 必須是物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>&quot;streams&quot; must be a list of stream names</source>
        <translation>&quot;streams&quot; 必須是資料流名稱清單</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sources file %1: scope: %2</source>
        <translation>資料來源檔案 %1：scope：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object such as {&quot;territory&quot;: &quot;north&quot;}</source>
        <translation>應為物件，例如 {&quot;territory&quot;: &quot;north&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a text or a list of texts</source>
        <translation>「%1」必須是文字或文字清單</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;customers_file&quot; must be the path of a file of customer ids, one a line</source>
        <translation>「customers_file」必須是客戶 ID 檔案的路徑，每行一個 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read the customers file %1: %2</source>
        <translation>無法讀取客戶檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 line %2: one customer id, e-mail address or phone number a line</source>
        <translation>%1 第 %2 行：每行一個客戶 ID、電子郵件地址或電話號碼</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key &quot;%1&quot; (use territory, owner, queue, customers or customers_file)</source>
        <translation>未知的鍵「%1」（可用 territory、owner、queue、customers 或 customers_file）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it names no customer; give territory, owner, queue, customers or customers_file, or leave &quot;scope&quot; out to sync every customer</source>
        <translation>未指定任何客戶；請提供 territory、owner、queue、customers 或 customers_file，或刪除 &quot;scope&quot; 以同步所有客戶</translation>
    </message>
</context>
<context>
    <name>c360::sync::WriteActions</name>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+80"/>
        <source>Connector manifest %1 is not valid JSON</source>
        <translation>聯結器清單 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an object of outbox kind → action</source>
        <translation>應為「寄件匣類型 → 動作」的物件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the connector manifest %1: %2</source>
        <translation>無法讀取聯結器清單 %1：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::WriteExecutor</name>
    <message>
        <location filename="../../sync/WriteExecutor.cpp" line="+167"/>
        <source>(no explanation given)</source>
        <translation>（未提供說明）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OAuth2 client credentials were refused by %1 (HTTP %2): %3</source>
        <translation>%1 拒絕了 OAuth2 客戶端憑證（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The source “%1” has no credential this write could be sent with (auth “%2”); it was not sent. Give the source a secret in the sources file, then retry.</source>
        <translation>資料來源「%1」沒有可用於傳送此寫入的憑證（auth「%2」）；未傳送。請在資料來源檔案中為該資料來源設定金鑰，然後重試。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The credentials were refused by %1 (HTTP %2): %3</source>
        <translation>%1 拒絕了憑證（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed at %1 (HTTP %2); will retry.</source>
        <translation>在 %1 失敗（HTTP %2）；將重試。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected by %1 (HTTP %2): %3</source>
        <translation>被 %1 拒絕（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 refused the change as out of date but did not say how the record is now.</source>
        <translation>%1 以版本過舊為由拒絕了此變更，但未傳回記錄的目前狀態。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer of %1 with the record as it is now could not be read; will retry.</source>
        <translation>無法讀取 %1 傳回的記錄目前狀態，將重試。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changed in %1 since you saw it (now %2): nothing was overwritten. Resolve the conflict: keep yours, take the server&apos;s, or edit.</source>
        <translation>自您檢視後已在 %1 中變更（目前為 %2）：未覆寫任何內容。請解決衝突：保留您的版本、採用伺服器版本或進行編輯。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer version</source>
        <translation>較新的版本</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The answer of %1 to the lookup of “%2” could not be read; will retry.</source>
        <translation>無法讀取 %1 對「%2」查詢的回應；將重試。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has nothing to act on: its answer to the lookup of “%2” is empty (%3).</source>
        <translation>%1 沒有可處理的對象：其對「%2」查詢的回應為空（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer of %1 to the check for an earlier attempt could not be read; will retry.</source>
        <translation>無法讀取 %1 對先前嘗試檢查的回應；將重試。</translation>
    </message>
</context>
<context>
    <name>c360::ui::AgentWrites</name>
    <message>
        <location filename="../../ui/AgentWrites.cpp" line="+214"/>
        <source>Nothing to change: give the ticket a new status or priority.</source>
        <translation>沒有需要變更的內容：請為工單指定新的狀態或優先順序。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not read your notes and wrap-ups from the outbox.</source>
        <translation>無法從寄件匣讀取您的備註和話後小結。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrap-up: %1</source>
        <translation>話後小結：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap-up: %1 · %2</source>
        <translation>話後小結：%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompt accepted: %1</source>
        <translation>已採納提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt dismissed: %1</source>
        <translation>已略過提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt kept for later: %1</source>
        <translation>稍後處理提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt %1: %2</source>
        <translation>提示 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ticket: %1</source>
        <translation>新工單：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order %1</source>
        <translation>取消訂單 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New shipping address for order %1: %2</source>
        <translation>訂單 %1 的新收貨地址：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund order %1</source>
        <translation>訂單 %1 退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund %1 of order %2</source>
        <translation>訂單 %2 退款 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1: priority %2</source>
        <translation>工單 %1：優先順序 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1: status %2</source>
        <translation>工單 %1：狀態 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1: status %2, priority %3</source>
        <translation>工單 %1：狀態 %2，優先順序 %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This item is no longer in conflict (it was resolved already).</source>
        <translation>此項目已不再有衝突（已解決）。</translation>
    </message>
</context>
<context>
    <name>c360::ui::AgentWritesPanel</name>
    <message>
        <location filename="../../ui/AgentWritesPanel.cpp" line="+22"/>
        <source>Add note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a note for this customer (Ctrl+Shift+N)</source>
        <translation>為該客戶寫備註（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected failed item again</source>
        <translation>重新發送所選的失敗項</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+51"/>
        <location line="+98"/>
        <source>Your notes and wrap-ups</source>
        <translation>我的備註和通話後處理</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Resolve conflict…</source>
        <translation>解決衝突…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare your change with the server&apos;s version and choose</source>
        <translation>將您的變更與伺服器版本比較，然後做出選擇</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Notes are off: no outbox file could be opened.</source>
        <translation>備註已停用：無法打開寄件匣檔案。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · waiting to be sent</source>
        <translation>由我寫入 · 等待傳送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · not accepted: %1</source>
        <translation>由我寫入 · 未被接受：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · sent</source>
        <translation>由我寫入 · 已傳送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflict: changed on the server — resolve</source>
        <translation>衝突：已於伺服器上變更 — 請解決</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discarded: the server&apos;s version was kept</source>
        <translation>已捨棄：已保留伺服器版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Your notes and wrap-ups — %n conflict(s) to resolve</source>
        <translation>
            <numerusform>您的備註與通話摘要 — %n 個衝突待解決</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n failed</source>
        <translation>
            <numerusform>我的備註和通話後處理 — %n 筆失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n waiting to be sent</source>
        <translation>
            <numerusform>我的備註和通話後處理 — %n 筆待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your change goes out again, based on the server&apos;s version.</source>
        <translation>您的變更將以伺服器版本為基礎重新傳送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your change was discarded; the server&apos;s version stays.</source>
        <translation>您的變更已捨棄；保留伺服器版本。</translation>
    </message>
</context>
<context>
    <name>c360::ui::CallBar</name>
    <message>
        <location filename="../../ui/CallBar.cpp" line="+29"/>
        <source>Resume (%1)</source>
        <translation>恢復 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold (%1)</source>
        <translation>保留 (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hold / resume (%1)</source>
        <translation>保留 / 恢復 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call reason…</source>
        <translation>來電原因…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the customer calls (%1); the prompts follow it</source>
        <translation>客戶來電原因 (%1)；提示隨之調整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes during the call (%1)</source>
        <translation>通話中的備註 (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End call (%1)</source>
        <translation>結束通話 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call and wrap up (%1)</source>
        <translation>結束通話並進行話後處理 (%1)</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>On hold %1</source>
        <translation>保留中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call time; on hold %1 in all</source>
        <translation>通話時長；共保留 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call time</source>
        <translation>通話時長</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Transfer note</source>
        <translation>轉接備註</translation>
    </message>
</context>
<context>
    <name>c360::ui::ConflictDialog</name>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="+39"/>
        <location line="+47"/>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Take the server&apos;s</source>
        <translation>採用伺服器版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit mine</source>
        <translation>編輯我的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve conflict</source>
        <translation>解決衝突</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you saw it</source>
        <translation>您檢視時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s now</source>
        <translation>伺服器目前版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your version and the server&apos;s, field by field</source>
        <translation>逐欄比對您的版本與伺服器版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your change again, based on the server&apos;s version now</source>
        <translation>以伺服器目前版本為基礎重新傳送您的變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your change and keep the server&apos;s version (recorded in the audit log)</source>
        <translation>捨棄您的變更並保留伺服器版本（記入稽核日誌）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your values before keeping them</source>
        <translation>先修改您的值，再保留</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The record changed on the server after you saw it; your change was not applied. Compare both versions and choose.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;您檢視該記錄後，它已於伺服器上變更；您的變更未套用。請比較兩個版本並做出選擇。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yours: written %1, on the version of %2.</source>
        <translation>您的版本：填寫於 %1，根據 %2 的版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours: written %1 by %2, on the version of %3.</source>
        <translation>您的版本：由 %2 於 %1 填寫，根據 %3 的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s version: changed %1.</source>
        <translation>伺服器上的版本：修改於 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilment</source>
        <translation>出貨處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>取消於</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You changed this</source>
        <translation>您變更了此項目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed on the server since you saw it</source>
        <translation>自您檢視後已於伺服器上變更</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep my edited version</source>
        <translation>保留我編輯後的版本</translation>
    </message>
</context>
<context>
    <name>c360::ui::CredentialsDialog</name>
    <message>
        <location filename="../../ui/CredentialsDialog.cpp" line="+22"/>
        <source>&amp;Store in keychain</source>
        <translation>儲存到鑰匙圈(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in / credentials</source>
        <translation>登入 / 憑證</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name the sources file uses: &quot;secret&quot;: &quot;keychain:NAME&quot;.</source>
        <translation>資料來源檔案中使用的名稱：&quot;secret&quot;: &quot;keychain:NAME&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token or password. It goes to the operating system&apos;s keychain, never into a file.</source>
        <translation>權杖或密碼。它會儲存到作業系統的鑰匙圈中，絕不會寫入檔案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens and passwords of your sources are kept in the operating system&apos;s keychain (%1). Name one here and use it in the sources file as keychain:NAME.</source>
        <translation>資料來源的權杖和密碼儲存在作業系統的鑰匙圈（%1）中。在此為其命名，並在資料來源檔案中以 keychain:NAME 引用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret</source>
        <translation>密鑰(&amp;S)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the secret a name of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (for example crm-token).</source>
        <translation>請為密鑰命名，可使用字母、數字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;（例如 crm-token）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the token or password to store.</source>
        <translation>輸入要儲存的權杖或密碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing %1 in the keychain…</source>
        <translation>正在將 %1 儲存到鑰匙圈…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored %1 in the keychain. The next sync uses it.</source>
        <translation>已將 %1 儲存到鑰匙圈。下次同步時將使用它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain</source>
        <translation>沒有鑰匙圈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep %1 in memory for this session only? It is not saved anywhere: you will be asked again after C360 Workstation closes.</source>
        <translation>僅在本次工作階段中將 %1 保留在記憶體中？它不會儲存到任何地方：C360 客服工作台關閉後將再次詢問您。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep for this session</source>
        <translation>僅在本次工作階段中保留</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is kept for this session only; nothing was saved.</source>
        <translation>%1 僅在本次工作階段中保留；未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was stored: no keychain service is running.</source>
        <translation>未儲存任何內容：沒有正在執行的鑰匙圈服務。</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerHeader</name>
    <message>
        <location filename="../../ui/CustomerHeader.cpp" line="+73"/>
        <source>Which records of which systems make up this customer, and why (Ctrl+L)</source>
        <translation>該客戶由哪些系統的哪些記錄組成，以及原因（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reveal</source>
        <translation>顯示完整資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this customer&apos;s phone numbers and e-mail addresses in full (recorded in the audit log)</source>
        <translation>顯示此客戶完整的電話號碼和電子郵件地址（會記錄在稽核日誌中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer…</source>
        <translation>新客戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take down the caller&apos;s name and contacts as a new customer</source>
        <translation>將來電者的姓名與聯絡方式登記為新客戶</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New caller</source>
        <translation>新來電者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No customer on record for %1. Search by name or e-mail (Ctrl+F), or take the details as a new customer.</source>
        <translation>沒有 %1 的客戶記錄。請依姓名或電子郵件搜尋（Ctrl+F），或將這些資料登記為新客戶。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New customer, waiting in the outbox: they open here once the CRM has them (after the next sync). This call and its wrap-up are filed under them.</source>
        <translation>新客戶，正在寄件匣中等待：CRM 中建立該客戶後（下次同步後）將在此處開啟。此來電及其通話摘要將歸檔至該客戶名下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who is calling?</source>
        <translation>來電者是誰？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) share %1: pick the caller in the list on the left.</source>
        <translation>
            <numerusform>%n 位客戶共用 %1：請在左側清單中選擇來電者。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No customer open</source>
        <translation>未開啟客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a customer by name, phone, email, order or ticket number.</source>
        <translation>按姓名、電話、電子郵件、訂單編號或工單編號搜尋客戶。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>（來自 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Golden record: the name %1</source>
        <translation>黃金記錄：姓名%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail %1</source>
        <translation>電子郵件%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone %1</source>
        <translation>電話%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City %1</source>
        <translation>城市%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WeChat linked</source>
        <translation>已繫結微信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact details on record</source>
        <translation>沒有聯絡方式記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n linked record(s) from %1</source>
        <translation>
            <numerusform>來自 %1 的 %n 筆關聯紀錄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::DashboardWindow</name>
    <message>
        <location filename="../../ui/DashboardWindow.cpp" line="+102"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team dashboards — C360 Workstation</source>
        <translation>團隊儀表板 — C360 客服工作台</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Contacts by queue</source>
        <translation>各佇列的聯絡數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact reasons</source>
        <translation>聯絡原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution (%)</source>
        <translation>首次聯絡解決率（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat contacts within 7 days (%)</source>
        <translation>7 天內重複聯絡率（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time by agent (s)</source>
        <translation>各客服人員的平均處理時間（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts: accepted / dismissed / later</source>
        <translation>提示：已接受 / 已忽略 / 稍後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissal reasons</source>
        <translation>忽略原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt acceptance trend (%)</source>
        <translation>提示接受率趨勢（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt answers by agent: accepted / dismissed / later</source>
        <translation>各客服人員的提示回答：接受 / 拒絕 / 稍後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey stages reached by customers served</source>
        <translation>所服務客戶達到的旅程階段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment mix of customers served</source>
        <translation>所服務客戶的客群組成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First day of the period</source>
        <translation>期間的第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>期間的最後一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All queues</source>
        <translation>所有佇列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agents</source>
        <translation>所有客服人員</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From </source>
        <translation>從 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to </source>
        <translation> 至 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue </source>
        <translation>佇列 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Agent </source>
        <translation> 客服人員 </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customers…</source>
        <translation>客戶…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customers behind the chart</source>
        <translation>圖表背後的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart as a picture</source>
        <translation>將圖表儲存為圖片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart&apos;s figures as CSV</source>
        <translation>將圖表的資料儲存為 CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report (PDF)…</source>
        <translation>報表 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;efresh</source>
        <translation>重新整理(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The period starts after it ends; pick a first day before the last.</source>
        <translation>期間的開始日期晚於結束日期；請選擇早於最後一天的第一天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+411"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="-410"/>
        <location line="+411"/>
        <source>queue %1</source>
        <translation>佇列 %1</translation>
    </message>
    <message>
        <location line="-410"/>
        <location line="+411"/>
        <source>agent %1</source>
        <translation>客服人員 %1</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>No contacts from %1 to %2 with these filters.</source>
        <translation>在這些篩選條件下，%1 至 %2 沒有聯絡紀錄。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts from %1 to %2: the newest contact in this cache is from %3 (sync to bring newer ones).</source>
        <translation>%1 至 %2 沒有聯絡紀錄：此本機快取中最新的聯絡紀錄來自 %3（同步以取得較新的紀錄）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the 30 days up to %1</source>
        <translation>顯示截至 %1 的 30 天</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+48"/>
        <source>Contacts</source>
        <translation>聯絡數</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolved at first contact</source>
        <translation>首次聯絡即解決</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat contacts</source>
        <translation>重複聯絡</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average handle time (s)</source>
        <translation>平均處理時間（秒）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Average wrap-up time (s)</source>
        <translation>平均通話後處理時間（秒）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not recorded)</source>
        <translation>（未記錄）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accepted (%)</source>
        <translation>已接受（%）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Customers — %1</source>
        <translation>客戶 — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open customer</source>
        <translation>開啟客戶(&amp;O)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>Team dashboards</source>
        <translation>團隊儀表板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all queues</source>
        <translation>所有佇列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all agents</source>
        <translation>所有客服人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save chart as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save figures as CSV</source>
        <translation>將資料儲存為 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the dashboard report</source>
        <translation>儲存儀表板報表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>c360::ui::DataQualityView</name>
    <message>
        <location filename="../../ui/DataQualityView.cpp" line="+47"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected duplicates</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid phones and e-mails</source>
        <translation>無效電話和電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting values</source>
        <translation>衝突值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>決定記錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge selected pair</source>
        <translation>合併所選的一對</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is undone (required)</source>
        <translation>復原原因（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo decision</source>
        <translation>復原決定(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision %1</source>
        <translation>決定 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2</source>
        <translation>%1 與 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions (%1)</source>
        <translation>決定記錄（%1）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Suspected duplicates (%1)</source>
        <translation>疑似重複（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid phones and e-mails (%1)</source>
        <translation>無效電話和電子郵件（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflicting values (%1)</source>
        <translation>衝突值（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer id %1</source>
        <translation>客戶 ID %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::EventDetailPane</name>
    <message>
        <location filename="../../ui/EventDetailPane.cpp" line="+20"/>
        <source>Details of the selected event</source>
        <translation>所選事件的詳細資料</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select an event in the timeline to see its details.</source>
        <translation>在時間軸中選擇一個事件以檢視詳情。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Source data</source>
        <translation>來源資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 of %2 / %3, as received:</source>
        <translation>%2 / %3 的記錄 %1（原樣）：</translation>
    </message>
</context>
<context>
    <name>c360::ui::HistoryExport</name>
    <message>
        <location filename="../../ui/HistoryExport.cpp" line="+54"/>
        <location line="+27"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The history could not be written to %1.</source>
        <translation>無法將歷史記錄寫入 %1。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+17"/>
        <source>History of %1</source>
        <translation>%1 的歷史記錄</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%n event(s) · printed %1</source>
        <translation>
            <numerusform>%n 個事件 · 列印於 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinds: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all sources</source>
        <translation>所有資料來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sources: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with system changes</source>
        <translation>包含系統變更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without system changes</source>
        <translation>不含系統變更</translation>
    </message>
</context>
<context>
    <name>c360::ui::JourneyPanel</name>
    <message>
        <location filename="../../ui/JourneyPanel.cpp" line="+49"/>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole journey (Home)</source>
        <translation>顯示完整旅程（Home）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Open a customer to see the journey.</source>
        <translation>開啟客戶以檢視客戶旅程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the journey…</source>
        <translation>正在載入客戶旅程…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 個接觸點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friction flag(s)</source>
        <translation>
            <numerusform>%n 個摩擦標記</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now: %1</source>
        <translation>目前：%1</translation>
    </message>
</context>
<context>
    <name>c360::ui::JourneyView</name>
    <message>
        <location filename="../../ui/JourneyView.cpp" line="+49"/>
        <source>Customer journey</source>
        <translation>客戶旅程</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail/SMS</source>
        <translation>電子郵件/簡訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>線上聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Social</source>
        <translation>社群</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No touchpoints to show.</source>
        <translation>沒有可顯示的接觸點。</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Stage: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction on this touchpoint</source>
        <translation>此接觸點有摩擦</translation>
    </message>
</context>
<context>
    <name>c360::ui::LinkedRecordsDialog</name>
    <message>
        <location filename="../../ui/LinkedRecordsDialog.cpp" line="+30"/>
        <source>Linked records</source>
        <translation>關聯記錄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Golden values</source>
        <translation>黃金值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>來自</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split record out</source>
        <translation>拆分出記錄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer id to merge with</source>
        <translation>要合併的客戶 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2 linked records (showing %3)</source>
        <translation>%1 — %2 筆關聯紀錄（顯示 %3 筆）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 linked records</source>
        <translation>%1 — %2 筆關聯紀錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call or chat</source>
        <translation>通話或對話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign event</source>
        <translation>行銷活動事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>問卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart</source>
        <translation>購物車</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>CRM 編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone digits and name</source>
        <translation>電話號碼數字與姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar name</source>
        <translation>相似姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared key and name</source>
        <translation>共用識別與姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match yet</source>
        <translation>尚無相符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No linking key</source>
        <translation>無可關聯的識別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s merge</source>
        <translation>主管合併</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From %1: %2</source>
        <translation>來自 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This record supplied the golden %1</source>
        <translation>此記錄提供了黃金%1</translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+77"/>
        <source>C360 Workstation</source>
        <translation>C360 客服工作台</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timeline and journey</source>
        <translation>時間軸和客戶旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>客戶旅程</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The saved rule pack could not be read (%1); using the shipped one.</source>
        <translation>無法讀取已儲存的規則包（%1）；將使用內建規則包。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data quality</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new customer was not saved: there is no outbox to keep it in.</source>
        <translation>新客戶未儲存：沒有可用於保存的寄件匣。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is saved in the outbox as a new customer and opens here after the next sync.</source>
        <translation>%1 已作為新客戶儲存至寄件匣，下次同步後將在此處開啟。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Wrap-up saved.</source>
        <translation>通話後處理已儲存。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync s&amp;tatus…</source>
        <translation>同步狀態(&amp;T)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboards…</source>
        <translation>儀表板(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ources…</source>
        <translation>資料來源(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take o&amp;ffline…</source>
        <translation>離線保存(&amp;F)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in / c&amp;redentials…</source>
        <translation>登入 / 憑證(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out…</source>
        <translation>登出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>查詢客戶(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Linked records…</source>
        <translation>關聯記錄(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note…</source>
        <translation>新增備註(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;ticket…</source>
        <translation>建立工單(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel selected order…</source>
        <translation>取消所選訂單(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change shipping &amp;address of selected order…</source>
        <translation>修改所選訂單的收件地址(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refund selected order…</source>
        <translation>退款所選訂單(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;status of selected ticket…</source>
        <translation>變更所選工單的狀態(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;system changes</source>
        <translation>顯示系統變更(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>匯出歷史記錄(&amp;X)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the customer&apos;s history</source>
        <translation>匯出客戶的歷史記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文件 (*.pdf);;CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History saved to %1.</source>
        <translation>歷史記錄已儲存到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Journey / timeline</source>
        <translation>客戶旅程 / 時間軸(&amp;J)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;all</source>
        <translation>通話(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hold / resume</source>
        <translation>保持 / 恢復(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;reason…</source>
        <translation>來電原因(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End call and wrap up</source>
        <translation>結束通話並進行通話後處理(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;calls…</source>
        <translation>最近通話(&amp;C)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Prompts</source>
        <translation>提示(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept prompt %1</source>
        <translation>接受提示 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss prompt %1…</source>
        <translation>忽略提示 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later: prompt %1</source>
        <translation>稍後：提示 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rules editor…</source>
        <translation>規則編輯器(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data quality…</source>
        <translation>資料品質(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About C360 Workstation</source>
        <translation>關於 C360 客服工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About C360 Workstation</source>
        <translation>關於 C360 客服工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;C360 Workstation %1&lt;/b&gt;&lt;p&gt;One view of the customer while the customer is on the line.&lt;/p&gt;</source>
        <translation>&lt;b&gt;C360 客服工作台 %1&lt;/b&gt;&lt;p&gt;客戶通話期間，一個畫面掌握客戶全貌。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+93"/>
        <location line="+249"/>
        <source>Open a customer first.</source>
        <translation>請先開啟客戶。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Open a customer first: a ticket belongs to a customer.</source>
        <translation>請先開啟客戶：工單屬於某位客戶。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create ticket</source>
        <translation>建立工單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the new ticket for %1:</source>
        <translation>%1 的新工單主旨：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ticket needs a subject; nothing was created.</source>
        <translation>工單需要主旨；未建立任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket queued for the helpdesk.</source>
        <translation>工單已排入佇列，將送往客服中心。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Select an order in the timeline first.</source>
        <translation>請先在時間軸中選擇一筆訂單。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cancel order</source>
        <translation>取消訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 for %2?</source>
        <translation>要為 %2 取消訂單 %1 嗎？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancellation of order %1 queued.</source>
        <translation>訂單 %1 的取消要求已排入佇列。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change shipping address</source>
        <translation>修改收件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New shipping address for order %1:</source>
        <translation>訂單 %1 的新收件地址：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No address given; nothing was changed.</source>
        <translation>未填寫地址；未做任何修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address change for order %1 queued.</source>
        <translation>訂單 %1 的地址修改已排入佇列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a ticket in the timeline first.</source>
        <translation>請先在時間軸中選取一張工單。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change ticket status</source>
        <translation>變更工單狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status of ticket %1 (now %2):</source>
        <translation>工單 %1 的新狀態（目前為 %2）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status change of ticket %1 queued.</source>
        <translation>工單 %1 的狀態變更已加入佇列。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a paid order in the timeline first.</source>
        <translation>請先在時間軸中選擇一筆已付款的訂單。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund of order %1 queued.</source>
        <translation>訂單 %1 的退款已排入佇列。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a customer first: a note belongs to a customer.</source>
        <translation>請先開啟客戶：備註需要關聯到客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes are off: no outbox file could be opened.</source>
        <translation>備註已停用：無法打開寄件匣檔案。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Next-best-action rules</source>
        <translation>下一步最佳行動規則</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule pack saved to %1; the prompts use it now.</source>
        <translation>規則包已儲存到 %1；提示現已使用該規則包。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This customer is no longer in the cache (merged or deleted by the last sync).</source>
        <translation>該客戶已不在快取中（已在上次同步時被合併或刪除）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — C360 Workstation</source>
        <translation>%1 — C360 客服工作台</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+24"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sign out of C360 Workstation?</source>
        <translation>要登出 C360 客服工作台嗎？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing out forgets who is signed in and the role, and closes the window. Removing the customer data also deletes the local cache (customers, search index, timeline), the notes already sent and the recent calls from this computer.</source>
        <translation>登出會清除目前登入的使用者和角色，並關閉視窗。刪除客戶資料還會從本機刪除本機快取（客戶、搜尋索引、時間軸）、已傳送的備註和最近通話。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out and remove customer data</source>
        <translation>登出並刪除客戶資料</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n item(s) in the outbox (notes, wrap-ups, answers) have not been sent yet.</source>
        <translation>
            <numerusform>寄件匣中有 %n 個項目（備註、通話後處理、回答）尚未傳送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep them: they stay in the outbox and are sent after the next sign-in; everything else is removed. Discard them: they are lost.</source>
        <translation>保留：它們留在寄件匣中，下次登入後傳送；其他所有內容都會刪除。捨棄：它們將遺失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard them</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown caller</source>
        <translation>未知來電者</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%1 (%n possible customer(s))</source>
        <translation>
            <numerusform>%1（%n 位可能的客戶）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several customers share %1: pick the caller in the list.</source>
        <translation>多位客戶共用 %1：請在清單中選擇來電者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New caller %1</source>
        <translation>新來電者 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer on record for %1: search by name or e-mail, or take the details.</source>
        <translation>沒有 %1 的客戶記錄：請按姓名或電子郵件搜尋，或記錄相關資訊。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is now a customer.</source>
        <translation>%1 現已成為客戶。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The open customer was merged or deleted by the last sync; search again.</source>
        <translation>目前開啟的客戶已在上次同步時被合併或刪除；請重新搜尋。</translation>
    </message>
</context>
<context>
    <name>c360::ui::MergeReviewDialog</name>
    <message>
        <location filename="../../ui/MergeReviewDialog.cpp" line="+34"/>
        <source>Merge two customers?</source>
        <translation>合併這兩位客戶？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two customers may be one person. Compare them before merging: every record of both will belong to one customer. The merge is recorded with your reason and can be undone from Data quality → Decisions.</source>
        <translation>這兩位客戶可能是同一個人。合併前請先比較：兩者的所有記錄都將歸屬同一位客戶。合併會連同你的原因一起記錄，並可在「資料品質 → 決定記錄」中復原。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also written</source>
        <translation>同時寫入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>最近活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tickets</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why they look like one customer</source>
        <translation>為何看起來是同一位客戶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required, e.g. &quot;same person: confirmed by phone&quot;</source>
        <translation>必填，例如「同一人：已透過電話確認」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Score %1 — %2</source>
        <translation>分數 %1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 no longer exists</source>
        <translation>客戶 %1 已不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s): %1</source>
        <translation>
            <numerusform>%n 筆記錄：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>c360::ui::NbaPanel</name>
    <message>
        <location filename="../../ui/NbaPanel.cpp" line="+27"/>
        <source>Not relevant to this call</source>
        <translation>與本次來電無關</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer declined</source>
        <translation>客戶拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time on this call</source>
        <translation>本次通話沒有時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong for this customer</source>
        <translation>不適合該客戶</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Next best actions</source>
        <translation>下一步最佳行動</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Open a customer to see suggestions.</source>
        <translation>開啟客戶以檢視建議。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No suggestion for this customer right now.</source>
        <translation>目前沒有針對該客戶的建議。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Priority %1 = propensity %2 × context %3 × value %4 × lever %5</source>
        <translation>優先順序 %1 = 傾向 %2 × 情境 %3 × 價值 %4 × 調節係數 %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a reason…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Answers to prompts cannot be stored in this cache.</source>
        <translation>對提示的回應無法儲存到此本機快取中。</translation>
    </message>
</context>
<context>
    <name>c360::ui::NewCustomerDialog</name>
    <message>
        <location filename="../../ui/NewCustomerDialog.cpp" line="+28"/>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the caller gives it, e.g. 王伟 or Emily Carter</source>
        <translation>依來電者提供的填寫，例如 王伟 或 Emily Carter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another number, e.g. +86 138 0013 8000</source>
        <translation>其他號碼，例如 +86 138 0013 8000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other phone:</source>
        <translation>其他電話(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create customer</source>
        <translation>建立客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer is created in the CRM through the outbox (also offline) and opens here after the next sync; this call and its wrap-up are filed under them.</source>
        <translation>該客戶將透過寄件匣在 CRM 中建立（離線時亦可），下次同步後將在此處開啟；此來電及其通話摘要將歸檔至該客戶名下。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The caller&apos;s number, %1</source>
        <translation>來電號碼，%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>請輸入來電者的姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a phone number (write it with its country code, e.g. +86 or +1).</source>
        <translation>「%1」不是有效的電話號碼（請包含國碼，例如 +86 或 +1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>「%1」不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a phone number or an e-mail address, so the customer can be found again.</source>
        <translation>請提供電話號碼或電子郵件地址，以便日後查找該客戶。</translation>
    </message>
</context>
<context>
    <name>c360::ui::NoteDialog</name>
    <message>
        <location filename="../../ui/NoteDialog.cpp" line="+19"/>
        <source>&amp;Pin to the customer header</source>
        <translation>置頂到客戶資訊欄(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note on %1</source>
        <translation>關於 %1 的備註</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write something first.</source>
        <translation>請先輸入內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note holds at most 4,000 characters (this one has %1).</source>
        <translation>備註最多 4,000 個字元（目前為 %1 個）。</translation>
    </message>
</context>
<context>
    <name>c360::ui::OfflineBanner</name>
    <message>
        <location filename="../../ui/OfflineBanner.cpp" line="+18"/>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the connection now</source>
        <translation>立即檢查連線</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — showing cached data, %1. Your changes are kept and sent when the connection is back.</source>
        <translation>離線 — 顯示本機快取資料，%1。您的變更已保留，將在連線恢復後送出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everything could be synced (%1): some data may be older, %2.</source>
        <translation>部分內容未能同步（%1）：部分資料可能較舊，%2。</translation>
    </message>
</context>
<context>
    <name>c360::ui::PiiGuard</name>
    <message>
        <location filename="../../ui/PiiGuard.cpp" line="+74"/>
        <source>Open a customer first.</source>
        <translation>請先開啟一位客戶。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role (%1) may not reveal masked contact details.</source>
        <translation>您的角色（%1）無權顯示被遮蔽的聯絡資訊。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not revealed: the reveal could not be recorded in the audit log.</source>
        <translation>未顯示：無法將此次顯示操作記錄到稽核日誌。</translation>
    </message>
</context>
<context>
    <name>c360::ui::RecentCalls</name>
    <message>
        <location filename="../../ui/RecentCalls.cpp" line="+57"/>
        <source>The list of recent calls could not be read; it starts empty (the old file is kept as %1).</source>
        <translation>無法讀取最近通話清單；清單將從空白開始（舊檔案保留為 %1）。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Unknown caller</source>
        <translation>未知來電者</translation>
    </message>
</context>
<context>
    <name>c360::ui::RecentCallsDialog</name>
    <message>
        <location filename="../../ui/RecentCallsDialog.cpp" line="+17"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Recent calls</source>
        <translation>最近通話</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls yet.</source>
        <translation>尚無通話。</translation>
    </message>
</context>
<context>
    <name>c360::ui::RefundDialog</name>
    <message>
        <location filename="../../ui/RefundDialog.cpp" line="+26"/>
        <location line="+110"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Why the customer gets money back</source>
        <translation>客戶為何獲得退款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refund the payment of order %1 for %2.</source>
        <translation>為訂單 %1 的付款退款 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1, already refunded %2: %3 left.</source>
        <translation>已付 %1，已退款 %2：剩餘 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1.</source>
        <translation>已付 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: all that is left (%1)</source>
        <translation>留空：退還剩餘全部（%1）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing is left to refund on order %1.</source>
        <translation>訂單 %1 已無可退款金額。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the amount as a number with at most two decimals, for example %1.</source>
        <translation>請以最多兩位小數的數字填寫金額，例如 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A refund must be more than %1.</source>
        <translation>退款金額必須大於 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 is left to refund.</source>
        <translation>最多還可退款 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::RulesEditor</name>
    <message>
        <location filename="../../ui/RulesEditor.cpp" line="+57"/>
        <source>No rule pack open.</source>
        <translation>未開啟規則包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lever</source>
        <translation>調節係數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learned propensity</source>
        <translation>學習後的傾向</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top action now</source>
        <translation>目前首選行動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top action after the edit</source>
        <translation>編輯後的首選行動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validate</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview on today&apos;s calls</source>
        <translation>用今天的來電預覽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The rule pack %1 could not be read: %2</source>
        <translation>無法讀取規則包 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rule pack is not valid: %1</source>
        <translation>規則包無效：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule pack “%1” (version %2), actions: %3</source>
        <translation>規則包「%1」（版本 %2），行動：%3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Multiplies the action&apos;s priority; 0 never shows it.</source>
        <translation>與行動的優先順序相乘；為 0 時永不顯示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1% of %2</source>
        <translation>%2 次中的 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>no answers yet</source>
        <translation>尚無回應</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack&apos;s propensity, then the one learned from accepts and dismissals.</source>
        <translation>規則包中的傾向，以及從接受和忽略中學習後的傾向。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget what was learned for this action; its pack propensity applies again.</source>
        <translation>忘記此行動的學習結果；重新套用規則包中的傾向。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cache is open.</source>
        <translation>未開啟快取。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resetting what was learned for %1…</source>
        <translation>正在重設 %1 已學習的內容…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The reset stopped on an internal error.</source>
        <translation>重設因內部錯誤而停止。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What was learned for %1 was reset.</source>
        <translation>已重設 %1 的學習結果。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No rule pack is open.</source>
        <translation>沒有開啟的規則包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule pack has changes that are not saved. Save them before closing?</source>
        <translation>規則包有尚未儲存的變更。關閉前要儲存嗎？</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The pack is valid; actions changed: %1.</source>
        <translation>規則包有效；已更改的行動：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not saved: the pack has no file to save to.</source>
        <translation>未儲存：該規則包沒有可儲存的檔案。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ranking today&apos;s calls…</source>
        <translation>正在對今天的來電排序…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No calls today: these are the calls of %1, the latest day with calls in the cache.</source>
        <translation>今天沒有通話：以下是 %1 的通話，即快取中最近有通話的一天。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The preview failed: %1</source>
        <translation>預覽失敗：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of today&apos;s %2 calls would get a different top action.</source>
        <translation>今天的 %2 通來電中有 %1 通的首選行動會改變。</translation>
    </message>
</context>
<context>
    <name>c360::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/SearchPanel.cpp" line="+49"/>
        <source>Search customers by name, phone, e-mail, order or ticket number</source>
        <translation>依姓名、電話、電子郵件、訂單編號或工單編號搜尋客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, phone, email, order or ticket number</source>
        <translation>姓名、電話、電子郵件、訂單編號或工單編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the customer cache (Ctrl+F). Enter opens the first match.</source>
        <translation>搜尋客戶快取（Ctrl+F）。按 Enter 開啟第一個符合項。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <location line="+16"/>
        <source>Type at least one character.</source>
        <translation>請至少輸入一個字元。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer matches “%1”.</source>
        <translation>沒有客戶符合「%1」。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutSheet</name>
    <message>
        <location filename="../../ui/ShortcutSheet.cpp" line="+31"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>c360::ui::SourcesDialog</name>
    <message>
        <location filename="../../ui/SourcesDialog.cpp" line="+40"/>
        <source>API token</source>
        <translation>API 權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key in a header</source>
        <translation>請求頭中的 API 密鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name and password or token</source>
        <translation>使用者名稱和密碼或權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials</source>
        <translation>OAuth 客戶端憑據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>無需登入</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the &amp;demo company</source>
        <translation>啟動示範公司(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name, e.g. helpdesk</source>
        <translation>簡短名稱，例如 helpdesk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The name of the environment variable that holds the token or password, or keychain:NAME for a secret stored with File → Sign in / credentials…. The secret itself is never written into the sources file.</source>
        <translation>存放權杖或密碼的環境變數名稱，或以 keychain:NAME 指明透過「檔案 → 登入 / 憑證…」儲存的密鑰。密鑰本身永遠不會寫入資料來源檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts a generated demo company on this computer (CRM, shop, helpdesk, marketing, contact center) and syncs it: to try the workstation without real systems.</source>
        <translation>在本機啟動一個生成的示範公司（CRM、商城、客服、營銷、聯絡中心）並同步：無需真實系統即可試用工作台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem</source>
        <translation>系統(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign-in</source>
        <translation>登入方式(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header name</source>
        <translation>請求頭名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address</source>
        <translation>權杖地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>客戶端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret from environment variable</source>
        <translation>密鑰所在的環境變數</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The systems this workstation syncs customers, orders, tickets, campaigns and calls from. Sources file: %1</source>
        <translation>本工作台從這些系統同步客戶、訂單、工單、營銷活動和通話。資料來源檔案：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The sources file %1 could not be read: %2</source>
        <translation>無法讀取資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources file %1 is not valid JSON (%2); saving here replaces it.</source>
        <translation>資料來源檔案 %1 不是有效的 JSON（%2）；在此儲存將替換它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no sources file yet. Add the systems to sync, or start the demo company.</source>
        <translation>還沒有資料來源檔案。請新增要同步的系統，或啟動示範公司。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(a demo token written in the file)</source>
        <translation>（寫在檔案中的示範權杖）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>✓ %1: connected, %n record(s) on the first page</source>
        <translation>
            <numerusform>✓ %1：已連線，第一頁有 %n 筆紀錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo company is not installed (package c360-demo, program c360-backend).</source>
        <translation>未安裝示範公司（套件 c360-demo，程序 c360-backend）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo company is already running.</source>
        <translation>示範公司已在運行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the demo company…</source>
        <translation>正在啟動示範公司…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo company did not start.</source>
        <translation>示範公司未能啟動。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The demo company runs on this computer with %n source(s); syncing it now.</source>
        <translation>
            <numerusform>示範公司已在本機運行，共 %n 個資料來源；正在同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sources file %1 could not be written: %2</source>
        <translation>無法寫入資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
</context>
<context>
    <name>c360::ui::SyncPanel</name>
    <message>
        <location filename="../../ui/SyncPanel.cpp" line="+36"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+279"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+4"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Stream</source>
        <translation>資料流</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>已隔離</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next retry</source>
        <translation>下次重試</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>上次錯誤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>寫入時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected rejected change again (same idempotency key).</source>
        <translation>重新發送所選的被拒絕更改（使用相同的冪等鍵）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Quarantine</source>
        <translation>隔離區</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+204"/>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Idle.</source>
        <translation>閒置。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no id)</source>
        <translation>（無 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarantine (%1)</source>
        <translation>隔離區（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>in conflict: resolve it under the customer</source>
        <translation>發生衝突：請在客戶下解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>等待傳送</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Outbox (%1, %n in conflict)</source>
        <translation>
            <numerusform>寄件匣（%1，%n 項衝突）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox (%1)</source>
        <translation>寄件匣（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The sync starts when the running change to the local cache is done.</source>
        <translation>本機快取目前的變更完成後將開始同步。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused: no automatic or manual sync until resumed.</source>
        <translation>已暫停：恢復前不進行自動或手動同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed.</source>
        <translation>已恢復。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Syncing %1/%2: %3 record(s)…</source>
        <translation>正在同步 %1/%2：%3 筆紀錄…</translation>
    </message>
</context>
<context>
    <name>c360::ui::SyncStatusWidget</name>
    <message>
        <location filename="../../ui/SyncStatusWidget.cpp" line="+32"/>
        <location line="+35"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Fetch changes from every source (F5)</source>
        <translation>從所有資料來源取得更改（F5）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not synced in this session</source>
        <translation>本次工作階段尚未同步</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Online</source>
        <translation>連線中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — showing cached data</source>
        <translation>離線 — 顯示快取資料</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>c360::ui::TakeOfflineDialog</name>
    <message>
        <location filename="../../ui/TakeOfflineDialog.cpp" line="+39"/>
        <source>Take offline</source>
        <translation>離線保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers to keep on this computer with their full history, one a line: customer ids, e-mail addresses or phone numbers. They stay in every later sync.</source>
        <translation>要連同完整歷程保存在這台電腦上的客戶，每行一個：客戶 ID、電子郵件地址或電話號碼。這些客戶將在後續每次同步中保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers from the search results</source>
        <translation>搜尋結果中的客戶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers to take offline</source>
        <translation>要離線保存的客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load a saved list…</source>
        <translation>載入已儲存的清單(&amp;L)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Take offline</source>
        <translation>離線保存(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel loading</source>
        <translation>取消載入(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load a list of customers</source>
        <translation>載入客戶清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>清單 (*.txt *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The list %1 could not be read: %2</source>
        <translation>無法讀取清單 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add customers to the list to see how much they take.</source>
        <translation>將客戶新增至清單，即可查看所需的空間。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n customer(s), %1 already on this computer: about %2 records, %3 timeline events, %4 MB.</source>
        <translation>
            <numerusform>%n 位客戶（%1 位已在這台電腦上）：約 %2 筆記錄、%3 個時間軸事件、%4 MB。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Waiting for the running sync or change to the local cache to finish…</source>
        <translation>正在等待進行中的同步或本機快取變更完成…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading from %1 (%2)…</source>
        <translation>正在從 %1（%2）載入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading from %1 (%2): %3 records read</source>
        <translation>正在從 %1（%2）載入：已讀取 %3 筆記錄</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1（%n 個事件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. What was loaded so far stays on this computer, but the list is not kept in later syncs; start again to finish.</source>
        <translation>已取消。已載入的內容保留在這台電腦上，但該清單不會在後續同步中保留；請重新開始以完成作業。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The servers cannot be reached (offline), so nothing could be loaded. Connect and try again before you leave.</source>
        <translation>無法連線至伺服器（離線），因此未能載入任何內容。請在離開前連上網路並再試一次。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Now available offline: %n customer(s) — %1.</source>
        <translation>
            <numerusform>現可離線使用：%n 位客戶 — %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found at any source (check the id, e-mail address or phone number): %1.</source>
        <translation>在所有資料來源中均找不到（請檢查 ID、電子郵件地址或電話號碼）：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some history could not be loaded, so these customers may be incomplete offline: %1</source>
        <translation>部分歷程無法載入，因此這些客戶在離線時可能不完整：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>c360::ui::TimelinePanel</name>
    <message>
        <location filename="../../ui/TimelinePanel.cpp" line="+28"/>
        <source>Show system changes</source>
        <translation>顯示系統變更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline, newest first</source>
        <translation>時間軸，最新的在前</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+64"/>
        <location line="+89"/>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+60"/>
        <location line="+89"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>System field changes (segment updates, opt-in flips...) are folded away by default.</source>
        <translation>系統欄位變更（客群更新、行銷同意變更等）預設會摺疊隱藏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 events</source>
        <translation>%1 個事件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That touchpoint is hidden by the timeline&apos;s filters.</source>
        <translation>該接觸點已被時間軸的篩選條件隱藏。</translation>
    </message>
</context>
<context>
    <name>c360::ui::WrapUpDialog</name>
    <message>
        <location filename="../../ui/WrapUpDialog.cpp" line="+25"/>
        <source>Follow up on</source>
        <translation>追蹤日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save wrap-up</source>
        <translation>儲存通話後處理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>通話後處理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Disposition</source>
        <translation>處理結果(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call with %1 · %2</source>
        <translation>與 %1 的通話 · %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a disposition and save: the wrap-up is part of the call record.</source>
        <translation>請選擇處理結果並儲存：通話後處理是通話記錄的一部分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a disposition first.</source>
        <translation>請先選擇處理結果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up date is in the past.</source>
        <translation>追蹤日期已過。</translation>
    </message>
</context>
</TS>
