<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+51"/>
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
        <location line="+2"/>
        <source>agent (default) or supervisor.</source>
        <translation>agent（客服人員，預設）或 supervisor（主管）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not sync at start.</source>
        <translation>啟動時不同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between background syncs (0: off, default 5).</source>
        <translation>背景同步間隔分鐘數（0：關閉，預設 5）。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
        <source>--role is agent or supervisor.</source>
        <translation>--role 只能是 agent 或 supervisor。</translation>
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
        <location line="+3"/>
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
        <location line="+35"/>
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
        <location filename="../../app/main.cpp" line="+78"/>
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
        <location filename="../../models/Database.cpp" line="+42"/>
        <source>The local database could not be configured.</source>
        <translation>無法配置本機資料庫。</translation>
    </message>
    <message>
        <location filename="../../models/Migrations.cpp" line="+256"/>
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
        <source>The local database could not be upgraded to schema %1.</source>
        <translation>無法將本機資料庫升級到架構 %1。</translation>
    </message>
    <message>
        <location filename="../../models/Queries.cpp" line="+18"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+55"/>
        <source>Sync cancelled after %1 record(s); the next sync resumes where it stopped.</source>
        <translation>同步在 %1 條記錄後取消；下次同步將從中斷處繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: %1</source>
        <translation>離線：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1 record(s) from %2 stream(s) in %3 s (%4 deleted, %5 quarantined).</source>
        <translation>已在 %3 秒內從 %2 個資料流同步 %1 條記錄（刪除 %4 條，隔離 %5 條）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%n stream(s) failed: </source>
        <translation>%n 個資料流失敗：</translation>
    </message>
</context>
<context>
    <name>c360::CacheWriter::Impl</name>
    <message>
        <location filename="../../models/CacheWriter.cpp" line="+37"/>
        <location line="+79"/>
        <source>A page of records could not be stored in the local cache.</source>
        <translation>無法將一頁記錄存入本機快取。</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+25"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The local cache is busy or read-only; the page was not stored.</source>
        <translation>本機快取繁忙或為只讀；該頁未儲存。</translation>
    </message>
</context>
<context>
    <name>c360::Database</name>
    <message>
        <location filename="../../models/Database.cpp" line="+58"/>
        <source>The local database is already open on this connection.</source>
        <translation>本機資料庫已在此連線上開啟。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>The file %1 is not a C360 database.</source>
        <translation>檔案 %1 不是 C360 資料庫。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The folder %1 could not be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local database %1 could not be opened.</source>
        <translation>無法開啟本機資料庫 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This cache was written by a newer C360 (schema %1); this version understands up to %2.</source>
        <translation>此快取由更新版本的 C360 寫入（架構 %1）；目前版本最高只支援 %2。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The local database %1 could not be configured.</source>
        <translation>無法配置本機資料庫 %1。</translation>
    </message>
</context>
<context>
    <name>c360::DetailWriter</name>
    <message>
        <location filename="../../models/DetailWriter.cpp" line="+65"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A record could not be stored in the local cache.</source>
        <translation>無法將記錄存入本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityLinker</name>
    <message>
        <location filename="../../models/IdentityLinker.cpp" line="+76"/>
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
        <location filename="../../models/IdentityResolver.cpp" line="+529"/>
        <source>Identity resolution could not update the local cache.</source>
        <translation>身分識別無法更新本機快取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local cache is busy or read-only; identity resolution did not run.</source>
        <translation>本機快取繁忙或為只讀；身分識別未執行。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> — with %1</source>
        <translation> — 與 %1</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>A decision is either a merge or a split.</source>
        <translation>決定只能是合併或拆分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A merge names two records; a split names one.</source>
        <translation>合併需指定兩條記錄；拆分需指定一條。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decision could not be stored.</source>
        <translation>無法儲存該決定。</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>c360::IdentityResolver::Impl</name>
    <message>
        <location line="-603"/>
        <source>The records could not be read for identity resolution.</source>
        <translation>無法讀取用於身分識別的記錄。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>merged by %1 (decision %2)</source>
        <translation>由 %1 合併（決定 %2）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> (names agree)</source>
        <translation>（姓名一致）</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>customer id %1</source>
        <translation>客戶 ID %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>name %1</source>
        <translation>姓名 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e-mail %1</source>
        <translation>電子郵件 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone ends alike</source>
        <translation>電話尾號相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same city</source>
        <translation>同一城市</translation>
    </message>
