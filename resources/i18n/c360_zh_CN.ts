<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+65"/>
        <source>C360 Workstation</source>
        <translation>C360 坐席工作台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache file.</source>
        <translation>缓存文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file (default: outbox.db beside the cache).</source>
        <translation>发件箱文件（默认：缓存旁边的 outbox.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources file.</source>
        <translation>数据源文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UI language: en, zh_CN or zh_TW.</source>
        <translation>界面语言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default phone region (default CN).</source>
        <translation>默认电话区域（默认 CN）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development override of the signed-in role: agent, supervisor, field or auditor; it may only lower the role the backend granted.</source>
        <translation>登录角色的开发用覆盖：agent、supervisor、field 或 auditor；只能降低后端授予的角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not sync at start.</source>
        <translation>启动时不同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between background syncs (0: off, default 5).</source>
        <translation>后台同步间隔分钟数（0：关闭，默认 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between connection checks while online (0: off, default 5).</source>
        <translation>在线时两次连接检查之间的秒数（0：关闭，默认 5）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search this at start.</source>
        <translation>启动时搜索此内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pop this caller at start.</source>
        <translation>启动时弹出此来电者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call id of the pop.</source>
        <translation>弹屏的通话 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue of the pop.</source>
        <translation>弹屏的队列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialled number of the pop.</source>
        <translation>弹屏的被叫号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A c360://pop?ani=… or tel: link to pop.</source>
        <translation>要弹屏的 c360://pop?ani=… 或 tel: 链接。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--sync-interval takes a number of minutes (0 or more).</source>
        <translation>--sync-interval 需要分钟数（0 或以上）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--check-interval takes a number of seconds (0 or more).</source>
        <translation>--check-interval 需要一个秒数（0 或更大）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--role is agent, supervisor, field or auditor.</source>
        <translation>--role 的取值为 agent、supervisor、field 或 auditor。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
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
        <translation>账单 / 付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return / refund</source>
        <translation>退货 / 退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product question</source>
        <translation>产品咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account / profile</source>
        <translation>账户 / 资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying / sales</source>
        <translation>购买 / 销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback scheduled</source>
        <translation>已预约回电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <translation>无需处理</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../ui/Format.cpp" line="+16"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
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
        <translation>合并或拆分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undoing the decision</source>
        <translation>正在撤销该决定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data-quality lists</source>
        <translation>数据质量列表</translation>
    </message>
</context>
<context>
    <name>KindStyle</name>
    <message>
        <location filename="../../ui/KindStyle.cpp" line="+21"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field change</source>
        <translation>字段变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket comment</source>
        <translation>工单备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>服务台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact center</source>
        <translation>联络中心</translation>
    </message>
</context>
<context>
    <name>PopRequest</name>
    <message>
        <location filename="../../app/PopRequest.cpp" line="+30"/>
        <source>The tel: link carries no phone number.</source>
        <translation>tel: 链接中没有电话号码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown c360: link “%1” (expected c360://pop?ani=…).</source>
        <translation>未知的 c360: 链接“%1”（应为 c360://pop?ani=…）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The c360://pop link has no ani (caller number).</source>
        <translation>c360://pop 链接中没有 ani（来电号码）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/main.cpp" line="+83"/>
        <source>C360 Workstation is already running; brought it forward.</source>
        <translation>C360 坐席工作台已在运行，已将其切换到前台。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C360 Workstation</source>
        <translation>C360 坐席工作台</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/SingleInstance.cpp" line="+32"/>
        <source>The running workstation did not answer.</source>
        <translation>正在运行的工作台没有响应。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The workstation is already running.</source>
        <translation>工作台已在运行。</translation>
    </message>
</context>
<context>
    <name>c360</name>
    <message>
        <location filename="../../models/Database.cpp" line="+54"/>
        <source>The local database could not be configured.</source>
        <translation>无法配置本地数据库。</translation>
    </message>
    <message>
        <location filename="../../models/Migrations.cpp" line="+664"/>
        <source>The local database could not be read.</source>
        <translation>无法读取本地数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cache was written by a newer C360 (schema %1); this version understands up to %2.</source>
        <translation>此缓存由更新版本的 C360 写入（架构 %1）；当前版本最高只支持 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The local database cannot be migrated to schema %1.</source>
        <translation>本地数据库无法迁移到架构 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local database could not be upgraded.</source>
        <translation>无法升级本地数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>The local database could not be upgraded to schema %1.</source>
        <translation>无法将本地数据库升级到架构 %1。</translation>
    </message>
    <message>
        <location filename="../../models/Queries.cpp" line="+18"/>
        <source>The local cache could not be read.</source>
        <translation>无法读取本地缓存。</translation>
    </message>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+65"/>
        <source>Sync cancelled after %1 record(s); the next sync resumes where it stopped.</source>
        <translation>同步在 %1 条记录后取消；下次同步将从中断处继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced %1 record(s) from %2 stream(s) in %3 s (%4 deleted, %5 quarantined).</source>
        <translation>已在 %3 秒内从 %2 个数据流同步 %1 条记录（删除 %4 条，隔离 %5 条）。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n stream(s) failed: </source>
        <translation>
            <numerusform>%n 个数据流失败：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) no longer in the sync scope were removed from this computer.</source>
        <translation>
            <numerusform>已从本机移除 %n 位不再属于同步范围的客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/CustomerEraser.cpp" line="+36"/>
        <source>The customer could not be erased from the local cache.</source>
        <translation>无法从本地缓存中清除该客户。</translation>
    </message>
    <message>
        <location filename="../../models/JourneyRules.cpp" line="+43"/>
        <source>The journey stage rules are not valid: %1</source>
        <translation>客户旅程阶段规则无效：%1</translation>
    </message>
    <message>
        <location filename="../../models/ReportRepository.cpp" line="+111"/>
        <source>The report could not be prepared.</source>
        <translation>无法准备报表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be read from the local cache.</source>
        <translation>无法从本地缓存读取报表。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The report needs a period: a first and a last day.</source>
        <translation>报表需要一个时间段：开始日期和结束日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>时间段的开始日期（%1）晚于结束日期（%2）。</translation>
    </message>
</context>
<context>
    <name>c360::AuditLog</name>
    <message>
        <location filename="../../models/AuditLog.cpp" line="+149"/>
        <source>The audit log %1 could not be read.</source>
        <translation>无法读取审计日志 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>The audit log could not be created.</source>
        <translation>无法创建审计日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log could not record this action.</source>
        <translation>审计日志无法记录此操作。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>The audit log could not be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry %1 does not follow the entry before it (an entry was removed, inserted or reordered)</source>
        <translation>条目 %1 与其前一条目不衔接（有条目被删除、插入或重新排序）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was changed after it was written</source>
        <translation>条目 %1 在写入后被修改</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entries after %1 were removed</source>
        <translation>条目 %1 之后的条目已被删除</translation>
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
        <translation>无法将一页记录存入本地缓存。</translation>
    </message>
    <message>
        <location line="-690"/>
        <location line="+36"/>
        <location line="+35"/>
        <source>The local cache could not be prepared.</source>
        <translation>无法准备本地缓存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+40"/>
        <location line="+42"/>
        <location line="+39"/>
        <location line="+456"/>
        <source>The local cache is busy or read-only; the customers were not updated.</source>
        <translation>本地缓存正忙或为只读；客户未更新。</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>The local cache is busy or read-only; the page was not stored.</source>
        <translation>本地缓存繁忙或为只读；该页未存储。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The local database could not save the changes.</source>
        <translation>本地数据库无法保存更改。</translation>
    </message>
</context>
<context>
    <name>c360::CustomerEraser</name>
    <message>
        <location filename="../../models/CustomerEraser.cpp" line="+17"/>
        <source>The local database could not be compacted.</source>
        <translation>无法压缩本地数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local database is in use; the erased data is gone from the tables but old copies remain until the other program closes it.</source>
        <translation>本地数据库正被使用；已清除的数据已从表中删除，但在其他程序关闭数据库之前，旧副本仍会保留。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <location line="+10"/>
        <source>The customer could not be erased from the local cache.</source>
        <translation>无法从本地缓存中清除该客户。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The customer could not be erased from the outbox.</source>
        <translation>无法从发件箱中清除该客户。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The customer data could not be removed from the local cache.</source>
        <translation>无法从本地缓存中删除客户数据。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The outbox could not be read.</source>
        <translation>无法读取发件箱。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sent items could not be removed from the outbox.</source>
        <translation>无法从发件箱中删除已发送的项目。</translation>
    </message>
</context>
<context>
    <name>c360::Database</name>
    <message>
        <location filename="../../models/Database.cpp" line="+106"/>
        <source>The local database is already open on this connection.</source>
        <translation>本地数据库已在此连接上打开。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file %1 is not a C360 database.</source>
        <translation>文件 %1 不是 C360 数据库。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database %1 could not be created.</source>
        <translation>无法创建本地数据库 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>The local database %1 could not be opened.</source>
        <translation>无法打开本地数据库 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.</source>
        <translation>发件箱 %1 由较新版本的 C360 写入（架构 %2）；此版本最高只支持到 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cache was written by a newer C360 (schema %1); this version understands up to %2.</source>
        <translation>此缓存由更新版本的 C360 写入（架构 %1）；当前版本最高只支持 %2。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The local database %1 could not be configured.</source>
        <translation>无法配置本地数据库 %1。</translation>
    </message>
</context>
<context>
    <name>c360::DetailWriter</name>
    <message>
        <location filename="../../models/DetailWriter.cpp" line="+74"/>
        <location line="+43"/>
        <location line="+16"/>
        <source>The local cache could not be prepared.</source>
        <translation>无法准备本地缓存。</translation>
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
        <translation>无法将记录存入本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityLinker</name>
    <message>
        <location filename="../../models/IdentityLinker.cpp" line="+79"/>
        <source>The local cache could not be prepared.</source>
        <translation>无法准备本地缓存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A record could not be linked to a customer in the local cache.</source>
        <translation>无法在本地缓存中将记录关联到客户。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityResolver</name>
    <message>
        <location filename="../../models/IdentityResolver.cpp" line="+801"/>
        <source>The local cache is busy or read-only; identity resolution did not run.</source>
        <translation>本地缓存繁忙或为只读；身份识别未运行。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A decision is either a merge or a split.</source>
        <translation>决定只能是合并或拆分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A merge names two records; a split names one.</source>
        <translation>合并需指定两条记录；拆分需指定一条。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decision could not be stored.</source>
        <translation>无法保存该决定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>The decision could not be read.</source>
        <translation>无法读取该决定。</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>There is no decision %1 to undo.</source>
        <translation>没有可撤销的决定 %1。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Decision %1 was undone already.</source>
        <translation>决定 %1 已被撤销。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The decision could not be undone.</source>
        <translation>无法撤销该决定。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The decisions could not be read.</source>
        <translation>无法读取决定。</translation>
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
        <translation>无法读取用于身份识别的记录。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>merged by %1 (decision %2)</source>
        <translation>由 %1 合并（决定 %2）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source> — two %1 ids</source>
        <translation> — %1 的两个 ID</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> — with %1</source>
        <translation> — 与 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+134"/>
        <location line="+82"/>
        <source>Identity resolution could not update the local cache.</source>
        <translation>身份识别无法更新本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::IdentityRules</name>
    <message>
        <location filename="../../models/IdentityRules.cpp" line="+29"/>
        <source>The identity rules are invalid: shared_keys is not an object.</source>
        <translation>身份规则无效：shared_keys 不是对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: shared_keys&apos; rule is not a name.</source>
        <translation>身份规则无效：shared_keys 的 rule 不是名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity rules are invalid: shared_keys&apos; names_elsewhere is true or false.</source>
        <translation>身份规则无效：shared_keys 的 names_elsewhere 只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: shared_keys&apos; min_name_tokens is a whole number from 2 to 6 (a first name alone never links).</source>
        <translation>身份规则无效：shared_keys 的 min_name_tokens 须为 2 到 6 的整数（仅有名字永不关联）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity rules are invalid: shared_keys&apos; action is link or review, not “%1”.</source>
        <translation>身份规则无效：shared_keys 的 action 只能是 link 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The identity rules file %1 could not be read.</source>
        <translation>无法读取身份规则文件 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The identity rules are not valid JSON.</source>
        <translation>身份规则不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: provider %1 is not an object.</source>
        <translation>身份规则无效：提供方 %1 不是对象。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The identity rules are invalid: a deterministic rule has no kind.</source>
        <translation>身份规则无效：某条确定性规则没有类型。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The identity rules are invalid: the fuzzy thresholds are out of range.</source>
        <translation>身份规则无效：模糊匹配阈值超出范围。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The identity rules are invalid: duplicates can compare %1, not “%2”.</source>
        <translation>身份规则无效：重复项只能比较 %1，不能比较“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The identity rules are invalid: duplicates&apos; action is link or review, not “%1”.</source>
        <translation>身份规则无效：重复项的处理方式只能是 link 或 review，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: survivorship is not an object.</source>
        <translation>身份规则无效：survivorship 不是一个对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: survivorship&apos;s source_order is not a list of sources.</source>
        <translation>身份规则无效：survivorship 的 source_order 不是来源列表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: survivorship&apos;s source_order lists an empty source.</source>
        <translation>身份规则无效：survivorship 的 source_order 中有一个空来源。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The identity rules are invalid: survivorship&apos;s fields is not an object.</source>
        <translation>身份规则无效：survivorship 的 fields 不是一个对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The identity rules are invalid: survivorship has no field “%1” (fields: %2).</source>
        <translation>身份规则无效：存续规则中没有字段“%1”（字段：%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The identity rules are invalid: “%1” is not a survivorship policy for %2 (policies: most_recent, source_order, most_complete).</source>
        <translation>身份规则无效：“%1”不是 %2 的存续策略（策略：most_recent、source_order、most_complete）。</translation>
    </message>
</context>
<context>
    <name>c360::JourneyRepository</name>
    <message>
        <location filename="../../models/Journey.cpp" line="+172"/>
        <location line="+4"/>
        <location line="+71"/>
        <source>The customer&apos;s journey could not be read.</source>
        <translation>无法读取客户旅程。</translation>
    </message>
</context>
<context>
    <name>c360::JourneyRules</name>
    <message>
        <location filename="../../models/JourneyRules.cpp" line="+22"/>
        <source>The journey stage rules %1 could not be read.</source>
        <translation>无法读取客户旅程阶段规则 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journey stage rules are not valid JSON (at character %1).</source>
        <translation>客户旅程阶段规则不是有效的 JSON（位于第 %1 个字符）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a stage has no &quot;id&quot;</source>
        <translation>某个阶段没有 &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stage &quot;%1&quot; is listed twice</source>
        <translation>阶段 &quot;%1&quot; 被列出了两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;stages&quot; lists no stage</source>
        <translation>&quot;stages&quot; 中没有列出任何阶段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rule %1 moves into the unknown stage &quot;%2&quot;</source>
        <translation>规则 %1 转入未知阶段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 names the unknown stage &quot;%2&quot;</source>
        <translation>规则 %1 引用了未知阶段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 names no event kind</source>
        <translation>规则 %1 没有指定事件类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 has &quot;nth&quot; below 1</source>
        <translation>规则 %1 的 &quot;nth&quot; 小于 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the friction thresholds must be positive</source>
        <translation>摩擦阈值必须为正数</translation>
    </message>
</context>
<context>
    <name>c360::LtvQuantiles</name>
    <message>
        <location filename="../../models/LtvQuantiles.cpp" line="+18"/>
        <source>The customers&apos; value ranking could not be updated.</source>
        <translation>客户价值排名无法更新。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customers&apos; value ranking could not be read.</source>
        <translation>无法读取客户价值排名。</translation>
    </message>
</context>
<context>
    <name>c360::PartyAggregator</name>
    <message>
        <location filename="../../models/PartyAggregator.cpp" line="+234"/>
        <source>The local cache could not be prepared.</source>
        <translation>无法准备本地缓存。</translation>
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
        <translation>无法在本地缓存中更新客户。</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>The customers&apos; golden records could not be read.</source>
        <translation>无法读取客户的黄金记录。</translation>
    </message>
</context>
<context>
    <name>c360::PartyRepository</name>
    <message>
        <location filename="../../models/Queries.cpp" line="+16"/>
        <source>The customer could not be read.</source>
        <translation>无法读取客户。</translation>
    </message>
</context>
<context>
    <name>c360::RecordReferences</name>
    <message>
        <location filename="../../models/RecordReferences.cpp" line="+34"/>
        <source>The references between records could not be read.</source>
        <translation>无法读取记录之间的引用。</translation>
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
        <translation>无法在本地缓存中更新主管报表数据。</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>The supervisors&apos; report figures could not be prepared.</source>
        <translation>无法准备主管报表数据。</translation>
    </message>
    <message>
        <location line="+415"/>
        <location line="+14"/>
        <location line="+27"/>
        <location line="+5"/>
        <source>The supervisors&apos; report figures could not be rebuilt.</source>
        <translation>无法重建主管报表数据。</translation>
    </message>
</context>
<context>
    <name>c360::ReportRepository</name>
    <message>
        <location filename="../../models/ReportRepository.cpp" line="+222"/>
        <source>Unknown report.</source>
        <translation>未知报表。</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+240"/>
        <location line="+18"/>
        <source>The report could not be prepared.</source>
        <translation>无法准备报表。</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+228"/>
        <location line="+32"/>
        <source>The report could not be read from the local cache.</source>
        <translation>无法从本地缓存读取报表。</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The newest contact could not be read.</source>
        <translation>无法读取最新的联系记录。</translation>
    </message>
</context>
<context>
    <name>c360::RoleGrantRepository</name>
    <message>
        <location filename="../../models/RoleGrant.cpp" line="+14"/>
        <source>The signed-in user could not be read from the cache.</source>
        <translation>无法从本地缓存中读取已登录用户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache names an unknown role &quot;%1&quot; for the signed-in user.</source>
        <translation>本地缓存中为已登录用户记录了未知角色“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The signed-in user could not be kept in the cache.</source>
        <translation>无法将已登录用户保存到本地缓存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed-in user could not be removed from the cache.</source>
        <translation>无法从本地缓存中移除已登录用户。</translation>
    </message>
</context>
<context>
    <name>c360::ScopeRepository</name>
    <message>
        <location filename="../../models/ScopeRepository.cpp" line="+13"/>
        <location line="+89"/>
        <source>The list of customers kept offline could not be read.</source>
        <translation>无法读取离线保留的客户列表。</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+86"/>
        <location line="+8"/>
        <source>The list of customers kept offline could not be saved.</source>
        <translation>无法保存离线保留的客户列表。</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+34"/>
        <source>The customer could not be read from the local cache.</source>
        <translation>无法从本地缓存读取该客户。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sync state could not be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The sync state could not be saved.</source>
        <translation>无法保存同步状态。</translation>
    </message>