</context>
<context>
    <name>c360::IdentityRules</name>
    <message>
        <location filename="../../models/IdentityRules.cpp" line="+51"/>
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
        <location line="+19"/>
        <source>The identity rules are invalid: a deterministic rule has no kind.</source>
        <translation>身分規則無效：某條確定性規則沒有型別。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The identity rules are invalid: the fuzzy thresholds are out of range.</source>
        <translation>身分規則無效：模糊比對閾值超出範圍。</translation>
    </message>
</context>
<context>
    <name>c360::PartyAggregator</name>
    <message>
        <location filename="../../models/PartyAggregator.cpp" line="+99"/>
        <source>The local cache could not be prepared.</source>
        <translation>無法準備本機快取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A customer could not be updated in the local cache.</source>
        <translation>無法在本機快取中更新客戶。</translation>
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
    <name>c360::SearchRepository</name>
    <message>
        <location filename="../../models/SearchRepository.cpp" line="+71"/>
        <source>The search could not be run.</source>
        <translation>無法執行搜尋。</translation>
    </message>
</context>
<context>
    <name>c360::SearchResultModel</name>
    <message>
        <location filename="../../models/SearchResultModel.cpp" line="+32"/>
        <location line="+83"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+84"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-70"/>
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
        <location line="+27"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>c360::StatsRepository</name>
    <message>
        <location filename="../../models/Queries.cpp" line="+70"/>
        <source>The local cache could not be read.</source>
        <translation>無法讀取本機快取。</translation>
    </message>
</context>
<context>
    <name>c360::SyncEngine</name>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+148"/>
        <source>The sources file has no source named &quot;%1&quot;.</source>
        <translation>資料來源檔案中沒有名為 &quot;%1&quot; 的資料來源。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>聯結器 %1 沒有資料流 &quot;%2&quot;（現有：%3）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None of the selected sources has a stream named &quot;%1&quot;.</source>
        <translation>所選資料來源都沒有名為 &quot;%1&quot; 的資料流。</translation>
    </message>
</context>
<context>
    <name>c360::SyncStateRepository</name>
    <message>
        <location filename="../../models/SyncStateRepository.cpp" line="+23"/>
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
        <location filename="../../models/TimelineModel.cpp" line="+155"/>
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
        <location filename="../../models/TimelineRepository.cpp" line="+97"/>
        <location line="+15"/>
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
        <location line="+47"/>
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
        <location line="+26"/>
        <location line="+11"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+23"/>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Placed</source>
        <translation>下單時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+4"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Customer id</source>
        <translation>客戶 ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item %1</source>
        <translation>商品 %1</translation>
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
        <location line="+13"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <location line="+6"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (s)</source>
        <translation>時長（秒）</translation>
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
        <location filename="../../models/Database.cpp" line="+39"/>
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
    <name>c360::app</name>
    <message>
        <location filename="../../app/Cli.cpp" line="+106"/>
        <location filename="../../app/CliIdentity.cpp" line="+284"/>
        <location line="+82"/>
        <location filename="../../app/CliNba.cpp" line="+96"/>
        <location filename="../../app/CliSources.cpp" line="+48"/>
        <source>The cache file (default: %1).</source>
        <translation>快取檔案（預設：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/CliNba.cpp" line="+1"/>
        <location filename="../../app/CliSources.cpp" line="+1"/>
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
        <location filename="../../app/CliIdentity.cpp" line="-322"/>
        <location filename="../../app/CliNba.cpp" line="+52"/>
        <location filename="../../app/CliSources.cpp" line="+203"/>
        <source>There is no cache at %1 yet. Run `c360 sync --db %1 --sources FILE` first.</source>
        <translation>%1 處還沒有快取。請先執行 `c360 sync --db %1 --sources FILE`。</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location filename="../../app/CliIdentity.cpp" line="-8"/>
        <location filename="../../app/CliNba.cpp" line="-118"/>
        <location filename="../../app/CliSources.cpp" line="-22"/>
        <location line="+17"/>
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
        <location line="+15"/>
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
        <location line="+18"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: line 1 must be a header of column names.</source>
        <translation>%1：第 1 行必須是列名標題行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2 column(s), the header has %3</source>
        <translation>第 %1 行：%2 列，標題行有 %3 列</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1: not a JSON object</source>
        <translation>第 %1 行：不是 JSON 物件</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>已匯入 %1 條記錄到 %2/%3（刪除 %4 條）；更新了 %5 位客戶。</translation>
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
        <translation>在 %3 秒內將 %1 條記錄識別為 %2 位客戶：移動 %4 條記錄，變更 %5 位客戶，%6 個鍵未用於關聯，拒絕 %7 次合併，%8 個疑似重複待複核。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  links by %1: %2</source>
        <translation>  按 %1 關聯：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labelled records: %1 of %2 found; pairs: %3 true, %4 linked, %5 correct.</source>
        <translation>標註記錄：找到 %1 / %2 條；記錄對：真實 %3，已關聯 %4，正確 %5。</translation>
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
        <location line="+6"/>
        <source>export needs what to export: parties or links.</source>
        <translation>export 需要指定匯出內容：parties 或 links。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format knows csv only.</source>
        <translation>--format 只支援 csv。</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+42"/>
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
        <location line="+1"/>
        <source>Evaluate as of this UTC time.</source>
        <translation>按此 UTC 時間評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nba needs one PARTY (a party id, see c360 search).</source>
        <translation>nba 需要一個 PARTY（客戶 ID，參見 c360 search）。</translation>
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
        <location line="+74"/>
        <source>Customer %1 · pack %2 · %3 eligible, %4 held back</source>
        <translation>客戶 %1 · 規則包 %2 · %3 個符合條件，%4 個被攔截</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No action to suggest.</source>
        <translation>沒有可推薦的行動。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held back: %1 — %2</source>
        <translation>已攔截：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/CliPop.cpp" line="+20"/>
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
        <location line="+15"/>
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
        <location filename="../../app/CliSources.cpp" line="-202"/>
        <source>The sources file (default: %1).</source>
        <translation>資料來源檔案（預設：%1）。</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <translation>%1 條記錄，%2 條已隔離，上次成功 %3</translation>
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
        <source>The sources file has no source named &quot;%1&quot; (it has: %2).</source>
        <translation>資料來源檔案中沒有名為 &quot;%1&quot; 的資料來源（現有：%2）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1/%2: FAILED: %3</source>
        <translation>%1/%2：失敗：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2: OK in %3 ms — %4 record(s) on the first page, %5 quarantined%6</source>
        <translation>%1/%2：成功，用時 %3 毫秒 — 第一頁 %4 條記錄，%5 條已隔離%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, more pages follow</source>
        <translation>，後面還有更多頁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first record: %1</source>
        <translation>第一條記錄：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first quarantined: %1</source>
        <translation>第一條隔離記錄：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only this stream (repeatable).</source>
        <translation>僅此資料流（可重複指定）。</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <translation>最多 N 條記錄（預設 50）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 quarantined record(s)</source>
        <translation>%1 條隔離記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no id)</source>
        <translation>（無 ID）</translation>
    </message>
    <message>
        <location filename="../../app/CliSync.cpp" line="+68"/>
        <source>%1/%2: syncing…</source>
        <translation>%1/%2：正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2: %3 pages, %4 records</source>
        <translation>%1/%2：%3 頁，%4 條記錄</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 fetched, %2 upserted, %3 deleted, %4 quarantined</source>
        <translation>取得 %1 條，寫入 %2 條，刪除 %3 條，隔離 %4 條</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAILED: %1</source>
        <translation>失敗：%1</translation>
    </message>