</context>
<context>
    <name>c360::SearchRepository</name>
    <message>
        <location filename="../../models/SearchRepository.cpp" line="+133"/>
        <source>The search could not be run.</source>
        <translation>无法执行搜索。</translation>
    </message>
</context>
<context>
    <name>c360::SearchResultModel</name>
    <message>
        <location filename="../../models/SearchResultModel.cpp" line="+32"/>
        <location line="+91"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+92"/>
        <source>Email</source>
        <translation>邮箱</translation>
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
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · last contact %3 · matched on %4</source>
        <translation>%1 · %2 · 最近联系 %3 · 匹配于%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no city</source>
        <translation>无城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched on</source>
        <translation>匹配字段</translation>
    </message>
</context>
<context>
    <name>c360::StaleRecords</name>
    <message>
        <location filename="../../models/StaleRecords.cpp" line="+12"/>
        <source>The local cache could not be read.</source>
        <translation>无法读取本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::StatsRepository</name>
    <message>
        <location filename="../../models/Queries.cpp" line="+70"/>
        <source>The local cache could not be read.</source>
        <translation>无法读取本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::Survivorship</name>
    <message>
        <location filename="../../models/IdentityRules.cpp" line="+64"/>
        <source>the most recently updated record wins</source>
        <translation>最近更新的记录优先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the most complete value wins</source>
        <translation>最完整的值优先</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the most trusted source wins (%1)</source>
        <translation>最可信的来源优先（%1）</translation>
    </message>
</context>
<context>
    <name>c360::SyncEngine</name>
    <message>
        <location filename="../../sync/SyncEngine.cpp" line="+425"/>
        <source>The sources file has no source named &quot;%1&quot;.</source>
        <translation>数据源文件中没有名为 &quot;%1&quot; 的数据源。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>连接器 %1 没有数据流 &quot;%2&quot;（现有：%3）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>None of the selected sources has a stream named &quot;%1&quot;.</source>
        <translation>所选数据源都没有名为 &quot;%1&quot; 的数据流。</translation>
    </message>
</context>
<context>
    <name>c360::SyncStateRepository</name>
    <message>
        <location filename="../../models/SyncStateRepository.cpp" line="+17"/>
        <location line="+39"/>
        <location line="+39"/>
        <source>The sync state could not be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>The sync state could not be saved.</source>
        <translation>无法保存同步状态。</translation>
    </message>
</context>
<context>
    <name>c360::SyncWorker</name>
    <message>
        <location filename="../../sync/SyncWorker.cpp" line="+39"/>
        <source>The sync stopped on an internal error: %1</source>
        <translation>同步因内部错误而停止：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sync stopped on an internal error.</source>
        <translation>同步因内部错误而停止。</translation>
    </message>
</context>
<context>
    <name>c360::TimelineModel</name>
    <message>
        <location filename="../../models/TimelineModel.cpp" line="+73"/>
        <source>Written by you</source>
        <translation>由你撰写</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by you · %1</source>
        <translation>由你撰写 · %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
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
        <translation>无法读取时间线。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The event details could not be read.</source>
        <translation>无法读取事件详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is no longer in the local cache.</source>
        <translation>此事件已不在本地缓存中。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+15"/>
        <location line="+16"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+33"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+32"/>
        <location line="+32"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised for</source>
        <translation>承诺送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer id</source>
        <translation>客户 ID</translation>
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
        <translation>%1 × %2，单价 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return number</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金额</translation>
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
        <translation>退款时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CSAT score</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT comment</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign id</source>
        <translation>营销活动 ID</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评语</translation>
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
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
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
        <translation>本地数据库无法开始事务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database could not save the changes.</source>
        <translation>本地数据库无法保存更改。</translation>
    </message>
</context>
<context>
    <name>c360::WorkerGuard</name>
    <message>
        <location filename="../../models/WorkerGuard.cpp" line="+11"/>
        <source>%1 stopped on an internal error (%2). Nothing that was saved is lost; try again, and report it if it happens again.</source>
        <translation>%1因内部错误而停止（%2）。已保存的内容不会丢失；请重试，如果再次发生请报告此问题。</translation>
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
        <translation>缓存文件（默认：%1）。</translation>
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
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default phone region for numbers without a country code (default CN).</source>
        <translation>没有国家代码的号码使用的默认电话区域（默认 CN）。</translation>
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
        <translation>%1 处还没有缓存。请先运行 `c360 sync --db %1 --sources FILE`。</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
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
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mapping file %1 could not be read.</source>
        <translation>无法读取映射文件 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mapping file %1 is not valid JSON.</source>
        <translation>映射文件 %1 不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the mapping fills “%1”, which is not a field C360 knows (see the canonical fields in resources/connectors/README.md)</source>
        <translation>映射填充了“%1”，但这不是 C360 已知的字段（标准字段见 resources/connectors/README.md）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>field “%1” reads column “%2”, which the file does not have</source>
        <translation>字段“%1”读取列“%2”，但文件中没有该列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cache file.</source>
        <translation>缓存文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source name the records belong to.</source>
        <translation>记录所属的数据源名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stream (customers, orders, tickets, ...).</source>
        <translation>数据流（customers、orders、tickets 等）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connector manifest or stream mapping.</source>
        <translation>连接器清单或数据流映射。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source&apos;s region (ISO code such as US or CN): phone numbers without a country code that are valid there are read there.</source>
        <translation>数据源所在区域（ISO 代码，例如 US 或 CN）：没有国家代码、但在该区域有效的电话号码按该区域解析。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--region needs a two-letter region code such as US or CN, not “%1”.</source>
        <translation>--region 需要两个字母的区域代码，例如 US 或 CN，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs --%1.</source>
        <translation>import 需要 --%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import needs one data file (.csv or .jsonl).</source>
        <translation>import 需要一个数据文件（.csv 或 .jsonl）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data file must be .csv or .jsonl.</source>
        <translation>数据文件必须是 .csv 或 .jsonl。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping has no stream “%1” (it has: %2).</source>
        <translation>映射中没有数据流“%1”（现有：%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file %1 could not be read: %2</source>
        <translation>无法读取数据文件 %1：%2</translation>
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
        <translation>%1：第 1 行必须是列名标题行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>%1: the mapping does not fit the file; nothing was imported.</source>
        <translation>%1：映射与文件不匹配；未导入任何内容。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>  the file&apos;s columns: %1</source>
        <translation>  文件的列：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2 column(s), the header has %3</source>
        <translation>第 %1 行：%2 列，标题行有 %3 列</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1: not a JSON object</source>
        <translation>第 %1 行：不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 bad row(s); nothing was imported.</source>
        <translation>%1：%2 行有误；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1/%2 is a synced stream; import into another source name.</source>
        <translation>%1/%2 是同步的数据流；请导入到其他数据源名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 record(s) into %2/%3 (%4 deleted); %5 customer(s) updated.</source>
        <translation>已导入 %1 条记录到 %2/%3（删除 %4 条）；更新了 %5 位客户。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity rules file (default: the shipped rules).</source>
        <translation>身份规则文件（默认：内置规则）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pairwise precision and recall against --labels.</source>
        <translation>按 --labels 输出成对的精确率和召回率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with columns source, source_id, person.</source>
        <translation>包含 source、source_id、person 列的 CSV。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>resolve takes no positional arguments.</source>
        <translation>resolve 不接受位置参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--report and --labels go together.</source>
        <translation>--report 和 --labels 必须一起使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Resolved %1 record(s) into %2 customer(s) in %3 s: %4 record(s) moved, %5 customer(s) changed, %6 key(s) not used for linking, %7 merge(s) refused, %8 suspected duplicate(s) to review.</source>
        <translation>在 %3 秒内将 %1 条记录识别为 %2 位客户：移动 %4 条记录，变更 %5 位客户，%6 个键未用于关联，拒绝 %7 次合并，%8 个疑似重复待复核。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  links by %1: %2</source>
        <translation>  按 %1 关联：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labelled records: %1 of %2 found; pairs: %3 true, %4 linked, %5 correct.</source>
        <translation>标注记录：找到 %1 / %2 条；记录对：真实 %3，已关联 %4，正确 %5。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precision %1, recall %2</source>
        <translation>精确率 %1，召回率 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Output format (csv).</source>
        <translation>输出格式（csv）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs what to export: parties or links.</source>
        <translation>export 需要指定导出内容：parties 或 links。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format knows csv only.</source>
        <translation>--format 只支持 csv。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cache could not be read.</source>
        <translation>无法读取缓存。</translation>
    </message>
    <message>
        <location filename="../../app/CliNba.cpp" line="+1"/>
        <source>  --context  the live call: reason=delivery,channel=phone,queue=vip</source>
        <translation>  --context  当前通话：reason=delivery,channel=phone,queue=vip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --pack     a rule pack file (default: the shipped %1)</source>
        <translation>  --pack     规则包文件（默认：内置的 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --lang     en, zh_CN or zh_TW (titles and scripts)</source>
        <translation>  --lang     en、zh_CN 或 zh_TW（标题和话术）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --now      evaluate as of this UTC time (ISO 8601), default now</source>
        <translation>  --now      按此 UTC 时间（ISO 8601）评估，默认为当前时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --rules-only  rank by the pack alone, without what was learned from answers</source>
        <translation>  --rules-only  仅按规则包排序，不使用从响应中学到的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --learned  list what each action learned from answers; --reset-learning ACTION forgets it</source>
        <translation>  --learned  列出每个行动从响应中学到的内容；--reset-learning ACTION 忘记其学习内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--context takes key=value pairs separated by commas; “%1” is not one.</source>
        <translation>--context 需要以逗号分隔的 key=value 对；“%1”不是。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--context knows reason, channel and queue, not “%1”.</source>
        <translation>--context 只支持 reason、channel 和 queue，不支持“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The facts file %1 could not be read: %2</source>
        <translation>无法读取事实文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The facts file %1 is not a JSON object of facts (%2).</source>
        <translation>事实文件 %1 不是由事实组成的 JSON 对象（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The facts file %1 names an unknown fact “%2”.</source>
        <translation>事实文件 %1 中有未知的事实“%2”。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>In the facts file %1, “%2” must be a %3.</source>
        <translation>在事实文件 %1 中，“%2”必须是 %3。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The live call: reason=R,channel=C,queue=Q.</source>
        <translation>当前通话：reason=R,channel=C,queue=Q。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rule pack file.</source>
        <translation>规则包文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most K actions (default 3).</source>
        <translation>最多 K 个行动（默认 3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of titles and scripts.</source>
        <translation>标题和话术的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate as of this time (ISO 8601, e.g. 2026-06-15T12:00:00Z): the facts&apos; days and the contact policy&apos;s windows count from it. Default: now.</source>
        <translation>按此时间评估（ISO 8601，例如 2026-06-15T12:00:00Z）：事实中的天数和联系策略的时间窗口都从该时间起算。默认：当前时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluate the facts of this JSON file ({&quot;fact&quot;: value, ...}) instead of a customer.</source>
        <translation>评估此 JSON 文件（{&quot;fact&quot;: value, ...}）中的事实，而不是某位客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank by the pack alone, without what was learned from answers.</source>
        <translation>仅按规则包排序，不使用从响应中学到的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List what each action of the pack learned from answers.</source>
        <translation>列出规则包中每个行动从响应中学到的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget what was learned for this action.</source>
        <translation>忘记针对此行动学到的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nba takes either a PARTY or --facts FILE, not both.</source>
        <translation>nba 只接受 PARTY 或 --facts FILE 之一，不能同时指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nba needs one PARTY (a party id, see c360 search) or --facts FILE.</source>
        <translation>nba 需要一个 PARTY（客户 ID，参见 c360 search）或 --facts FILE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PARTY must be a party id (a positive number), see c360 search.</source>
        <translation>PARTY 必须是客户 ID（正整数），参见 c360 search。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--top takes a positive number.</source>
        <translation>--top 需要正整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--lang takes en, zh_CN or zh_TW.</source>
        <translation>--lang 只能是 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--now takes an ISO 8601 time such as 2026-11-27T15:00:00Z.</source>
        <translation>--now 需要 ISO 8601 时间，例如 2026-11-27T15:00:00Z。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Customer %1 · pack %2 · %3 eligible, %4 held back</source>
        <translation>客户 %1 · 规则包 %2 · %3 个符合条件，%4 个被拦截</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts file · pack %2 · %3 eligible, %4 held back</source>
        <translation>事实文件 · 规则包 %2 · %3 个符合条件，%4 个被拦截</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>notice: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No action to suggest.</source>
        <translation>没有可推荐的行动。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>held back: %1 — %2</source>
        <translation>已拦截：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/CliPop.cpp" line="+21"/>
        <source>The caller&apos;s number.</source>
        <translation>来电号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The switch&apos;s call id.</source>
        <translation>交换机的通话 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue the call came through.</source>
        <translation>来电所经的队列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number the caller dialled.</source>
        <translation>来电者拨打的号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache for a workstation started by this call.</source>
        <translation>由此次来电启动的工作台所用的缓存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources file for a workstation started by this call.</source>
        <translation>由此次来电启动的工作台所用的数据源文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>pop needs the caller&apos;s number: c360 pop --ani +8613800138000</source>
        <translation>pop 需要来电号码：c360 pop --ani +8613800138000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call from %1 handed to the running workstation.</source>
        <translation>来自 %1 的来电已交给正在运行的工作台。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workstation is running and one could not be started.</source>
        <translation>没有正在运行的工作台，且无法启动新的工作台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started the workstation for the call from %1.</source>
        <translation>已为来自 %1 的来电启动工作台。</translation>
    </message>
    <message>
        <location filename="../../app/CliSources.cpp" line="-267"/>
        <location filename="../../app/CliTakeOffline.cpp" line="+20"/>
        <source>The sources file (default: %1).</source>
        <translation>数据源文件（默认：%1）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>connector %1</source>
        <translation>连接器 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auth %1</source>
        <translation>认证 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 records, %2 quarantined, last success %3</source>
        <translation>%1 条记录，%2 条已隔离，上次成功 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+69"/>
        <source>The sources file has no source named &quot;%1&quot; (it has: %2).</source>
        <translation>数据源文件中没有名为 &quot;%1&quot; 的数据源（现有：%2）。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1/%2: FAILED: %3</source>
        <translation>%1/%2：失败：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2: OK in %3 ms — %4 record(s) on the first page, %5 quarantined%6</source>
        <translation>%1/%2：成功，用时 %3 毫秒 — 第一页 %4 条记录，%5 条已隔离%6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, more pages follow</source>
        <translation>，后面还有更多页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first record: %1</source>
        <translation>第一条记录：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first quarantined: %1</source>
        <translation>第一条隔离记录：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>连接器 %1 没有数据流 &quot;%2&quot;（现有：%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no cache at %1 yet: nothing to reset.</source>
        <translation>%1 处还没有缓存：无需重置。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reset %1 of source %2: the next sync reads them again from the start.</source>
        <translation>已重置数据源 %2 的 %1：下次同步将从头重新读取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only this stream (repeatable).</source>
        <translation>仅此数据流（可重复指定）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only this source.</source>
        <translation>仅此数据源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stream.</source>
        <translation>仅此数据流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N records (default 50).</source>
        <translation>最多 N 条记录（默认 50）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 quarantined record(s)</source>
        <translation>%1 条隔离记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no id)</source>
        <translation>（无 ID）</translation>
    </message>
    <message>
        <location filename="../../app/CliSync.cpp" line="+81"/>
        <source>%1/%2: syncing…</source>
        <translation>%1/%2：正在同步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2: %3 pages, %4 records</source>
        <translation>%1/%2：%3 页，%4 条记录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 fetched, %2 upserted, %3 deleted, %4 quarantined</source>
        <translation>获取 %1 条，写入 %2 条，删除 %3 条，隔离 %4 条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Retention removed %n customer(s) out of scope and not opened recently.</source>
        <translation>
            <numerusform>保留策略已删除 %n 位超出范围且近期未打开的客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/CliAudit.cpp" line="-31"/>
        <source>The audit log is intact: %n entry(ies), every hash verified.</source>
        <translation>
            <numerusform>审计日志完好：%n 个条目，所有哈希均已验证。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log %1 was tampered with: %2.</source>
        <translation>审计日志 %1 已被篡改：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cache file; the audit log is audit.db beside it (default: %1).</source>
        <translation>缓存文件；审计日志是其旁边的 audit.db（默认：%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log file (default: audit.db beside the cache).</source>
        <translation>审计日志文件（默认：缓存旁边的 audit.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the hash chain; exit 1 when an entry was changed or removed.</source>
        <translation>检查哈希链；有条目被修改或删除时以退出码 1 退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the entries about this customer (party id).</source>
        <translation>仅显示与此客户（客户 ID）相关的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this action: open, reveal, export, merge, split, rules_changed, forget, purge, undo.</source>
        <translation>只显示此操作：open、reveal、export、merge、split、rules_changed、forget、purge、undo。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--action is one of open, reveal, export, merge, split, rules_changed, forget, purge, undo.</source>
        <translation>--action 取值为 open、reveal、export、merge、split、rules_changed、forget、purge、undo 之一。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>At most N entries (default 200).</source>
        <translation>最多 N 个条目（默认 200）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit takes no positional arguments.</source>
        <translation>audit 不接受位置参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit 需要正整数。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--party takes a party id (see c360 search).</source>
        <translation>--party 需要客户 ID（参见 c360 search）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no audit log at %1 yet: nothing was recorded on this workstation.</source>
        <translation>%1 处还没有审计日志：此工作台尚未记录任何内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The audit log has no matching entries.</source>
        <translation>审计日志中没有匹配的条目。</translation>
    </message>
    <message>
        <location filename="../../app/CliForget.cpp" line="+10"/>
        <location filename="../../app/CliOutbox.cpp" line="+214"/>
        <location filename="../../app/CliSignOut.cpp" line="+10"/>
        <location filename="../../app/CliWrite.cpp" line="+71"/>
        <source>The outbox file (default: outbox.db beside the cache).</source>
        <translation>发件箱文件（默认：缓存旁边的 outbox.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase without asking (the erasure cannot be undone).</source>
        <translation>不经确认直接清除（清除后无法撤销）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>forget needs one PARTY (a party id, see c360 search).</source>
        <translation>forget 需要一个 PARTY（客户 ID，参见 c360 search）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgetting a customer erases their local data for good; add --yes to go ahead.</source>
        <translation>遗忘客户会永久清除其本地数据；请添加 --yes 以继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no cache at %1.</source>
        <translation>%1 处没有缓存。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/CliJourney.cpp" line="+24"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>缓存中没有客户 %1。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Customer %1 forgotten: %2 records (%3 rows) and %4 outbox items erased.</source>
        <translation>已遗忘客户 %1：清除了 %2 条记录（%3 行）和 %4 个发件箱项目。</translation>
    </message>
    <message>
        <location filename="../../app/CliJourney.cpp" line="-38"/>
        <location filename="../../app/CliReport.cpp" line="+59"/>
        <source>Journey stage rules (default: the shipped %1).</source>
        <translation>客户旅程阶段规则（默认：内置的 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s id (as `c360 search` prints it).</source>
        <translation>客户 ID（即 `c360 search` 输出的 ID）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>journey takes one customer id, a positive number.</source>
        <translation>journey 需要一个客户 ID（正整数）。</translation>
    </message>
    <message>
        <location filename="../../app/CliOutbox.cpp" line="-166"/>
        <source>The outbox holds no writes%1.</source>
        <translation>发件箱中没有写入项%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> in state %1</source>
        <translation>（状态为 %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no sources file at %1: writes wait in the outbox until one names where they go.</source>
        <translation>%1 处没有数据源文件：写入项将在发件箱中等待，直到数据源文件指明其发送目标。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source in %1 takes writes and it names no &quot;outbox&quot;: writes wait in the outbox.</source>
        <translation>%1 中没有接受写入的数据源，也没有指定 &quot;outbox&quot;：写入项将在发件箱中等待。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wait takes a number of seconds (0 or more).</source>
        <translation>--wait 需要秒数（0 或以上）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sent %1, rejected %2; the outbox now holds %3 pending, %4 failed.</source>
        <translation>已发送 %1 个，被拒绝 %2 个；发件箱现有 %3 个待发送，%4 个失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A server could not be reached; its writes wait.</source>
        <translation>无法连接到某个服务器；其写入项将等待发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See why with `c360 outbox list --state failed`.</source>
        <translation>请使用 `c360 outbox list --state failed` 查看原因。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n write(s) in conflict: the record changed on the server since it was seen; nothing was overwritten. See `c360 outbox list --state conflict`.</source>
        <translation>
            <numerusform>%n 项写入存在冲突：该记录在查看后已在服务器上更改；未覆盖任何内容。请参阅 `c360 outbox list --state conflict`。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not an outbox item number (see c360 outbox list).</source>
        <translation>“%1”不是发件箱项目编号（参见 c360 outbox list）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retry needs the numbers of failed writes, or --failed for all of them.</source>
        <translation>retry 需要失败写入项的编号，或使用 --failed 重试全部失败项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The outbox has no write #%1 (see c360 outbox list).</source>
        <translation>发件箱中没有写入项 #%1（参见 c360 outbox list）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write #%1 is %2, not failed: there is nothing to retry.</source>
        <translation>写入项 #%1 的状态为 %2，不是失败：无需重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n write(s) pending again with the same idempotency key; `c360 outbox push` sends them.</source>
        <translation>
            <numerusform>%n 个写入项已使用相同的幂等键重新进入待发送状态；`c360 outbox push` 会发送它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list, push or retry (then the write numbers).</source>
        <translation>list、push 或 retry（retry 后接写入项编号）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>push: the sources file (default: %1).</source>
        <translation>push：数据源文件（默认：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: only writes in this state (pending, sent, failed, conflict, discarded).</source>
        <translation>list：仅显示处于此状态的写入（pending、sent、failed、conflict、discarded）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--state takes pending, sent, failed, conflict or discarded.</source>
        <translation>--state 的取值为 pending、sent、failed、conflict 或 discarded。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>list: at most N writes (default 200).</source>
        <translation>list：最多 N 个写入项（默认 200）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>push: wait up to this many seconds for writes whose retry is due later (default 30).</source>
        <translation>push：对于稍后才到重试时间的写入项，最多等待这么多秒（默认 30）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry: every failed write.</source>
        <translation>retry：所有失败的写入项。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say list, push or retry.</source>
        <translation>请指定 list、push 或 retry。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an outbox action (use list, push or retry).</source>
        <translation>“%1”不是发件箱操作（请使用 list、push 或 retry）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes no further arguments.</source>
        <translation>%1 不接受更多参数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The outbox holds no writes.</source>
        <translation>发件箱中没有写入项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no outbox at %1 (nothing was written yet).</source>
        <translation>%1 处没有发件箱（尚未写入任何内容）。</translation>
    </message>
    <message>
        <location filename="../../app/CliReport.cpp" line="-9"/>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>时间段的第一天（YYYY-MM-DD，UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>时间段的最后一天（YYYY-MM-DD，UTC），包含该日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the contacts of this queue.</source>
        <translation>仅此队列的联系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts this agent handled and the prompts this agent answered.</source>
        <translation>仅此坐席处理的联系和此坐席回答的提示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contacts, fcr, repeat-contacts, handle-time, nba or stages</source>
        <translation>contacts、fcr、repeat-contacts、handle-time、nba 或 stages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name one report: %1.</source>
        <translation>请指定一个报表：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no report “%1”; the reports are %2.</source>
        <translation>没有报表“%1”；可用的报表有 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report needs --from and --to (days as YYYY-MM-DD).</source>
        <translation>报表需要 --from 和 --to（日期格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from（%1）晚于 --to（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format is csv or json, not “%1”.</source>
        <translation>--format 只能是 csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/CliWrite.cpp" line="-29"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The customer (a party id, see c360 search).</source>
        <translation>客户（客户 ID，参见 c360 search）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order number (cancel-order, change-address, refund).</source>
        <translation>订单号（cancel-order、change-address、refund）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A field of the write (see below).</source>
        <translation>写入项的一个字段（见下文）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note --text=…, ticket --subject=…, cancel-order, change-address --address=…, refund [--amount=…] [--reason=…]</source>
        <translation>note --text=…、ticket --subject=…、cancel-order、change-address --address=…、refund [--amount=…] [--reason=…]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“--%1” is not a field of %2 (its fields: %3).</source>
        <translation>“--%1”不是 %2 的字段（其字段：%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say what to write: note, ticket, cancel-order, change-address or refund.</source>
        <translation>请指定要写入的内容：note、ticket、cancel-order、change-address 或 refund。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs --party P (a party id, see c360 search).</source>
        <translation>%1 需要 --party P（客户 ID，参见 c360 search）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--party must be a party id (a positive number), see c360 search.</source>
        <translation>--party 必须是客户 ID（正整数），参见 c360 search。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs --order N (the order number).</source>
        <translation>%1 需要 --order N（订单号）。</translation>
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
        <translation>--amount 需要正数，例如 12.50。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pinned takes true or false.</source>
        <translation>--pinned 只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no customer with party id %1 in %2 (see c360 search); nothing was queued.</source>
        <translation>%2 中没有客户 ID 为 %1 的客户（参见 c360 search）；未加入任何待发送项。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Queued %1 #%2 for %3 (%4). `c360 outbox push` sends it.</source>
        <translation>已将 %1 #%2 加入发件箱，客户 %3（%4）。`c360 outbox push` 会发送它。</translation>
    </message>
    <message>
        <location filename="../../app/CliNbaLearning.cpp" line="+54"/>
        <source>no answers yet</source>
        <translation>尚无响应</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1  accepted %2 of %3 (%4); pack prior %5, learned %6; %n segment/reason combination(s)</source>
        <translation>
            <numerusform>%1  %3 次中采纳 %2 次（%4）；规则包先验 %5，学习所得 %6；%n 个分群/原因组合</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the prompts learned from answers (pack %1):</source>
        <translation>提示从响应中学到的内容（规则包 %1）：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pack %1 has no action &quot;%2&quot;. Its actions: %3.</source>
        <translation>规则包 %1 中没有行动“%2”。其行动有：%3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot what was learned for %1: it ranks by the pack&apos;s prior again.</source>
        <translation>已忘记针对 %1 学到的内容：它将重新按规则包的先验排序。</translation>
    </message>
    <message>
        <location filename="../../app/CliSecrets.cpp" line="+30"/>
        <source>Secret for %1 (not shown): </source>
        <translation>%1 的密钥（不会显示）： </translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>“%1”不是有效的钥匙串条目名称（请使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>No secret on standard input: nothing was stored. Example: printf &apos;%s&apos; &quot;$TOKEN&quot; | c360 sources set-secret %1</source>
        <translation>标准输入中没有密钥：未保存任何内容。示例：printf &apos;%s&apos; &quot;$TOKEN&quot; | c360 sources set-secret %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was stored.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored the secret %1 in the keychain (service %2). Name it in a sources file as &quot;secret&quot;: &quot;keychain:%1&quot;.</source>
        <translation>已将密钥 %1 保存到钥匙串（服务 %2）。在数据源文件中以 &quot;secret&quot;: &quot;keychain:%1&quot; 引用它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed the secret %1 from the keychain.</source>
        <translation>已从钥匙串中移除密钥 %1。</translation>
    </message>
    <message>
        <location filename="../../app/CliSignOut.cpp" line="+3"/>
        <source>Also remove every local trace of customer data: the cache, its search index, the outbox items already sent, the recent calls.</source>
        <translation>同时删除本机上客户数据的所有痕迹：缓存、搜索索引、已发送的发件箱项目、最近通话。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --purge: keep the outbox items not sent yet (they are sent at the next sign-in).</source>
        <translation>与 --purge 一起使用：保留尚未发送的发件箱项目（下次登录时发送）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --purge: delete the outbox items not sent yet too; they are lost.</source>
        <translation>与 --purge 一起使用：同时删除尚未发送的发件箱项目；这些项目将丢失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sign-out takes no positional arguments.</source>
        <translation>sign-out 不接受位置参数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--keep-unsent and --force-discard-unsent exclude each other.</source>
        <translation>--keep-unsent 与 --force-discard-unsent 不能同时使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--keep-unsent and --force-discard-unsent go with --purge.</source>
        <translation>--keep-unsent 和 --force-discard-unsent 需与 --purge 一起使用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not signed out: the outbox holds %n item(s) not sent yet (notes, wrap-ups, answers). Send them first (c360 outbox push), or add --keep-unsent to keep them, or --force-discard-unsent to lose them. Nothing was changed.</source>
        <translation>未退出登录：发件箱中有 %n 个项目尚未发送（备注、话后处理、回答）。请先发送（c360 outbox push），或加上 --keep-unsent 保留它们，或加上 --force-discard-unsent 丢弃它们。未做任何更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed out (nobody had signed in).</source>
        <translation>已退出登录（此前无人登录）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out %1: the role is forgotten.</source>
        <translation>%1 已退出登录：已清除角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer data removed: %1 rows from the cache, %2 outbox item(s), %3 other file(s).</source>
        <translation>已删除客户数据：缓存中 %1 行，发件箱项目 %2 个，其他文件 %3 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n item(s) not sent yet kept in the outbox.</source>
        <translation>%n 个未发送的项目保留在发件箱中。</translation>
    </message>
    <message>
        <location filename="../../app/CliTakeOffline.cpp" line="-15"/>
        <source>%n customer(s) (%1 in the cache already): about %2 records, %3 timeline events, %4 MB.</source>
        <translation>%n 个客户（%1 个已在缓存中）：约 %2 条记录、%3 个时间线事件、%4 MB。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customers to take offline: ids, e-mail addresses or phone numbers, one a line (- reads standard input).</source>
        <translation>要离线保存的客户：ID、电子邮件地址或电话号码，每行一个（- 表示从标准输入读取）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only print the size estimate; read nothing.</source>
        <translation>仅输出大小估算，不读取任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No progress on standard error.</source>
        <translation>不在标准错误输出中显示进度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>take-offline needs --customers FILE (and no other arguments).</source>
        <translation>take-offline 需要 --customers FILE（且不能有其他参数）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the list of customers %1: %2</source>
        <translation>无法读取客户列表 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list %1 names no customer (one id, e-mail address or phone number a line).</source>
        <translation>列表 %1 中没有任何客户（每行一个 ID、电子邮件地址或电话号码）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1/%2: reading…</source>
        <translation>%1/%2：正在读取…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>available offline: %1 (%2) — %n timeline event(s)</source>
        <translation>可离线使用：%1（%2）— %n 个时间线事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not found: %1 — no source knows this customer (check the id, e-mail or phone number)</source>
        <translation>未找到：%1 — 所有数据源中均无此客户（请检查 ID、电子邮件或电话号码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: what was read so far stays in the cache, but the customers are not kept in later syncs.</source>
        <translation>已取消：已读取的内容保留在缓存中，但这些客户不会在后续同步中保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %n customer(s) available offline.</source>
        <translation>%n 个客户中有 %1 个可离线使用。</translation>
    </message>