</context>
<context>
    <name>c360::app::Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+41"/>
        <source>Notes and wrap-ups are off: %1</source>
        <translation>備註和通話後處理已停用：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Screen pops are off: %1</source>
        <translation>來電彈出畫面已停用：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No sources file at %1: working from the cache only.</source>
        <translation>%1 處沒有資料來源檔案：僅使用快取工作。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No sources file at %1: nothing to sync.</source>
        <translation>%1 處沒有資料來源檔案：沒有可同步的內容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 / %2: %n record(s)</source>
        <translation>
            <numerusform>%1 / %2：%n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agent writes stay in the outbox: %1</source>
        <translation>客服人員寫入的內容暫存在寄件匣中：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Waiting for the running sync to finish…</source>
        <translation>正在等待目前同步完成…</translation>
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
        <translation>C360 客戶工作台 %1：為客服中心專員提供客戶的完整視圖。</translation>
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
        <translation>最多 N 條結果（預設 20）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>search needs a QUERY.</source>
        <translation>search 需要 QUERY。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit 需要正整數。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+50"/>
        <source>No customer matches “%1”.</source>
        <translation>沒有客戶符合「%1」。</translation>
    </message>
    <message>
        <location line="-31"/>
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
        <location line="+5"/>
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
        <location line="+36"/>
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
        <translation>  共 %1 條記錄</translation>
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
        <translation>  %1 條記錄處於隔離中</translation>
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
    <name>c360::identity</name>
    <message>
        <location filename="../../models/IdentityQueries.cpp" line="+31"/>
        <location line="+15"/>
        <source>The linked records could not be read.</source>
        <translation>無法讀取關聯記錄。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s golden record could not be read.</source>
        <translation>無法讀取客戶的黃金記錄。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The records with invalid contact data could not be read.</source>
        <translation>無法讀取聯絡資訊無效的記錄。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The conflicting values could not be read.</source>
        <translation>無法讀取衝突的值。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../models/nba/NbaEngine.cpp" line="+23"/>
        <source>%1: %2 (weight ×%3)</source>
        <translation>%1：%2（權重 ×%3）</translation>
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
        <location line="+65"/>
        <source>must be an object with “channel”, “reason” and/or “queue” weights.</source>
        <translation>必須是包含「channel」、「reason」和/或「queue」權重的物件。</translation>
    </message>
</context>
<context>
    <name>c360::nba::Condition</name>
    <message>
        <location filename="../../models/nba/Condition.cpp" line="+289"/>
        <source>not valid JSON.</source>
        <translation>不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+78"/>
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
        <location line="-319"/>
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
        <location filename="../../models/nba/ContactPolicy.cpp" line="+43"/>
        <source>The customer asked not to be contacted; no offers.</source>
        <translation>客戶要求不被聯絡；不做推薦。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer unsubscribed from marketing; no offers.</source>
        <translation>客戶已退訂行銷資訊；不做推薦。</translation>
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
        <location filename="../../models/nba/FactsBuilder.cpp" line="+92"/>
        <location line="+11"/>
        <source>The customer&apos;s facts could not be read.</source>
        <translation>無法讀取客戶的事實資料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>快取中沒有客戶 %1。</translation>
    </message>
</context>
<context>
    <name>c360::nba::FeedbackRepository</name>
    <message>
        <location filename="../../models/nba/FeedbackRepository.cpp" line="+39"/>
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
        <location line="+8"/>
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
    <name>c360::nba::RulePack</name>
    <message>
        <location filename="../../models/nba/RulePack.cpp" line="+79"/>
        <location line="+87"/>
        <source>The rule pack is not valid JSON.</source>
        <translation>規則包不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="-84"/>
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
        <location line="+26"/>
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
        <location filename="../../sync/OutboxPusher.cpp" line="+28"/>
        <source>Rejected by the server (HTTP %1): %2</source>
        <translation>被伺服器拒絕（HTTP %1）：%2</translation>
    </message>
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
</context>
<context>
    <name>c360::sync::Connector</name>
    <message>
        <location filename="../../sync/Connector.cpp" line="+198"/>
        <source>The %1 server refused the OAuth2 client credentials (HTTP %2) — check client_id and the secret of source &quot;%1&quot;.</source>
        <translation>%1 伺服器拒絕了 OAuth2 客戶端憑證（HTTP %2）— 請檢查資料來源 &quot;%1&quot; 的 client_id 和金鑰。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The %1 server&apos;s next-page link leads to another host; it is not followed with the credentials.</source>
        <translation>%1 伺服器的下一頁連結指向其他主機；不會攜帶憑證跟隨該連結。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The %1 server rejected the credentials (HTTP %2) — check the secret of source &quot;%1&quot; in the sources file.</source>
        <translation>%1 伺服器拒絕了憑證（HTTP %2）— 請檢查資料來源檔案中資料來源 &quot;%1&quot; 的金鑰。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 server does not know %2 (HTTP 404) — check base_url and the connector manifest.</source>
        <translation>%1 伺服器找不到 %2（HTTP 404）— 請檢查 base_url 和聯結器清單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 server asked us to slow down (HTTP 429) and kept refusing.</source>
        <translation>%1 伺服器要求降低請求頻率（HTTP 429）並持續拒絕。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 server failed (HTTP %2) while sending %3.</source>
        <translation>%1 伺服器在傳送 %3 時出錯（HTTP %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 server refused the request for %2 (HTTP %3).</source>
        <translation>%1 伺服器拒絕了對 %2 的請求（HTTP %3）。</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+71"/>
        <location line="+13"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>c360::sync::CurlHttpClient</name>
    <message>
        <location filename="../../sync/CurlHttpClient.cpp" line="+107"/>
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
        <location line="+88"/>
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
        <location filename="../../sync/Paginator.cpp" line="+50"/>
        <source>The server says more pages follow but gives no new cursor at %1</source>
        <translation>伺服器表示還有更多頁，但在 %1 處沒有提供新的遊標</translation>
    </message>
</context>
<context>
    <name>c360::sync::LastIdPaginator</name>
    <message>
        <location line="+132"/>
        <source>The last record of the page has no id at %1</source>
        <translation>該頁最後一條記錄在 %1 處沒有 ID</translation>
    </message>
</context>
<context>
    <name>c360::sync::Manifest</name>
    <message>
        <location filename="../../sync/Manifest.cpp" line="+431"/>
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
        <location line="-414"/>
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
        <location line="+4"/>
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
        <location line="+6"/>
        <location line="+251"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的鍵 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>expected a non-empty object of canonical field -&gt; JSON pointer</source>
        <translation>應為「標準欄位 -&gt; JSON 指標」的非空物件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stream &quot;%1&quot;</source>
        <translation>資料流 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+87"/>
        <location line="+29"/>
        <location line="+70"/>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <location line="-180"/>
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
        <location line="+6"/>
        <source>&quot;records&quot; is missing (the JSON pointer of the record array, e.g. &quot;/data&quot;)</source>
        <translation>缺少 &quot;records&quot;（記錄陣列的 JSON 指標，例如 &quot;/data&quot;）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected {&quot;path&quot;: ..., &quot;equals&quot;: ...}</source>
        <translation>應為 {&quot;path&quot;: ..., &quot;equals&quot;: ...}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+55"/>
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
        <location line="+115"/>
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
        <location filename="../../sync/Paginator.cpp" line="-90"/>
        <source>The server says more pages follow but gives no new URL at %1</source>
        <translation>伺服器表示還有更多頁，但在 %1 處沒有提供新的 URL</translation>
    </message>