</context>
<context>
    <name>c360::app::Application</name>
    <message>
        <location filename="../../app/Application.cpp" line="+47"/>
        <source>Notes and wrap-ups are off: %1</source>
        <translation>备注和话后处理已停用：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not audited: %1</source>
        <translation>未记入审计：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is off: %1</source>
        <translation>审计日志已停用：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Screen pops are off: %1</source>
        <translation>来电弹屏已停用：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No sources file at %1: working from the cache only.</source>
        <translation>%1 处没有数据源文件：仅使用缓存工作。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-in failed: %1 Working with the role of the last sign-in.</source>
        <translation>登录失败：%1 将使用上次登录时的角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 (%2).</source>
        <translation>已以 %1（%2）身份登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Retention removed %n customer(s) out of your scope that were not opened recently.</source>
        <translation>
            <numerusform>保留策略已删除 %n 位超出您范围且近期未打开的客户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing out after the running change to the local cache…</source>
        <translation>将在本地缓存的当前更改完成后退出登录…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing out and removing the customer data…</source>
        <translation>正在退出登录并删除客户数据…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sign-out failed: %1</source>
        <translation>退出登录失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed out; the customer data was removed from this computer.</source>
        <translation>已退出登录；客户数据已从本机删除。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sources file at %1: nothing to sync.</source>
        <translation>%1 处没有数据源文件：没有可同步的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync waits for the merge or split to finish…</source>
        <translation>同步正在等待合并或拆分完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync waits for another change to the local cache to finish…</source>
        <translation>同步将在本地缓存的另一项更改完成后开始…</translation>
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
            <numerusform>%1 / %2：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Agent writes stay in the outbox: %1</source>
        <translation>坐席写入的内容暂存在发件箱中：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n change(s) in conflict: the record changed on the server. Select it under the customer and choose Resolve conflict…</source>
        <translation>
            <numerusform>%n 项更改存在冲突：该记录已在服务器上更改。请在客户下选中该项，然后选择“解决冲突…”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Waiting for the running sync to finish…</source>
        <translation>正在等待当前同步完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for another change to the local cache to finish…</source>
        <translation>正在等待本地缓存的另一项更改完成…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading %1 from the sources…</source>
        <translation>正在从数据源加载 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 loaded from the sources.</source>
        <translation>已从数据源加载 %1。</translation>
    </message>
</context>
<context>
    <name>c360::app::Cli</name>
    <message>
        <location filename="../../app/Cli.cpp" line="-51"/>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C360 Workstation %1: one view of the customer for contact-center agents.</source>
        <translation>C360 客户工作台 %1：为联络中心坐席提供客户的完整视图。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options (before or after the command): --db PATH, --sources FILE, --lang en|zh_CN|zh_TW.
`c360 COMMAND --help` describes a command&apos;s options.</source>
        <translation>全局选项（可放在命令之前或之后）：--db PATH、--sources FILE、--lang en|zh_CN|zh_TW。
`c360 命令 --help` 说明该命令的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options of the window:</source>
        <translation>窗口选项：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the workstation</source>
        <translation>打开工作台</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The sources file.</source>
        <translation>数据源文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this source.</source>
        <translation>仅此数据源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this stream.</source>
        <translation>仅此数据流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress lines.</source>
        <translation>不输出进度行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sync takes no positional arguments.</source>
        <translation>sync 不接受位置参数。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
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
        <translation>--limit 需要正整数。</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+51"/>
        <source>No customer matches “%1”.</source>
        <translation>没有客户匹配“%1”。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>At most N events (default 50).</source>
        <translation>最多 N 个事件（默认 50）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these kinds (comma separated).</source>
        <translation>仅这些类型（以逗号分隔）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these sources (comma separated).</source>
        <translation>仅这些数据源（以逗号分隔）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include system field changes.</source>
        <translation>包括系统字段变更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>timeline needs one PARTY (a party id, or a query that finds exactly one customer).</source>
        <translation>timeline 需要一个 PARTY（客户 ID，或只找到一位客户的查询）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” matches several customers; give a party id (see c360 search).</source>
        <translation>“%1”匹配多位客户；请指定客户 ID（参见 c360 search）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>缓存中没有客户 %1。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 events, newest first; showing %2</source>
        <translation>%1 个事件，最新的在前；显示 %2 个</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cache %1</source>
        <translation>缓存 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  %1 records in all</source>
        <translation>  共 %1 条记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 customers (golden records)</source>
        <translation>  %1 位客户（黄金记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 timeline events</source>
        <translation>  %1 个时间线事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 records in quarantine</source>
        <translation>  %1 条记录处于隔离中</translation>
    </message>
</context>
<context>
    <name>c360::app::CliPii</name>
    <message>
        <location filename="../../app/CliPii.cpp" line="+12"/>
        <source>Print as this role (agent, supervisor, field, auditor); it may only lower the role of the last sign-in.</source>
        <translation>以此角色输出（agent、supervisor、field、auditor）；只能降低上次登录时的角色。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown role &quot;%1&quot; (agent, supervisor, field or auditor): printing as an agent.</source>
        <translation>未知角色“%1”（应为 agent、supervisor、field 或 auditor）：将以坐席身份输出。</translation>
    </message>
</context>
<context>
    <name>c360::app::Connectivity</name>
    <message numerus="yes">
        <location filename="../../app/Connectivity.cpp" line="+74"/>
        <source>%n stream(s) failed</source>
        <translation>
            <numerusform>%n 个数据流失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back online: sending the changes made offline, then syncing.</source>
        <translation>已恢复在线：正在发送离线期间的更改，随后进行同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n server(s) not answering</source>
        <translation>
            <numerusform>%n 个服务器无响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::app::OpenOnDemand</name>
    <message>
        <location filename="../../app/OpenOnDemand.cpp" line="+20"/>
        <location line="+18"/>
        <source>Loading the customer stopped on an internal error.</source>
        <translation>加载客户时因内部错误而中止。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline: %1 is not on this computer and the sources cannot be reached.</source>
        <translation>离线：%1 不在此计算机上，且无法连接数据源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be loaded from every source; try again.</source>
        <translation>未能从所有数据源加载 %1，请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source knows %1.</source>
        <translation>所有数据源中均无 %1。</translation>
    </message>