</context>
<context>
    <name>c360::sync::OffsetPaginator</name>
    <message>
        <location line="+51"/>
        <source>The checkpoint &quot;%1&quot; is not a number; reset the stream.</source>
        <translation>檢查點 &quot;%1&quot; 不是數字；請重置該資料流。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxPusher</name>
    <message>
        <location filename="../../sync/OutboxPusher.cpp" line="+87"/>
        <source>The server failed (HTTP %1); will retry.</source>
        <translation>伺服器出錯（HTTP %1）；將重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: the server cannot be reached; changes wait.</source>
        <translation>寄件匣：無法連線伺服器；更改將等待發送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 sent, %2 rejected, %3 to retry.</source>
        <translation>寄件匣：已傳送 %1 條，被拒絕 %2 條，待重試 %3 條。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxStore</name>
    <message>
        <location filename="../../sync/OutboxStore.cpp" line="+106"/>
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
        <location line="+20"/>
        <location line="+6"/>
        <source>Could not update the outbox.</source>
        <translation>無法更新寄件匣。</translation>
    </message>
</context>
<context>
    <name>c360::sync::RecordMapper</name>
    <message>
        <location filename="../../sync/RecordMapper.cpp" line="+157"/>
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
        <location line="+18"/>
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
    <name>c360::sync::SourceProbe</name>
    <message>
        <location filename="../../sync/SourceProbe.cpp" line="+83"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>聯結器 %1 沒有資料流 &quot;%2&quot;（現有：%3）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourceReader</name>
    <message>
        <location filename="../../sync/SourcesFile.cpp" line="+71"/>
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
        <location line="+20"/>
        <source>%1: the secret comes from the environment variable %2, which is not set</source>
        <translation>%1：金鑰來自環境變數 %2，但該變數未設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: secrets from the system keychain (%2) are not supported yet in this build; use env:VARIABLE instead</source>
        <translation>%1：此版本暫不支援來自系統鑰匙圈（%2）的金鑰；請改用 env:VARIABLE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>無法讀取資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>資料來源檔案 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1: expected {&quot;sources&quot;: [ ... ]}</source>
        <translation>資料來源檔案 %1：應為 {&quot;sources&quot;: [ ... ]}</translation>
    </message>
    <message>
        <location line="+6"/>
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
</context>
<context>
    <name>c360::ui::AgentWrites</name>
    <message>
        <location filename="../../ui/AgentWrites.cpp" line="+116"/>
        <source>Could not read your notes and wrap-ups from the outbox.</source>
        <translation>無法從寄件匣讀取您的備註和話後小結。</translation>
    </message>
    <message>
        <location line="+18"/>
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
</context>
<context>
    <name>c360::ui::AgentWritesPanel</name>
    <message>
        <location filename="../../ui/AgentWritesPanel.cpp" line="+19"/>
        <source>Add note…</source>
        <translation>新增備註…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a note for this customer (Ctrl+Shift+N)</source>
        <translation>為該客戶寫備註（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected failed item again</source>
        <translation>重新發送所選的失敗項</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+79"/>
        <source>Your notes and wrap-ups</source>
        <translation>我的備註和通話後處理</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Notes are off: no outbox file could be opened.</source>
        <translation>備註已停用：無法打開寄件匣檔案。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · waiting to be sent</source>
        <translation>由我寫入 · 等待發送</translation>
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
        <translation>待發送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Your notes and wrap-ups — %n failed</source>
        <translation>
            <numerusform>我的備註和通話後處理 — %n 條失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n waiting to be sent</source>
        <translation>
            <numerusform>我的備註和通話後處理 — %n 條待發送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::CallBar</name>
    <message>
        <location filename="../../ui/CallBar.cpp" line="+27"/>
        <source>Resume (%1)</source>
        <translation>恢復 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold (%1)</source>
        <translation>保留 (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+162"/>
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
        <location line="-170"/>
        <source>Transfer note</source>
        <translation>轉接備註</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerHeader</name>
    <message>
        <location filename="../../ui/CustomerHeader.cpp" line="+69"/>
        <source>Which records of which systems make up this customer, and why (Ctrl+L)</source>
        <translation>該客戶由哪些系統的哪些記錄組成，以及原因（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+29"/>
        <source>New caller</source>
        <translation>新來電者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer on record for %1. Search by name or e-mail (Ctrl+F), or note the details.</source>
        <translation>沒有 %1 的客戶記錄。請按姓名或電子郵件搜尋（Ctrl+F），或記下相關資訊。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+39"/>
        <source>No customer open</source>
        <translation>未開啟客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search for a customer by name, phone, email, order or ticket number.</source>
        <translation>按姓名、電話、電子郵件、訂單編號或工單編號搜尋客戶。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>（來自 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Golden record: the name %1</source>
        <translation>黃金記錄：姓名%1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+18"/>
        <source>WeChat linked</source>
        <translation>已繫結微信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact details on record</source>
        <translation>沒有聯絡方式記錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n linked record(s) from %1</source>
        <translation>
            <numerusform>來自 %1 的 %n 條關聯記錄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::DataQualityView</name>
    <message>
        <location filename="../../ui/DataQualityView.cpp" line="+39"/>
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
        <location line="+32"/>
        <source>Suspected duplicates (%1)</source>
        <translation>疑似重複（%1）</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+14"/>
        <source>Conflicting values (%1)</source>
        <translation>衝突值（%1）</translation>
    </message>
</context>
<context>
    <name>c360::ui::EventDetailPane</name>
    <message>
        <location filename="../../ui/EventDetailPane.cpp" line="+41"/>
        <source>Select an event in the timeline to see its details.</source>
        <translation>在時間軸中選擇一個事件以檢視詳情。</translation>
    </message>
    <message>
        <location line="+47"/>
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
    <name>c360::ui::LinkedRecordsDialog</name>
    <message>
        <location filename="../../ui/LinkedRecordsDialog.cpp" line="+27"/>
        <source>Linked records</source>
        <translation>關聯記錄</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+38"/>
        <source>%1 — %2 linked records (showing %3)</source>
        <translation>%1 — %2 條關聯記錄（顯示 %3 條）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 linked records</source>
        <translation>%1 — %2 條關聯記錄</translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+59"/>
        <source>C360 Workstation</source>
        <translation>C360 客服工作台</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The saved rule pack could not be read (%1); using the shipped one.</source>
        <translation>無法讀取已儲存的規則包（%1）；將使用內建規則包。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Data quality</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Wrap-up saved.</source>
        <translation>通話後處理已儲存。</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <source>S&amp;ources…</source>
        <translation>資料來源(&amp;O)…</translation>
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
        <location line="+3"/>
        <source>Change shipping &amp;address of selected order…</source>
        <translation>修改所選訂單的收件地址(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;system changes</source>
        <translation>顯示系統變更(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
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
        <location line="+13"/>
        <source>Open a customer first.</source>
        <translation>請先開啟客戶。</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location line="+25"/>
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
        <location line="+16"/>
        <source>%1 — C360 Workstation</source>
        <translation>%1 — C360 客服工作台</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown caller</source>
        <translation>未知來電者</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
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
        <location line="+26"/>
        <source>The open customer was merged or deleted by the last sync; search again.</source>
        <translation>目前開啟的客戶已在上次同步時被合併或刪除；請重新搜尋。</translation>
    </message>
</context>
<context>
    <name>c360::ui::NbaPanel</name>
    <message>
        <location filename="../../ui/NbaPanel.cpp" line="+26"/>
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
        <source>Next best actions</source>
        <translation>下一步最佳行動</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Open a customer to see suggestions.</source>
        <translation>開啟客戶以檢視建議。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suggestion for this customer right now.</source>
        <translation>目前沒有針對該客戶的建議。</translation>
    </message>
    <message>
        <location line="+25"/>
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
</context>
<context>
    <name>c360::ui::NoteDialog</name>
    <message>
        <location filename="../../ui/NoteDialog.cpp" line="+17"/>
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
    <name>c360::ui::RulesEditor</name>
    <message>
        <location filename="../../ui/RulesEditor.cpp" line="+32"/>
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
        <location line="+47"/>
        <source>Multiplies the action&apos;s priority; 0 never shows it.</source>
        <translation>與行動的優先順序相乘；為 0 時永不顯示。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No rule pack is open.</source>
        <translation>沒有開啟的規則包。</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+39"/>
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
        <location filename="../../ui/SearchPanel.cpp" line="+48"/>
        <source>Name, phone, email, order or ticket number</source>
        <translation>姓名、電話、電子郵件、訂單編號或工單編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the customer cache (Ctrl+F). Enter opens the first match.</source>
        <translation>搜尋客戶快取（Ctrl+F）。按 Enter 開啟第一個符合項。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+40"/>
        <location line="+15"/>
        <source>Type at least one character.</source>
        <translation>請至少輸入一個字元。</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <translation>用戶名和密碼或權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials</source>
        <translation>OAuth 客戶端憑據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>無需登錄</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Test connection</source>
        <translation>測試連接(&amp;T)</translation>
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
        <source>The name of the environment variable that holds the token or password. The secret itself is never written into the sources file.</source>
        <translation>保存權杖或密碼的環境變量名稱。密鑰本身永遠不會寫入資料來源檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>登錄方式(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用戶名</translation>
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
        <translation>密鑰所在的環境變量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
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
        <translation>資料來源檔案 %1 不是有效的 JSON（%2）；在此保存將替換它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no sources file yet. Add the systems to sync, or start the demo company.</source>
        <translation>還沒有資料來源檔案。請添加要同步的系統，或啟動示範公司。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(a demo token written in the file)</source>
        <translation>（寫在文件中的示範權杖）</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Testing %1…</source>
        <translation>正在測試 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>✓ %1: connected, %n record(s) on the first page</source>
        <translation>
            <numerusform>✓ %1：已連接，第一頁有 %n 條記錄</numerusform>
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
        <location line="+22"/>
        <source>The sources file %1 could not be written: %2</source>
        <translation>無法寫入資料來源檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>c360::ui::SyncPanel</name>
    <message>
        <location filename="../../ui/SyncPanel.cpp" line="+34"/>
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
        <location line="+208"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="-197"/>
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
        <location line="+117"/>
        <source>Quarantine</source>
        <translation>隔離區</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+140"/>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Idle.</source>
        <translation>閒置。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+19"/>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting to send</source>
        <translation>等待發送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox (%1)</source>
        <translation>寄件匣（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <translation>正在同步 %1/%2：%3 條記錄…</translation>
    </message>
</context>
<context>
    <name>c360::ui::SyncStatusWidget</name>
    <message>
        <location filename="../../ui/SyncStatusWidget.cpp" line="+31"/>
        <location line="+31"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Fetch changes from every source (F5)</source>
        <translation>從所有資料來源取得更改（F5）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not synced in this session</source>
        <translation>本次工作階段尚未同步</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online</source>
        <translation>連線中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline — showing cached data</source>
        <translation>離線 — 顯示快取資料</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>c360::ui::TimelinePanel</name>
    <message>
        <location filename="../../ui/TimelinePanel.cpp" line="+28"/>
        <source>Show system changes</source>
        <translation>顯示系統變更</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+59"/>
        <location line="+89"/>
        <source>Kinds</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+55"/>
        <location line="+89"/>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>System field changes (segment updates, opt-in flips...) are folded away by default.</source>
        <translation>系統欄位變更（客群更新、行銷同意變更等）預設會摺疊隱藏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1 events</source>
        <translation>%1 個事件</translation>
    </message>
</context>
<context>
    <name>c360::ui::WrapUpDialog</name>
    <message>
        <location filename="../../ui/WrapUpDialog.cpp" line="+24"/>
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