</context>
<context>
    <name>c360::app::Retention</name>
    <message>
        <location filename="../../app/Retention.cpp" line="+38"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>无法读取数据源文件 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is too large or too deeply nested</source>
        <translation>数据源文件 %1 过大或嵌套过深</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>数据源文件 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources file %1: &quot;retention_days&quot; must be a whole number of days (0 turns retention off).</source>
        <translation>数据源文件 %1：&quot;retention_days&quot; 必须是整数天数（0 表示关闭保留策略）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources file %1: &quot;scope&quot; maps %2 to lists of values, e.g. {&quot;city&quot;: [&quot;Shanghai&quot;]}.</source>
        <translation>数据源文件 %1：&quot;scope&quot; 将 %2 映射为值列表，例如 {&quot;city&quot;: [&quot;Shanghai&quot;]}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Retention could not read the cache.</source>
        <translation>保留策略无法读取缓存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retention could not read the audit log.</source>
        <translation>保留策略无法读取审计日志。</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+4"/>
        <source>Retention could not update the list of opened customers.</source>
        <translation>保留策略无法更新已打开客户的列表。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Retention erased %n customer(s), but the audit log could not record it: %1</source>
        <translation>
            <numerusform>保留策略已删除 %n 位客户，但审计日志无法记录：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Retention erased %n customer(s), but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>保留策略已删除 %n 位客户，但无法打开审计日志：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Retention stopped on an internal error.</source>
        <translation>保留策略因内部错误而停止。</translation>
    </message>
</context>
<context>
    <name>c360::app::SignInRunner</name>
    <message>
        <location filename="../../app/SignInRunner.cpp" line="+35"/>
        <location line="+5"/>
        <source>The sign-in stopped on an internal error.</source>
        <translation>登录因内部错误而停止。</translation>
    </message>
</context>
<context>
    <name>c360::app::SignOut</name>
    <message>
        <location filename="../../app/SignOut.cpp" line="+116"/>
        <source>The customer data was removed, but the audit log could not record it: %1</source>
        <translation>客户数据已删除，但审计日志无法记录：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>The sign-out stopped on an internal error.</source>
        <translation>退出登录因内部错误而停止。</translation>
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
        <translation>%1 小时 %2 分</translation>
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
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened: %1</source>
        <translation>已打开：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clicked: %1</source>
        <translation>已点击：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted: %1</source>
        <translation>已转化：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed: %1</source>
        <translation>已退订：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced: %1</source>
        <translation>退信：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inbound chat</source>
        <translation>访客发起的聊天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound chat</source>
        <translation>坐席发起的聊天</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Inbound WeChat</source>
        <translation>微信来信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound WeChat</source>
        <translation>微信外发</translation>
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
        <translation>呼入电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outbound call</source>
        <translation>外呼电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on a ticket</source>
        <translation>工单评论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on a ticket by %1</source>
        <translation>%1 的工单评论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on %1</source>
        <translation>%1 的评论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on %1 by %2</source>
        <translation>%2 对 %1 的评论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (internal)</source>
        <translation>%1（内部）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <translation>已履约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>未发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已送达</translation>
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
        <translation>已退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong size</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived damaged</source>
        <translation>到货破损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed their mind</source>
        <translation>改变主意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late delivery</source>
        <translation>送达延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item sent</source>
        <translation>发错商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal priority</source>
        <translation>普通优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Web</source>
        <translation>网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
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
        <translation>购物车未结算：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return for order %1</source>
        <translation>订单 %1 的退货</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket #%1: %2</source>
        <translation>工单 #%1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Survey answered</source>
        <translation>已回答调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSAT %1/5 · ticket #%2</source>
        <translation>满意度 %1/5 · 工单 #%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 queue</source>
        <translation>%1 队列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer record created in %1</source>
        <translation>在 %1 中创建了客户记录</translation>
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
        <translation>无法读取关联记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer&apos;s golden record could not be read.</source>
        <translation>无法读取客户的黄金记录。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The records with invalid contact data could not be read.</source>
        <translation>无法读取联系信息无效的记录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The conflicting values could not be read.</source>
        <translation>无法读取冲突的值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>The customer could not be read.</source>
        <translation>无法读取客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist (any more).</source>
        <translation>客户 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The record could not be read.</source>
        <translation>无法读取该记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 does not exist (any more).</source>
        <translation>记录 %1 不存在（或已不存在）。</translation>
    </message>
</context>
<context>
    <name>c360::identity::IdentityMatcher</name>
    <message>
        <location filename="../../models/IdentityMatcher.cpp" line="+249"/>
        <source> (shared; same full name)</source>
        <translation>（共用；全名相同）</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+8"/>
        <source> (names agree)</source>
        <translation>（姓名一致）</translation>
    </message>
    <message>
        <location filename="../../models/IdentitySharedKeys.cpp" line="+95"/>
        <source>a shared key</source>
        <translation>共享键</translation>
    </message>
    <message>
        <location line="+63"/>
        <source> (shared; the same full name but for a short form of the given name)</source>
        <translation>（共用；除名字的简称外全名相同）</translation>
    </message>
    <message>
        <location line="+154"/>
        <source> (shared; the only customer with this full name)</source>
        <translation>（共享；唯一具有该全名的客户）</translation>
    </message>
    <message>
        <location filename="../../models/IdentityMatcher.cpp" line="+98"/>
        <location line="+8"/>
        <source>customer id %1</source>
        <translation>客户 ID %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>phone %1 (either reading)</source>
        <translation>电话 %1（两种解读均匹配）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>e-mail %1 and the same phone; same given name, another surname</source>
        <translation>邮箱 %1 且电话相同；名字相同，姓氏不同</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 and %2 of %3 agree on %4</source>
        <translation>%3 的 %1 和 %2 在 %4 上一致</translation>
    </message>
    <message>
        <location line="-246"/>
        <source> (the names it agrees with are one person)</source>
        <translation>（与之相符的姓名属于同一人）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (no name; every name on it is one person)</source>
        <translation>（无姓名；该号码上的所有姓名是同一人）</translation>
    </message>
    <message>
        <location line="+482"/>
        <source>name %1</source>
        <translation>姓名 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail %1</source>
        <translation>邮箱 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phone ends alike</source>
        <translation>电话尾号相同</translation>
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
        <translation>无法读取标注文件 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 of %2 is not &quot;source,source_id,person&quot;.</source>
        <translation>%2 的第 %1 行不是 &quot;source,source_id,person&quot; 格式。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The links could not be read.</source>
        <translation>无法读取关联。</translation>
    </message>
</context>
<context>
    <name>c360::nba</name>
    <message>
        <location filename="../../models/nba/CallImpact.cpp" line="+33"/>
        <source>Today&apos;s calls could not be read.</source>
        <translation>无法读取今天的来电。</translation>
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
        <translation>未知的键；应为以下之一：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number.</source>
        <translation>必须是数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>must be between %1 and %2.</source>
        <translation>必须介于 %1 和 %2 之间。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object of texts by language (en, zh_CN, zh_TW).</source>
        <translation>必须是按语言（en、zh_CN、zh_TW）区分文本的对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown language; use en, zh_CN or zh_TW.</source>
        <translation>未知语言；请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>must be a non-empty text.</source>
        <translation>必须是非空文本。</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>the placeholder {%1} is not a known fact.</source>
        <translation>占位符 {%1} 不是已知的事实。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an English text is required.</source>
        <translation>必须提供英文文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object of weights, e.g. {&quot;phone&quot;: 1.2, &quot;*&quot;: 1}.</source>
        <translation>必须是权重对象，例如 {&quot;phone&quot;: 1.2, &quot;*&quot;: 1}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be an object with “intercept” and “weights”.</source>
        <translation>必须是包含“intercept”和“weights”的对象。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be an object: fact name (or “fact=value”) → weight.</source>
        <translation>必须是对象：事实名称（或“fact=value”）→ 权重。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown fact “%1”.</source>
        <translation>未知的事实“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a %2 fact; weigh a value of it as “%1=value”.</source>
        <translation>“%1”是 %2 类型的事实；请以“%1=value”的形式为其某个值设置权重。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“fact=value” terms are for string and list facts.</source>
        <translation>“fact=value”形式仅适用于字符串和列表类型的事实。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>is required.</source>
        <translation>为必填项。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>an action must be a JSON object.</source>
        <translation>行动必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a short id of lower-case letters, digits, “_”, “.” or “-”.</source>
        <translation>必须是由小写字母、数字、“_”、“.”或“-”组成的简短 ID。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>must be an object with “channel”, “reason” and/or “queue” weights.</source>
        <translation>必须是包含“channel”、“reason”和/或“queue”权重的对象。</translation>
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
        <translation>在类似通话中被接受 %1 次（共 %2 次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still learning)</source>
        <translation>（仍在学习中）</translation>
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
        <translation>条件必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” must be the only key of its object.</source>
        <translation>“%1”必须是其所在对象的唯一键。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a non-empty array of conditions.</source>
        <translation>必须是非空的条件数组。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“not” must be the only key of its object.</source>
        <translation>“not”必须是其所在对象的唯一键。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected “all”, “any”, “not” or a comparison with “fact” and “op”.</source>
        <translation>应为“all”、“any”、“not”或包含“fact”和“op”的比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a fact name.</source>
        <translation>必须是事实名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown fact “%1”.</source>
        <translation>未知的事实“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown fact “%1” (did you mean “%2”?).</source>
        <translation>未知的事实“%1”（您是不是要找“%2”？）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing operator; use one of =, !=, &lt;, &lt;=, &gt;, &gt;=, in, exists.</source>
        <translation>缺少运算符；请使用 =、!=、&lt;、&lt;=、&gt;、&gt;=、in、exists 之一。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown operator “%1”; use one of =, !=, &lt;, &lt;=, &gt;, &gt;=, in, exists.</source>
        <translation>未知的运算符“%1”；请使用 =、!=、&lt;、&lt;=、&gt;、&gt;=、in、exists 之一。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key in a comparison.</source>
        <translation>比较中有未知的键。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“exists” takes true or false.</source>
        <translation>“exists”只能是 true 或 false。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing value to compare “%1” with.</source>
        <translation>缺少与“%1”比较的值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“in” takes a non-empty array.</source>
        <translation>“in”需要非空数组。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is a %2 fact; this value does not fit.</source>
        <translation>“%1”是 %2 类型的事实；此值不匹配。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is a %2 fact; only numbers compare with %3.</source>
        <translation>“%1”是 %2 类型的事实；只有数字才能用 %3 比较。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is a %2 fact; compare it with a %3.</source>
        <translation>“%1”是 %2 类型的事实；请与 %3 比较。</translation>
    </message>
</context>
<context>
    <name>c360::nba::ContactPolicy</name>
    <message>
        <location filename="../../models/nba/ContactPolicy.cpp" line="+40"/>
        <source>The customer asked not to be contacted; no offers.</source>
        <translation>客户要求不被联系；不做推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer withdrew consent to marketing; no offers.</source>
        <translation>客户已撤回营销许可；不做推荐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer unsubscribed from marketing; no offers.</source>
        <translation>客户已退订营销信息；不做推荐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No offers while a refund is overdue.</source>
        <translation>退款逾期期间不做推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers right after a late delivery.</source>
        <translation>配送延迟后短期内不做推荐。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No offers within %1 days of a poor NPS score (%2).</source>
        <translation>NPS 差评（%2）后 %1 天内不做推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers within %1 days of a poor satisfaction score (%2 of 5).</source>
        <translation>满意度差评（%2 分，满分 5）后 %1 天内不做推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers while a complaint is open.</source>
        <translation>投诉未结案期间不做推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No offers within %1 days of a return.</source>
        <translation>退货后 %1 天内不做推荐。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted earlier today (cool-down %1 days).</source>
        <translation>今天早些时候已接受（冷却期 %1 天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted yesterday (cool-down %1 days).</source>
        <translation>昨天已接受（冷却期 %1 天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted %1 days ago (cool-down %2 days).</source>
        <translation>%1 天前已接受（冷却期 %2 天）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismissed %1 times in the last %2 days.</source>
        <translation>最近 %2 天内已被忽略 %1 次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put off for later in this call.</source>
        <translation>本次通话中已推迟处理。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismissed in this call.</source>
        <translation>本次通话中已忽略。</translation>
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
        <translation>订单 %1 的退款已逾期 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund for order %1 was paid %2</source>
        <translation>订单 %1 的退款已支付（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund for order %1 was paid</source>
        <translation>订单 %1 的退款已支付</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund for order %1 is pending, due today</source>
        <translation>订单 %1 的退款待处理，今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund for order %1 is pending, due in %2</source>
        <translation>订单 %1 的退款待处理，%2后到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund for order %1 is pending</source>
        <translation>订单 %1 的退款待处理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2 late</source>
        <translation>订单 %1 已延迟 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is on its way, expected today</source>
        <translation>订单 %1 正在配送中，预计今天送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is on its way, expected in %2</source>
        <translation>订单 %1 正在配送中，预计 %2后送达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is on its way</source>
        <translation>订单 %1 正在配送中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 arrived %2 late</source>
        <translation>订单 %1 延迟 %2 送达</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gave an NPS score of %1 (0-10) %2</source>
        <translation>%2给出了 NPS 评分 %1（0-10）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rated the last service %1 out of 5 %2</source>
        <translation>%2对上次服务的评分为 %1（满分 5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A complaint is open</source>
        <translation>有一个未结投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 open ticket</source>
        <translation>1 个未结工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 open tickets</source>
        <translation>%1 个未结工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticket %1 is escalated and still open</source>
        <translation>工单 %1 已升级且仍未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1 (%2) is escalated and still open</source>
        <translation>工单 %1（%2）已升级且仍未结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 is still open</source>
        <translation>工单 %1 仍未结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1 (%2) is still open</source>
        <translation>工单 %1（%2）仍未结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An urgent ticket in the last 14 days</source>
        <translation>最近 14 天内有一个紧急工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 contact in the last 7 days</source>
        <translation>最近 7 天内联系 1 次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts in the last 7 days</source>
        <translation>最近 7 天内联系 %1 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 contact in the last 30 days</source>
        <translation>最近 30 天内联系 1 次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contacts in the last 30 days</source>
        <translation>最近 30 天内联系 %1 次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No order for %1; usually orders every %2</source>
        <translation>已有 %1未下单；通常每 %2下单一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No order for %1</source>
        <translation>已有 %1未下单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last order %1</source>
        <translation>上次下单：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Among the top %1% of customers by spend</source>
        <translation>消费额位居前 %1% 的客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has spent %1 %2 in total</source>
        <translation>累计消费 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 order so far</source>
        <translation>迄今 1 个订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders so far</source>
        <translation>迄今 %1 个订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bought %1 %2 and kept it</source>
        <translation>%2购买了 %1 且未退货</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left %1 (%2) in a cart %3</source>
        <translation>%3在购物车中留下了 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left %1 in a cart %2</source>
        <translation>%2在购物车中留下了价值 %1 的商品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewed %1 %2 times in the last 7 days</source>
        <translation>最近 7 天内浏览 %1 %2 次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clicked the “%1” campaign and has not bought since</source>
        <translation>点击了“%1”营销活动，此后未购买</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked not to be contacted</source>
        <translation>要求不被联系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrew consent to marketing</source>
        <translation>已撤回营销许可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consents to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribed from marketing e-mail</source>
        <translation>已退订营销邮件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned something %1</source>
        <translation>%1有退货</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment: %1</source>
        <translation>客户分群：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling about %1</source>
        <translation>来电事由：%1</translation>
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
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>上次订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order status</source>
        <translation>上次订单状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order total</source>
        <translation>上次订单总额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order items</source>
        <translation>上次订单商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned checkout value (cancelled, not re-ordered)</source>
        <translation>放弃结账金额（已取消且未重新下单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaint</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High/urgent ticket in the last 14 days</source>
        <translation>最近 14 天内的高/紧急优先级工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last CSAT (1-5)</source>
        <translation>上次满意度（1-5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last CSAT</source>
        <translation>距上次满意度调查天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative survey (CSAT 1-2) in the last 30 days</source>
        <translation>最近 30 天内的差评调查（满意度 1-2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the last 14 days</source>
        <translation>最近 14 天内的退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last return</source>
        <translation>距上次退货天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign clicks in the last 30 days</source>
        <translation>最近 30 天内的营销活动点击</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clicked a campaign without buying</source>
        <translation>点击了营销活动但未购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clicked campaign</source>
        <translation>上次点击的营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed from marketing</source>
        <translation>已退订营销信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing opt-in</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not contact</source>
        <translation>请勿联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual days between orders</source>
        <translation>通常的下单间隔天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last order, in usual gaps between orders</source>
        <translation>距上次下单天数（以通常下单间隔计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed buyer</source>
        <translation>流失买家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value percentile in this cache</source>
        <translation>在本缓存中的客户终身价值百分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last kept order</source>
        <translation>上次未退货订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last kept order items</source>
        <translation>上次未退货订单的商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last kept order arrived</source>
        <translation>上次未退货订单送达后的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order is on its way</source>
        <translation>有订单正在配送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order on its way</source>
        <translation>配送中的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the promised delivery date</source>
        <translation>距承诺送达日期的天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days the order on its way is late</source>
        <translation>配送中订单的延迟天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days late of a delivery in the last 14 days</source>
        <translation>最近 14 天内配送的延迟天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late order</source>
        <translation>延迟订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last shipment event of the order on its way</source>
        <translation>配送中订单的最新物流事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned cart items</source>
        <translation>购物车中放弃的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the cart was left</source>
        <translation>距离开购物车的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the refund</source>
        <translation>退款所属订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days until the refund is due</source>
        <translation>距退款到期的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund overdue</source>
        <translation>退款已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days the refund is overdue</source>
        <translation>退款逾期天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the refund was paid</source>
        <translation>距退款支付的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket category</source>
        <translation>未结工单类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An escalated or urgent ticket is open</source>
        <translation>有已升级或紧急的未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last NPS score (0-10)</source>
        <translation>上次 NPS 评分（0-10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the last NPS answer</source>
        <translation>距上次 NPS 回答的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the last 7 days</source>
        <translation>最近 7 天内的联系次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in the last 30 days</source>
        <translation>最近 30 天内的联系次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web and app views in the last 7 days</source>
        <translation>最近 7 天内的网站和 App 浏览次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed this week</source>
        <translation>本周浏览最多的商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views of the most viewed product in the last 7 days</source>
        <translation>最近 7 天内浏览最多商品的浏览次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribed from e-mail</source>
        <translation>已退订邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call reason</source>
        <translation>来电原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
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
        <translation>无法读取客户的事实数据。</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>There is no customer %1 in the cache.</source>
        <translation>缓存中没有客户 %1。</translation>
    </message>
</context>
<context>
    <name>c360::nba::FeedbackRepository</name>
    <message>
        <location filename="../../models/nba/FeedbackRepository.cpp" line="+37"/>
        <source>This cache has no place for prompt feedback yet: open it with this version once.</source>
        <translation>此缓存还没有存放提示反馈的位置：请用当前版本打开一次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feedback names no action.</source>
        <translation>反馈中没有指定行动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A dismissal needs a reason.</source>
        <translation>忽略时必须提供原因。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feedback could not be stored.</source>
        <translation>无法保存反馈。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The feedback history could not be read.</source>
        <translation>无法读取反馈历史。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feedback could not be read.</source>
        <translation>无法读取反馈。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>The feedback could not be updated.</source>
        <translation>无法更新反馈。</translation>
    </message>
</context>
<context>
    <name>c360::nba::FeedbackWriter</name>
    <message>
        <location filename="../../models/nba/FeedbackWriter.cpp" line="+23"/>
        <source>Saving the answer to a prompt</source>
        <translation>保存对提示的响应</translation>
    </message>
</context>
<context>
    <name>c360::nba::LearningRepository</name>
    <message>
        <location filename="../../models/nba/Learning.cpp" line="+83"/>
        <source>The answer could not be learned from.</source>
        <translation>无法从该响应中学习。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was learned for this action could not be reset.</source>
        <translation>无法重置针对此行动学到的内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was learned from earlier answers could not be read.</source>
        <translation>无法读取从之前响应中学到的内容。</translation>
    </message>
</context>
<context>
    <name>c360::nba::RulePack</name>
    <message>
        <location filename="../../models/nba/RulePack.cpp" line="+79"/>
        <location line="+88"/>
        <source>The rule pack is not valid JSON.</source>
        <translation>规则包不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>a rule pack must be a JSON object.</source>
        <translation>规则包必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pack needs a name.</source>
        <translation>规则包需要名称。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the pack needs a non-empty array of actions.</source>
        <translation>规则包需要非空的行动数组。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the id “%1” is used twice.</source>
        <translation>ID“%1”被使用了两次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rule pack %1 could not be read.</source>
        <translation>无法读取规则包 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule pack %1 is not valid: %2</source>
        <translation>规则包 %1 无效：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The rule pack has no action “%1”.</source>
        <translation>规则包中没有行动“%1”。</translation>
    </message>
</context>
<context>
    <name>c360::sync</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+36"/>
        <source>The server&apos;s page has an unreadable cursor at %1</source>
        <translation>服务器返回的页面在 %1 处的游标无法读取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s page has no true/false at %1</source>
        <translation>服务器返回的页面在 %1 处没有 true/false 值</translation>
    </message>
    <message>
        <location filename="../../sync/QuarantineStore.cpp" line="+18"/>
        <source>Could not read the quarantined records from the cache.</source>
        <translation>无法从缓存中读取隔离记录。</translation>
    </message>
    <message>
        <location filename="../../sync/FieldRules.cpp" line="+36"/>
        <source>expected a JSON pointer string such as &quot;/id&quot;</source>
        <translation>应为 JSON 指针字符串，例如 &quot;/id&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a JSON pointer (it must be empty or start with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指针（必须为空或以 / 开头）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown transform &quot;%1&quot; (use trim, lower, upper, digits, split, regex or date)</source>
        <translation>未知转换 &quot;%1&quot;（请使用 trim、lower、upper、digits、split、regex 或 date）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a transform is a name or an object such as {&quot;split&quot;: &quot;,&quot;, &quot;index&quot;: 0}</source>
        <translation>转换是一个名称或对象，例如 {&quot;split&quot;: &quot;,&quot;, &quot;index&quot;: 0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;index&quot; and &quot;group&quot; must be integers</source>
        <translation>&quot;index&quot; 和 &quot;group&quot; 必须是整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>regex &quot;%1&quot; is not valid: %2</source>
        <translation>正则表达式 &quot;%1&quot; 无效：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>regex &quot;%1&quot; has no group %2</source>
        <translation>正则表达式 &quot;%1&quot; 没有分组 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown transform %1 (use split, regex or date)</source>
        <translation>未知转换 %1（请使用 split、regex 或 date）</translation>
    </message>
    <message>
        <location filename="../../sync/JsonLimits.cpp" line="+25"/>
        <source>%1 MB; the limit is %2 MB</source>
        <translation>%1 MB；上限为 %2 MB</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+75"/>
        <source>“%1” must be a number here, not %2.</source>
        <translation>“%1”在此处必须是数字，而不是 %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown filter “%1” (use cents, digits, soql, ms or string)</source>
        <translation>未知过滤器“%1”（请使用 cents、digits、soql、ms 或 string）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>The write needs “%1”, which it was not given.</source>
        <translation>写入需要“%1”，但未提供。</translation>
    </message>
</context>
<context>
    <name>c360::sync::ConnectivityMonitor</name>
    <message>
        <location filename="../../sync/ConnectivityMonitor.cpp" line="+193"/>
        <source>No server answers.</source>
        <translation>没有服务器响应。</translation>
    </message>
</context>
<context>
    <name>c360::sync::Connector</name>
    <message>
        <location filename="../../sync/Connector.cpp" line="+221"/>
        <source>The %1 server refused the OAuth2 client credentials (HTTP %2) — check client_id and the secret of source &quot;%1&quot;.</source>
        <translation>%1 服务器拒绝了 OAuth2 客户端凭据（HTTP %2）— 请检查数据源 &quot;%1&quot; 的 client_id 和密钥。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The %1 server&apos;s next-page link leads to another host; it is not followed with the credentials.</source>
        <translation>%1 服务器的下一页链接指向其他主机；不会携带凭据跟随该链接。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 server rejected the credentials (HTTP %2) — check the secret of source &quot;%1&quot; in the sources file.</source>
        <translation>%1 服务器拒绝了凭据（HTTP %2）— 请检查数据源文件中数据源 &quot;%1&quot; 的密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 server does not know %2 (HTTP 404) — check base_url and the connector manifest.</source>
        <translation>%1 服务器找不到 %2（HTTP 404）— 请检查 base_url 和连接器清单。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The %1 server asked us to slow down (HTTP 429) and kept refusing.</source>
        <translation>%1 服务器要求降低请求频率（HTTP 429）并持续拒绝。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The %1 server failed (HTTP %2) while sending %3.</source>
        <translation>%1 服务器在发送 %3 时出错（HTTP %2）。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The %1 server asked us to slow down (HTTP 429).</source>
        <translation>%1 服务器要求降低请求频率（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 server refused the request for %2 (HTTP %3).</source>
        <translation>%1 服务器拒绝了对 %2 的请求（HTTP %3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 server sent a page of %2 that is too large or too deeply nested to read safely (%3).</source>
        <translation>%1 服务器返回的 %2 页面过大或嵌套过深，无法安全读取（%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 server sent a web page instead of data for %2.</source>
        <translation>%1 服务器为 %2 返回了网页而不是数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 server sent a page of %2 that is not valid JSON (malformed or cut off).</source>
        <translation>%1 服务器返回的 %2 页面不是有效的 JSON（格式错误或被截断）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 server&apos;s page of %2 has no record list at %3.</source>
        <translation>%1 服务器返回的 %2 页面在 %3 处没有记录列表。</translation>
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
        <translation>无法初始化网络库。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server redirected too many times.</source>
        <translation>服务器重定向次数过多。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server redirected to an unsupported address.</source>
        <translation>服务器重定向到了不支持的地址。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Could not connect to %1 — is the server running?</source>
        <translation>无法连接到 %1 — 服务器是否在运行？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not find the server %1 — check the address and the network.</source>
        <translation>找不到服务器 %1 — 请检查地址和网络。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server took too long to answer</source>
        <translation>服务器响应超时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection reset by the server</source>
        <translation>连接被服务器重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer is larger than the limit of %1 MiB</source>
        <translation>服务器响应超过了 %1 MiB 的上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer of %1 could not be read</source>
        <translation>无法读取 %1 的响应</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to %1 could not be verified</source>
        <translation>无法验证与 %1 的安全连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 failed: %2</source>
        <translation>对 %1 的请求失败：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::CursorBodyPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+52"/>
        <source>The server says more pages follow but gives no new cursor at %1</source>
        <translation>服务器表示还有更多页，但在 %1 处没有提供新的游标</translation>
    </message>
</context>
<context>
    <name>c360::sync::CustomerFetch</name>
    <message>
        <location filename="../../sync/CustomerFetch.cpp" line="+69"/>
        <source>The size of the list could not be estimated from the local cache.</source>
        <translation>无法根据本地缓存估算列表大小。</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+13"/>
        <source>The local cache could not be read.</source>
        <translation>无法读取本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::sync::FieldRules</name>
    <message>
        <location filename="../../sync/FieldRules.cpp" line="+16"/>
        <source>&quot;paths&quot; must be a non-empty array of JSON pointers</source>
        <translation>&quot;paths&quot; 必须是非空的 JSON 指针数组</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;join&quot; must be a string</source>
        <translation>&quot;join&quot; 必须是字符串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;when&quot; must be {&quot;path&quot;: ..., &quot;equals&quot;: ...} or {&quot;path&quot;: ..., &quot;in&quot;: [...]}</source>
        <translation>&quot;when&quot; 必须是 {&quot;path&quot;: ..., &quot;equals&quot;: ...} 或 {&quot;path&quot;: ..., &quot;in&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;when&quot; needs &quot;equals&quot; (a value) or &quot;in&quot; (a list of values)</source>
        <translation>&quot;when&quot; 需要 &quot;equals&quot;（一个值）或 &quot;in&quot;（值列表）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;values&quot; must be an object of source value -&gt; value</source>
        <translation>&quot;values&quot; 必须是“源值 -&gt; 值”的对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;values&quot;: the value of &quot;%1&quot; must be a string or a number</source>
        <translation>&quot;values&quot;：&quot;%1&quot; 的值必须是字符串或数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;otherwise&quot; must be a string and goes with &quot;values&quot;</source>
        <translation>&quot;otherwise&quot; 必须是字符串，且须与 &quot;values&quot; 一起使用</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>transforms and value maps need text, not %1</source>
        <translation>转换和值映射需要文本，而不是 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 与日期格式 &quot;%2&quot; 不匹配</translation>
    </message>
</context>
<context>
    <name>c360::sync::Keychain</name>
    <message>
        <location filename="../../sync/Keychain.cpp" line="+85"/>
        <source>The keychain has no secret named &quot;%1&quot;. Store it with File → Sign in / credentials… or `c360 sources set-secret %1`.</source>
        <translation>钥匙串中没有名为“%1”的密钥。请通过“文件 → 登录 / 凭据…”或 `c360 sources set-secret %1` 保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused access to the secret &quot;%1&quot; (is it locked?).</source>
        <translation>钥匙串拒绝访问密钥“%1”（是否已锁定？）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain could not handle the secret &quot;%1&quot;: %2</source>
        <translation>钥匙串无法处理密钥“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain service is running (on Linux a Secret Service such as GNOME Keyring or KWallet; on Windows the Credential Manager), so the secret &quot;%1&quot; cannot be read or stored there. Start one, or name the secret with env:VARIABLE in the sources file.</source>
        <translation>没有正在运行的钥匙串服务（Linux 上为 GNOME Keyring 或 KWallet 等 Secret Service；Windows 上为凭据管理器），因此无法在其中读取或保存密钥“%1”。请启动一个钥匙串服务，或在数据源文件中用 env:VARIABLE 指定该密钥。</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>&quot;%1&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>“%1”不是有效的钥匙串条目名称（请使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain cannot be used before the application has started.</source>
        <translation>应用程序启动前无法使用钥匙串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret &quot;%1&quot; has not been read from the keychain yet; try again in a moment.</source>
        <translation>尚未从钥匙串中读取密钥“%1”；请稍后重试。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The keychain did not answer within a minute about the secret &quot;%1&quot; (is it asking for a password?).</source>
        <translation>钥匙串在一分钟内未就密钥“%1”作出响应（是否正在要求输入密码？）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::LastIdPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="+138"/>
        <source>The last record of the page has no id at %1</source>
        <translation>该页最后一条记录在 %1 处没有 ID</translation>
    </message>
</context>
<context>
    <name>c360::sync::LocalScopeFilter</name>
    <message>
        <location filename="../../sync/LocalScopeFilter.cpp" line="+60"/>
        <location line="+13"/>
        <location line="+15"/>
        <source>The local cache could not be read.</source>
        <translation>无法读取本地缓存。</translation>
    </message>
</context>
<context>
    <name>c360::sync::Manifest</name>
    <message>
        <location filename="../../sync/Manifest.cpp" line="+692"/>
        <source>Connector manifest %1 is too large or too deeply nested (%2)</source>
        <translation>连接器清单 %1 过大或嵌套过深（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connector manifest %1 is not valid JSON</source>
        <translation>连接器清单 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;streams&quot; must be a non-empty object of stream name -&gt; stream</source>
        <translation>&quot;streams&quot; 必须是“数据流名称 -&gt; 数据流”的非空对象</translation>
    </message>
</context>
<context>
    <name>c360::sync::ManifestReader</name>
    <message>
        <location line="-679"/>
        <source>Connector manifest %1: %2: %3</source>
        <translation>连接器清单 %1：%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a JSON pointer string such as &quot;/id&quot;</source>
        <translation>应为 JSON 指针字符串，例如 &quot;/id&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a JSON pointer (it must be empty or start with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指针（必须为空或以 / 开头）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a JSON pointer or an object {&quot;path&quot;, &quot;type&quot;, &quot;default&quot;, &quot;required&quot;}</source>
        <translation>应为 JSON 指针或对象 {&quot;path&quot;, &quot;type&quot;, &quot;default&quot;, &quot;required&quot;}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;path&quot; is missing</source>
        <translation>缺少 &quot;path&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown type &quot;%1&quot; (use string, number, integer, bool or datetime)</source>
        <translation>未知类型 &quot;%1&quot;（请使用 string、number、integer、bool 或 datetime）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;required&quot; must be true or false</source>
        <translation>&quot;required&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;scale&quot; must be a number and needs type number or integer</source>
        <translation>&quot;scale&quot; 必须是数字，且类型须为 number 或 integer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+196"/>
        <location line="+45"/>
        <location line="+218"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>expected a non-empty object of canonical field -&gt; JSON pointer</source>
        <translation>应为“标准字段 -&gt; JSON 指针”的非空对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+276"/>
        <location line="+32"/>
        <source>stream &quot;%1&quot;</source>
        <translation>数据流 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+90"/>
        <location line="+234"/>
        <location line="+70"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>must start with /</source>
        <translation>必须以 / 开头</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown entity &quot;%1&quot; (use customer, order, return, ticket, campaign_event or interaction)</source>
        <translation>未知实体 &quot;%1&quot;（请使用 customer、order、return、ticket、campaign_event 或 interaction）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object of parameter -&gt; value</source>
        <translation>应为“参数 -&gt; 值”的对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a string or a number</source>
        <translation>应为字符串或数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;records&quot; is missing (the JSON pointer of the record array, e.g. &quot;/data&quot;)</source>
        <translation>缺少 &quot;records&quot;（记录数组的 JSON 指针，例如 &quot;/data&quot;）</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+94"/>
        <source>expected {&quot;path&quot;: ..., &quot;equals&quot;: ...}</source>
        <translation>应为 {&quot;path&quot;: ..., &quot;equals&quot;: ...}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&quot;map&quot; is missing</source>
        <translation>缺少 &quot;map&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;source_id&quot; is missing (every stream maps the record id)</source>
        <translation>缺少 &quot;source_id&quot;（每个数据流都必须映射记录 ID）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected {&quot;path&quot;: ..., &quot;map&quot;: {...}}</source>
        <translation>应为 {&quot;path&quot;: ..., &quot;map&quot;: {...}}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected an object of scope key -&gt; query parameter</source>
        <translation>应为“范围键 -&gt; 查询参数”形式的对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; (use territory, owner, queue or customers)</source>
        <translation>未知键“%1”（可用 territory、owner、queue 或 customers）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected the name of a query parameter</source>
        <translation>应为查询参数的名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected {&quot;path&quot;: ..., &quot;where&quot;: {&quot;path&quot;: ..., &quot;equals&quot;: ...}, &quot;parent&quot;: ...}</source>
        <translation>应为 {&quot;path&quot;: ..., &quot;where&quot;: {&quot;path&quot;: ..., &quot;equals&quot;: ...}, &quot;parent&quot;: ...}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected an object of name -&gt; {&quot;stream&quot;: ..., &quot;path&quot;: ...}</source>
        <translation>应为“名称 -&gt; {&quot;stream&quot;: ..., &quot;path&quot;: ...}”的对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected {&quot;stream&quot;: ..., &quot;path&quot;: ...}</source>
        <translation>应为 {&quot;stream&quot;: ..., &quot;path&quot;: ...}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected an object of name -&gt; {&quot;records&quot;: ..., &quot;stream&quot;: ...}</source>
        <translation>应为“名称 -&gt; {&quot;records&quot;: ..., &quot;stream&quot;: ...}”的对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected {&quot;records&quot;: ..., &quot;stream&quot;: ...}</source>
        <translation>应为 {&quot;records&quot;: ..., &quot;stream&quot;: ...}</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+30"/>
        <source>names no other stream &quot;%1&quot; (streams: %2)</source>
        <translation>没有指定其他数据流 &quot;%1&quot;（数据流：%2）</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>refers to an unknown stream &quot;%1&quot; (streams: %2)</source>
        <translation>引用了未知数据流 &quot;%1&quot;（数据流：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names no other reference &quot;%1&quot; of the stream</source>
        <translation>没有指定该数据流的其他引用 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>unknown type &quot;%1&quot; (use cursor_body, next_url_body, link_header, offset, page_number, last_id or none)</source>
        <translation>未知类型 &quot;%1&quot;（请使用 cursor_body、next_url_body、link_header、offset、page_number、last_id 或 none）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown key &quot;%1&quot; for type %2</source>
        <translation>类型 %2 不支持键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;page_size_param&quot; is missing (%1 needs it to know a short, last page)</source>
        <translation>缺少 &quot;page_size_param&quot;（%1 需要它来识别不满一页的最后一页）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a JSON pointer</source>
        <translation>&quot;%1&quot; 不是 JSON 指针</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown type &quot;%1&quot; (use paginator_cursor or timestamp)</source>
        <translation>未知类型 &quot;%1&quot;（请使用 paginator_cursor 或 timestamp）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation>未知格式 &quot;%1&quot;（请使用 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a non-negative integer</source>
        <translation>应为非负整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected {&quot;requests_per_second&quot;: a number &gt; 0}</source>
        <translation>应为 {&quot;requests_per_second&quot;: 大于 0 的数字}</translation>
    </message>
</context>
<context>
    <name>c360::sync::ManifestRegistry</name>
    <message>
        <location line="+171"/>
        <source>There is no shipped connector named &quot;%1&quot; (known: %2)</source>
        <translation>没有名为 &quot;%1&quot; 的内置连接器（已知：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the connector manifest %1: %2</source>
        <translation>无法读取连接器清单 %1：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::NextUrlBodyPaginator</name>
    <message>
        <location filename="../../sync/Paginator.cpp" line="-94"/>
        <source>The server says more pages follow but gives no new URL at %1</source>
        <translation>服务器表示还有更多页，但在 %1 处没有提供新的 URL</translation>
    </message>
</context>
<context>
    <name>c360::sync::OffsetPaginator</name>
    <message>
        <location line="+53"/>
        <source>The checkpoint &quot;%1&quot; is not a number; reset the stream.</source>
        <translation>检查点 &quot;%1&quot; 不是数字；请重置该数据流。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxPusher</name>
    <message>
        <location filename="../../sync/OutboxPusher.cpp" line="+16"/>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No source takes “%1” writes: name one under &quot;outbox&quot; in the sources file, then retry.</source>
        <translation>没有接受“%1”写入的数据源：请在数据源文件的 &quot;outbox&quot; 下指定一个，然后重试。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Outbox: the server cannot be reached; changes wait.</source>
        <translation>发件箱：无法连接服务器；更改将等待发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 sent, %2 rejected, %3 to retry, %4 in conflict.</source>
        <translation>发件箱：已发送 %1 项，被拒绝 %2 项，待重试 %3 项，存在冲突 %4 项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox: %1 sent, %2 rejected, %3 to retry.</source>
        <translation>发件箱：已发送 %1 条，被拒绝 %2 条，待重试 %3 条。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxStore</name>
    <message>
        <location filename="../../sync/OutboxStore.cpp" line="+139"/>
        <source>The outbox %1 could not be read. Nothing was changed in it; close the other C360 windows and try again.</source>
        <translation>无法读取发件箱 %1。其中的内容没有任何改动；请关闭其他 C360 窗口后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outbox %1 was written by a newer C360 (schema %2); this version understands up to %3.</source>
        <translation>发件箱 %1 由更新版本的 C360 写入（架构 %2）；当前版本最高只支持 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outbox could not be upgraded.</source>
        <translation>无法升级发件箱。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>The outbox could not be upgraded to schema %1.</source>
        <translation>无法将发件箱升级到架构 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Could not save the change in the outbox.</source>
        <translation>无法将更改保存到发件箱。</translation>
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
        <translation>无法读取发件箱。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Could not update the outbox.</source>
        <translation>无法更新发件箱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item is no longer in conflict (it was resolved already).</source>
        <translation>此项已不再存在冲突（已被解决）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::OutboxWorker</name>
    <message>
        <location filename="../../sync/OutboxController.cpp" line="+47"/>
        <location line="+15"/>
        <source>Sending the outbox</source>
        <translation>发送发件箱</translation>
    </message>
</context>
<context>
    <name>c360::sync::PagePrefetcher</name>
    <message>
        <location filename="../../sync/PagePrefetcher.cpp" line="+45"/>
        <source>The sync read past the last page of a stream.</source>
        <translation>同步读取超出了数据流的最后一页。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+2"/>
        <source>A page of records could not be read.</source>
        <translation>无法读取一页记录。</translation>
    </message>
</context>
<context>
    <name>c360::sync::ReachabilityProbe</name>
    <message>
        <location filename="../../sync/ConnectivityMonitor.cpp" line="-166"/>
        <source>The connection check</source>
        <translation>连接检查</translation>
    </message>
</context>
<context>
    <name>c360::sync::Reader</name>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+88"/>
        <source>Connector manifest %1, %2: %3</source>
        <translation>连接器清单 %1，%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key “%1”</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is required</source>
        <translation>“%1”为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a JSON pointer</source>
        <translation>“%1”不是 JSON 指针</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method “%1” (use GET, POST, PUT or PATCH)</source>
        <translation>方法“%1”（请使用 GET、POST、PUT 或 PATCH）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“path” must start with /</source>
        <translation>“path”必须以 / 开头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“query” must be an object of name → template</source>
        <translation>“query”必须是“名称 → 模板”的对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query “%1” must be a string</source>
        <translation>查询参数“%1”必须是字符串</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“body” must be an object (or &quot;{payload}&quot;)</source>
        <translation>“body”必须是对象（或 &quot;{payload}&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“form” must be true or false</source>
        <translation>“form”必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a GET has no body</source>
        <translation>GET 请求没有请求体</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+35"/>
        <location line="+114"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>“request” (an object) is required</source>
        <translation>“request”（一个对象）为必填项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“lookups” must be an array</source>
        <translation>“lookups”必须是数组</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“idempotency” (an object) is required: how the vendor keeps a write from being applied twice</source>
        <translation>“idempotency”（一个对象）为必填项：说明供应商如何避免同一写入被执行两次</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>method “%1” (use header, external_id, upsert, search, state or replace)</source>
        <translation>方法“%1”（请使用 header、external_id、upsert、search、state 或 replace）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an upsert is a PUT or PATCH</source>
        <translation>upsert 必须是 PUT 或 PATCH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an upsert names the key in its path (…/External_Id__c/{key})</source>
        <translation>upsert 须在其路径中指定键（…/External_Id__c/{key}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“check” (the request that finds an earlier attempt) is required</source>
        <translation>“check”（查找先前尝试的请求）为必填项</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the key must be written with the record ({key}) so that the check finds it</source>
        <translation>键必须随记录一起写入（{key}），以便 check 能找到它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“replace” is for a PUT or PATCH that sets a value; a POST creates</source>
        <translation>“replace”用于设置值的 PUT 或 PATCH；POST 用于创建</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>method “%1” (use stamp or read_compare)</source>
        <translation>方法“%1”（请使用 stamp 或 read_compare）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>“statuses” must be a list of HTTP statuses</source>
        <translation>“statuses”必须是 HTTP 状态码列表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“read” must be a request object</source>
        <translation>“read”必须是请求对象</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read_compare needs “read”: the request that reads the record now</source>
        <translation>read_compare 需要“read”：用于读取记录当前状态的请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stamp needs “answer_record” or “read”: where the record now comes from</source>
        <translation>stamp 需要“answer_record”或“read”：记录当前状态的来源</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“fields” (name → JSON pointer in the record) is required</source>
        <translation>必须提供“fields”（名称 → 记录中的 JSON 指针）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field “%1” must be a JSON pointer</source>
        <translation>字段“%1”必须是 JSON 指针</translation>
    </message>
</context>
<context>
    <name>c360::sync::RecordMapper</name>
    <message>
        <location filename="../../sync/RecordMapper.cpp" line="+153"/>
        <source>field %1 (%2): %3</source>
        <translation>字段 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the default of %1 is not %2</source>
        <translation>%1 的默认值不是 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1 is missing (required %2)</source>
        <translation>缺少字段 %1（%2 必填）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1 is %2, expected %3 (%4): %5</source>
        <translation>字段 %1 为 %2，应为 %3（%4）：%5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record is %1, expected an object</source>
        <translation>该记录为 %1，应为对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>field %1 is empty (required source_id)</source>
        <translation>字段 %1 为空（source_id 必填）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>field %1 is %2, expected an array (%3)</source>
        <translation>字段 %1 为 %2，应为数组（%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>field %1 is %2, expected an object</source>
        <translation>字段 %1 为 %2，应为对象</translation>
    </message>
</context>
<context>
    <name>c360::sync::ScopeSweep</name>
    <message>
        <location filename="../../sync/ScopeSweep.cpp" line="+33"/>
        <location line="+8"/>
        <source>The sync state could not be read.</source>
        <translation>无法读取同步状态。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The outbox could not be read.</source>
        <translation>无法读取发件箱。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>The customers out of the sync scope could not be read.</source>
        <translation>无法读取超出同步范围的客户。</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not be opened: %1</source>
        <translation>
            <numerusform>已删除 %n 位超出同步范围的客户，但无法打开审计日志：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s) out of the sync scope were erased, but the audit log could not record it: %1</source>
        <translation>
            <numerusform>已删除 %n 位超出同步范围的客户，但审计日志无法记录：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::sync::SignIn</name>
    <message>
        <location filename="../../sync/SignIn.cpp" line="+40"/>
        <source>Sources file %1 is too large or too deeply nested</source>
        <translation>数据源文件 %1 过大或嵌套过深</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>数据源文件 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources file %1: &quot;sign_in&quot;: %2</source>
        <translation>数据源文件 %1：&quot;sign_in&quot;：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be an object such as {&quot;source&quot;: &quot;crm&quot;}</source>
        <translation>必须是对象，例如 {&quot;source&quot;: &quot;crm&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;path&quot; must start with /</source>
        <translation>&quot;path&quot; 必须以 / 开头</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a JSON pointer (it starts with /)</source>
        <translation>&quot;%1&quot; 不是 JSON 指针（应以 / 开头）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;roles&quot; must map the backend&apos;s role names to agent, supervisor, field or auditor</source>
        <translation>&quot;roles&quot; 必须将后端的角色名映射到 agent、supervisor、field 或 auditor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;roles&quot;: &quot;%1&quot; maps to &quot;%2&quot;, which is not agent, supervisor, field or auditor</source>
        <translation>&quot;roles&quot;：&quot;%1&quot; 映射到 &quot;%2&quot;，但它不是 agent、supervisor、field 或 auditor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign-in through %1 needs a user&apos;s credentials (bearer, basic or API key), not %2.</source>
        <translation>通过 %1 登录需要用户凭据（bearer、basic 或 API key），而不是 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not sign in at %1: %2</source>
        <translation>无法在 %1 登录：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the sign-in (HTTP %2): check the credentials.</source>
        <translation>%1 拒绝了登录（HTTP %2）：请检查凭据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered the sign-in with HTTP %2.</source>
        <translation>%1 对登录请求返回了 HTTP %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a sign-in answer that is too large or too deeply nested.</source>
        <translation>%1 返回的登录响应过大或嵌套过深。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sent a sign-in answer that is not JSON.</source>
        <translation>%1 返回的登录响应不是 JSON。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s sign-in answer lacks the user (%2) or the role (%3).</source>
        <translation>%1 的登录响应中缺少用户（%2）或角色（%3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 says the role is &quot;%2&quot;, which this workstation does not know; a &quot;roles&quot; map in &quot;sign_in&quot; names what it is here.</source>
        <translation>%1 返回的角色为“%2”，本工作台无法识别；请在 &quot;sign_in&quot; 中用 &quot;roles&quot; 映射指明它在此对应的角色。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>无法读取数据源文件 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sources file %1: &quot;sign_in&quot; names the source &quot;%2&quot;, which the file does not have.</source>
        <translation>数据源文件 %1：&quot;sign_in&quot; 指定的数据源“%2”在该文件中不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--role %1 is refused: %2 signed in as %3, which does not include it.</source>
        <translation>--role %1 被拒绝：%2 以 %3 身份登录，该角色不包含 %1。</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourceProbe</name>
    <message>
        <location filename="../../sync/SourceProbe.cpp" line="+79"/>
        <source>The connector %1 has no stream &quot;%2&quot; (it has: %3).</source>
        <translation>连接器 %1 没有数据流 &quot;%2&quot;（现有：%3）。</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourceReader</name>
    <message>
        <location filename="../../sync/SourcesFile.cpp" line="+73"/>
        <source>Sources file %1: %2: %3</source>
        <translation>数据源文件 %1：%2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; 必须是非空字符串</translation>
    </message>
</context>
<context>
    <name>c360::sync::SourcesFile</name>
    <message>
        <location line="+21"/>
        <source>%1: the secret comes from the environment variable %2, which is not set</source>
        <translation>%1：密钥来自环境变量 %2，但该变量未设置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a keychain entry name (use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;).</source>
        <translation>%1：“%2”不是有效的钥匙串条目名称（请使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the keychain entry &quot;%2&quot; is empty</source>
        <translation>%1：钥匙串条目“%2”为空</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the sources file %1: %2</source>
        <translation>无法读取数据源文件 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sources file %1 is too large or too deeply nested (%2)</source>
        <translation>数据源文件 %1 过大或嵌套过深（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1 is not valid JSON</source>
        <translation>数据源文件 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources file %1: expected {&quot;sources&quot;: [ ... ]}</source>
        <translation>数据源文件 %1：应为 {&quot;sources&quot;: [ ... ]}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>source #%1</source>
        <translation>数据源 #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source &quot;%1&quot;</source>
        <translation>数据源 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name is used twice</source>
        <translation>名称被使用了两次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;base_url&quot; must be an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>&quot;base_url&quot; 必须是 http:// 或 https:// 地址，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;auth&quot; must be an object</source>
        <translation>&quot;auth&quot; 必须是对象</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown type &quot;%1&quot; (use bearer, api_key, basic, oauth2_client_credentials or none)</source>
        <translation>未知类型 &quot;%1&quot;（请使用 bearer、api_key、basic、oauth2_client_credentials 或 none）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>api_key needs either &quot;header&quot; or &quot;query&quot; (the parameter name)</source>
        <translation>api_key 需要 &quot;header&quot; 或 &quot;query&quot;（参数名）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sources file %1: %2 auth</source>
        <translation>数据源文件 %1：%2 认证</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;config&quot; must be an object</source>
        <translation>&quot;config&quot; 必须是对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>&quot;streams&quot; must be a list of stream names</source>
        <translation>&quot;streams&quot; 必须是数据流名称列表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sources file %1: scope: %2</source>
        <translation>数据源文件 %1：scope：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an object such as {&quot;territory&quot;: &quot;north&quot;}</source>
        <translation>应为对象，例如 {&quot;territory&quot;: &quot;north&quot;}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a text or a list of texts</source>
        <translation>“%1”必须是文本或文本列表</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;customers_file&quot; must be the path of a file of customer ids, one a line</source>
        <translation>“customers_file”必须是客户 ID 文件的路径，每行一个 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not read the customers file %1: %2</source>
        <translation>无法读取客户文件 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 line %2: one customer id, e-mail address or phone number a line</source>
        <translation>%1 第 %2 行：每行一个客户 ID、电子邮件地址或电话号码</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key &quot;%1&quot; (use territory, owner, queue, customers or customers_file)</source>
        <translation>未知键“%1”（可用 territory、owner、queue、customers 或 customers_file）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it names no customer; give territory, owner, queue, customers or customers_file, or leave &quot;scope&quot; out to sync every customer</source>
        <translation>未指定任何客户；请提供 territory、owner、queue、customers 或 customers_file，或删除 &quot;scope&quot; 以同步所有客户</translation>
    </message>
</context>
<context>
    <name>c360::sync::WriteActions</name>
    <message>
        <location filename="../../sync/WriteActions.cpp" line="+80"/>
        <source>Connector manifest %1 is not valid JSON</source>
        <translation>连接器清单 %1 不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an object of outbox kind → action</source>
        <translation>应为“发件箱类型 → 操作”的对象</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the connector manifest %1: %2</source>
        <translation>无法读取连接器清单 %1：%2</translation>
    </message>
</context>
<context>
    <name>c360::sync::WriteExecutor</name>
    <message>
        <location filename="../../sync/WriteExecutor.cpp" line="+167"/>
        <source>(no explanation given)</source>
        <translation>（未给出说明）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OAuth2 client credentials were refused by %1 (HTTP %2): %3</source>
        <translation>%1 拒绝了 OAuth2 客户端凭据（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The source “%1” has no credential this write could be sent with (auth “%2”); it was not sent. Give the source a secret in the sources file, then retry.</source>
        <translation>数据源“%1”没有可用于发送此写入的凭据（认证方式“%2”）；未发送。请在数据源文件中为该数据源设置密钥，然后重试。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The credentials were refused by %1 (HTTP %2): %3</source>
        <translation>%1 拒绝了凭据（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed at %1 (HTTP %2); will retry.</source>
        <translation>%1 返回失败（HTTP %2）；将重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected by %1 (HTTP %2): %3</source>
        <translation>被 %1 拒绝（HTTP %2）：%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 refused the change as out of date but did not say how the record is now.</source>
        <translation>%1 以版本过旧为由拒绝了此更改，但未返回记录的当前状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer of %1 with the record as it is now could not be read; will retry.</source>
        <translation>无法读取 %1 返回的记录当前状态，将重试。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changed in %1 since you saw it (now %2): nothing was overwritten. Resolve the conflict: keep yours, take the server&apos;s, or edit.</source>
        <translation>自您查看后已在 %1 中更改（当前为 %2）：未覆盖任何内容。请解决冲突：保留您的版本、采用服务器版本或进行编辑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer version</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The answer of %1 to the lookup of “%2” could not be read; will retry.</source>
        <translation>无法读取 %1 对“%2”查找的响应；将重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has nothing to act on: its answer to the lookup of “%2” is empty (%3).</source>
        <translation>%1 没有可操作的对象：其对“%2”查找的响应为空（%3）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer of %1 to the check for an earlier attempt could not be read; will retry.</source>
        <translation>无法读取 %1 对先前尝试检查的响应；将重试。</translation>
    </message>
</context>
<context>
    <name>c360::ui::AgentWrites</name>
    <message>
        <location filename="../../ui/AgentWrites.cpp" line="+214"/>
        <source>Nothing to change: give the ticket a new status or priority.</source>
        <translation>没有需要更改的内容：请为工单指定新的状态或优先级。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not read your notes and wrap-ups from the outbox.</source>
        <translation>无法从发件箱读取您的备注和话后小结。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrap-up: %1</source>
        <translation>话后小结：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap-up: %1 · %2</source>
        <translation>话后小结：%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompt accepted: %1</source>
        <translation>已采纳提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt dismissed: %1</source>
        <translation>已忽略提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt kept for later: %1</source>
        <translation>稍后处理提示：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt %1: %2</source>
        <translation>提示 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New ticket: %1</source>
        <translation>新工单：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New shipping address for order %1: %2</source>
        <translation>订单 %1 的新收货地址：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund order %1</source>
        <translation>订单 %1 退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund %1 of order %2</source>
        <translation>订单 %2 退款 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket %1: priority %2</source>
        <translation>工单 %1：优先级 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1: status %2</source>
        <translation>工单 %1：状态 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket %1: status %2, priority %3</source>
        <translation>工单 %1：状态 %2，优先级 %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This item is no longer in conflict (it was resolved already).</source>
        <translation>此项已不再存在冲突（已被解决）。</translation>
    </message>
</context>
<context>
    <name>c360::ui::AgentWritesPanel</name>
    <message>
        <location filename="../../ui/AgentWritesPanel.cpp" line="+22"/>
        <source>Add note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a note for this customer (Ctrl+Shift+N)</source>
        <translation>为该客户写备注（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected failed item again</source>
        <translation>重新发送所选的失败项</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+51"/>
        <location line="+98"/>
        <source>Your notes and wrap-ups</source>
        <translation>我的备注和话后处理</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Resolve conflict…</source>
        <translation>解决冲突…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare your change with the server&apos;s version and choose</source>
        <translation>将您的更改与服务器版本进行比较，然后做出选择</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Notes are off: no outbox file could be opened.</source>
        <translation>备注已停用：无法打开发件箱文件。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · waiting to be sent</source>
        <translation>由我写入 · 等待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · not accepted: %1</source>
        <translation>由我写入 · 未被接受：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by you · sent</source>
        <translation>由我写入 · 已发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflict: changed on the server — resolve</source>
        <translation>冲突：已在服务器上更改 — 请解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discarded: the server&apos;s version was kept</source>
        <translation>已放弃：已保留服务器版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Your notes and wrap-ups — %n conflict(s) to resolve</source>
        <translation>
            <numerusform>您的备注和话后小结 — %n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n failed</source>
        <translation>
            <numerusform>我的备注和话后处理 — %n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Your notes and wrap-ups — %n waiting to be sent</source>
        <translation>
            <numerusform>我的备注和话后处理 — %n 条待发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your change goes out again, based on the server&apos;s version.</source>
        <translation>您的更改将基于服务器版本重新发送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your change was discarded; the server&apos;s version stays.</source>
        <translation>您的更改已放弃；保留服务器版本。</translation>
    </message>
</context>
<context>
    <name>c360::ui::CallBar</name>
    <message>
        <location filename="../../ui/CallBar.cpp" line="+29"/>
        <source>Resume (%1)</source>
        <translation>恢复 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold (%1)</source>
        <translation>保持 (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hold / resume (%1)</source>
        <translation>保持 / 恢复 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call reason…</source>
        <translation>来电原因…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the customer calls (%1); the prompts follow it</source>
        <translation>客户来电原因 (%1)；提示随之调整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes during the call (%1)</source>
        <translation>通话中的备注 (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End call (%1)</source>
        <translation>结束通话 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call and wrap up (%1)</source>
        <translation>结束通话并进行话后处理 (%1)</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>On hold %1</source>
        <translation>保持中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call time; on hold %1 in all</source>
        <translation>通话时长；共保持 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Transfer note</source>
        <translation>转接备注</translation>
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
        <translation>采用服务器版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit mine</source>
        <translation>编辑我的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you saw it</source>
        <translation>您查看时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s now</source>
        <translation>服务器当前版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your version and the server&apos;s, field by field</source>
        <translation>逐字段对比您的版本与服务器版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your change again, based on the server&apos;s version now</source>
        <translation>基于服务器当前版本重新发送您的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your change and keep the server&apos;s version (recorded in the audit log)</source>
        <translation>放弃您的更改并保留服务器版本（记入审计日志）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your values before keeping them</source>
        <translation>先修改您的值，再保留</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The record changed on the server after you saw it; your change was not applied. Compare both versions and choose.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;您查看该记录后，它已在服务器上更改；您的更改未被应用。请比较两个版本并做出选择。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yours: written %1, on the version of %2.</source>
        <translation>您的版本：填写于 %1，基于 %2 的版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours: written %1 by %2, on the version of %3.</source>
        <translation>您的版本：由 %2 于 %1 填写，基于 %3 的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s version: changed %1.</source>
        <translation>服务器上的版本：修改于 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilment</source>
        <translation>履约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled at</source>
        <translation>取消于</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You changed this</source>
        <translation>您更改了此项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed on the server since you saw it</source>
        <translation>自您查看后已在服务器上更改</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep my edited version</source>
        <translation>保留我编辑后的版本</translation>
    </message>
</context>
<context>
    <name>c360::ui::CredentialsDialog</name>
    <message>
        <location filename="../../ui/CredentialsDialog.cpp" line="+22"/>
        <source>&amp;Store in keychain</source>
        <translation>保存到钥匙串(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in / credentials</source>
        <translation>登录 / 凭据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name the sources file uses: &quot;secret&quot;: &quot;keychain:NAME&quot;.</source>
        <translation>数据源文件中使用的名称：&quot;secret&quot;: &quot;keychain:NAME&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token or password. It goes to the operating system&apos;s keychain, never into a file.</source>
        <translation>令牌或密码。它会保存到操作系统的钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens and passwords of your sources are kept in the operating system&apos;s keychain (%1). Name one here and use it in the sources file as keychain:NAME.</source>
        <translation>数据源的令牌和密码保存在操作系统的钥匙串（%1）中。在此为其命名，并在数据源文件中以 keychain:NAME 引用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret</source>
        <translation>密钥(&amp;S)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the secret a name of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (for example crm-token).</source>
        <translation>请为密钥命名，可使用字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 或 &apos;@&apos;（例如 crm-token）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the token or password to store.</source>
        <translation>输入要保存的令牌或密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing %1 in the keychain…</source>
        <translation>正在将 %1 保存到钥匙串…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored %1 in the keychain. The next sync uses it.</source>
        <translation>已将 %1 保存到钥匙串。下次同步时将使用它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep %1 in memory for this session only? It is not saved anywhere: you will be asked again after C360 Workstation closes.</source>
        <translation>仅在本次会话中将 %1 保留在内存中？它不会保存到任何地方：C360 坐席工作台关闭后将再次询问您。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep for this session</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is kept for this session only; nothing was saved.</source>
        <translation>%1 仅在本次会话中保留；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was stored: no keychain service is running.</source>
        <translation>未保存任何内容：没有正在运行的钥匙串服务。</translation>
    </message>
</context>
<context>
    <name>c360::ui::CustomerHeader</name>
    <message>
        <location filename="../../ui/CustomerHeader.cpp" line="+73"/>
        <source>Which records of which systems make up this customer, and why (Ctrl+L)</source>
        <translation>该客户由哪些系统的哪些记录组成，以及原因（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reveal</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this customer&apos;s phone numbers and e-mail addresses in full (recorded in the audit log)</source>
        <translation>显示此客户完整的电话号码和电子邮件地址（将记录在审计日志中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take down the caller&apos;s name and contacts as a new customer</source>
        <translation>将来电者的姓名和联系方式登记为新客户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New caller</source>
        <translation>新来电者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No customer on record for %1. Search by name or e-mail (Ctrl+F), or take the details as a new customer.</source>
        <translation>没有 %1 的客户记录。请按姓名或电子邮件搜索（Ctrl+F），或将这些信息登记为新客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New customer, waiting in the outbox: they open here once the CRM has them (after the next sync). This call and its wrap-up are filed under them.</source>
        <translation>新客户，正在发件箱中等待：CRM 中创建该客户后（下次同步后）将在此处打开。此来电及其话后小结将归档到该客户名下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who is calling?</source>
        <translation>来电者是谁？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) share %1: pick the caller in the list on the left.</source>
        <translation>
            <numerusform>%n 位客户共用 %1：请在左侧列表中选择来电者。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No customer open</source>
        <translation>未打开客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a customer by name, phone, email, order or ticket number.</source>
        <translation>按姓名、电话、邮箱、订单号或工单号搜索客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Golden record: the name %1</source>
        <translation>黄金记录：姓名%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail %1</source>
        <translation>邮箱%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone %1</source>
        <translation>电话%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City %1</source>
        <translation>城市%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WeChat linked</source>
        <translation>已绑定微信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact details on record</source>
        <translation>没有联系方式记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n linked record(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 条关联记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::DashboardWindow</name>
    <message>
        <location filename="../../ui/DashboardWindow.cpp" line="+102"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Team dashboards — C360 Workstation</source>
        <translation>团队看板 — C360 坐席工作台</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Contacts by queue</source>
        <translation>各队列联系量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact reasons</source>
        <translation>联系原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution (%)</source>
        <translation>首次联系解决率（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat contacts within 7 days (%)</source>
        <translation>7 天内重复联系率（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time by agent (s)</source>
        <translation>各坐席平均处理时长（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts: accepted / dismissed / later</source>
        <translation>提示：接受 / 忽略 / 稍后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissal reasons</source>
        <translation>忽略原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt acceptance trend (%)</source>
        <translation>提示接受率趋势（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt answers by agent: accepted / dismissed / later</source>
        <translation>各坐席的提示回答：接受 / 拒绝 / 稍后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journey stages reached by customers served</source>
        <translation>所服务客户到达的旅程阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment mix of customers served</source>
        <translation>所服务客户的分群构成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agents</source>
        <translation>所有坐席</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From </source>
        <translation>从 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> to </source>
        <translation> 至 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue </source>
        <translation>队列 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Agent </source>
        <translation> 坐席 </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customers…</source>
        <translation>客户…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customers behind the chart</source>
        <translation>图表对应的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart as a picture</source>
        <translation>将图表另存为图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart&apos;s figures as CSV</source>
        <translation>将图表数据另存为 CSV</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The period starts after it ends; pick a first day before the last.</source>
        <translation>时间段的开始日期晚于结束日期；请选择早于最后一天的开始日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
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
        <translation>队列 %1</translation>
    </message>
    <message>
        <location line="-410"/>
        <location line="+411"/>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>No contacts from %1 to %2 with these filters.</source>
        <translation>在这些筛选条件下，%1 至 %2 没有联系记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts from %1 to %2: the newest contact in this cache is from %3 (sync to bring newer ones).</source>
        <translation>%1 至 %2 没有联系记录：此本地缓存中最新的联系记录来自 %3（同步以获取更新的记录）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the 30 days up to %1</source>
        <translation>显示截至 %1 的 30 天</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+48"/>
        <source>Contacts</source>
        <translation>联系量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolved at first contact</source>
        <translation>首次联系即解决</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat contacts</source>
        <translation>重复联系</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average handle time (s)</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Average wrap-up time (s)</source>
        <translation>平均话后处理时长（秒）</translation>
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
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accepted (%)</source>
        <translation>接受率（%）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Customers — %1</source>
        <translation>客户 — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+13"/>
        <source>Team dashboards</source>
        <translation>团队看板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all queues</source>
        <translation>所有队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all agents</source>
        <translation>所有坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save figures as CSV</source>
        <translation>将数据另存为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the dashboard report</source>
        <translation>保存看板报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>c360::ui::DataQualityView</name>
    <message>
        <location filename="../../ui/DataQualityView.cpp" line="+47"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
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
        <translation>来源</translation>
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
        <translation>字段</translation>
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
        <translation>疑似重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid phones and e-mails</source>
        <translation>无效电话和邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting values</source>
        <translation>冲突值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>决定记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge selected pair</source>
        <translation>合并所选的一对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>记录</translation>
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
        <translation>撤销原因（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo decision</source>
        <translation>撤销决定(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision %1</source>
        <translation>决定 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decisions (%1)</source>
        <translation>决定记录（%1）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Suspected duplicates (%1)</source>
        <translation>疑似重复（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid phones and e-mails (%1)</source>
        <translation>无效电话和邮箱（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflicting values (%1)</source>
        <translation>冲突值（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer id %1</source>
        <translation>客户 ID %1</translation>
    </message>
</context>
<context>
    <name>c360::ui::EventDetailPane</name>
    <message>
        <location filename="../../ui/EventDetailPane.cpp" line="+20"/>
        <source>Details of the selected event</source>
        <translation>所选事件的详情</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select an event in the timeline to see its details.</source>
        <translation>在时间线中选择一个事件以查看详情。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Source data</source>
        <translation>源数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record %1 of %2 / %3, as received:</source>
        <translation>%2 / %3 的记录 %1（原样）：</translation>
    </message>
</context>
<context>
    <name>c360::ui::HistoryExport</name>
    <message>
        <location filename="../../ui/HistoryExport.cpp" line="+54"/>
        <location line="+27"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The history could not be written to %1.</source>
        <translation>无法将历史记录写入 %1。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+17"/>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%n event(s) · printed %1</source>
        <translation>
            <numerusform>%n 个事件 · 打印于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinds: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all sources</source>
        <translation>所有数据源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sources: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with system changes</source>
        <translation>包括系统变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without system changes</source>
        <translation>不包括系统变更</translation>
    </message>
</context>
<context>
    <name>c360::ui::JourneyPanel</name>
    <message>
        <location filename="../../ui/JourneyPanel.cpp" line="+49"/>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
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
        <translation>显示完整旅程 (Home)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Open a customer to see the journey.</source>
        <translation>打开客户以查看客户旅程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the journey…</source>
        <translation>正在加载客户旅程…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n 个触点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n friction flag(s)</source>
        <translation>
            <numerusform>%n 个摩擦标记</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now: %1</source>
        <translation>当前：%1</translation>
    </message>
</context>
<context>
    <name>c360::ui::JourneyView</name>
    <message>
        <location filename="../../ui/JourneyView.cpp" line="+49"/>
        <source>Customer journey</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail/SMS</source>
        <translation>邮件/短信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No touchpoints to show.</source>
        <translation>没有可显示的触点。</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Friction on this touchpoint</source>
        <translation>此触点存在摩擦</translation>
    </message>
</context>
<context>
    <name>c360::ui::LinkedRecordsDialog</name>
    <message>
        <location filename="../../ui/LinkedRecordsDialog.cpp" line="+30"/>
        <source>Linked records</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
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
        <translation>黄金值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split record out</source>
        <translation>拆分出记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer id to merge with</source>
        <translation>要合并的客户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2 linked records (showing %3)</source>
        <translation>%1 — %2 条关联记录（显示 %3 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 linked records</source>
        <translation>%1 — %2 条关联记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call or chat</source>
        <translation>通话或会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign event</source>
        <translation>营销活动事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM id</source>
        <translation>CRM 编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone digits and name</source>
        <translation>电话号码数字与姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar name</source>
        <translation>相似姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared key and name</source>
        <translation>共用标识与姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No match yet</source>
        <translation>尚无匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No linking key</source>
        <translation>无可关联的标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s merge</source>
        <translation>主管合并</translation>
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
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+14"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分群</translation>
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
        <translation>来自 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This record supplied the golden %1</source>
        <translation>此记录提供了黄金%1</translation>
    </message>
</context>
<context>
    <name>c360::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+77"/>
        <source>C360 Workstation</source>
        <translation>C360 坐席工作台</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timeline and journey</source>
        <translation>时间线和客户旅程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The saved rule pack could not be read (%1); using the shipped one.</source>
        <translation>无法读取已保存的规则包（%1）；将使用内置规则包。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new customer was not saved: there is no outbox to keep it in.</source>
        <translation>新客户未保存：没有可用于保存的发件箱。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is saved in the outbox as a new customer and opens here after the next sync.</source>
        <translation>%1 已作为新客户保存到发件箱，下次同步后将在此处打开。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Wrap-up saved.</source>
        <translation>话后处理已保存。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync s&amp;tatus…</source>
        <translation>同步状态(&amp;T)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboards…</source>
        <translation>团队看板(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ources…</source>
        <translation>数据源(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take o&amp;ffline…</source>
        <translation>离线保存(&amp;F)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in / c&amp;redentials…</source>
        <translation>登录 / 凭据(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out…</source>
        <translation>退出登录(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Linked records…</source>
        <translation>关联记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create &amp;ticket…</source>
        <translation>创建工单(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel selected order…</source>
        <translation>取消所选订单(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change shipping &amp;address of selected order…</source>
        <translation>修改所选订单的收货地址(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refund selected order…</source>
        <translation>退款所选订单(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;status of selected ticket…</source>
        <translation>更改所选工单的状态(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;system changes</source>
        <translation>显示系统变更(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport history…</source>
        <translation>导出历史记录(&amp;X)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the customer&apos;s history</source>
        <translation>导出客户的历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF 文档 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History saved to %1.</source>
        <translation>历史记录已保存到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Journey / timeline</source>
        <translation>客户旅程 / 时间线(&amp;J)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;all</source>
        <translation>通话(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hold / resume</source>
        <translation>保持 / 恢复(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;reason…</source>
        <translation>来电原因(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End call and wrap up</source>
        <translation>结束通话并进行话后处理(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;calls…</source>
        <translation>最近通话(&amp;C)…</translation>
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
        <translation>稍后：提示 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rules editor…</source>
        <translation>规则编辑器(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data quality…</source>
        <translation>数据质量(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About C360 Workstation</source>
        <translation>关于 C360 坐席工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About C360 Workstation</source>
        <translation>关于 C360 坐席工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;C360 Workstation %1&lt;/b&gt;&lt;p&gt;One view of the customer while the customer is on the line.&lt;/p&gt;</source>
        <translation>&lt;b&gt;C360 坐席工作台 %1&lt;/b&gt;&lt;p&gt;客户通话期间，一屏掌握客户全貌。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+93"/>
        <location line="+249"/>
        <source>Open a customer first.</source>
        <translation>请先打开客户。</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Open a customer first: a ticket belongs to a customer.</source>
        <translation>请先打开客户：工单属于某位客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the new ticket for %1:</source>
        <translation>%1 的新工单主题：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ticket needs a subject; nothing was created.</source>
        <translation>工单需要主题；未创建任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket queued for the helpdesk.</source>
        <translation>工单已排队发送到服务台。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Select an order in the timeline first.</source>
        <translation>请先在时间线中选择一个订单。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 for %2?</source>
        <translation>要为 %2 取消订单 %1 吗？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancellation of order %1 queued.</source>
        <translation>订单 %1 的取消请求已排队。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change shipping address</source>
        <translation>修改收货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New shipping address for order %1:</source>
        <translation>订单 %1 的新收货地址：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No address given; nothing was changed.</source>
        <translation>未填写地址；未做任何修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address change for order %1 queued.</source>
        <translation>订单 %1 的地址修改已排队。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a ticket in the timeline first.</source>
        <translation>请先在时间线中选择一个工单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change ticket status</source>
        <translation>更改工单状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status of ticket %1 (now %2):</source>
        <translation>工单 %1 的新状态（当前为 %2）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status change of ticket %1 queued.</source>
        <translation>工单 %1 的状态更改已加入队列。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a paid order in the timeline first.</source>
        <translation>请先在时间线中选择一个已付款的订单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refund of order %1 queued.</source>
        <translation>订单 %1 的退款已排队。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a customer first: a note belongs to a customer.</source>
        <translation>请先打开客户：备注需要关联到客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes are off: no outbox file could be opened.</source>
        <translation>备注已停用：无法打开发件箱文件。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Next-best-action rules</source>
        <translation>下一步最佳行动规则</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule pack saved to %1; the prompts use it now.</source>
        <translation>规则包已保存到 %1；提示现已使用该规则包。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This customer is no longer in the cache (merged or deleted by the last sync).</source>
        <translation>该客户已不在缓存中（已在上次同步时被合并或删除）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — C360 Workstation</source>
        <translation>%1 — C360 坐席工作台</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+24"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sign out of C360 Workstation?</source>
        <translation>要退出 C360 坐席工作台的登录吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing out forgets who is signed in and the role, and closes the window. Removing the customer data also deletes the local cache (customers, search index, timeline), the notes already sent and the recent calls from this computer.</source>
        <translation>退出登录会清除当前登录的用户和角色，并关闭窗口。删除客户数据还会从本机删除本地缓存（客户、搜索索引、时间线）、已发送的备注和最近通话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out and remove customer data</source>
        <translation>退出登录并删除客户数据</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n item(s) in the outbox (notes, wrap-ups, answers) have not been sent yet.</source>
        <translation>
            <numerusform>发件箱中有 %n 个项目（备注、话后处理、回答）尚未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep them: they stay in the outbox and are sent after the next sign-in; everything else is removed. Discard them: they are lost.</source>
        <translation>保留：它们留在发件箱中，下次登录后发送；其他所有内容都会删除。丢弃：它们将丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard them</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%1 (%n possible customer(s))</source>
        <translation>
            <numerusform>%1（%n 位可能的客户）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several customers share %1: pick the caller in the list.</source>
        <translation>多位客户共用 %1：请在列表中选择来电者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New caller %1</source>
        <translation>新来电者 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer on record for %1: search by name or e-mail, or take the details.</source>
        <translation>没有 %1 的客户记录：请按姓名或邮箱搜索，或记录相关信息。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is now a customer.</source>
        <translation>%1 现已成为客户。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The open customer was merged or deleted by the last sync; search again.</source>
        <translation>当前打开的客户已在上次同步时被合并或删除；请重新搜索。</translation>
    </message>
</context>
<context>
    <name>c360::ui::MergeReviewDialog</name>
    <message>
        <location filename="../../ui/MergeReviewDialog.cpp" line="+34"/>
        <source>Merge two customers?</source>
        <translation>合并这两位客户？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two customers may be one person. Compare them before merging: every record of both will belong to one customer. The merge is recorded with your reason and can be undone from Data quality → Decisions.</source>
        <translation>这两位客户可能是同一个人。合并前请先比较：两者的所有记录都将归属同一位客户。合并会连同你的原因一起记录，并可在“数据质量 → 决定记录”中撤销。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also written</source>
        <translation>同时写入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why they look like one customer</source>
        <translation>为何看起来是同一位客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required, e.g. &quot;same person: confirmed by phone&quot;</source>
        <translation>必填，例如“同一人：已通过电话确认”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Score %1 — %2</source>
        <translation>得分 %1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 no longer exists</source>
        <translation>客户 %1 已不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s): %1</source>
        <translation>
            <numerusform>%n 条记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>c360::ui::NbaPanel</name>
    <message>
        <location filename="../../ui/NbaPanel.cpp" line="+27"/>
        <source>Not relevant to this call</source>
        <translation>与本次来电无关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer declined</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time on this call</source>
        <translation>本次通话没有时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong for this customer</source>
        <translation>不适合该客户</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Next best actions</source>
        <translation>下一步最佳行动</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Open a customer to see suggestions.</source>
        <translation>打开客户以查看建议。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No suggestion for this customer right now.</source>
        <translation>目前没有针对该客户的建议。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notice: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Priority %1 = propensity %2 × context %3 × value %4 × lever %5</source>
        <translation>优先级 %1 = 倾向 %2 × 情境 %3 × 价值 %4 × 调节系数 %5</translation>
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
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a reason…</source>
        <translation>选择原因…</translation>
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
        <translation>对提示的响应无法保存到此本地缓存中。</translation>
    </message>
</context>
<context>
    <name>c360::ui::NewCustomerDialog</name>
    <message>
        <location filename="../../ui/NewCustomerDialog.cpp" line="+28"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the caller gives it, e.g. 王伟 or Emily Carter</source>
        <translation>按来电者提供的填写，例如 王伟 或 Emily Carter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another number, e.g. +86 138 0013 8000</source>
        <translation>其他号码，例如 +86 138 0013 8000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other phone:</source>
        <translation>其他电话(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create customer</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer is created in the CRM through the outbox (also offline) and opens here after the next sync; this call and its wrap-up are filed under them.</source>
        <translation>该客户将通过发件箱在 CRM 中创建（离线时也可），下次同步后将在此处打开；此来电及其话后小结将归档到该客户名下。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The caller&apos;s number, %1</source>
        <translation>来电号码，%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>请输入来电者的姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a phone number (write it with its country code, e.g. +86 or +1).</source>
        <translation>“%1”不是有效的电话号码（请包含国家/地区代码，例如 +86 或 +1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a phone number or an e-mail address, so the customer can be found again.</source>
        <translation>请提供电话号码或电子邮件地址，以便日后查找该客户。</translation>
    </message>
</context>
<context>
    <name>c360::ui::NoteDialog</name>
    <message>
        <location filename="../../ui/NoteDialog.cpp" line="+19"/>
        <source>&amp;Pin to the customer header</source>
        <translation>置顶到客户信息栏(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note on %1</source>
        <translation>关于 %1 的备注</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write something first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note holds at most 4,000 characters (this one has %1).</source>
        <translation>备注最多 4,000 个字符（当前为 %1 个）。</translation>
    </message>
</context>
<context>
    <name>c360::ui::OfflineBanner</name>
    <message>
        <location filename="../../ui/OfflineBanner.cpp" line="+18"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the connection now</source>
        <translation>立即检查连接</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>last synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — showing cached data, %1. Your changes are kept and sent when the connection is back.</source>
        <translation>离线 — 显示本地缓存数据，%1。您的更改已保留，将在连接恢复后发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everything could be synced (%1): some data may be older, %2.</source>
        <translation>部分内容未能同步（%1）：部分数据可能较旧，%2。</translation>
    </message>
</context>
<context>
    <name>c360::ui::PiiGuard</name>
    <message>
        <location filename="../../ui/PiiGuard.cpp" line="+74"/>
        <source>Open a customer first.</source>
        <translation>请先打开一位客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role (%1) may not reveal masked contact details.</source>
        <translation>您的角色（%1）无权显示被遮盖的联系方式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not revealed: the reveal could not be recorded in the audit log.</source>
        <translation>未显示：无法将此次显示操作记录到审计日志。</translation>
    </message>
</context>
<context>
    <name>c360::ui::RecentCalls</name>
    <message>
        <location filename="../../ui/RecentCalls.cpp" line="+57"/>
        <source>The list of recent calls could not be read; it starts empty (the old file is kept as %1).</source>
        <translation>无法读取最近通话列表；列表将从空开始（旧文件已保留为 %1）。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
</context>
<context>
    <name>c360::ui::RecentCallsDialog</name>
    <message>
        <location filename="../../ui/RecentCallsDialog.cpp" line="+17"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No calls yet.</source>
        <translation>还没有通话。</translation>
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
        <translation>客户为何获得退款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refund the payment of order %1 for %2.</source>
        <translation>为订单 %1 的付款退款 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1, already refunded %2: %3 left.</source>
        <translation>已付 %1，已退款 %2：剩余 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid %1.</source>
        <translation>已付 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: all that is left (%1)</source>
        <translation>留空：退还剩余全部（%1）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing is left to refund on order %1.</source>
        <translation>订单 %1 已无可退款金额。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the amount as a number with at most two decimals, for example %1.</source>
        <translation>请以最多两位小数的数字填写金额，例如 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A refund must be more than %1.</source>
        <translation>退款金额必须大于 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 is left to refund.</source>
        <translation>最多还可退款 %1。</translation>
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
        <translation>未打开规则包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lever</source>
        <translation>调节系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Learned propensity</source>
        <translation>学习得出的倾向</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top action now</source>
        <translation>当前首选行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top action after the edit</source>
        <translation>编辑后的首选行动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validate</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview on today&apos;s calls</source>
        <translation>用今天的来电预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The rule pack %1 could not be read: %2</source>
        <translation>无法读取规则包 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rule pack is not valid: %1</source>
        <translation>规则包无效：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule pack “%1” (version %2), actions: %3</source>
        <translation>规则包“%1”（版本 %2），行动：%3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Multiplies the action&apos;s priority; 0 never shows it.</source>
        <translation>与行动的优先级相乘；为 0 时永不显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1% of %2</source>
        <translation>%1%（共 %2 次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>no answers yet</source>
        <translation>尚无响应</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack&apos;s propensity, then the one learned from accepts and dismissals.</source>
        <translation>规则包中的倾向，以及根据接受和忽略学习得出的倾向。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget what was learned for this action; its pack propensity applies again.</source>
        <translation>忘记针对此行动学到的内容；重新使用规则包中的倾向。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No cache is open.</source>
        <translation>未打开缓存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resetting what was learned for %1…</source>
        <translation>正在重置 %1 已学习的内容…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The reset stopped on an internal error.</source>
        <translation>重置因内部错误而停止。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What was learned for %1 was reset.</source>
        <translation>已重置针对 %1 学到的内容。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No rule pack is open.</source>
        <translation>没有打开的规则包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule pack has changes that are not saved. Save them before closing?</source>
        <translation>规则包有未保存的更改。关闭前要保存吗？</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The pack is valid; actions changed: %1.</source>
        <translation>规则包有效；已更改的行动：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Not saved: the pack has no file to save to.</source>
        <translation>未保存：该规则包没有可保存的文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ranking today&apos;s calls…</source>
        <translation>正在对今天的来电排序…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No calls today: these are the calls of %1, the latest day with calls in the cache.</source>
        <translation>今天没有来电：以下是 %1 的来电，即缓存中有来电的最近一天。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of today&apos;s %2 calls would get a different top action.</source>
        <translation>今天的 %2 通来电中有 %1 通的首选行动会改变。</translation>
    </message>
</context>
<context>
    <name>c360::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/SearchPanel.cpp" line="+49"/>
        <source>Search customers by name, phone, e-mail, order or ticket number</source>
        <translation>按姓名、电话、电子邮件、订单号或工单号搜索客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, phone, email, order or ticket number</source>
        <translation>姓名、电话、邮箱、订单号或工单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the customer cache (Ctrl+F). Enter opens the first match.</source>
        <translation>搜索客户缓存（Ctrl+F）。按 Enter 打开第一个匹配项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <location line="+16"/>
        <source>Type at least one character.</source>
        <translation>请至少输入一个字符。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer matches “%1”.</source>
        <translation>没有客户匹配“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c360::ui::ShortcutSheet</name>
    <message>
        <location filename="../../ui/ShortcutSheet.cpp" line="+31"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
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
        <translation>API 令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key in a header</source>
        <translation>请求头中的 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name and password or token</source>
        <translation>用户名和密码或令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client credentials</source>
        <translation>OAuth 客户端凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-in</source>
        <translation>无需登录</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the &amp;demo company</source>
        <translation>启动演示公司(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name, e.g. helpdesk</source>
        <translation>简短名称，例如 helpdesk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The name of the environment variable that holds the token or password, or keychain:NAME for a secret stored with File → Sign in / credentials…. The secret itself is never written into the sources file.</source>
        <translation>存放令牌或密码的环境变量名称，或以 keychain:NAME 指明通过“文件 → 登录 / 凭据…”保存的密钥。密钥本身永远不会写入数据源文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts a generated demo company on this computer (CRM, shop, helpdesk, marketing, contact center) and syncs it: to try the workstation without real systems.</source>
        <translation>在本机启动一个生成的演示公司（CRM、商城、客服、营销、联络中心）并同步：无需真实系统即可试用工作台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ystem</source>
        <translation>系统(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ign-in</source>
        <translation>登录方式(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header name</source>
        <translation>请求头名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address</source>
        <translation>令牌地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret from environment variable</source>
        <translation>密钥所在的环境变量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The systems this workstation syncs customers, orders, tickets, campaigns and calls from. Sources file: %1</source>
        <translation>本工作台从这些系统同步客户、订单、工单、营销活动和通话。数据源文件：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The sources file %1 could not be read: %2</source>
        <translation>无法读取数据源文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sources file %1 is not valid JSON (%2); saving here replaces it.</source>
        <translation>数据源文件 %1 不是有效的 JSON（%2）；在此保存将替换它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no sources file yet. Add the systems to sync, or start the demo company.</source>
        <translation>还没有数据源文件。请添加要同步的系统，或启动演示公司。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(a demo token written in the file)</source>
        <translation>（写在文件中的演示令牌）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>✓ %1: connected, %n record(s) on the first page</source>
        <translation>
            <numerusform>✓ %1：已连接，第一页有 %n 条记录</numerusform>
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
        <translation>未安装演示公司（软件包 c360-demo，程序 c360-backend）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo company is already running.</source>
        <translation>演示公司已在运行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting the demo company…</source>
        <translation>正在启动演示公司…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo company did not start.</source>
        <translation>演示公司未能启动。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>The demo company runs on this computer with %n source(s); syncing it now.</source>
        <translation>
            <numerusform>演示公司已在本机运行，共 %n 个数据源；正在同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sources file %1 could not be written: %2</source>
        <translation>无法写入数据源文件 %1：%2</translation>
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
        <location filename="../../ui/SyncPanel.cpp" line="+36"/>
        <source>never</source>
        <translation>从未</translation>
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
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+4"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Stream</source>
        <translation>数据流</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected rejected change again (same idempotency key).</source>
        <translation>重新发送所选的被拒绝更改（使用相同的幂等键）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+204"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Idle.</source>
        <translation>空闲。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no id)</source>
        <translation>（无 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarantine (%1)</source>
        <translation>隔离区（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>in conflict: resolve it under the customer</source>
        <translation>存在冲突：请在客户下解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Outbox (%1, %n in conflict)</source>
        <translation>
            <numerusform>发件箱（%1，%n 项冲突）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox (%1)</source>
        <translation>发件箱（%1）</translation>
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
        <translation>本地缓存当前的更改完成后将开始同步。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused: no automatic or manual sync until resumed.</source>
        <translation>已暂停：恢复前不进行自动或手动同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed.</source>
        <translation>已恢复。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Syncing %1/%2: %3 record(s)…</source>
        <translation>正在同步 %1/%2：%3 条记录…</translation>
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
        <translation>从所有数据源获取更改（F5）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not synced in this session</source>
        <translation>本次会话尚未同步</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — showing cached data</source>
        <translation>离线 — 显示缓存数据</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
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
        <translation>离线保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers to keep on this computer with their full history, one a line: customer ids, e-mail addresses or phone numbers. They stay in every later sync.</source>
        <translation>要连同完整历史记录保存在此计算机上的客户，每行一个：客户 ID、电子邮件地址或电话号码。这些客户将在后续每次同步中保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers from the search results</source>
        <translation>搜索结果中的客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers to take offline</source>
        <translation>要离线保存的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load a saved list…</source>
        <translation>加载已保存的列表(&amp;L)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Take offline</source>
        <translation>离线保存(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load a list of customers</source>
        <translation>加载客户列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>列表 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The list %1 could not be read: %2</source>
        <translation>无法读取列表 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add customers to the list to see how much they take.</source>
        <translation>将客户添加到列表中，即可查看所需的空间。</translation>
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
            <numerusform>%n 个客户（%1 个已在此计算机上）：约 %2 条记录、%3 个时间线事件、%4 MB。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Waiting for the running sync or change to the local cache to finish…</source>
        <translation>正在等待正在进行的同步或本地缓存更改完成…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading from %1 (%2)…</source>
        <translation>正在从 %1（%2）加载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading from %1 (%2): %3 records read</source>
        <translation>正在从 %1（%2）加载：已读取 %3 条记录</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1（%n 个事件）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. What was loaded so far stays on this computer, but the list is not kept in later syncs; start again to finish.</source>
        <translation>已取消。已加载的内容保留在此计算机上，但该列表不会在后续同步中保留；请重新开始以完成操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The servers cannot be reached (offline), so nothing could be loaded. Connect and try again before you leave.</source>
        <translation>无法连接服务器（离线），因此未能加载任何内容。请在离开前连接网络并重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Now available offline: %n customer(s) — %1.</source>
        <translation>
            <numerusform>现可离线使用：%n 个客户 — %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found at any source (check the id, e-mail address or phone number): %1.</source>
        <translation>在所有数据源中均未找到（请检查 ID、电子邮件地址或电话号码）：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some history could not be loaded, so these customers may be incomplete offline: %1</source>
        <translation>部分历史记录无法加载，因此这些客户在离线时可能不完整：%1</translation>
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
        <translation>显示系统变更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline, newest first</source>
        <translation>时间线，最新的在前</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+64"/>
        <location line="+89"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+60"/>
        <location line="+89"/>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>System field changes (segment updates, opt-in flips...) are folded away by default.</source>
        <translation>系统字段变更（分群更新、营销许可变更等）默认折叠隐藏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That touchpoint is hidden by the timeline&apos;s filters.</source>
        <translation>该触点已被时间线的筛选条件隐藏。</translation>
    </message>
</context>
<context>
    <name>c360::ui::WrapUpDialog</name>
    <message>
        <location filename="../../ui/WrapUpDialog.cpp" line="+25"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save wrap-up</source>
        <translation>保存话后处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Disposition</source>
        <translation>处理结果(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call with %1 · %2</source>
        <translation>与 %1 的通话 · %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a disposition and save: the wrap-up is part of the call record.</source>
        <translation>请选择处理结果并保存：话后处理是通话记录的一部分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up date is in the past.</source>
        <translation>跟进日期已过。</translation>
    </message>
</context>
</TS>
