<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantPane</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>&amp;Applicant is</source>
        <translation>申请人类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名/名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Legal representative</source>
        <translation>法定代表人(&amp;L)</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Applies through an a&amp;gent</source>
        <translation>委托代理人办理(&amp;G)</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>代理人姓名</translation>
    </message>
    <message>
        <source>Agent ID number</source>
        <translation>代理人身份证号码</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>办理情形</translation>
    </message>
    <message>
        <source>The authorisation covers collecting the result</source>
        <translation>授权范围包含领取办理结果</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>The password could not be protected (out of memory). Try again.</source>
        <translation>无法加密保存密码（内存不足），请重试。</translation>
    </message>
    <message>
        <source>Window clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Proxy agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Reading or writing staff users in the store failed.</source>
        <translation>读写本地库中的工作人员信息失败。</translation>
    </message>
    <message>
        <source>A login name is required and cannot contain spaces.</source>
        <translation>必须填写登录名，且不能含空格。</translation>
    </message>
    <message>
        <source>The password must have at least 4 characters.</source>
        <translation>密码至少需要 4 个字符。</translation>
    </message>
    <message>
        <source>A user with the login %1 already exists.</source>
        <translation>登录名 %1 已存在。</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>登录名或密码错误。请检查输入法和大写锁定键后重试。</translation>
    </message>
    <message>
        <source>The store gives user %1 the role "%2", which this version of OneTrip does not know. Ask the administrator to correct this user in the store.</source>
        <translation>本地库中用户 %1 的角色为“%2”，本版本的 OneTrip 不认识该角色。请管理员在本地库中更正该用户。</translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation>本地库中没有用户 %1。</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>用户需要姓名。</translation>
    </message>
</context>
<context>
    <name>CalendarJson</name>
    <message>
        <source>Unknown field; check its spelling (see docs/calendar-format.md).</source>
        <translation>未知字段，请检查拼写（参见 docs/calendar-format.md）。</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>缺少此字段。</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Must be a list of texts.</source>
        <translation>应为文本列表。</translation>
    </message>
    <message>
        <source>"%1" is not a date; write dates as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>“%1”不是有效日期；日期请写成 YYYY-MM-DD 格式，如 2026-10-01。</translation>
    </message>
    <message>
        <source>Must be a list of dates (YYYY-MM-DD).</source>
        <translation>应为日期列表（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Must be an object with the notice's title, number and date.</source>
        <translation>应为包含通知标题、文号和发布日期的对象。</translation>
    </message>
    <message>
        <source>Must be a list of holidays.</source>
        <translation>应为节假日列表。</translation>
    </message>
    <message>
        <source>Must be an object with the holiday's name and days.</source>
        <translation>应为包含节假日名称和日期的对象。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The file must contain one JSON object.</source>
        <translation>文件内容应为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not a OneTrip working-day calendar: "format" must be "%1".</source>
        <translation>这不是“一次办成”的工作日历文件：“format”应为“%1”。</translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this program reads version %2.</source>
        <translation>不支持格式版本 %1；本程序只能读取版本 %2。</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Must be an object with one entry per year.</source>
        <translation>应为对象，每个年度一项。</translation>
    </message>
    <message>
        <source>"%1" is not a year; use four digits, e.g. "2026".</source>
        <translation>“%1”不是年份；请使用四位数字，如“2026”。</translation>
    </message>
    <message>
        <source>Must be an object with the year's source and dates.</source>
        <translation>应为包含该年度依据和日期的对象。</translation>
    </message>
    <message>
        <source>The file says %1 has %2 working days, but its dates give %3. Check the lists.</source>
        <translation>文件称%1年有 %2 个工作日，但按所列日期计算为 %3 个。请核对日期列表。</translation>
    </message>
    <message>
        <source>The file contains no calendar years.</source>
        <translation>文件中没有任何年度的日历。</translation>
    </message>
    <message>
        <source>Cannot read the file. Check that it exists and is readable.</source>
        <translation>无法读取该文件。请确认文件存在且有读取权限。</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the folder exists and is writable.</source>
        <translation>无法写入 %1。请确认文件夹存在且有写入权限。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Reading or writing the working-day calendar failed; nothing was changed. Try again.</source>
        <translation>读写工作日历失败，未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>There is no calendar year to import.</source>
        <translation>没有可导入的年度日历。</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1年重复出现。</translation>
    </message>
    <message>
        <source>The calendar has %1 problem(s); nothing was imported. The first: %2</source>
        <translation>日历有 %1 处问题，未导入任何内容。第一处：%2</translation>
    </message>
    <message>
        <source>The stored working-day calendar for %1 is damaged. Ask a supervisor to import the %1 holiday notice again.</source>
        <translation>本机保存的%1年工作日历已损坏。请值班长重新导入%1年节假日安排通知。</translation>
    </message>
    <message>
        <source>The stored working-day calendar is damaged. Ask a supervisor to import the calendar again.</source>
        <translation>本机保存的工作日历已损坏。请值班长重新导入工作日历。</translation>
    </message>
    <message>
        <source>The shipped working-day calendar %1 cannot be used. Reinstall OneTrip or import a calendar.</source>
        <translation>随程序提供的工作日历 %1 无法使用。请重新安装“一次办成”或导入工作日历。</translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>%1 is not a plausible calendar year.</source>
        <translation>%1 不是合理的日历年份。</translation>
    </message>
    <message>
        <source>The title of the State Council notice is missing; it is the calendar's legal source.</source>
        <translation>缺少国务院办公厅通知的标题；该通知是工作日历的法定依据。</translation>
    </message>
    <message>
        <source>%1 is not in %2; list it under the year it falls in.</source>
        <translation>%1 不在%2年内；请列入其所属年度。</translation>
    </message>
    <message>
        <source>%1 is a Saturday or Sunday, which is off anyway; only holidays falling on Monday to Friday belong in this list.</source>
        <translation>%1 是周六或周日，本来就休息；此列表只应列出落在周一至周五的放假日。</translation>
    </message>
    <message>
        <source>%1 is listed more than once.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>%1 falls on Monday to Friday, which is a working day anyway; only Saturdays and Sundays worked belong in this list.</source>
        <translation>%1 是周一至周五，本来就是工作日；此列表只应列出调休上班的周六、周日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a weekday off day and as a make-up workday.</source>
        <translation>%1 同时被列为工作日放假日和调休上班日。</translation>
    </message>
    <message>
        <source>The holiday has no name.</source>
        <translation>该节假日没有名称。</translation>
    </message>
    <message>
        <source>The holiday lists no days off.</source>
        <translation>该节假日未列出放假日期。</translation>
    </message>
    <message>
        <source>%1 is too far from %2 to belong to this year's notice.</source>
        <translation>%1 与%2年相距太远，不可能属于该年度的通知。</translation>
    </message>
    <message>
        <source>%1 is a weekday off day of this holiday but is missing from weekdayOffDays.</source>
        <translation>%1 是该节假日中落在工作日的放假日，但 weekdayOffDays 中没有列出。</translation>
    </message>
    <message>
        <source>%1 is listed as a day off and as a make-up workday.</source>
        <translation>%1 同时被列为放假日和调休上班日。</translation>
    </message>
    <message>
        <source>%1 is a make-up workday of this holiday but is missing from makeupWorkdays.</source>
        <translation>%1 是该节假日的调休上班日，但 makeupWorkdays 中没有列出。</translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>Choose the case</source>
        <translation>选择办件</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsDialog</name>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>办件编号：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Trips:</source>
        <translation>跑动次数：</translation>
    </message>
    <message>
        <source>&amp;Documents issued:</source>
        <translation>已出具文书(&amp;D)：</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the selected document and print it (Ctrl+Shift+P)</source>
        <translation>预览并打印所选文书（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>重新打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Reprint the selected document on any printer (Ctrl+P)</source>
        <translation>在任一打印机上重新打印所选文书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the selected document as a PDF file (Ctrl+S)</source>
        <translation>将所选文书保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;submission…</source>
        <translation>补正收件(&amp;S)…</translation>
    </message>
    <message>
        <source>The applicant brought the corrections: check them in the intake page (F5)</source>
        <translation>申请人已带来补正材料：在受理页面核验（F5）</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>同步：</translation>
    </message>
    <message>
        <source>&amp;Stop the clock…</source>
        <translation>暂停计时(&amp;S)…</translation>
    </message>
    <message>
        <source>A hearing, inspection, testing, expert review …: the time limit stops and its due date moves (Ctrl+T)</source>
        <translation>听证、检验、检测、专家评审等特殊环节：办理时限暂停，到期日随之顺延（Ctrl+T）</translation>
    </message>
    <message>
        <source>Restart the c&amp;lock</source>
        <translation>恢复计时(&amp;L)</translation>
    </message>
    <message>
        <source>The stopped step is over: the time limit runs again from today (Ctrl+T)</source>
        <translation>特殊环节已结束：办理时限自今日起恢复计算（Ctrl+T）</translation>
    </message>
    <message>
        <source>Send to the &amp;department…</source>
        <translation>分转至审批部门(&amp;D)…</translation>
    </message>
    <message>
        <source>分转: the department that decides the case, and its due day there</source>
        <translation>分转：负责审批的部门及部门办结期限</translation>
    </message>
    <message>
        <source>Record the d&amp;ecision…</source>
        <translation>录入办理结果(&amp;E)…</translation>
    </message>
    <message>
        <source>准予 with the certificate number, or 不予许可 with the decision number and reason</source>
        <translation>准予许可（填写证照编号）或不予许可（填写决定书文号和理由）</translation>
    </message>
    <message>
        <source>&amp;Hand out…</source>
        <translation>出件(&amp;H)…</translation>
    </message>
    <message>
        <source>一口出: to the applicant or an authorised agent at the window (their ID checked), or by express</source>
        <translation>一口出：窗口交给申请人或经授权的代理人（核验身份证件），或邮寄送达</translation>
    </message>
    <message>
        <source>Show full &amp;ID…</source>
        <translation>显示完整证件号(&amp;I)…</translation>
    </message>
    <message>
        <source>Show the full ID number here; who looked, when and why is kept with the case</source>
        <translation>在此显示完整证件号码；查看人、时间和原因随办件留存</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>办理历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Visits and ratings</source>
        <translation>来访与评价(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;rating…</source>
        <translation>录入评价(&amp;R)…</translation>
    </message>
    <message>
        <source>Record how the applicant rated the selected visit (好差评)</source>
        <translation>录入申请人对所选来访的评价（好差评）</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>差评整改(&amp;F)…</translation>
    </message>
    <message>
        <source>Record the 回访, the 整改 or the rater's view of the selected visit's 差评</source>
        <translation>录入所选来访差评的回访、整改或评价人意见</translation>
    </message>
    <message>
        <source>Decide &amp;appeal…</source>
        <translation>裁定申诉(&amp;A)…</translation>
    </message>
    <message>
        <source>A supervisor upholds or refuses an appeal (申诉) against the selected visit's rating</source>
        <translation>由值班长裁定对所选来访评价的申诉是否成立</translation>
    </message>
    <message>
        <source>Material &amp;checks</source>
        <translation>材料核验(&amp;C)</translation>
    </message>
    <message>
        <source>代办 (&amp;P)</source>
        <translation>代办(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Give to an agent…</source>
        <translation>交代办员代办(&amp;G)…</translation>
    </message>
    <message>
        <source>The applicant delegates the case to one of the hall’s agents (代办委托书)</source>
        <translation>申请人委托大厅代办员代办此件（代办委托书）</translation>
    </message>
    <message>
        <source>&amp;Hand over materials…</source>
        <translation>材料交接(&amp;H)…</translation>
    </message>
    <message>
        <source>Record the materials changing hands, from whoever holds them now (材料交接单)</source>
        <translation>录入材料交接：由当前持有方交出（材料交接单）</translation>
    </message>
    <message>
        <source>Relay &amp;step…</source>
        <translation>代办记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Record what the agent did at a department</source>
        <translation>录入代办员在部门办理的情况</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>改派(&amp;R)…</translation>
    </message>
    <message>
        <source>A supervisor gives the case to another agent</source>
        <translation>值班长将办件改派给其他代办员</translation>
    </message>
    <message>
        <source>&amp;End the 代办…</source>
        <translation>代办办结(&amp;E)…</translation>
    </message>
    <message>
        <source>The materials and the result are back with the applicant</source>
        <translation>材料和办理结果已交还申请人</translation>
    </message>
</context>
<context>
    <name>CaseGenerator</name>
    <message>
        <source>The catalog has no usable guide %1: load the shipped catalog first.</source>
        <translation>事项目录中没有可用的办事指南 %1：请先导入随软件提供的事项目录。</translation>
    </message>
    <message>
        <source>Give a number of cases, 1 to 99 terminals and a period whose end is not before its start.</source>
        <translation>请给出办件数量、1 至 99 台终端，以及结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>The period %1 to %2 has no working day.</source>
        <translation>%1 至 %2 期间没有工作日。</translation>
    </message>
</context>
<context>
    <name>CaseLookup</name>
    <message>
        <source>Type or scan a case number (like JNLX-20261123-T01-00042) or the number of a notice.</source>
        <translation>请输入或扫描办件编号（如 JNLX-20261123-T01-00042）或文书编号。</translation>
    </message>
    <message>
        <source>“%1” is neither a case number (like JNLX-20261123-T01-00042) nor a document number (the case number and a code, like JNLX-20261123-T01-00042-GZ1).</source>
        <translation>“%1”既不是办件编号（如 JNLX-20261123-T01-00042），也不是文书编号（办件编号加文书代码，如 JNLX-20261123-T01-00042-GZ1）。</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人或其他组织</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>窗口申请</translation>
    </message>
    <message>
        <source>Online application</source>
        <translation>网上申报</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助终端申请</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>邮寄申请</translation>
    </message>
    <message>
        <source>Proxy agent</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Enter the applicant's name.</source>
        <translation>请填写申请人姓名或名称。</translation>
    </message>
    <message>
        <source>Applicant's ID number: %1</source>
        <translation>申请人身份证号码：%1</translation>
    </message>
    <message>
        <source>Applicant's credit code: %1</source>
        <translation>申请人统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Enter the agent's name.</source>
        <translation>请填写代理人姓名。</translation>
    </message>
    <message>
        <source>Agent's ID number: %1</source>
        <translation>代理人身份证号码：%1</translation>
    </message>
    <message>
        <source>An agent needs an authorisation (授权委托书): describe the one presented.</source>
        <translation>委托代理人办理须提交授权委托书，请登记所出示的授权委托书。</translation>
    </message>
    <message>
        <source>The applicant could not be looked up.</source>
        <translation>无法查询申请人信息。</translation>
    </message>
    <message>
        <source>The applicant could not be saved; nothing was changed. Try again.</source>
        <translation>申请人信息保存失败，未作任何更改，请重试。</translation>
    </message>
    <message>
        <source>Administrative Licensing Law of the People's Republic of China, Article 32</source>
        <translation>《中华人民共和国行政许可法》第三十二条</translation>
    </message>
    <message>
        <source>%1, %2 received</source>
        <translation>%1，收取%2份</translation>
    </message>
    <message>
        <source>The case history could not be read.</source>
        <translation>无法读取办件记录。</translation>
    </message>
    <message>
        <source>The case change could not be recorded; nothing was saved. Try again.</source>
        <translation>办件变更未能记录，未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>Event %1 of terminal %2 (case %3)</source>
        <translation>终端%2的第%1条记录（办件%3）</translation>
    </message>
    <message>
        <source>%1: events %2 to %3 are missing.</source>
        <translation>%1：缺少第%2至第%3条记录。</translation>
    </message>
    <message>
        <source>%1 does not follow the event before it.</source>
        <translation>%1与前一条记录不衔接。</translation>
    </message>
    <message>
        <source>%1 was changed after it was written.</source>
        <translation>%1在写入后被改动过。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The case could not be read from the store.</source>
        <translation>无法从本地数据库读取办件。</translation>
    </message>
    <message>
        <source>The case could not be saved; nothing was changed. Try again.</source>
        <translation>办件保存失败，未作任何更改，请重试。</translation>
    </message>
    <message>
        <source>Case %1 was changed meanwhile (at another window?). Open it again and repeat the check.</source>
        <translation>办件%1已被修改（可能在其他窗口办理），请重新打开后再次核验。</translation>
    </message>
    <message>
        <source>This terminal has no hall and terminal code yet: set them up first.</source>
        <translation>本终端尚未设置大厅编码和终端编号，请先完成设置。</translation>
    </message>
    <message>
        <source>The intake names no service item.</source>
        <translation>未选择办理事项。</translation>
    </message>
    <message>
        <source>The guide of %1 has no stored version; open the item from the catalog and check again.</source>
        <translation>事项%1的办事指南没有已保存的版本，请从事项目录重新打开后再核验。</translation>
    </message>
    <message>
        <source>No clerk is logged in.</source>
        <translation>当前没有登录的窗口人员。</translation>
    </message>
    <message>
        <source>There is no case %1 in this store.</source>
        <translation>本地没有办件%1。</translation>
    </message>
    <message>
        <source>Case %1 belongs to another applicant (ID %2). Check the ID number, or start a new intake.</source>
        <translation>办件%1属于其他申请人（证件号码%2），请核对证件号码，或重新发起受理。</translation>
    </message>
    <message>
        <source>The materials of case %1 were already received.</source>
        <translation>办件%1的材料已经接收。</translation>
    </message>
    <message>
        <source>Case %1 was checked against other guide versions; reopen it from its number to check it again.</source>
        <translation>办件%1是按其他版本的办事指南核验的，请通过办件编号重新打开后再核验。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The notice did not list %1. Holding the applicant to it is a second notice (二次告知): a supervisor must approve it with their login, password and a written reason.</source>
        <translation>一次性告知书未列明%1。要求申请人补正该材料属于二次告知，须由值班长输入账号、密码并填写书面理由批准。</translation>
    </message>
    <message>
        <source>A second notice needs a written reason from the supervisor.</source>
        <translation>二次告知须由值班长填写书面理由。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor can approve a second notice.</source>
        <translation>%1不是值班长，只有值班长可以批准二次告知。</translation>
    </message>
    <message>
        <source>No notice or acceptance was given within five working days of receipt (by %1): the application counts as accepted from %2 (Administrative Licensing Law, Art. 32).</source>
        <translation>收到申请材料后五个工作日内（%1前）既未一次性告知补正也未受理，自收到材料之日（%2）起即为受理（《行政许可法》第三十二条）。</translation>
    </message>
    <message>
        <source>"%1" is not a case number (like JNLX-20261123-T01-00042).</source>
        <translation>“%1”不是办件编号（格式如 JNLX-20261123-T01-00042）。</translation>
    </message>
    <message>
        <source>There is no document %1 in this store. Check the number printed under the QR code.</source>
        <translation>本地没有文书%1，请核对二维码下方印制的编号。</translation>
    </message>
    <message>
        <source>The cases could not be counted.</source>
        <translation>无法统计办件数量。</translation>
    </message>
    <message>
        <source>Enter the reason for this change.</source>
        <translation>请填写变更理由。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Accepted with deferral</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>A case that is "%1" cannot become "%2". Possible next: %3.</source>
        <translation>办件状态为“%1”，不能变更为“%2”。可变更为：%3。</translation>
    </message>
    <message>
        <source>The hall settings could not be saved.</source>
        <translation>大厅设置保存失败。</translation>
    </message>
    <message>
        <source>The hall code "%1" is not valid: use 2 to 12 capital letters or digits, as assigned by the administrator.</source>
        <translation>大厅编码“%1”无效：请使用管理员分配的2至12位大写字母或数字。</translation>
    </message>
    <message>
        <source>Enter the hall's name as printed on documents.</source>
        <translation>请填写大厅名称（将印在文书上）。</translation>
    </message>
    <message>
        <source>The terminal code "%1" is not valid: use 1 to 4 capital letters or digits (e.g. T01), unique in the hall.</source>
        <translation>终端编号“%1”无效：请使用1至4位大写字母或数字（如 T01），且在本大厅内不得重复。</translation>
    </message>
    <message>
        <source>The hall settings could not be read.</source>
        <translation>无法读取大厅设置。</translation>
    </message>
    <message>
        <source>This store already has cases numbered with hall %1 and terminal %2; the codes cannot change. Name, address and phone can.</source>
        <translation>本地已有按大厅编码%1、终端编号%2编号的办件，编码不能再更改；名称、地址和电话可以修改。</translation>
    </message>
    <message>
        <source>No case number could be taken; nothing was saved. Try again.</source>
        <translation>未能取得办件编号，未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>Terminal %1 wrote %2 events; events %3 to %2 are missing (deleted from the end of the log).</source>
        <translation>终端 %1 共写入 %2 条事件；第 %3 至 %2 条缺失（已从日志末尾删除）。</translation>
    </message>
    <message>
        <source>The case change %1 cannot be applied: %2</source>
        <translation>无法应用办件变更 %1：%2</translation>
    </message>
    <message>
        <source>the case exists already.</source>
        <translation>该办件已存在。</translation>
    </message>
    <message>
        <source>the case does not exist.</source>
        <translation>该办件不存在。</translation>
    </message>
    <message>
        <source>it belongs to another case.</source>
        <translation>它属于另一个办件。</translation>
    </message>
    <message>
        <source>it follows version %1 of the case, which is at version %2.</source>
        <translation>它基于办件第 %1 版，而办件当前为第 %2 版。</translation>
    </message>
    <message>
        <source>visit %1 follows visit %2.</source>
        <translation>第 %1 次到场紧接在第 %2 次到场之后，次序不符。</translation>
    </message>
    <message>
        <source>it changes a case that is "%1", but the case is "%2".</source>
        <translation>它变更的是状态为“%1”的办件，但该办件当前为“%2”。</translation>
    </message>
    <message>
        <source>it flags another applicant.</source>
        <translation>它标记的是另一位申请人。</translation>
    </message>
    <message>
        <source>A case change from the server could not be saved.</source>
        <translation>服务器发来的办件变更无法保存。</translation>
    </message>
    <message>
        <source>This terminal is registered with the central server as terminal %2 of hall %1; the codes cannot change. Name, address and phone can.</source>
        <translation>本终端已在中心服务器注册为大厅 %1 的终端 %2，代码不能更改；名称、地址和电话可以更改。</translation>
    </message>
    <message>
        <source>Case %1 is "%2": only an accepted case's time limit can be stopped.</source>
        <translation>办件 %1 的状态为“%2”：只有已受理办件的办理时限可以暂停。</translation>
    </message>
    <message>
        <source>Case %1 has no time limit that could be stopped.</source>
        <translation>办件 %1 没有可暂停的办理时限。</translation>
    </message>
    <message>
        <source>The time limit of case %1 is stopped already (since %2).</source>
        <translation>办件 %1 的办理时限已经暂停（自 %2 起）。</translation>
    </message>
    <message>
        <source>The time limit of case %1 cannot stop on %2: not before the acceptance or the end of the last stop.</source>
        <translation>办件 %1 的办理时限不能在 %2 暂停：不得早于受理日或上一次暂停的结束日。</translation>
    </message>
    <message>
        <source>Enter why the time limit stops (at most %1 characters): it is printed in the case's history.</source>
        <translation>请填写暂停办理时限的原因（最多 %1 个字）：该原因将记入办件记录。</translation>
    </message>
    <message>
        <source>The time limit of case %1 is not stopped.</source>
        <translation>办件 %1 的办理时限未暂停。</translation>
    </message>
    <message>
        <source>The time limit of case %1 cannot run again on %2, before it stopped (%3).</source>
        <translation>办件 %1 的办理时限不能在 %2 恢复计时，该日期早于暂停日（%3）。</translation>
    </message>
    <message>
        <source>A %1 cannot stop or restart a case's time limit.</source>
        <translation>%1无权暂停或恢复办件的办理时限。</translation>
    </message>
    <message>
        <source>The 容缺 cases falling due could not be read.</source>
        <translation>无法读取即将到期的容缺办件。</translation>
    </message>
    <message>
        <source>The 容缺 supplement was due by %1 and was not brought: the case ends and the applicant may not use 容缺 again.</source>
        <translation>容缺补正材料应于 %1 前补齐，逾期未补：办件终止，申请人不得再申请容缺受理。</translation>
    </message>
    <message>
        <source>Type a case number, the applicant's ID number or credit code, or a name.</source>
        <translation>请输入办件编号、申请人身份证号或统一社会信用代码，或姓名。</translation>
    </message>
    <message>
        <source>%1 is neither a valid resident ID (%2) nor a valid credit code (%3).</source>
        <translation>%1 既不是有效的居民身份证号（%2），也不是有效的统一社会信用代码（%3）。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>The cases could not be searched.</source>
        <translation>无法查找办件。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1：最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Case %1 is "%2": only an accepted case is sent to the deciding department.</source>
        <translation>办件 %1 的状态为“%2”：只有已受理的办件才能分转至审批部门。</translation>
    </message>
    <message>
        <source>Name the department the case is sent to.</source>
        <translation>请填写办件分转的部门。</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Case %1 cannot be sent on %2, before it was accepted.</source>
        <translation>办件 %1 不能在受理前（%2）分转。</translation>
    </message>
    <message>
        <source>The department's due day must be today or later.</source>
        <translation>部门办结期限不能早于今天。</translation>
    </message>
    <message>
        <source>The department's due day (%1) is after the case's own (%2): the applicant was promised %2.</source>
        <translation>部门办结期限（%1）晚于办件的办结期限（%2）：已向申请人承诺 %2 前办结。</translation>
    </message>
    <message>
        <source>The 容缺 materials of case %1 are still outstanding (due %2): record them before the decision.</source>
        <translation>办件 %1 的容缺材料尚未补齐（应于 %2 前补交）：请先登记补齐，再录入办理结果。</translation>
    </message>
    <message>
        <source>Case %1 is "%2": only an accepted case is decided.</source>
        <translation>办件 %1 的状态为“%2”：只有已受理的办件才能录入办理结果。</translation>
    </message>
    <message>
        <source>Enter the number of the certificate or licence.</source>
        <translation>请填写证照编号。</translation>
    </message>
    <message>
        <source>Enter the number of the decision.</source>
        <translation>请填写决定书文号。</translation>
    </message>
    <message>
        <source>The number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case %1 cannot be decided on %2, before it was accepted.</source>
        <translation>办件 %1 不能在受理前（%2）作出决定。</translation>
    </message>
    <message>
        <source>A refusal states its reason: it is printed on the decision with the applicant's rights.</source>
        <translation>不予许可须说明理由：理由与申请人的权利一并载入决定书。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Case %1 is "%2": only a decided case is handed out.</source>
        <translation>办件 %1 的状态为“%2”：只有已作出决定的办件才能出件。</translation>
    </message>
    <message>
        <source>Case %1 cannot be handed out on %2, before its decision.</source>
        <translation>办件 %1 不能在作出决定前（%2）出件。</translation>
    </message>
    <message>
        <source>Check the collector's ID before handing out.</source>
        <translation>出件前请核验领取人身份证件。</translation>
    </message>
    <message>
        <source>Enter the address the result is sent to.</source>
        <translation>请填写邮寄地址。</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Enter the express company.</source>
        <translation>请填写快递公司。</translation>
    </message>
    <message>
        <source>Enter the waybill number: 6 to 40 letters, digits or hyphens.</source>
        <translation>请填写快递单号：6 至 40 位字母、数字或连字符。</translation>
    </message>
    <message>
        <source>The collector's ID %1 is not valid: %2</source>
        <translation>领取人证件号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>The ID %1 is not that of the %2 of case %3: the result is not handed out.</source>
        <translation>证件号码 %1 与办件 %3 的%2不符：不予出件。</translation>
    </message>
    <message>
        <source>The applicant of case %1 is an organisation: its result is collected by an agent whose authorisation covers collecting.</source>
        <translation>办件 %1 的申请人为单位：须由授权范围含领取的代理人领取。</translation>
    </message>
    <message>
        <source>Case %1 has no agent: only the applicant collects.</source>
        <translation>办件 %1 没有代理人：只能由申请人本人领取。</translation>
    </message>
    <message>
        <source>The authorisation of %1 (%2) does not cover collecting the result: the applicant collects, or brings an authorisation that does.</source>
        <translation>%1 的授权（%2）不含领取办理结果：请申请人本人领取，或出具含领取事项的授权委托书。</translation>
    </message>
    <message>
        <source>A %1 does not route, decide or hand out cases at the window.</source>
        <translation>%1不能在窗口分转、录入办理结果或出件。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>准予许可</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>A case that is "%1" cannot become "%2": the case is finished.</source>
        <translation>办件状态为“%1”，不能变更为“%2”：该办件已经办结。</translation>
    </message>
    <message>
        <source>Collected at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>Sent by express mail</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>not brought</source>
        <translation>未补齐</translation>
    </message>
    <message>
        <source>Materials received for %1 (visit 1)</source>
        <translation>收件：%1（第 1 次跑动）</translation>
    </message>
    <message>
        <source>The applicant came again (visit %1)</source>
        <translation>申请人再次到窗口（第 %1 次跑动）</translation>
    </message>
    <message numerus="yes">
        <source>Materials checked: %n deficiency(ies)</source>
        <translation><numerusform>材料核验：%n 处问题</numerusform></translation>
    </message>
    <message>
        <source>The deferred materials checked in</source>
        <translation>容缺材料补齐核验</translation>
    </message>
    <message>
        <source>Second notice approved by %1: %2</source>
        <translation>二次告知经 %1 批准：%2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>Applicant flagged: a 容缺 commitment was not kept</source>
        <translation>申请人承诺失信：容缺承诺未履行</translation>
    </message>
    <message>
        <source>Sync conflict settled: the change made again</source>
        <translation>同步冲突已处理：按当前状态重新执行</translation>
    </message>
    <message>
        <source>Sync conflict settled: the change discarded — %1</source>
        <translation>同步冲突已处理：变更作废 — %1</translation>
    </message>
    <message>
        <source>Time limit stopped on %1 (%2): %3</source>
        <translation>%1 暂停计时（%2）：%3</translation>
    </message>
    <message>
        <source>Time limit runs again from %1</source>
        <translation>%1 起恢复计时</translation>
    </message>
    <message>
        <source>Sent to %1, due there by %2</source>
        <translation>分转至%1，部门办结期限 %2</translation>
    </message>
    <message>
        <source>Approved, certificate %1</source>
        <translation>准予许可，证照编号 %1</translation>
    </message>
    <message>
        <source>Refused (decision %1): %2</source>
        <translation>不予许可（决定书 %1）：%2</translation>
    </message>
    <message>
        <source>Handed out at the window to %1 %2 (%3)</source>
        <translation>窗口出件，领取人：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Sent by %1, waybill %2</source>
        <translation>由%1邮寄送达，单号 %2</translation>
    </message>
    <message>
        <source>a 差评 and only a 差评 has a follow-up due day.</source>
        <translation>只有差评才有整改期限。</translation>
    </message>
    <message>
        <source>the case has no agent.</source>
        <translation>该办件没有代办人。</translation>
    </message>
    <message>
        <source>A %1 does not record ratings or their follow-up.</source>
        <translation>%1不能录入评价或差评整改。</translation>
    </message>
    <message>
        <source>An appeal is decided by a supervisor, not recorded as a follow-up step.</source>
        <translation>申诉由值班长裁定，不作为整改步骤录入。</translation>
    </message>
    <message>
        <source>Only a supervisor decides an appeal against a rating (a %1 may not).</source>
        <translation>只有值班长可以裁定对评价的申诉（%1不可以）。</translation>
    </message>
    <message>
        <source>A %1 may not see full ID numbers.</source>
        <translation>%1不能查看完整证件号码。</translation>
    </message>
    <message>
        <source>Say why the full ID number is needed: the reason is kept with the case.</source>
        <translation>请说明为何需要查看完整证件号码：原因将随办件留存。</translation>
    </message>
    <message>
        <source>Case %1 has no agent.</source>
        <translation>办件 %1 没有代办人。</translation>
    </message>
    <message>
        <source>Visit %1 rated: %2</source>
        <translation>第 %1 次来访评价：%2</translation>
    </message>
    <message>
        <source>(follow-up due by %1)</source>
        <translation>（整改期限 %1）</translation>
    </message>
    <message>
        <source>Rating of visit %1, %2: %3</source>
        <translation>第 %1 次来访评价，%2：%3</translation>
    </message>
    <message>
        <source>(satisfied: closed)</source>
        <translation>（满意，办结）</translation>
    </message>
    <message>
        <source>(not satisfied)</source>
        <translation>（仍不满意）</translation>
    </message>
    <message>
        <source>Appeal against the rating of visit %1 upheld: %2</source>
        <translation>对第 %1 次来访评价的申诉成立：%2</translation>
    </message>
    <message>
        <source>Appeal against the rating of visit %1 refused: %2</source>
        <translation>对第 %1 次来访评价的申诉不成立：%2</translation>
    </message>
    <message>
        <source>The agent's full ID number shown: %1</source>
        <translation>已查看代办人完整证件号码：%1</translation>
    </message>
    <message>
        <source>The applicant's full ID number shown: %1</source>
        <translation>已查看申请人完整证件号码：%1</translation>
    </message>
    <message>
        <source>A %1 does not record this step of a 代办.</source>
        <translation>%1不能录入代办的这一步。</translation>
    </message>
    <message>
        <source>%1 (%2) is not an agent.</source>
        <translation>%1（%2）不是代办员。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Case %1 is not carried by you (%2).</source>
        <translation>办件 %1 不是由您（%2）代办的。</translation>
    </message>
    <message>
        <source>代办: carried by %1 for the applicant, committed by %2</source>
        <translation>代办：由 %1 为申请人代办，承诺 %2 前办结</translation>
    </message>
    <message numerus="yes">
        <source>Materials handed from %1 to %2: %n copy(ies)</source>
        <translation><numerusform>材料由 %1 交给 %2：共 %n 份</numerusform></translation>
    </message>
    <message>
        <source>代办 at %1: %2</source>
        <translation>代办（%1）：%2</translation>
    </message>
    <message>
        <source>代办 given to %1: %2</source>
        <translation>代办改由 %1 负责：%2</translation>
    </message>
    <message>
        <source>代办 ended: %1</source>
        <translation>代办办结：%1</translation>
    </message>
    <message>
        <source>A %1 does not issue this document.</source>
        <translation>%1不能出具此文书。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Zero trips (零跑腿)</source>
        <translation>零跑腿</translation>
    </message>
    <message>
        <source>One trip at most (只跑一次)</source>
        <translation>只跑一次</translation>
    </message>
    <message>
        <source>We run for you (你不用跑我来跑)</source>
        <translation>你不用跑我来跑</translation>
    </message>
    <message>
        <source>On the spot (即办件)</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Within the promised limit (承诺件)</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Joint handling (联办件)</source>
        <translation>联办件</translation>
    </message>
    <message>
        <source>Pickup at the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>Express mail</source>
        <translation>快递送达</translation>
    </message>
    <message>
        <source>Electronic licence / download</source>
        <translation>电子证照/网上下载</translation>
    </message>
    <message>
        <source>Published value</source>
        <translation>官方公布</translation>
    </message>
    <message>
        <source>Partly reconstructed</source>
        <translation>部分重建</translation>
    </message>
    <message>
        <source>Reconstructed, for testing</source>
        <translation>重建数据，仅供测试</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或复印件</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>纸质或电子</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Required in some situations</source>
        <translation>情形必要</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>非必要</translation>
    </message>
    <message>
        <source>Prepared by the applicant</source>
        <translation>申请人自备</translation>
    </message>
    <message>
        <source>Issued by a government department</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <source>Issued by an intermediary</source>
        <translation>中介机构出具</translation>
    </message>
    <message>
        <source>Obtained by data sharing</source>
        <translation>数据共享（免提交）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CatalogBrowserWidget</name>
    <message>
        <source>Search: name, code, pinyin (gtgs) or material — Ctrl+F</source>
        <translation>搜索：事项名称、编码、拼音（如 gtgs）或材料名称 — Ctrl+F</translation>
    </message>
    <message>
        <source>Only items of this department</source>
        <translation>只显示该部门的事项</translation>
    </message>
    <message>
        <source>Only items with this handling form</source>
        <translation>只显示该办理形式的事项</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>办事指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Situations</source>
        <translation>情形(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>Item %1 is neither in this file nor in the store.</source>
        <translation>事项 %1 既不在本文件中，也不在本地库中。</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Required: fill in this field.</source>
        <translation>必填项：请填写此字段。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>应为%1，实际为%2。</translation>
    </message>
    <message>
        <source>Unknown value "%1". Expected one of: %2.</source>
        <translation>无法识别的取值“%1”。可用的取值：%2。</translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 are allowed.</source>
        <translation>长度为 %1 个字符，最多允许 %2 个字符。</translation>
    </message>
    <message>
        <source>"%1" contains a space or a control character; codes and ids must not.</source>
        <translation>“%1”含有空格或控制字符；编码和标识中不能有这些字符。</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>整数或 null</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 不是整数。</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a whole number from %2 to %3.</source>
        <translation>%1 超出范围：应为 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Entries of this list must not be empty.</source>
        <translation>列表中的各项不能为空。</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>Unknown field "%1". Check the spelling; the fields allowed here are: %2.</source>
        <translation>无法识别的字段“%1”，请检查拼写。此处允许的字段有：%2。</translation>
    </message>
    <message>
        <source>Expected "%1", found "%2": this is not a OneTrip catalog file.</source>
        <translation>应为“%1”，实际为“%2”：这不是一次办成的事项目录文件。</translation>
    </message>
    <message>
        <source>Format version %1 is not supported: this program reads version %2. Use a newer OneTrip, or export the catalog again in version %2.</source>
        <translation>不支持格式版本 %1：本程序读取第 %2 版。请升级一次办成，或按第 %2 版格式重新导出目录。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object ({ ... }) with "format", "items" and "bundles".</source>
        <translation>文件必须是一个 JSON 对象（{ ... }），包含 "format"、"items" 和 "bundles"。</translation>
    </message>
    <message>
        <source>The file contains no items and no bundles.</source>
        <translation>文件中没有任何事项或一件事。</translation>
    </message>
    <message>
        <source>The code "%1" is already used by %2; every item and bundle needs its own code.</source>
        <translation>编码“%1”已被 %2 使用；每个事项和一件事都必须有自己的编码。</translation>
    </message>
    <message>
        <source>"%1" is a bundle; a bundle can only contain items.</source>
        <translation>“%1”是一件事；一件事中只能包含事项。</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2. Check the path and the file's permissions.</source>
        <translation>无法读取“%1”：%2。请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>The id "%1" is already used by %2; ids must be unique here.</source>
        <translation>标识“%1”已被 %2 使用；此处的标识不能重复。</translation>
    </message>
    <message>
        <source>A situation needs at least 2 options to choose from; found %1.</source>
        <translation>一个情形至少需要 2 个可选答案，现有 %1 个。</translation>
    </message>
    <message>
        <source>"%1" is not one of this situation's options (%2).</source>
        <translation>“%1”不是该情形的可选答案（可选：%2）。</translation>
    </message>
    <message>
        <source>List at least one option of the situation for which the material applies.</source>
        <translation>请至少列出一个需要提交该材料的情形答案。</translation>
    </message>
    <message>
        <source>The situation "%1" is named twice; list all its options in one condition.</source>
        <translation>情形“%1”出现了两次；请把它的答案写在同一个条件中。</translation>
    </message>
    <message>
        <source>This guide has no situation "%1".</source>
        <translation>本办事指南中没有情形“%1”。</translation>
    </message>
    <message>
        <source>The situation "%1" has no option "%2".</source>
        <translation>情形“%1”没有答案“%2”。</translation>
    </message>
    <message>
        <source>Only a secondary material ("main": false) may be deferrable.</source>
        <translation>只有次要材料（"main": false）才能容缺。</translation>
    </message>
    <message>
        <source>A situational material needs "appliesWhen": the situation answers for which it is required.</source>
        <translation>情形必要的材料须填写 "appliesWhen"，写明在哪些情形答案下需要提交。</translation>
    </message>
    <message>
        <source>"appliesWhen" is only allowed when "requirement" is "situational".</source>
        <translation>只有 "requirement" 为 "situational"（情形必要）时才能填写 "appliesWhen"。</translation>
    </message>
    <message>
        <source>An alias must differ from the item's own code.</source>
        <translation>别名编码不能与事项本身的编码相同。</translation>
    </message>
    <message>
        <source>A bundle needs at least 2 items; found %1.</source>
        <translation>一件事至少要包含 2 个事项，现有 %1 个。</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Reading or writing the catalog in the store failed.</source>
        <translation>读写本地库中的事项目录失败。</translation>
    </message>
    <message>
        <source>Bundle %1 names item %2, which is neither in the file nor in the store. Nothing was imported.</source>
        <translation>“一件事” %1 包含的事项 %2 既不在文件中也不在本地库中。未导入任何内容。</translation>
    </message>
    <message>
        <source>Version %2 of the guide for item %1 is not in the store.</source>
        <translation>本地库中没有事项 %1 的第 %2 版办事指南。</translation>
    </message>
    <message>
        <source>Item %1 is not in the catalog.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
    <message>
        <source>The stored guide for item %1 cannot be read.</source>
        <translation>无法读取本地库中事项 %1 的办事指南。</translation>
    </message>
    <message>
        <source>The stored bundle %1 cannot be read.</source>
        <translation>无法读取本地库中的“一件事” %1。</translation>
    </message>
    <message>
        <source>Bundle %1 is not in the catalog.</source>
        <translation>事项目录中没有“一件事” %1。</translation>
    </message>
    <message>
        <source>One-thing bundle</source>
        <translation>一件事</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Defect</source>
        <translation>问题(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ComplaintFollowUpDialog</name>
    <message>
        <source>差评 follow-up</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>所做工作(&amp;W)：</translation>
    </message>
    <message>
        <source>Who was contacted and what they said; what was put right</source>
        <translation>联系了谁、对方怎么说；整改了什么</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Changes made at this terminal that the central server refused, or that another window overtook. They are kept in the case history and left out of the case until you settle them: make them again on the case as it now stands, or discard them with a reason. Both are recorded on the case.</source>
        <translation>本终端所做、被中心服务器拒绝或被其他窗口抢先的变更。它们保留在办件历史中，但在处理之前不计入办件：可在办件当前状态上重新执行，或写明理由后舍弃。两种处理都会记入办件。</translation>
    </message>
    <message>
        <source>No open conflicts: every change of this terminal reached the server.</source>
        <translation>没有待处理的冲突：本终端的每项变更都已到达服务器。</translation>
    </message>
    <message>
        <source>Reason for discarding:</source>
        <translation>舍弃理由：</translation>
    </message>
    <message>
        <source>Make again on the case as it stands</source>
        <translation>在当前状态上重新执行</translation>
    </message>
    <message>
        <source>Discard with the reason</source>
        <translation>按理由舍弃</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to the central server</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <source>This terminal works on its own. Connected, it sends every case saved here to the hall's central server and receives the cases of the other windows; it keeps working when the network is down. The cases and numbers already here are kept and sent. Ask the hall's administrator for the server's address and, for a server with its own certificate, the CA file or the certificate fingerprint.</source>
        <translation>本终端目前单机工作。连接后，在此保存的每个办件都会发送到大厅的中心服务器，并接收其他窗口的办件；网络中断时仍可照常工作。本机已有的办件和编号保持不变并一并发送。服务器地址请向大厅管理员索取；服务器使用自有证书时，还需 CA 文件或证书指纹。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>https://sync.example.gov.cn</source>
        <translation>https://sync.example.gov.cn</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>optional: a PEM file, when the server's certificate is the hall's own</source>
        <translation>可选：服务器使用大厅自有证书时的 PEM 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>证书指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>optional: SHA-256, 64 hexadecimal digits</source>
        <translation>可选：SHA-256，64 位十六进制数字</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>服务器密码(&amp;P)：</translation>
    </message>
    <message>
        <source>your password on the central server</source>
        <translation>您在中心服务器上的密码</translation>
    </message>
</context>
<context>
    <name>ConsultationLog</name>
    <message>
        <source>Counting the consultation in the store failed.</source>
        <translation>无法在本地库中记录本次咨询。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; %1 were entered. Check for a missing or extra character.</source>
        <translation>统一社会信用代码应为18位，实际输入了 %1 位。请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>Character %1 is a lower-case letter. Type the credit code in capital letters.</source>
        <translation>第 %1 位是小写字母。请用大写字母输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>Character %1 (%2) cannot appear in a credit code: only digits and capital letters other than I, O, S, V and Z are used.</source>
        <translation>第 %1 位（%2）不能出现在统一社会信用代码中：代码只使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and must be digits, but character %1 is not.</source>
        <translation>统一社会信用代码第3至8位是登记管理机关行政区划码，应为数字，但第 %1 位不是数字。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: for these first 17 characters it must be %1. The code was probably mistyped.</source>
        <translation>校验码（最后一位）不符：按前17位计算应为 %1。代码可能输错了。</translation>
    </message>
    <message>
        <source>Characters 9 to 17 (the organisation code) do not check: character 17 must be %1. The code was probably mistyped.</source>
        <translation>第9至17位（主体标识码/组织机构代码）校验不通过：第17位应为 %1。代码可能输错了。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>本地库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the store %1. Check that the folder exists and is writable.</source>
        <translation>无法打开本地库 %1。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Install the newer version.</source>
        <translation>本地库 %1 由更新版本的 OneTrip 写入（结构版本 %2，本程序最高支持 %3）。请安装新版本。</translation>
    </message>
    <message>
        <source>The file %1 is not a OneTrip store or is damaged.</source>
        <translation>文件 %1 不是 OneTrip 本地库，或已损坏。</translation>
    </message>
    <message>
        <source>Cannot switch the store to WAL mode.</source>
        <translation>无法将本地库切换到 WAL 模式。</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>无法执行完整性检查。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>The backup to %1 failed. Check the free space and that the folder is writable.</source>
        <translation>备份到 %1 失败。请检查剩余空间以及文件夹是否可写。</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>数据库操作失败。</translation>
    </message>
    <message>
        <source>The store is busy or read-only; the change was not saved. Try again.</source>
        <translation>本地库忙或只读，本次修改未保存。请重试。</translation>
    </message>
    <message>
        <source>Saving failed; nothing was changed. Try again.</source>
        <translation>保存失败，数据未作任何改动。请重试。</translation>
    </message>
    <message>
        <source>The store's schema version cannot be read; the file may be damaged.</source>
        <translation>无法读取本地库的结构版本，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Install the newer version; the store was not changed.</source>
        <translation>本地库 %1 由更新版本的 OneTrip 写入（结构版本 %2，本程序最高支持 %3）。请安装新版本；本地库未作改动。</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed; it was left at schema %2.</source>
        <translation>本地库升级到结构版本 %1 失败，仍保持在结构版本 %2。</translation>
    </message>
    <message>
        <source>The store file %1 is damaged (or is not a OneTrip store) and cannot be used. Nothing was changed. To put your latest backup back, close OneTrip on this computer and run:
onetripctl --store "%1" db restore BACKUP
where BACKUP is a file written by onetripctl db backup. The command keeps the damaged file beside the store (see "Backup and restore" in docs/storage.md).</source>
        <translation>本地库文件 %1 已损坏（或不是 OneTrip 本地库），无法使用。未作任何更改。要恢复最近的备份，请先关闭本机的 OneTrip，然后运行：
onetripctl --store "%1" db restore BACKUP
其中 BACKUP 是用 onetripctl db backup 生成的备份文件。该命令会把损坏的文件保留在本地库旁边（见 docs/storage.md 中的“Backup and restore（备份与恢复）”）。</translation>
    </message>
    <message>
        <source>A setting could not be read.</source>
        <translation>无法读取设置。</translation>
    </message>
    <message>
        <source>A setting could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>检疫</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Correction after acceptance</source>
        <translation>受理后补正</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>The warning window must be 0 to 30 working days, not %1.</source>
        <translation>预警期须为 0 至 30 个工作日，不能是 %1。</translation>
    </message>
    <message>
        <source>The warning share must be 0 to 100 percent of the limit, not %1.</source>
        <translation>预警比例须为时限的 0 至 100%，不能是 %1。</translation>
    </message>
    <message>
        <source>The deadline warning settings could not be read.</source>
        <translation>无法读取时限预警设置。</translation>
    </message>
    <message>
        <source>The deadline warning settings could not be saved.</source>
        <translation>无法保存时限预警设置。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision</source>
        <translation>录入办理结果</translation>
    </message>
    <message>
        <source>&amp;Approved (准予)</source>
        <translation>准予许可(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refused (不予许可)</source>
        <translation>不予许可(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The shipped working-day calendar %1 cannot be read: %2</source>
        <translation>无法读取随软件提供的工作日历 %1：%2</translation>
    </message>
    <message>
        <source>The shipped catalog %1 has problems; the demo cannot start. The first: %2</source>
        <translation>随软件提供的事项目录 %1 有错误，演示无法启动。第一处：%2</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Cases in progress by light</source>
        <translation>办理中办件红黄牌</translation>
    </message>
    <message>
        <source>Falling due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>工作清单</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document template %1 is missing. Reinstall OneTrip or report this to the administrator.</source>
        <translation>缺少文书模板 %1。请重新安装 OneTrip，或报告系统管理员。</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Deferral acceptance notice and commitment</source>
        <translation>容缺受理通知书及承诺书</translation>
    </message>
    <message>
        <source>Commitment in lieu of certificates</source>
        <translation>告知承诺书</translation>
    </message>
    <message>
        <source>Decline notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Material receipt</source>
        <translation>材料接收清单</translation>
    </message>
    <message>
        <source>Consultation material list</source>
        <translation>办事材料清单（咨询）</translation>
    </message>
    <message>
        <source>Hand-out receipt</source>
        <translation>出件签收单</translation>
    </message>
    <message>
        <source>Withdrawal confirmation</source>
        <translation>撤回申请确认书</translation>
    </message>
    <message>
        <source>Termination notice</source>
        <translation>终止办理通知书</translation>
    </message>
    <message>
        <source>Proxy authorisation</source>
        <translation>代办委托书</translation>
    </message>
    <message>
        <source>Handover slip</source>
        <translation>材料交接单</translation>
    </message>
    <message>
        <source>Proxy completion report</source>
        <translation>代办办结单</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Pre&amp;view (F5)</source>
        <translation>预览(&amp;V) (F5)</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>另存为 PDF (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>handling form</source>
        <translation>办理形式</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>legal time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>situations</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Source: published service guide.</source>
        <translation>来源：已公布的办事指南。</translation>
    </message>
    <message>
        <source>Partly reconstructed: some values were rebuilt from the law for testing, not read from an official guide.</source>
        <translation>部分重建：部分内容依据法律法规重建，仅供测试，并非取自官方办事指南。</translation>
    </message>
    <message>
        <source>Reconstructed for testing: this is not an official service guide.</source>
        <translation>测试用重建数据：本指南并非官方办事指南。</translation>
    </message>
    <message>
        <source>Reconstructed values: %1.</source>
        <translation>重建的内容：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>资料来源：%1</translation>
    </message>
    <message>
        <source>when %1</source>
        <translation>适用情形：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>是否必要</translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation>要件类别</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>可容缺</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>材料来源</translation>
    </message>
    <message>
        <source>(reconstructed)</source>
        <translation>（重建）</translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Needed for: %1</source>
        <translation>所需事项：%1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主审要件</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>次要材料</translation>
    </message>
    <message>
        <source>Defer: may be brought later under a signed commitment (容缺). Pledge: a signed commitment may replace it (告知承诺). Shared: the government obtains it by data sharing; it is not asked for (免提交).</source>
        <translation>可容缺：申请人签署容缺受理承诺书后，可在规定期限内补交。告知承诺：可由申请人签署告知承诺书代替该材料。免提交：由政府部门通过数据共享或电子证照获取，无需申请人提交。</translation>
    </message>
    <message>
        <source>(usual answer)</source>
        <translation>（常见情形）</translation>
    </message>
    <message>
        <source>also requires: %1</source>
        <translation>需另交：%1</translation>
    </message>
    <message>
        <source>This catalog entry has no published guide yet: its materials are not in the catalog. Ask the department before accepting an application.</source>
        <translation>该事项暂无已公布的办事指南，目录中没有其申请材料清单。受理前请先向主管部门确认。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Item code: %1</source>
        <translation>事项编码：%1</translation>
    </message>
    <message>
        <source>Guide version %1</source>
        <translation>指南版本：第%1版</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Handling form</source>
        <translation>办理形式</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Delivery of the result</source>
        <translation>结果送达方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>其他编码</translation>
    </message>
    <message>
        <source>Application materials (%1)</source>
        <translation>申请材料（%1项）</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Bundle (一件事) · code %1</source>
        <translation>一件事 · 编码 %1</translation>
    </message>
    <message>
        <source>Items in this bundle (%1)</source>
        <translation>包含事项（%1项）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Application materials, each asked for once (%1)</source>
        <translation>申请材料（共%1项，共用材料只需提交一次）</translation>
    </message>
    <message>
        <source>Situations: %1</source>
        <translation>情形：%1</translation>
    </message>
</context>
<context>
    <name>HallSetupDialog</name>
    <message>
        <source>Hall and terminal</source>
        <translation>大厅与终端</translation>
    </message>
    <message>
        <source>Set up this terminal once. The hall's name, address and phone are printed on every document; the hall code and this terminal's code make up the case numbers (e.g. JNLX-20261123-T01-00042), which stay unique without a network. Ask your supervisor for both codes.</source>
        <translation>本终端首次使用前需设置一次。大厅名称、地址和电话印在每份文书上；大厅编码和本终端编码组成办件编号（如 JNLX-20261123-T01-00042），断网时也不会重复。两个编码请向窗口负责人索取。</translation>
    </message>
    <message>
        <source>Hall &amp;code:</source>
        <translation>大厅编码(&amp;C)：</translation>
    </message>
    <message>
        <source>2–12 capital letters or digits, e.g. JNLX</source>
        <translation>2–12 位大写字母或数字，如 JNLX</translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation>大厅名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>This &amp;terminal's code:</source>
        <translation>本终端编码(&amp;T)：</translation>
    </message>
    <message>
        <source>1–4 capital letters or digits, e.g. T01</source>
        <translation>1–4 位大写字母或数字，如 T01</translation>
    </message>
    <message>
        <source>Demo: a sample hall is filled in. Press Enter to use it, or type this hall's real codes and details.</source>
        <translation>演示：已填入一个示例大厅。按回车键即可使用，或填写本大厅的真实代码和信息。</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>Hand out the result</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>Collected at the &amp;window</source>
        <translation>窗口领取(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Collector:</source>
        <translation>领取人(&amp;C)：</translation>
    </message>
    <message>
        <source>Their &amp;ID number:</source>
        <translation>领取人证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>type or scan the ID card they show</source>
        <translation>输入或扫描领取人出示的身份证</translation>
    </message>
    <message>
        <source>Sent by &amp;express mail</source>
        <translation>邮寄送达(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>邮寄地址(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>快递公司(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Waybill number:</source>
        <translation>快递单号(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over materials (材料交接单)</source>
        <translation>材料交接（材料交接单）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>交出方：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接收方(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department window:</source>
        <translation>部门窗口(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. originals checked and returned</source>
        <translation>如：原件核对后退回</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>&amp;Add a material</source>
        <translation>添加材料(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The server could not open a network socket.</source>
        <translation>服务器无法打开网络套接字。</translation>
    </message>
    <message>
        <source>The address %1 is already in use: another program, or another copy of the server, is listening there.</source>
        <translation>地址 %1 已被占用：另一个程序或另一份服务器正在该地址监听。</translation>
    </message>
    <message>
        <source>The address %1 does not belong to this machine.</source>
        <translation>地址 %1 不属于本机。</translation>
    </message>
    <message>
        <source>Listening on %1 needs more privileges; use a port above 1023.</source>
        <translation>在 %1 上监听需要更高权限；请使用 1023 以上的端口。</translation>
    </message>
    <message>
        <source>The server could not listen on %1.</source>
        <translation>服务器无法在 %1 上监听。</translation>
    </message>
    <message>
        <source>The server is already running.</source>
        <translation>服务器已在运行。</translation>
    </message>
    <message>
        <source>The listening address "%1" is not an IPv4 or IPv6 address.</source>
        <translation>监听地址“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key.</source>
        <translation>HTTPS 需要同时提供证书及其私钥。</translation>
    </message>
    <message>
        <source>The server options are out of range.</source>
        <translation>服务器选项超出允许范围。</translation>
    </message>
    <message>
        <source>The HTTPS server could not start: check that the certificate and key are valid PEM and belong together.</source>
        <translation>HTTPS 服务无法启动：请检查证书和私钥是否为有效的 PEM 文件且相互匹配。</translation>
    </message>
    <message>
        <source>The HTTP server could not start.</source>
        <translation>HTTP 服务无法启动。</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>resident ID</source>
        <translation>居民身份号码</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Obtained by data sharing</source>
        <translation>免提交（数据共享）</translation>
    </message>
    <message>
        <source>Replaced by commitment</source>
        <translation>告知承诺替代</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>有瑕疵</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Unsigned or unsealed</source>
        <translation>未签字或未盖章</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不清晰</translation>
    </message>
    <message>
        <source>Wrong form</source>
        <translation>形式不符</translation>
    </message>
    <message>
        <source>Not enough copies</source>
        <translation>份数不足</translation>
    </message>
    <message>
        <source>Data mismatch</source>
        <translation>信息不一致</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Accept with deferral</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>One-time correction notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>A decline needs the reason and where the applicant should go instead (the competent organ or channel).</source>
        <translation>不予受理须写明理由，并告知申请人应向哪个有权机关或通过何种渠道办理。</translation>
    </message>
    <message>
        <source>A decline needs the reason for declining.</source>
        <translation>不予受理须写明理由。</translation>
    </message>
    <message>
        <source>A decline needs where the applicant should go instead (the competent organ or channel).</source>
        <translation>不予受理须告知申请人应向哪个有权机关或通过何种渠道办理。</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving it, or bring an administrative lawsuit before a people's court within 6 months.</source>
        <translation>如不服本决定，可自收到本通知书之日起60日内依法申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation>办理指引：%1</translation>
    </message>
    <message>
        <source>Bring this material.</source>
        <translation>请补交此材料。</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>已过有效期。</translation>
    </message>
    <message>
        <source>Not signed or not sealed.</source>
        <translation>未签字或未盖章。</translation>
    </message>
    <message>
        <source>Unclear or illegible.</source>
        <translation>内容不清晰或无法辨认。</translation>
    </message>
    <message>
        <source>Not in the required form.</source>
        <translation>材料形式不符合要求。</translation>
    </message>
    <message>
        <source>Not enough copies.</source>
        <translation>份数不足。</translation>
    </message>
    <message>
        <source>Does not match the application or the other materials.</source>
        <translation>与申请内容或其他材料信息不一致。</translation>
    </message>
    <message>
        <source>Defective.</source>
        <translation>材料有瑕疵。</translation>
    </message>
    <message>
        <source>Bring one that is still valid.</source>
        <translation>请提交在有效期内的材料。</translation>
    </message>
    <message>
        <source>Have it signed, and sealed where required.</source>
        <translation>请签字，需盖章的加盖公章。</translation>
    </message>
    <message>
        <source>Bring a clear, legible one.</source>
        <translation>请提交清晰可辨的材料。</translation>
    </message>
    <message>
        <source>Bring it as required: %1, %2.</source>
        <translation>请按要求提交：%1，%2。</translation>
    </message>
    <message>
        <source>Bring %1 copies in all.</source>
        <translation>请共提交 %1 份。</translation>
    </message>
    <message>
        <source>Correct it so that it matches the application and the other materials.</source>
        <translation>请更正，使其与申请内容及其他材料一致。</translation>
    </message>
    <message>
        <source>Correct it as noted.</source>
        <translation>请按备注要求更正。</translation>
    </message>
    <message>
        <source>Not enough copies: %1 received, %2 required.</source>
        <translation>份数不足：已收 %1 份，应交 %2 份。</translation>
    </message>
    <message numerus="yes">
        <source>Bring %n more copies.</source>
        <translation><numerusform>请再补交 %n 份。</numerusform></translation>
    </message>
    <message>
        <source>The guide does not list this material as obtainable by data sharing; the applicant must provide it.</source>
        <translation>办事指南未将此材料列为可通过数据共享获取，须由申请人提交。</translation>
    </message>
    <message>
        <source>The guide does not allow a commitment in place of this material.</source>
        <translation>办事指南不允许以告知承诺代替此材料。</translation>
    </message>
    <message>
        <source>This material is required and cannot be marked not applicable; if the applicant's situation differs, change the situation answers.</source>
        <translation>此材料为必要材料，不能标为不适用；如申请人情形不同，请修改情形选项。</translation>
    </message>
    <message>
        <source>Not provided.</source>
        <translation>未提交。</translation>
    </message>
    <message>
        <source>A main material (主审要件) cannot be deferred.</source>
        <translation>主审要件不能容缺后补。</translation>
    </message>
    <message>
        <source>The guide does not allow deferring this material (容缺).</source>
        <translation>办事指南不允许此材料容缺后补。</translation>
    </message>
    <message>
        <source>Not provided; the guide allows it to be brought later under a signed commitment (容缺).</source>
        <translation>未提交；按办事指南可在签署承诺书后容缺后补。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No deferral (容缺): main materials are not complete: %1.</source>
        <translation>不能容缺受理：主审要件不齐全：%1。</translation>
    </message>
    <message>
        <source>No deferral (容缺): the guide does not allow deferring %1.</source>
        <translation>不能容缺受理：办事指南不允许容缺后补：%1。</translation>
    </message>
    <message>
        <source>No deferral (容缺): %1 is an on-the-spot item (即办件).</source>
        <translation>不能容缺受理：%1 为即办件。</translation>
    </message>
    <message>
        <source>No deferral (容缺): the applicant is flagged for a past false commitment.</source>
        <translation>不能容缺受理：申请人有虚假承诺记录。</translation>
    </message>
    <message>
        <source>No deferral (容缺): the applicant has not signed the commitment.</source>
        <translation>不能容缺受理：申请人尚未签署承诺书。</translation>
    </message>
    <message>
        <source>No deferral (容缺): no time limit is published, so no supplement period can be set.</source>
        <translation>不能容缺受理：未公布办理时限，无法确定补正期限。</translation>
    </message>
    <message>
        <source>No deferral (容缺): the time limit is 0 working days (done on the spot), so no supplement period can be set.</source>
        <translation>不能容缺受理：办理时限为0个工作日（当场办结），无法设定补正期限。</translation>
    </message>
    <message numerus="yes">
        <source>No deferral (容缺): set a supplement period of 1 to %n working days.</source>
        <translation><numerusform>不能容缺受理：请设定1至%n个工作日的补正期限。</numerusform></translation>
    </message>
    <message>
        <source>No deferral (容缺): the supplement period of %1 working days exceeds the time limit of %2 working days.</source>
        <translation>不能容缺受理：补正期限%1个工作日超过办理时限%2个工作日。</translation>
    </message>
    <message>
        <source>The check of %1 was ignored: no such material applies to this application.</source>
        <translation>已忽略对 %1 的核验：本次申请不适用该材料。</translation>
    </message>
    <message>
        <source>%1 was checked twice; the last check counts.</source>
        <translation>%1 核验了两次，以最后一次为准。</translation>
    </message>
    <message numerus="yes">
        <source>The check is not finished: %n material(s) not checked yet.</source>
        <translation><numerusform>核验尚未完成：还有 %n 项材料未核验。</numerusform></translation>
    </message>
    <message>
        <source>Say what is wrong with "%1" (defect).</source>
        <translation>请选择“%1”存在的问题（瑕疵类型）。</translation>
    </message>
    <message>
        <source>Write in the note what is wrong with "%1".</source>
        <translation>请在备注中写明“%1”存在的问题。</translation>
    </message>
    <message>
        <source>The check found deficiencies.</source>
        <translation>核验发现材料存在问题。</translation>
    </message>
    <message>
        <source>"%1" is not possible for this intake.</source>
        <translation>本次收件不能选择“%1”。</translation>
    </message>
</context>
<context>
    <name>IntakeJson</name>
    <message>
        <source>Expected "latest" or a guide version number (1, 2, ...).</source>
        <translation>应为 "latest" 或办事指南版本号（1、2……）。</translation>
    </message>
    <message>
        <source>A bundle pins each item's guide: give an object such as {"JN-SG01": 3}, or "latest".</source>
        <translation>“一件事”须分别指定各事项的指南版本：请填写形如 {"JN-SG01": 3} 的对象，或填 "latest"。</translation>
    </message>
    <message>
        <source>A defect is given only with the state "defective".</source>
        <translation>只有状态为 "defective"（有瑕疵）时才能填写瑕疵类型。</translation>
    </message>
    <message>
        <source>Required with the state "defective": say what is wrong (expired, unsigned, unclear, wrong-form, not-enough-copies, data-mismatch, other).</source>
        <translation>状态为 "defective"（有瑕疵）时必填：请写明问题（expired、unsigned、unclear、wrong-form、not-enough-copies、data-mismatch、other）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 字节处）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>文件内容必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Expected "%1" or nothing, found "%2".</source>
        <translation>应为 "%1" 或不填，实际为 "%2"。</translation>
    </message>
    <message>
        <source>Give exactly one of "item" (an item code) and "bundle" (a bundle code).</source>
        <translation>"item"（事项编码）和 "bundle"（一件事编码）须且只须填写其中一项。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not an item of this application.</source>
        <translation>%1 不是本次申请的事项。</translation>
    </message>
    <message>
        <source>No such situation question. The questions are: %1.</source>
        <translation>没有这个情形问题。可用的问题有：%1。</translation>
    </message>
    <message>
        <source>Unknown answer "%1". Expected one of: %2.</source>
        <translation>未知的回答 "%1"。应为以下之一：%2。</translation>
    </message>
    <message>
        <source>In a bundle, name the item too: "ITEMCODE/%1".</source>
        <translation>“一件事”中须同时写明事项：“事项编码/%1”。</translation>
    </message>
    <message>
        <source>"%1" is not a material of this application's guides.</source>
        <translation>“%1”不是本次申请办事指南中的材料。</translation>
    </message>
    <message>
        <source>%1 is checked twice; give one entry per material.</source>
        <translation>%1 填写了两次；每项材料只能填写一条。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>OneTrip — Log in</source>
        <translation>一次办成 — 登录</translation>
    </message>
    <message>
        <source>OneTrip — service hall window</source>
        <translation>一次办成 · 政务服务窗口</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Demo users (password: demo)</source>
        <translation>演示账号（密码：demo）</translation>
    </message>
    <message>
        <source>Choose a demo user to fill in the login</source>
        <translation>选择演示账号以填入账号</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OneTrip — Service hall window</source>
        <translation>一次办成 — 政务服务窗口</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 …)</source>
        <translation>页面（Ctrl+1 …）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the guide…</source>
        <translation>打印预览办事指南(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Print the guide…</source>
        <translation>打印办事指南(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Export the guide as PDF…</source>
        <translation>将办事指南导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Language and settings…</source>
        <translation>语言与设置(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About OneTrip</source>
        <translation>关于一次办成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation>打开办件(&amp;O)…</translation>
    </message>
    <message>
        <source>Type or scan a case number or a notice number</source>
        <translation>输入或扫描办件编号或文书编号</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Hall and terminal…</source>
        <translation>大厅与终端(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Connect to the central server…</source>
        <translation>连接中心服务器(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>%1 could not be printed: the printer reported an error. Check that it is switched on, connected and has paper, then print again. Nothing has been lost: the document can be reprinted from the case.</source>
        <translation>%1打印失败：打印机报告错误。请检查打印机是否开机、连接正常、纸张充足，然后重新打印。办件数据未受影响，可在办件中重新打印该文书。</translation>
    </message>
    <message>
        <source>%1 could not be printed: no printer is available. Install or connect a printer, or save the document as PDF.</source>
        <translation>%1无法打印：没有可用的打印机。请安装或连接打印机，或将文书另存为 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and that you may write there, then export again.</source>
        <translation>无法将 PDF 写入 %1。请确认文件夹存在且有写入权限，然后重新导出。</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>Save as PDF — %1</source>
        <translation>保存为 PDF — %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
</context>
<context>
    <name>PromisedDeadline</name>
    <message>
        <source>Accepted today (%1): done on the spot (即办件).</source>
        <translation>今日（%1）受理：即办件，当场办结。</translation>
    </message>
    <message>
        <source>Accepted today (%1): due on %2, %3 working days (promised limit).</source>
        <translation>今日（%1）受理：应于 %2 前办结，共 %3 个工作日（承诺时限）。</translation>
    </message>
    <message>
        <source>Accepted today (%1): due on %2, %3 working days (legal limit; no promised limit is published).</source>
        <translation>今日（%1）受理：应于 %2 前办结，共 %3 个工作日（法定时限；未公布承诺时限）。</translation>
    </message>
    <message>
        <source>The guide publishes no time limit: ask the deciding department before promising a date.</source>
        <translation>办事指南未公布办结时限：承诺日期前请先向审批部门确认。</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Department window</source>
        <translation>部门窗口</translation>
    </message>
    <message>
        <source>Case %1 is not carried by an agent (代办).</source>
        <translation>办件 %1 没有代办员代办。</translation>
    </message>
    <message>
        <source>The 代办 of case %1 ended on %2.</source>
        <translation>办件 %1 的代办已于 %2 办结。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>内容超过 %1 个字。</translation>
    </message>
    <message>
        <source>Case %1 is "%2": there is nothing left to carry for the applicant.</source>
        <translation>办件 %1 的状态为“%2”：已没有需要为申请人代办的事项。</translation>
    </message>
    <message>
        <source>Case %1 is carried by %2 already; a supervisor may give it to another agent.</source>
        <translation>办件 %1 已由 %2 代办；值班长可以改派给其他代办员。</translation>
    </message>
    <message>
        <source>Choose the agent who carries the case.</source>
        <translation>请选择代办员。</translation>
    </message>
    <message>
        <source>Say what the applicant delegates: submission, corrections or pickup.</source>
        <translation>请说明申请人委托的事项：递交、补正或领取。</translation>
    </message>
    <message>
        <source>The applicant's phone is needed: the agent reaches them by it.</source>
        <translation>需要申请人的电话：代办员通过它联系申请人。</translation>
    </message>
    <message>
        <source>The agent's commitment date is today or later.</source>
        <translation>代办员的承诺办结日期须为今天或以后。</translation>
    </message>
    <message>
        <source>The materials of case %1 are with %2 now: a handover starts from whoever holds them.</source>
        <translation>办件 %1 的材料现在在%2处：交接须由持有材料的一方交出。</translation>
    </message>
    <message>
        <source>A handover goes to someone else.</source>
        <translation>交接须交给另一方。</translation>
    </message>
    <message>
        <source>The case's agent gives or takes the materials in every handover.</source>
        <translation>每次交接的一方都须是本办件的代办员。</translation>
    </message>
    <message>
        <source>Case %1 is carried by %2, not %3.</source>
        <translation>办件 %1 由 %2 代办，不是 %3。</translation>
    </message>
    <message>
        <source>Name the department's window.</source>
        <translation>请填写部门窗口名称。</translation>
    </message>
    <message>
        <source>The 代办委托书 does not delegate submitting materials.</source>
        <translation>代办委托书未委托递交材料。</translation>
    </message>
    <message>
        <source>List the materials handed over, with their copies.</source>
        <translation>请列出交接的材料及份数。</translation>
    </message>
    <message>
        <source>Each material handed over has a name and 1 to 99 copies.</source>
        <translation>每项交接材料须有名称，份数为 1 至 99。</translation>
    </message>
    <message>
        <source>Name the department of this step.</source>
        <translation>请填写这一步所在的部门。</translation>
    </message>
    <message>
        <source>Write down what was done there.</source>
        <translation>请写明在该部门办理的情况。</translation>
    </message>
    <message>
        <source>The case is carried by that agent already.</source>
        <translation>该办件已由这位代办员代办。</translation>
    </message>
    <message>
        <source>Say why the case goes to another agent: the reason is kept with the case.</source>
        <translation>请说明改派原因：原因将随办件留存。</translation>
    </message>
    <message>
        <source>The materials of case %1 are with %2: the 代办 ends when they are back with the applicant.</source>
        <translation>办件 %1 的材料在%2处：材料交还申请人后代办才能办结。</translation>
    </message>
    <message>
        <source>Sum up what the agent did: it is kept with the case.</source>
        <translation>请概述代办情况：将随办件留存。</translation>
    </message>
</context>
<context>
    <name>ProxyNoteDialog</name>
    <message>
        <source>代办</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>办理情况(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ProxyTakeDialog</name>
    <message>
        <source>Give the case to an agent</source>
        <translation>交代办员代办</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代办员(&amp;A)：</translation>
    </message>
    <message>
        <source>Delegated:</source>
        <translation>委托事项：</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>递交材料(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Corrections</source>
        <translation>补正材料(&amp;C)</translation>
    </message>
    <message>
        <source>Pick&amp;up of the result</source>
        <translation>领取结果(&amp;U)</translation>
    </message>
    <message>
        <source>Applicant's &amp;phone:</source>
        <translation>申请人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>The number the agent calls</source>
        <translation>代办员联系申请人的号码</translation>
    </message>
    <message>
        <source>&amp;Committed by:</source>
        <translation>承诺办结日期(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Record the rating of a visit</source>
        <translation>录入来访评价</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>评价(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Efficiency:</source>
        <translation>办事效率(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>服务态度(&amp;A)：</translation>
    </message>
    <message>
        <source>Accuracy of &amp;guidance:</source>
        <translation>指引准确(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评价意见(&amp;C)：</translation>
    </message>
    <message>
        <source>What the applicant said, in their words (optional)</source>
        <translation>申请人的原话（可不填）</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message numerus="yes">
        <source>Case %1 has no visit %2 to rate (it has %n visit(s)).</source>
        <translation><numerusform>办件 %1 没有第 %2 次来访可评价（共 %n 次来访）。</numerusform></translation>
    </message>
    <message>
        <source>Visit %1 of case %2 is rated already: one rating per visit.</source>
        <translation>办件 %2 的第 %1 次来访已评价：每次来访只评价一次。</translation>
    </message>
    <message>
        <source>A sub-rating is 1 to 5 stars, or not given.</source>
        <translation>分项评价为 1 至 5 星，或不评。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>评价意见超过 %1 个字。</translation>
    </message>
    <message>
        <source>A visit is rated after it, not before.</source>
        <translation>来访之后才能评价。</translation>
    </message>
    <message>
        <source>Visit %1 of case %2 has no rating.</source>
        <translation>办件 %2 的第 %1 次来访没有评价。</translation>
    </message>
    <message>
        <source>Only a 不满意 or 非常不满意 rating is followed up.</source>
        <translation>只有“不满意”和“非常不满意”的评价需要整改。</translation>
    </message>
    <message>
        <source>This follow-up is closed: the rater was satisfied with the fix.</source>
        <translation>该差评已办结：评价人对整改满意。</translation>
    </message>
    <message>
        <source>This rating was set aside on appeal: there is nothing to follow up.</source>
        <translation>该评价已因申诉成立而作废：无需整改。</translation>
    </message>
    <message>
        <source>Say why the appeal is upheld or refused: the reason is kept with the case.</source>
        <translation>请说明申诉成立或不成立的理由：理由将随办件留存。</translation>
    </message>
    <message>
        <source>Write down what was done: it is kept with the rating.</source>
        <translation>请写明所做的工作：将随评价留存。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>内容超过 %1 个字。</translation>
    </message>
    <message>
        <source>A follow-up step comes after the rating.</source>
        <translation>整改步骤须在评价之后。</translation>
    </message>
    <message>
        <source>The clerk who was rated does not make the return visit: a colleague or the supervisor asks the rater.</source>
        <translation>被评价的窗口人员不能自己回访：由同事或值班长联系评价人。</translation>
    </message>
    <message>
        <source>Make the return visit first: the fix answers what the rater said.</source>
        <translation>请先回访：整改针对评价人反映的问题。</translation>
    </message>
    <message>
        <source>The clerk who was rated does not record the rater's view of the fix.</source>
        <translation>被评价的窗口人员不能录入评价人对整改的意见。</translation>
    </message>
    <message>
        <source>Record the rectification first: the rater is asked about a fix.</source>
        <translation>请先录入整改情况：再征询评价人意见。</translation>
    </message>
    <message>
        <source>The follow-up setting for 差评 could not be read.</source>
        <translation>无法读取差评整改期限设置。</translation>
    </message>
    <message>
        <source>A 差评 follow-up has 5, 7 or 15 working days.</source>
        <translation>差评整改期限为 5、7 或 15 个工作日。</translation>
    </message>
    <message>
        <source>The follow-up setting could not be saved.</source>
        <translation>无法保存整改期限设置。</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Rater's view of the fix</source>
        <translation>评价人对整改的意见</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>无需整改</translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Follow-up closed</source>
        <translation>整改办结</translation>
    </message>
    <message>
        <source>Appeal upheld: not counted</source>
        <translation>申诉成立：不计入</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; %1 were entered. Check for a missing or extra digit.</source>
        <translation>居民身份号码应为18位，实际输入了 %1 位。请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits, but character %1 is not a digit.</source>
        <translation>居民身份号码前17位应为数字，但第 %1 位不是数字。</translation>
    </message>
    <message>
        <source>The last character of a resident ID number is a digit or the letter X; this one ends in something else.</source>
        <translation>居民身份号码最后一位应为数字或字母 X，此号码的最后一位不是。</translation>
    </message>
    <message>
        <source>The number starts with %1, which is not the code of a province. Check the first digits.</source>
        <translation>号码以 %1 开头，这不是任何省级行政区的代码。请核对号码前几位。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 should be the birth date, but %1 is not a real date. Check the number.</source>
        <translation>第7至14位应为出生日期，但 %1 不是有效日期。请核对号码。</translation>
    </message>
    <message>
        <source>The birth date in the number (%1) is in the future. Check the number.</source>
        <translation>号码中的出生日期（%1）晚于今天。请核对号码。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match: for these first 17 digits it must be %1. The number was probably mistyped.</source>
        <translation>校验码（最后一位）不符：按前17位计算应为 %1。号码可能输错了。</translation>
    </message>
</context>
<context>
    <name>RevealIdDialog</name>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>证件所属(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Send to the deciding department</source>
        <translation>分转至审批部门</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>审批部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Due &amp;there by:</source>
        <translation>部门办结期限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. on-site inspection requested</source>
        <translation>例如：需现场核查</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The database address %1 is not valid: %2</source>
        <translation>数据库地址 %1 无效：%2</translation>
    </message>
    <message>
        <source>it names no file.</source>
        <translation>未指明文件。</translation>
    </message>
    <message>
        <source>use postgresql://user@host:port/name or sqlite:///path/file.db.</source>
        <translation>请使用 postgresql://用户@主机:端口/库名 或 sqlite:///路径/文件.db。</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>未指明数据库。</translation>
    </message>
    <message>
        <source>The server's database is not available; try again shortly.</source>
        <translation>服务器数据库暂不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>Upgrading the server's database to schema %1 failed; it was left as it was.</source>
        <translation>将服务器数据库升级到第 %1 版结构失败，数据库保持原样。</translation>
    </message>
    <message>
        <source>The server's database was written by a newer onetrip-server (schema %1; this program knows up to %2). Install the newer version; nothing was changed.</source>
        <translation>服务器数据库由更新版本的 onetrip-server 写入（结构第 %1 版；本程序最高支持第 %2 版）。请安装新版本；未作任何更改。</translation>
    </message>
    <message>
        <source>Only staff of a hall may pull its changes.</source>
        <translation>只有大厅的工作人员才能拉取该大厅的变更。</translation>
    </message>
    <message>
        <source>Only the terminal you signed in on may push its own events.</source>
        <translation>只能从您登录的终端推送该终端自己的事件。</translation>
    </message>
    <message>
        <source>Terminal %1: the server recorded %2 events but holds %3.</source>
        <translation>终端 %1：服务器记录为 %2 个事件，实际保存 %3 个。</translation>
    </message>
    <message>
        <source>A hall needs a code (2 to 12 capital letters or digits) and a name.</source>
        <translation>大厅需要编码（2 至 12 位大写字母或数字）和名称。</translation>
    </message>
    <message>
        <source>Hall %1 exists already.</source>
        <translation>大厅 %1 已存在。</translation>
    </message>
    <message>
        <source>A login is 2 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>登录名为 2 至 32 位小写字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>A member of staff needs a name (at most 64 characters).</source>
        <translation>工作人员需要姓名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Every member of staff but an administrator belongs to a hall.</source>
        <translation>除管理员外，每位工作人员都须属于一个大厅。</translation>
    </message>
    <message>
        <source>Hall %1 is not known to the server.</source>
        <translation>服务器上没有大厅 %1。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>登录名 %1 已被占用。</translation>
    </message>
    <message>
        <source>No member of staff has the login %1.</source>
        <translation>没有登录名为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>The server's user data is damaged; ask the administrator.</source>
        <translation>服务器上的用户数据已损坏，请联系管理员。</translation>
    </message>
    <message>
        <source>Only a supervisor of hall %1 or an administrator may register its terminals.</source>
        <translation>只有大厅 %1 的值班长或管理员可以登记该大厅的终端。</translation>
    </message>
    <message>
        <source>%1 is not a terminal code (1 to 4 capital letters or digits).</source>
        <translation>%1 不是有效的终端编码（1 至 4 位大写字母或数字）。</translation>
    </message>
    <message>
        <source>Hall %1 is not known to the server; an administrator adds it first.</source>
        <translation>服务器上没有大厅 %1，需先由管理员添加。</translation>
    </message>
    <message>
        <source>Terminal code %1 is already registered in hall %2. Its case numbers would collide; ask the administrator.</source>
        <translation>终端编码 %1 已在大厅 %2 登记，办件编号会重复；请联系管理员。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is nothing at this address; the API is under /api/v1/.</source>
        <translation>此地址没有内容；接口位于 /api/v1/ 下。</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation>此接口中没有 %1 %2。</translation>
    </message>
    <message>
        <source>Send login and password as text (and terminal as hall, code and key).</source>
        <translation>请以文本形式发送 login 和 password（终端信息以 hall、code、key 发送）。</translation>
    </message>
    <message>
        <source>Send refreshToken as text.</source>
        <translation>请以文本形式发送 refreshToken。</translation>
    </message>
    <message>
        <source>after and limit must be whole numbers (after ≥ 0, limit ≥ 1).</source>
        <translation>after 和 limit 须为整数（after ≥ 0，limit ≥ 1）。</translation>
    </message>
    <message>
        <source>Send hall (and code, to keep a terminal's own code) as text.</source>
        <translation>请以文本形式发送 hall（保留终端原有编码时另发 code）。</translation>
    </message>
    <message>
        <source>Use GET or POST.</source>
        <translation>请使用 GET 或 POST。</translation>
    </message>
    <message>
        <source>Only an administrator may add halls.</source>
        <translation>只有管理员可以添加大厅。</translation>
    </message>
    <message>
        <source>Send code and name (and address, phone) as text.</source>
        <translation>请以文本形式发送 code 和 name（以及 address、phone）。</translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation>只有管理员可以管理工作人员。</translation>
    </message>
    <message>
        <source>Send login, name, role (clerk, agent, supervisor, admin), hall, counter and password as text.</source>
        <translation>请以文本形式发送 login、name、role（clerk、agent、supervisor、admin）、hall、counter 和 password。</translation>
    </message>
    <message>
        <source>name, role, hall, counter and password are text; active is true or false.</source>
        <translation>name、role、hall、counter 和 password 为文本；active 为 true 或 false。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from this address; wait a minute and try again.</source>
        <translation>该地址的登录尝试过多，请等一分钟后再试。</translation>
    </message>
    <message>
        <source>This account is locked after repeated wrong passwords until %1 (UTC); ask a supervisor or wait.</source>
        <translation>因多次密码错误，此账号已锁定至 %1（UTC）；请联系值班长或稍候。</translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This terminal (%1 %2) is not registered with the server for your hall; register it again.</source>
        <translation>本终端（%1 %2）未在服务器上登记为您所在大厅的终端，请重新登记。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>This sign-in was ended (its token was used twice); sign in again.</source>
        <translation>本次登录已被终止（其令牌被重复使用），请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in expired; renew it.</source>
        <translation>登录已过期，请续期。</translation>
    </message>
    <message>
        <source>No database given: use --database URL or database = URL in the configuration file.</source>
        <translation>未指定数据库：请使用 --database 网址，或在配置文件中写 database = 网址。</translation>
    </message>
    <message>
        <source>onetrip-server: unknown command %1; see --help.</source>
        <translation>onetrip-server：未知命令 %1；请查看 --help。</translation>
    </message>
    <message>
        <source>The TLS certificate and key must both be given and readable: %1</source>
        <translation>必须同时提供可读取的 TLS 证书和私钥：%1</translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation>数据库结构为第 %1 版。</translation>
    </message>
    <message>
        <source>Usage: onetrip-server hall add CODE NAME</source>
        <translation>用法：onetrip-server hall add 编码 名称</translation>
    </message>
    <message>
        <source>Hall %1 added.</source>
        <translation>已添加大厅 %1。</translation>
    </message>
    <message>
        <source>Usage: onetrip-server user add LOGIN ROLE NAME [--hall CODE] [--counter C] | user passwd LOGIN (password on standard input)</source>
        <translation>用法：onetrip-server user add 登录名 角色 姓名 [--hall 编码] [--counter 窗口] | user passwd 登录名（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 is not a role: use clerk, agent, supervisor or admin.</source>
        <translation>%1 不是角色：请使用 clerk、agent、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>ok, %1 events from %2 terminal(s).</source>
        <translation>完好，共 %1 个事件，来自 %2 台终端。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 须为 %2 至 %3 之间的整数，而不是 %4。</translation>
    </message>
    <message>
        <source>listen must be ADDRESS:PORT, such as 0.0.0.0:8443, not %1.</source>
        <translation>listen 须为 地址:端口（如 0.0.0.0:8443），而不是 %1。</translation>
    </message>
    <message>
        <source>log-level must be debug, info, warning or error.</source>
        <translation>log-level 须为 debug、info、warning 或 error。</translation>
    </message>
    <message>
        <source>language must be zh_CN or en.</source>
        <translation>language 须为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown setting %1 (see onetrip-server --help).</source>
        <translation>未知设置项 %1（见 onetrip-server --help）。</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: expected key = value.</source>
        <translation>%1 第 %2 行：应为 键 = 值。</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>The server's copy of a case cannot be read; ask the administrator to run onetrip-server audit verify.</source>
        <translation>服务器上的办件副本无法读取；请管理员运行 onetrip-server audit verify。</translation>
    </message>
    <message>
        <source>Event %1 of this terminal differs from the one it sent before. Was the terminal's store restored from a backup? Do not record cases on it; ask the administrator.</source>
        <translation>本终端的第 %1 个事件与之前发送的不同。本终端的本地库是否从备份恢复过？请勿在本终端继续办件，并联系管理员。</translation>
    </message>
    <message>
        <source>Another change with the same id was received before.</source>
        <translation>此前已收到相同编号的另一条变更。</translation>
    </message>
    <message>
        <source>%1 is not a member of staff of hall %2.</source>
        <translation>%1 不是大厅 %2 的工作人员。</translation>
    </message>
    <message>
        <source>%1 (%2) may not record this change (%3).</source>
        <translation>%1（%2）无权记录此变更（%3）。</translation>
    </message>
    <message>
        <source>Case number %1 does not belong to terminal %2 %3.</source>
        <translation>办件编号 %1 不属于终端 %2 %3。</translation>
    </message>
    <message>
        <source>Case %1 exists already.</source>
        <translation>办件 %1 已存在。</translation>
    </message>
    <message>
        <source>Case %1 is not known to the server.</source>
        <translation>服务器上没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 belongs to another hall.</source>
        <translation>办件 %1 属于其他大厅。</translation>
    </message>
    <message>
        <source>Case %1 was changed meanwhile at terminal %2 (now at version %3); this change was made on an older state.</source>
        <translation>办件 %1 在此期间已由终端 %2 修改（现为第 %3 版）；此变更基于旧的状态。</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to %2.</source>
        <translation>办件 %1 未分派给 %2。</translation>
    </message>
    <message>
        <source>Terminal %1 %2 is not registered with the server.</source>
        <translation>终端 %1 %2 未在服务器上登记。</translation>
    </message>
    <message>
        <source>Event %1 of this terminal does not match its hash; it was changed after it was written.</source>
        <translation>本终端的第 %1 个事件与其哈希值不符，写入后被改动过。</translation>
    </message>
    <message>
        <source>The server holds this terminal's events up to %1; send from %2.</source>
        <translation>服务器保存了本终端截至第 %1 个的事件；请从第 %2 个开始发送。</translation>
    </message>
    <message>
        <source>Event %1 does not continue this terminal's history as the server holds it. Was the store restored from a backup? Ask the administrator.</source>
        <translation>第 %1 个事件与服务器保存的本终端历史衔接不上。本地库是否从备份恢复过？请联系管理员。</translation>
    </message>
    <message>
        <source>Only an administrator publishes the catalog and the calendar.</source>
        <translation>只有管理员可以发布事项目录和工作日历。</translation>
    </message>
    <message>
        <source>Publications are catalog or calendar.</source>
        <translation>发布内容只能是事项目录（catalog）或工作日历（calendar）。</translation>
    </message>
    <message>
        <source>The file has %1 problem(s); nothing was published: %2</source>
        <translation>文件有 %1 个问题，未发布任何内容：%2</translation>
    </message>
    <message>
        <source>after must be a whole number ≥ 0.</source>
        <translation>after 须为 ≥ 0 的整数。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Published %1 as %2 version %3; terminals take it at their next sync.</source>
        <translation>已将 %1 发布为 %2 第 %3 版；各终端将在下次同步时获取。</translation>
    </message>
    <message>
        <source>onetrip-server — OneTrip's sync server (API under /api/v1, docs/api.md)

Usage:
  onetrip-server [OPTIONS] [serve]            serve until SIGTERM (finishes requests in flight)
  onetrip-server [OPTIONS] migrate            bring the database schema up to date and exit
  onetrip-server [OPTIONS] hall add CODE NAME
  onetrip-server [OPTIONS] user add LOGIN ROLE NAME [--hall CODE] [--counter C]
                                              password on standard input; ROLE is clerk,
                                              agent, supervisor or admin
  onetrip-server [OPTIONS] user passwd LOGIN  new password on standard input
  onetrip-server [OPTIONS] audit verify       check every terminal's hash chain
  onetrip-server [OPTIONS] publish catalog|calendar FILE
                                              publish a catalog or working-day calendar
                                              file to every terminal
  onetrip-server --help | --version

Options (also as "key = value" lines in the file given with --config):
  --config FILE          read settings from FILE first
  --database URL         postgresql://user:password@host:port/name or sqlite:///path/file.db
  --listen ADDR:PORT     where to listen (default 127.0.0.1:8443; port 0 picks a free one)
  --tls-cert FILE        PEM certificate (with --tls-key: HTTPS)
  --tls-key FILE         PEM private key
  --threads N            worker threads (default 8)
  --access-minutes N     lifetime of access tokens (default 15)
  --max-body-mib N       largest request body (default 8)
  --login-attempts-per-minute N
                         sign-ins from one address per minute (default 60)
  --log-level LEVEL      debug, info, warning or error (default info)
  --language LANG        zh_CN (default) or en, for messages to terminals

Exit status: 0 done, 1 failed, 2 bad usage.</source>
        <translation>onetrip-server — OneTrip 同步服务器（接口位于 /api/v1，见 docs/api.md）

用法：
  onetrip-server [选项] [serve]               持续服务直到收到 SIGTERM（处理完进行中的请求）
  onetrip-server [选项] migrate               将数据库结构升级到最新后退出
  onetrip-server [选项] hall add 编码 名称
  onetrip-server [选项] user add 登录名 角色 姓名 [--hall 编码] [--counter 窗口]
                                              密码从标准输入读取；角色为 clerk、
                                              agent、supervisor 或 admin
  onetrip-server [选项] user passwd 登录名    新密码从标准输入读取
  onetrip-server [选项] audit verify          校验每台终端的哈希链
  onetrip-server [选项] publish catalog|calendar 文件
                                              向所有终端发布事项目录或工作日历文件
  onetrip-server --help | --version

选项（也可在 --config 指定的文件中写成“键 = 值”）：
  --config 文件          先读取该文件中的设置
  --database 网址        postgresql://用户:密码@主机:端口/库名 或 sqlite:///路径/文件.db
  --listen 地址:端口     监听地址（默认 127.0.0.1:8443；端口为 0 时自动选择空闲端口）
  --tls-cert 文件        PEM 证书（与 --tls-key 一起启用 HTTPS）
  --tls-key 文件         PEM 私钥
  --threads N            工作线程数（默认 8）
  --access-minutes N     访问令牌有效分钟数（默认 15）
  --max-body-mib N       请求体上限（MiB，默认 8）
  --login-attempts-per-minute N
                         每个地址每分钟的登录次数上限（默认 60）
  --log-level 级别       debug、info、warning 或 error（默认 info）
  --language 语言        zh_CN（默认）或 en，用于发给终端的提示信息

退出状态：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>Text must not contain the character U+0000 or unpaired surrogates.</source>
        <translation>文本不得包含字符 U+0000 或不成对的代理字符。</translation>
    </message>
    <message>
        <source>This sign-in has ended (signed out, or the password or the account was changed); sign in again.</source>
        <translation>本次登录已结束（已退出，或密码、账号已更改），请重新登录。</translation>
    </message>
    <message>
        <source>This sign-in has expired or the account is disabled; sign in again.</source>
        <translation>本次登录已过期或账号已停用，请重新登录。</translation>
    </message>
    <message>
        <source>The push could not be checked; send it again.</source>
        <translation>无法核对本次推送，请重新发送。</translation>
    </message>
    <message>
        <source>%1 (%2) may not issue this document (%3).</source>
        <translation>%1（%2）不能出具此文书（%3）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface switches at once, without restarting.</source>
        <translation>界面立即切换，无需重启。</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>The intake of %1 is not confirmed yet.</source>
        <translation>%1 的收件尚未确认。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Service items and their guides (%1); F2 starts an intake of the selected item, Shift+F2 a consultation</source>
        <translation>事项与办事指南（%1）；F2 对所选事项开始收件，Shift+F2 开始咨询</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Check an applicant's materials and decide (%1)</source>
        <translation>核验申请材料并作出受理决定（%1）</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Answer the situation questions and print the tailored material list, without opening a case (%1)</source>
        <translation>回答情形问题，打印量身定制的材料清单，不建办件（%1）</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Changes the central server refused or another window overtook: make them again or discard them (%1)</source>
        <translation>被中心服务器拒绝或被其他窗口抢先的变更：重新执行或舍弃（%1）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Today's queue, the worklists' counts, the lights and what falls due (%1)</source>
        <translation>今日待办、各工作清单件数、红黄牌与到期提醒（%1）</translation>
    </message>
    <message>
        <source>Worklists</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>The hall's cases by list, filtered and sorted; Enter opens the selected case (%1)</source>
        <translation>本大厅办件按清单查看，可筛选排序；回车打开所选办件（%1）</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Usage: onetrip [--store FILE] [--demo] [--lang zh_CN|en]

  --store FILE   the embedded store (default: %1)
  --demo         load the demo catalog, calendar and users (password "demo")
  --lang LANG    the interface language for this run: zh_CN or en
</source>
        <translation>用法：onetrip [--store 文件] [--demo] [--lang zh_CN|en]

  --store 文件   本地数据库文件（默认：%1）
  --demo         载入演示事项目录、工作日历和演示账号（密码“demo”）
  --lang 语言    本次运行的界面语言：zh_CN 或 en
</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
</context>
<context>
    <name>StopClockDialog</name>
    <message>
        <source>Stop the time limit</source>
        <translation>暂停办理时限</translation>
    </message>
    <message>
        <source>The law does not count the time of these steps against the time limit (《行政许可法》 Art. 45). From today until the clock is restarted, the case's due date moves with every working day.</source>
        <translation>这些环节所需时间不计入办理时限（《行政许可法》第四十五条）。自今日起至恢复计时，办件的到期日按工作日逐日顺延。</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. on-site expert review of the premises, notified on …</source>
        <translation>例如：组织专家对经营场所进行现场评审，已于……通知申请人</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>applicant kind</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>event %1 of terminal %2/%3 (%4, case %5)</source>
        <translation>终端 %2/%3 的第 %1 条事件（%4，办件 %5）</translation>
    </message>
    <message>
        <source>event payload version</source>
        <translation>事件内容版本</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>document kind</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <source>material state</source>
        <translation>材料核验状态</translation>
    </message>
    <message>
        <source>defect reason</source>
        <translation>瑕疵原因</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>申请渠道</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>办件状态</translation>
    </message>
    <message>
        <source>The store holds an unknown %1 "%2" (%3). It was changed outside OneTrip or by a newer version; nothing was changed. Restore a backup or install the newer version.</source>
        <translation>本地库中有未知的%1“%2”（%3）。该数据被 OneTrip 以外的程序或更新版本修改过；未作任何更改。请恢复备份或安装更新版本。</translation>
    </message>
    <message>
        <source>conflict resolution</source>
        <translation>冲突处理方式</translation>
    </message>
    <message>
        <source>kind of stopped time</source>
        <translation>特殊环节类型</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>hand-out method</source>
        <translation>出件方式</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>kind of follow-up step</source>
        <translation>整改步骤类型</translation>
    </message>
    <message>
        <source>appeal decision</source>
        <translation>申诉裁定</translation>
    </message>
    <message>
        <source>whose ID</source>
        <translation>证件所属</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>holder of the materials</source>
        <translation>材料持有方</translation>
    </message>
    <message>
        <source>handover of a 代办 document</source>
        <translation>代办文书所载的交接记录</translation>
    </message>
    <message>
        <source>handling form</source>
        <translation>办理形式</translation>
    </message>
    <message>
        <source>case type</source>
        <translation>办件类型</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>OneTrip was updated: the cases on this terminal are being brought to the new version. On a large store this takes a few minutes, once. Nothing needs doing; please do not close the program.</source>
        <translation>一次办成已更新：正在将本终端的办件数据升级到新版本。数据量大时需要几分钟，只需一次。无需任何操作，请勿关闭程序。</translation>
    </message>
    <message>
        <source>OneTrip was not closed properly last time: the store is being checked before use. On a large store this takes a few minutes. Nothing needs doing; please do not close the program.</source>
        <translation>一次办成上次未正常关闭：正在检查本机数据，检查后即可使用。数据量大时需要几分钟。无需任何操作，请勿关闭程序。</translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation>正在打开本机数据</translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <source>Second notice: supervisor's approval</source>
        <translation>二次告知：负责人审批</translation>
    </message>
    <message>
        <source>These deficiencies were not listed on the correction notice. Asking for them now is a second notice (二次告知): it needs a supervisor's login and password and a written reason, and it is logged.</source>
        <translation>以下问题未列入一次性告知书。现在提出即构成二次告知，须由窗口负责人输入账号、密码并填写书面理由，并记入日志。</translation>
    </message>
    <message>
        <source>Supervisor's &amp;login:</source>
        <translation>负责人账号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why these deficiencies were not on the notice (Ctrl+Enter approves)</source>
        <translation>说明上述问题为何未列入告知书（Ctrl+Enter 批准）</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server does not take this terminal's events; ask the administrator.</source>
        <translation>服务器不接收本终端的事件，请联系管理员。</translation>
    </message>
    <message>
        <source>The server registered this terminal in another hall (%1); nothing was changed.</source>
        <translation>服务器把本终端登记在另一个大厅（%1）；未作任何更改。</translation>
    </message>
    <message>
        <source>The server at %1 did not show the certificate this terminal trusts; nothing was sent. Ask the administrator.</source>
        <translation>%1 上的服务器出示的不是本终端信任的证书；未发送任何内容。请联系管理员。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). Work goes on here; it is sent when the network is back.</source>
        <translation>无法连接 %1 上的服务器（%2）。本机可照常办理，网络恢复后自动发送。</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2); it is tried again later.</source>
        <translation>%1 上的服务器出现问题（HTTP %2），稍后将自动重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>无法读取服务器的应答。</translation>
    </message>
    <message>
        <source>This store has no hall yet: set up the hall and terminal first.</source>
        <translation>本地库尚未设置大厅：请先设置大厅和终端。</translation>
    </message>
    <message>
        <source>This terminal is registered with %1; it syncs with that server only.</source>
        <translation>本终端已在 %1 登记，只能与该服务器同步。</translation>
    </message>
    <message>
        <source>The sync state of this terminal could not be read.</source>
        <translation>无法读取本终端的同步状态。</translation>
    </message>
    <message>
        <source>The terminal's registration could not be saved.</source>
        <translation>无法保存本终端的登记信息。</translation>
    </message>
    <message>
        <source>The sync state could not be saved.</source>
        <translation>无法保存同步状态。</translation>
    </message>
    <message>
        <source>A sync conflict could not be recorded; nothing was changed.</source>
        <translation>无法记录同步冲突；未作任何更改。</translation>
    </message>
    <message>
        <source>The case could not be brought up to date.</source>
        <translation>无法将办件更新到最新状态。</translation>
    </message>
    <message>
        <source>The server answered for a change this terminal did not send; nothing was changed.</source>
        <translation>服务器应答了本终端未发送的变更；未作任何更改。</translation>
    </message>
    <message>
        <source>The server sent a change that does not match its hash; nothing was applied.</source>
        <translation>服务器发来的变更与其哈希值不符；未应用任何内容。</translation>
    </message>
    <message>
        <source>Case %1 was changed at terminal %2 by %3 at %4 before this change reached the server.</source>
        <translation>在此变更到达服务器之前，办件 %1 已于 %4 由 %3 在终端 %2 修改。</translation>
    </message>
    <message>
        <source>The server sent a change to case %1 that follows one this terminal does not have; nothing was applied.</source>
        <translation>服务器发来的办件 %1 的变更所依据的变更本终端没有；未应用任何内容。</translation>
    </message>
    <message>
        <source>A change from the server could not be applied to case %1: %2</source>
        <translation>服务器发来的变更无法应用到办件 %1：%2</translation>
    </message>
    <message>
        <source>The sync data is not valid: %1 %2</source>
        <translation>同步数据无效：%1 %2</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>须为文本。</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters.</source>
        <translation>须为 1 至 %1 个字符。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>须为 %1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>须为 true 或 false。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>须为对象。</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>须为列表。</translation>
    </message>
    <message>
        <source>may hold at most %1 entries.</source>
        <translation>最多可包含 %1 项。</translation>
    </message>
    <message>
        <source>must be a time such as 2026-12-01T09:30:00.000+08:00.</source>
        <translation>须为时间，如 2026-12-01T09:30:00.000+08:00。</translation>
    </message>
    <message>
        <source>must be a UUID.</source>
        <translation>须为 UUID。</translation>
    </message>
    <message>
        <source>must be a UUID or empty.</source>
        <translation>须为 UUID 或为空。</translation>
    </message>
    <message>
        <source>must be a SHA-256 in hexadecimal.</source>
        <translation>须为十六进制的 SHA-256。</translation>
    </message>
    <message>
        <source>has an invalid hall or terminal code.</source>
        <translation>大厅或终端编码无效。</translation>
    </message>
    <message>
        <source>must be empty exactly for a case's first event.</source>
        <translation>只有办件的第一个事件可以且必须为空。</translation>
    </message>
    <message>
        <source>is larger than %1 bytes.</source>
        <translation>超过 %1 字节。</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at byte %2.</source>
        <translation>请求不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>was written by another terminal than the one pushing.</source>
        <translation>由推送终端以外的终端写入。</translation>
    </message>
    <message>
        <source>must follow the event before it in sequence.</source>
        <translation>序号须紧接前一个事件。</translation>
    </message>
    <message>
        <source>must be "applied" or "rejected".</source>
        <translation>须为“applied”或“rejected”。</translation>
    </message>
    <message>
        <source>Say why the changes are discarded: the reason is kept with the case.</source>
        <translation>请写明舍弃这些变更的理由：理由将随办件保存。</translation>
    </message>
    <message>
        <source>Only a supervisor may settle sync conflicts.</source>
        <translation>只有值班长可以处理同步冲突。</translation>
    </message>
    <message>
        <source>Case %1 has no open sync conflict.</source>
        <translation>办件 %1 没有待处理的同步冲突。</translation>
    </message>
    <message>
        <source>The change cannot be made again on case %1 as it now stands: %2 Discard it instead, with a reason.</source>
        <translation>无法在办件 %1 的当前状态上重新执行该变更：%2 请改为舍弃，并写明理由。</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>The sign-in cannot be kept in this computer's keychain (%1); the password is asked at every start.</source>
        <translation>无法把登录状态保存在本机的钥匙串中（%1）；每次启动都需要输入密码。</translation>
    </message>
    <message>
        <source>This terminal is not connected to a central server.</source>
        <translation>本终端未连接中心服务器。</translation>
    </message>
    <message>
        <source>The server's %1 (version %2) cannot be taken on this terminal: %3</source>
        <translation>本终端无法采用服务器发布的 %1（第 %2 版）：%3</translation>
    </message>
    <message>
        <source>must not begin with a byte order mark (U+FEFF).</source>
        <translation>不得以字节顺序标记（U+FEFF）开头。</translation>
    </message>
    <message>
        <source>holds a text that begins with a byte order mark (U+FEFF).</source>
        <translation>含有以字节顺序标记（U+FEFF）开头的文字。</translation>
    </message>
    <message>
        <source>The sync data is not valid: a text begins with a byte order mark (U+FEFF).</source>
        <translation>同步数据无效：有文字以字节顺序标记（U+FEFF）开头。</translation>
    </message>
    <message>
        <source>The terminal's store could not be opened.</source>
        <translation>无法打开本终端的数据库。</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256: 64 hexadecimal digits.</source>
        <translation>证书指纹须为 SHA-256：64 位十六进制数字。</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>无法从 %1 读取证书。</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>the terminal's store</source>
        <translation>本终端的数据库</translation>
    </message>
    <message>
        <source>The server certificate fingerprint kept in this store is damaged.</source>
        <translation>本数据库中保存的服务器证书指纹已损坏。</translation>
    </message>
    <message>
        <source>Enter the server's address, such as https://sync.example.gov.cn.</source>
        <translation>请输入服务器地址，例如 https://sync.example.gov.cn。</translation>
    </message>
    <message>
        <source>Use https:// for a server on another machine: passwords and case data must not travel unencrypted.</source>
        <translation>其他计算机上的服务器请使用 https://：密码和办件数据不得以明文传输。</translation>
    </message>
    <message>
        <source>This terminal is registered with %1 already.</source>
        <translation>本终端已在 %1 注册。</translation>
    </message>
    <message>
        <source>The server's certificate settings could not be saved.</source>
        <translation>无法保存服务器证书设置。</translation>
    </message>
</context>
<context>
    <name>SyncPasswordDialog</name>
    <message>
        <source>Sign in to the central server</source>
        <translation>登录中心服务器</translation>
    </message>
    <message>
        <source>Until you sign in again, this terminal keeps working and keeps what you save; it is sent once you have signed in.</source>
        <translation>重新登录之前，本终端照常工作并保存您的办件；登录后即发送。</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>服务器密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>A document template is broken (%1). Reinstall OneTrip or report this to the administrator.</source>
        <translation>文书模板已损坏（%1）。请重新安装 OneTrip，或报告系统管理员。</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Acceptance with deferral</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Commitment &amp;signed by the applicant</source>
        <translation>申请人已签署承诺书(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;upplement within</source>
        <translation>补正期限(&amp;U)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>理由(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Where to go</source>
        <translation>告知去向(&amp;W)</translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation>受理 (F9)</translation>
    </message>
    <message>
        <source>Accept with deferral (F10)</source>
        <translation>容缺受理 (F10)</translation>
    </message>
    <message>
        <source>Correction notice (F11)</source>
        <translation>一次性告知 (F11)</translation>
    </message>
    <message>
        <source>Decline (F12)</source>
        <translation>不予受理 (F12)</translation>
    </message>
</context>
<context>
    <name>VerdictSummary</name>
    <message numerus="yes">
        <source>Check not finished: %n material(s) still to check</source>
        <translation><numerusform>核验未完成：还有 %n 项材料待核验</numerusform></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Deficiencies (%1), all listed on a correction notice:</source>
        <translation>存在问题的材料（%1 项），将全部列入一次性告知书：</translation>
    </message>
    <message>
        <source>Every material is in order.</source>
        <translation>材料齐全，符合法定形式。</translation>
    </message>
    <message numerus="yes">
        <source>Deferred materials due on %1 (%n working day(s)).</source>
        <translation><numerusform>容缺材料应于 %1 前补齐（%n 个工作日）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A deferral may grant at most %n working day(s).</source>
        <translation><numerusform>容缺补正期限最长 %n 个工作日。</numerusform></translation>
    </message>
    <message>
        <source>A correction notice must be given within five working days of receipt (by %1, Art. 32 of the Administrative Licensing Law).</source>
        <translation>依据《行政许可法》第三十二条，应自收到材料之日起五个工作日内（%1 前）一次性告知需补正的全部内容。</translation>
    </message>
</context>
<context>
    <name>WorkdayCalendar</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the date was computed with plain weekdays and may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation>未载入%1年的工作日历：该日期是按普通周一至周五推算的，可能有误。请值班长导入%1年节假日安排通知。</translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the working days were counted as plain weekdays and the count may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation>未载入%1年的工作日历：工作日是按普通周一至周五计数的，天数可能有误。请值班长导入%1年节假日安排通知。</translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1: the day was judged by its weekday alone and may be wrong. Ask a supervisor to import the %1 holiday notice.</source>
        <translation>未载入%1年的工作日历：该日仅按星期几判断，可能有误。请值班长导入%1年节假日安排通知。</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Worklists</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收件日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Light:</source>
        <translation>红黄牌(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>经办人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>terminal code, e.g. T01</source>
        <translation>终端编号，如 T01</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开办件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>The case deadlines could not be counted for the worklists.</source>
        <translation>无法为工作清单计算办件时限。</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部办件</translation>
    </message>
    <message>
        <source>My cases today</source>
        <translation>我今天的办件</translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Deferred materials due</source>
        <translation>容缺待补</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Terminated and withdrawn</source>
        <translation>终止与撤回</translation>
    </message>
    <message>
        <source>The worklist could not be read.</source>
        <translation>无法读取工作清单。</translation>
    </message>
    <message>
        <source>With the deciding department</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Ready for hand-out</source>
        <translation>待出件</translation>
    </message>
    <message>
        <source>差评 to follow up</source>
        <translation>差评待整改</translation>
    </message>
    <message>
        <source>My 代办</source>
        <translation>我的代办</translation>
    </message>
    <message>
        <source>代办 in progress</source>
        <translation>代办中</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ApplicantPane</name>
    <message>
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <source>Returning applicant: details filled in.</source>
        <translation>已办理过业务的申请人：信息已自动填入。</translation>
    </message>
    <message>
        <source>This applicant broke a commitment before: no acceptance with deferral.</source>
        <translation>该申请人曾有未履行承诺的记录，不得容缺受理。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::Application</name>
    <message>
        <source>The folder for the store %1 cannot be created. Check the path and your permissions, or choose another with --store.</source>
        <translation>无法创建本地数据库 %1 所在的文件夹。请检查路径和权限，或用 --store 指定其他位置。</translation>
    </message>
    <message>
        <source>Catalog not available</source>
        <translation>事项目录不可用</translation>
    </message>
    <message>
        <source>OneTrip cannot start</source>
        <translation>一次办成无法启动</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseCheckModel</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Checked as</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseChooserDialog</name>
    <message numerus="yes">
        <source>%n case(s) found for “%1”. Check the applicant with the ID shown before opening.</source>
        <translation><numerusform>按“%1”找到 %n 件办件。打开前请核对申请人及所示证件号码。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %n are listed: type more of the name or the full ID number to narrow them.</source>
        <translation><numerusform>仅列出最新的 %n 件：请输入更完整的姓名或完整证件号码以缩小范围。</numerusform></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseDocumentsDialog</name>
    <message>
        <source>Choose a document of the case first.</source>
        <translation>请先选择该办件的一份文书。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>%1

The case is saved; print the document again from here when the printer works.</source>
        <translation>%1

办件已保存；打印机恢复后可在此重新打印该文书。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>— agent: %1</source>
        <translation>— 代理人：%1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1 收件</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 前办结</translation>
    </message>
    <message>
        <source>deferred materials due %1</source>
        <translation>容缺材料 %1 前补齐</translation>
    </message>
    <message>
        <source>notice due by %1</source>
        <translation>%1 前须作出告知</translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation><numerusform>跑动 %n 次</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n correction notice(s)</source>
        <translation><numerusform>一次性告知 %n 次</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second notice(s)</source>
        <translation><numerusform>二次告知 %n 次</numerusform></translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation><numerusform>已超期 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>clock stopped since %1; due at the earliest on %2</source>
        <translation>自 %1 起暂停计时；最早 %2 到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation><numerusform>剩余 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>%1: due %2 · &lt;span style="color:%3"&gt;● %4&lt;/span&gt; · %5</source>
        <translation>%1：%2 到期 · &lt;span style="color:%3"&gt;● %4&lt;/span&gt; · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) not counted (stopped)</source>
        <translation><numerusform>%n 个工作日不计入（暂停）</numerusform></translation>
    </message>
    <message>
        <source>Sent on %1 to %2, due there by %3.</source>
        <translation>%1 已分转至%2，部门办结期限 %3。</translation>
    </message>
    <message>
        <source>Refused on %1 (decision %2): %3</source>
        <translation>%1 不予许可（决定书 %2）：%3</translation>
    </message>
    <message>
        <source>Approved on %1, certificate %2.</source>
        <translation>%1 准予许可，证照编号 %2。</translation>
    </message>
    <message>
        <source>Handed out on %1 at the window to %2 %3 (%4).</source>
        <translation>%1 已在窗口交%2 %3（%4）领取。</translation>
    </message>
    <message>
        <source>Sent on %1 by %2, waybill %3, to %4.</source>
        <translation>%1 已由%2邮寄，单号 %3，寄往%4。</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>指引准确</translation>
    </message>
    <message>
        <source>%1 %2★</source>
        <translation>%1 %2★</translation>
    </message>
    <message>
        <source>Visit %1: %2</source>
        <translation>第 %1 次来访：%2</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> ——“%1”</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3：%4</translation>
    </message>
    <message>
        <source>(satisfied)</source>
        <translation>（满意）</translation>
    </message>
    <message>
        <source>(not satisfied)</source>
        <translation>（仍不满意）</translation>
    </message>
    <message>
        <source>(upheld)</source>
        <translation>（成立）</translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation>（不成立）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Not carried by an agent.</source>
        <translation>未由代办员代办。</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>递交</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Carried by %1 since %2 (%3); the applicant's phone %4; committed by %5.</source>
        <translation>自 %2 起由 %1 代办（%3）；申请人电话 %4；承诺 %5 前办结。</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>已于 %1 办结：%2</translation>
    </message>
    <message>
        <source>The materials are with: %1</source>
        <translation>材料现在在：%1</translation>
    </message>
    <message>
        <source>%1 · reassigned from %2 to %3 by %4: %5</source>
        <translation>%1 · 由 %4 从 %2 改派给 %3：%5</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseHitModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseTimelineModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 · 终端 %2</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1（%2）· 终端 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>(in a sync conflict: not part of the case)</source>
        <translation>（同步冲突：未计入办件）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CaseVisitModel</name>
    <message>
        <source>%1 · due %2 · ● %3</source>
        <translation>%1 · %2 到期 · ● %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接待人员</translation>
    </message>
    <message>
        <source>Left with the case</source>
        <translation>离开时办件状态</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>差评 follow-up</source>
        <translation>差评整改</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CatalogBrowserWidget</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All handling forms</source>
        <translation>全部办理形式</translation>
    </message>
    <message>
        <source>The catalog is empty: import a catalog file (onetripctl catalog import).</source>
        <translation>事项目录为空：请先导入事项目录文件（onetripctl catalog import）。</translation>
    </message>
    <message>
        <source>No item matches “%1”. Try fewer characters, pinyin initials such as gtgs, or all departments.</source>
        <translation>没有与“%1”匹配的事项。请减少字数、改用拼音首字母（如 gtgs），或选择全部部门。</translation>
    </message>
    <message>
        <source>No item of this department has this handling form.</source>
        <translation>该部门没有此办理形式的事项。</translation>
    </message>
    <message>
        <source>The best %1 matches are shown: type more to narrow the search.</source>
        <translation>仅显示最匹配的 %1 项，请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>%1 catalog entries. Type to search; ↓ and Enter open a guide.</source>
        <translation>共 %1 个事项。输入即可搜索；按 ↓ 和回车键打开办事指南。</translation>
    </message>
    <message>
        <source>%1 found. ↓ and Enter open a guide; Esc comes back here.</source>
        <translation>找到 %1 项。按 ↓ 和回车键打开办事指南，按 Esc 返回搜索框。</translation>
    </message>
    <message>
        <source>&amp;Materials (%1)</source>
        <translation>申请材料（%1）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Situations (%1)</source>
        <translation>情形（%1）(&amp;S)</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Type in the search box to find an item, press ↓ to go to the results and Enter to open its guide here.</source>
        <translation>在搜索框中输入以查找事项，按 ↓ 进入结果列表，按回车键在此处打开办事指南。</translation>
    </message>
    <message>
        <source>Bundle (一件事):</source>
        <translation>【一件事】</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::CatalogSearchModel</name>
    <message>
        <source>Bundle (一件事) · %1</source>
        <translation>一件事 · %1</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ChecklistModel</name>
    <message>
        <source>How to obtain: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message>
        <source>Listed on the correction notice: check it again.</source>
        <translation>已列入一次性告知书，请重新核验。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 (re-check)</source>
        <translation>%1（复核）</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主件</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>辅件</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation>主/辅</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>By sharing</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收份数</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ChecklistPane</name>
    <message>
        <source>Other defect: write what is wrong in the note.</source>
        <translation>其他问题：请在备注中写明具体问题。</translation>
    </message>
    <message>
        <source>Keys: %1 · 0 not checked · N note · F2 copies received</source>
        <translation>按键：%1 · 0 未核验 · N 备注 · F2 已收份数</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ClockIndexKeeper</name>
    <message numerus="yes">
        <source>Counting the deadlines of the open cases again (a new holiday calendar or warning setting, or many changes synchronised): %n case(s) counted so far. Until it ends a list may miss a case or hold one that has left it; each case's light is already counted anew.</source>
        <translation><numerusform>正在重新计算各在办案件的期限（节假日安排或预警设置有变，或同步带来了大量变更）：已计算 %n 件。计算完成前，列表可能暂缺某件或仍含已不属于该列表的办件；每件的期限灯已按新的计算显示。</numerusform></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ComplaintFollowUpDialog</name>
    <message>
        <source>Case %1, visit %2 rated %3</source>
        <translation>办件 %1 第 %2 次来访评价为“%3”</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>：“%1”</translation>
    </message>
    <message>
        <source>(follow-up due by %1)</source>
        <translation>（整改期限 %1）</translation>
    </message>
    <message>
        <source>Decide an appeal against the rating</source>
        <translation>裁定对评价的申诉</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the rating is (or is not) wrong: what the recording, the log or the applicant shows</source>
        <translation>评价为何有误（或无误）：录像、记录或申请人说明了什么</translation>
    </message>
    <message>
        <source>The appeal is &amp;upheld: the rating no longer counts</source>
        <translation>申诉成立(&amp;U)：该评价不再计入</translation>
    </message>
    <message>
        <source>The rater is &amp;satisfied with the fix (closes the follow-up)</source>
        <translation>评价人对整改满意(&amp;S)（差评办结）</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConflictListModel</name>
    <message>
        <source>new case</source>
        <translation>新办件</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>material check</source>
        <translation>材料核验</translation>
    </message>
    <message>
        <source>second notice approved</source>
        <translation>二次告知审批</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <source>applicant flagged</source>
        <translation>申请人标记</translation>
    </message>
    <message>
        <source>conflict settled</source>
        <translation>冲突处理</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Made (when, by)</source>
        <translation>时间及经办人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Why it did not go through</source>
        <translation>未通过的原因</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConflictsPage</name>
    <message>
        <source>Conflict not settled</source>
        <translation>冲突未处理</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConnectServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting already; wait for the server's answer.</source>
        <translation>正在连接，请等待服务器答复。</translation>
    </message>
    <message>
        <source>Enter your password on the central server.</source>
        <translation>请输入您在中心服务器上的密码。</translation>
    </message>
    <message>
        <source>Connecting to %1 and registering this terminal…</source>
        <translation>正在连接 %1 并注册本终端…</translation>
    </message>
    <message>
        <source>The server's CA certificate</source>
        <translation>服务器的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ConsultationPage</name>
    <message>
        <source>A consultation opens no case. Leave consultation mode to receive the application.</source>
        <translation>咨询不生成办件。如需收件，请退出咨询模式。</translation>
    </message>
    <message>
        <source>Start an intake from the catalog first.</source>
        <translation>请先在事项目录中开始收件。</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未能办结</translation>
    </message>
    <message>
        <source>Choose an item or a bundle first.</source>
        <translation>请先选择事项或“一件事”。</translation>
    </message>
    <message numerus="yes">
        <source>Consultation: %n material(s) to bring</source>
        <translation><numerusform>咨询：需准备 %n 项材料</numerusform></translation>
    </message>
    <message>
        <source>Answer the questions, then print the list for the applicant (Ctrl+P) or save it as PDF (Ctrl+S). No case is opened.</source>
        <translation>请回答办理情形问题，然后为申请人打印材料清单（Ctrl+P）或另存为 PDF（Ctrl+S）。咨询不生成办件。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DecisionDialog</name>
    <message>
        <source>The deciding department's decision on case %1, as its letter or certificate says.</source>
        <translation>审批部门对办件 %1 的决定，按决定书或证照填写。</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>决定书文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>证照编号(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DeskPage</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>● %1: %2</source>
        <translation>● %1：%2</translation>
    </message>
    <message>
        <source>Due today (%1): %2</source>
        <translation>今日到期（%1）：%2</translation>
    </message>
    <message>
        <source>Due on the next working day (%1): %2</source>
        <translation>下一工作日到期（%1）：%2</translation>
    </message>
    <message>
        <source>This terminal is not set up yet.</source>
        <translation>本终端尚未设置。</translation>
    </message>
    <message>
        <source>Standalone: this terminal keeps its cases in its own store and is not connected to a central server.</source>
        <translation>单机运行：本终端的办件保存在本机数据库，未连接中心服务器。</translation>
    </message>
    <message numerus="yes">
        <source>Server %1 · %n change(s) waiting to be sent</source>
        <translation><numerusform>服务器 %1 · %n 项变更待发送</numerusform></translation>
    </message>
    <message>
        <source>last synchronised %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation><numerusform>%n 个冲突待处理</numerusform></translation>
    </message>
    <message>
        <source>My 代办 by commitment date</source>
        <translation>我的代办（按承诺办结日期）</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::DocumentsPane</name>
    <message>
        <source>There is no document to print yet: confirm an outcome first.</source>
        <translation>暂无可打印的文书，请先确认办理结果。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The case is saved; print the document again when the printer is ready.</source>
        <translation>办件已保存；打印机就绪后可重新打印文书。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::EntryPage</name>
    <message>
        <source>The item has no guide to check against.</source>
        <translation>该事项没有可供核验的办事指南。</translation>
    </message>
    <message>
        <source>No intake. Start one from the catalog (an item or a bundle).</source>
        <translation>尚未收件。请在事项目录中选择事项或“一件事”开始收件。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HallSetupDialog</name>
    <message>
        <source>Enter the hall's address: it is printed on every document.</source>
        <translation>请填写大厅地址：每份文书都会印上。</translation>
    </message>
    <message>
        <source>Enter the hall's phone number: it is printed on every document.</source>
        <translation>请填写大厅电话：每份文书都会印上。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandOutDialog</name>
    <message>
        <source>Case %1 (%2), %3: compare the ID card with the name and number below before handing out.</source>
        <translation>办件 %1（%2），%3：出件前请将领取人身份证与下列姓名和号码核对。</translation>
    </message>
    <message>
        <source>Applicant: %1 (%2)</source>
        <translation>申请人：%1（%2）</translation>
    </message>
    <message>
        <source>Agent: %1 (%2)</source>
        <translation>代理人：%1（%2）</translation>
    </message>
    <message>
        <source>Agent: %1 (%2) — may not collect</source>
        <translation>代理人：%1（%2）— 授权不含领取</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandoverDialog</name>
    <message>
        <source>Case %1: the materials change hands; both sides check the list and the copies.</source>
        <translation>办件 %1：材料交接，双方核对清单和份数。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::HandoverModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Reassigned: %1</source>
        <translation>改派：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>交出方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::IntakePage</name>
    <message>
        <source>Not confirmed</source>
        <translation>未能办结</translation>
    </message>
    <message>
        <source>Start an intake from the catalog first.</source>
        <translation>请先在事项目录中开始收件。</translation>
    </message>
    <message>
        <source>This intake is saved as case %1. Start a new intake from the catalog.</source>
        <translation>本次收件已保存为办件 %1。请在事项目录中开始新的收件。</translation>
    </message>
    <message>
        <source>This terminal has no hall and terminal code yet: set them up first.</source>
        <translation>本终端尚未设置大厅和终端编码，请先完成设置。</translation>
    </message>
    <message>
        <source>"%1" is not possible for this intake.</source>
        <translation>本次收件不能“%1”。</translation>
    </message>
    <message>
        <source>The notice did not list %1. A second notice needs a supervisor's approval; the case was not saved.</source>
        <translation>一次性告知书未列出%1。再次告知须经值班长批准；办件未保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Case %1 saved. F5 preview, Ctrl+P print, Ctrl+S save as PDF.</source>
        <translation>办件 %1 已保存。F5 预览，Ctrl+P 打印，Ctrl+S 另存为 PDF。</translation>
    </message>
    <message>
        <source>Case %1 is %2: there is nothing to check again.</source>
        <translation>办件 %1 状态为“%2”，无需重新核验。</translation>
    </message>
    <message>
        <source>Case %1 (%2), visit %3</source>
        <translation>办件 %1（%2），第 %3 次到窗口</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::LoginDialog</name>
    <message>
        <source>Store: %1</source>
        <translation>本地数据库：%1</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>请输入账号和密码。</translation>
    </message>
    <message>
        <source>Checking with the central server …</source>
        <translation>正在向中心服务器核验……</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::MainWindow</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Choose an item first: there is no guide to export.</source>
        <translation>请先选择事项：当前没有可导出的办事指南。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>登录账号：%1</translation>
    </message>
    <message>
        <source>Embedded store: %1</source>
        <translation>本地数据库：%1</translation>
    </message>
    <message>
        <source>%1 items in the catalog</source>
        <translation>目录共 %1 个事项</translation>
    </message>
    <message>
        <source>About OneTrip</source>
        <translation>关于一次办成</translation>
    </message>
    <message>
        <source>OneTrip %1 — 一次办成

The window clerk's desktop for government service halls: service guides, intake, one-time correction notices and receipts.</source>
        <translation>一次办成 %1

政务服务大厅窗口工作台：办事指南查询、收件受理、一次性告知和受理回执。</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>办件 %1 已保存。</translation>
    </message>
    <message>
        <source>The hall is not set up: the catalog works, intake waits for Settings › Hall and terminal.</source>
        <translation>尚未设置大厅：可以查询事项，受理须先在“设置 › 大厅与终端”中完成设置。</translation>
    </message>
    <message>
        <source>Set up the hall and this terminal first: case numbers and documents need them.</source>
        <translation>请先设置大厅和本终端：办件编号和文书都需要这些信息。</translation>
    </message>
    <message>
        <source>The intake in progress was kept.</source>
        <translation>已保留正在进行的收件。</translation>
    </message>
    <message>
        <source>Cannot start the intake</source>
        <translation>无法开始收件</translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation>未能打开办件</translation>
    </message>
    <message>
        <source>Set up the hall and this terminal first (Settings › Hall and terminal).</source>
        <translation>请先设置大厅和本终端（设置 › 大厅与终端）。</translation>
    </message>
    <message>
        <source>Case %1 reopened: check the materials listed on the notice.</source>
        <translation>办件 %1 已重新打开：请核验告知书所列材料。</translation>
    </message>
    <message>
        <source>%1 · terminal %2</source>
        <translation>%1 · 终端 %2</translation>
    </message>
    <message>
        <source>Hall %1, %2, %3</source>
        <translation>大厅 %1，%2，%3</translation>
    </message>
    <message>
        <source>Hall not set up</source>
        <translation>未设置大厅</translation>
    </message>
    <message>
        <source>Intake needs the hall and this terminal: Settings › Hall and terminal.</source>
        <translation>受理须先设置大厅和本终端：设置 › 大厅与终端。</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>打开办件</translation>
    </message>
    <message>
        <source>Open &amp;case:</source>
        <translation>打开办件(&amp;C)：</translation>
    </message>
    <message>
        <source>A case number opens the case and its documents; the number of a correction notice reopens the case for the resubmission.</source>
        <translation>输入办件编号打开办件及其文书；输入一次性告知书编号则重新打开办件进行补正收件。</translation>
    </message>
    <message>
        <source>Consultation list given (consultation %1 today): the applicant can come once, with everything.</source>
        <translation>已出具咨询材料清单（今日第 %1 次咨询）：申请人备齐材料后只需跑一次。</translation>
    </message>
    <message>
        <source>Hall settings cannot be read</source>
        <translation>无法读取大厅设置</translation>
    </message>
    <message>
        <source>%1

The hall and terminal settings of this store cannot be read, so intake and case numbers are not available. The first-run setup is not offered: it could replace a saved hall. Restart OneTrip; if this stays, check the store with onetripctl db check.</source>
        <translation>%1

无法读取本地库中的大厅和终端设置，因此暂不能收件，也不能生成案件编号。此时不提供首次设置：那样可能覆盖已保存的大厅信息。请重新启动 OneTrip；如果问题仍然存在，请用 onetripctl db check 检查本地库。</translation>
    </message>
    <message>
        <source>The page %1 is not available to the role %2.</source>
        <translation>“%1”页面不对%2开放。</translation>
    </message>
    <message>
        <source>Work not saved</source>
        <translation>有未保存的工作</translation>
    </message>
    <message>
        <source>%1 Start another and discard it?</source>
        <translation>%1是否放弃并开始新的收件？</translation>
    </message>
    <message>
        <source>%1 Close OneTrip and discard it?</source>
        <translation>%1是否放弃并关闭一次办成？</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>%1 change(s) in conflict: a supervisor settles them (Sync conflicts)</source>
        <translation>%1 项变更存在冲突：由值班长处理（同步冲突）</translation>
    </message>
    <message>
        <source>Standalone terminal: kept on this computer only</source>
        <translation>单机终端：只保存在本机</translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent to the central server</source>
        <translation>%1 项变更待发送到中心服务器</translation>
    </message>
    <message>
        <source>Sent: the central server has every change</source>
        <translation>已发送：中心服务器已有全部变更</translation>
    </message>
    <message>
        <source>Connect to the central server</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator connects a terminal to the central server.</source>
        <translation>只有主管或管理员可以将终端连接到中心服务器。</translation>
    </message>
    <message>
        <source>Set up the hall and terminal first (Settings › Hall and terminal): the server registers this terminal in its hall.</source>
        <translation>请先设置大厅和终端（设置 › 大厅与终端）：服务器将本终端注册到所属大厅。</translation>
    </message>
    <message>
        <source>This terminal is connected to the central server already.</source>
        <translation>本终端已连接中心服务器。</translation>
    </message>
    <message>
        <source>Connected to the central server as terminal %1; the cases of this terminal are being sent.</source>
        <translation>已作为终端 %1 连接中心服务器；正在发送本终端的办件。</translation>
    </message>
    <message>
        <source>Notice window (Art. 32)</source>
        <translation>告知期限（第三十二条）</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>容缺 supplement</source>
        <translation>容缺补正期限</translation>
    </message>
    <message>
        <source>The time limit of case %1 is stopped (%2).</source>
        <translation>办件 %1 的办理时限已暂停（%2）。</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>The time limit of case %1 runs again.</source>
        <translation>办件 %1 的办理时限已恢复计算。</translation>
    </message>
    <message>
        <source>容缺 cases not ended</source>
        <translation>容缺办件未能终止</translation>
    </message>
    <message numerus="yes">
        <source>%n 容缺 case(s) ended: the supplement was not brought by its date (%1).</source>
        <translation><numerusform>%n 件容缺办件已终止：补正材料逾期未补齐（%1）。</numerusform></translation>
    </message>
    <message>
        <source>容缺 cases ended</source>
        <translation>容缺办件已终止</translation>
    </message>
    <message>
        <source>No case found for “%1”. Check the spelling, or type the case number or the full ID number.</source>
        <translation>未找到“%1”的办件。请检查输入，或输入办件编号或完整证件号码。</translation>
    </message>
    <message>
        <source>Case or notice number, name or ID — type or scan (Ctrl+O)</source>
        <translation>办件编号、文书编号、姓名或证件号码 — 输入或扫描（Ctrl+O）</translation>
    </message>
    <message>
        <source>Case %1 sent to %2.</source>
        <translation>办件 %1 已分转至%2。</translation>
    </message>
    <message>
        <source>Case %1: %2 recorded; ready for hand-out.</source>
        <translation>办件 %1：已录入“%2”，待出件。</translation>
    </message>
    <message>
        <source>Case %1 handed out: print the hand-out receipt for signature (Ctrl+P).</source>
        <translation>办件 %1 已出件：请打印出件签收单交领取人签字（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Case %1, visit %2 rated %3: the follow-up is due by %4.</source>
        <translation>办件 %1 第 %2 次来访评价为“%3”：整改期限 %4。</translation>
    </message>
    <message>
        <source>Case %1, visit %2 rated.</source>
        <translation>办件 %1 第 %2 次来访已评价。</translation>
    </message>
    <message>
        <source>Case %1, visit %2: %3.</source>
        <translation>办件 %1 第 %2 次来访：%3。</translation>
    </message>
    <message>
        <source>Case %1: the full ID number is shown; the reveal is kept with the case.</source>
        <translation>办件 %1：已显示完整证件号码，查看记录随办件留存。</translation>
    </message>
    <message>
        <source>Agents open their cases by number or from 我的代办.</source>
        <translation>代办员只能按编号或从“我的代办”打开办件。</translation>
    </message>
    <message>
        <source>Case %1 is not carried by you: an agent opens only their own 代办.</source>
        <translation>办件 %1 不是由您代办的：代办员只能打开自己代办的办件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Case %1: recorded; carried by %2.</source>
        <translation>办件 %1：已录入；由 %2 代办。</translation>
    </message>
    <message>
        <source>Case %1 is carried by %2: print the 代办委托书 for the applicant and the agent to sign (Ctrl+P).</source>
        <translation>办件 %1 已交 %2 代办：请打印代办委托书，由申请人和代办员签字（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Case %1: the materials are with %2 now; print the 材料交接单 for both sides to sign (Ctrl+P).</source>
        <translation>办件 %1：材料现由 %2 保管；请打印材料交接单，由交接双方签字（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Case %1: the 代办 ended; print the 代办办结单 for the applicant to sign (Ctrl+P).</source>
        <translation>办件 %1：代办已办结；请打印代办办结单，由申请人签字（Ctrl+P）。</translation>
    </message>
    <message>
        <source>代办 commitment date (%1)</source>
        <translation>代办承诺办结日期（%1）</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::MaterialTableModel</name>
    <message>
        <source>(reconstructed)</source>
        <translation>（重建）</translation>
    </message>
    <message>
        <source>When %1</source>
        <translation>情形必要：%1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主审要件</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>次要材料</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>How to obtain: %1</source>
        <translation>获取方式：%1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>是否必要</translation>
    </message>
    <message>
        <source>Main / secondary</source>
        <translation>要件类别</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>告知承诺</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>How to obtain</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>所属事项</translation>
    </message>
    <message>
        <source>Main materials (主审要件) must be complete to accept; secondary ones may be deferred.</source>
        <translation>主审要件齐全方可受理；次要材料可容缺后补。</translation>
    </message>
    <message>
        <source>容缺: may be brought later under a signed commitment.</source>
        <translation>容缺：申请人签署承诺书后，可在规定期限内补交。</translation>
    </message>
    <message>
        <source>告知承诺: a signed commitment may replace this certificate.</source>
        <translation>告知承诺：可由申请人签署承诺书代替该证明材料。</translation>
    </message>
    <message>
        <source>免提交: the government obtains it by data sharing; do not ask for it.</source>
        <translation>免提交：通过数据共享或电子证照获取，不得要求申请人提交。</translation>
    </message>
    <message>
        <source>The items of the bundle that need this material.</source>
        <translation>一件事中需要该材料的事项。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ProxyNoteDialog</name>
    <message>
        <source>Relay step</source>
        <translation>代办记录</translation>
    </message>
    <message>
        <source>Case %1: what the agent did at a department.</source>
        <translation>办件 %1：代办员在部门办理的情况。</translation>
    </message>
    <message>
        <source>e.g. submitted the materials, the window accepted them</source>
        <translation>如：递交材料，窗口已受理</translation>
    </message>
    <message>
        <source>Give the case to another agent</source>
        <translation>改派给其他代办员</translation>
    </message>
    <message>
        <source>Case %1 goes to another agent; materials the present agent holds pass to the new one in the chain.</source>
        <translation>办件 %1 改由其他代办员代办；原代办员持有的材料在交接链中转交新代办员。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代办员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>End the 代办</source>
        <translation>代办办结</translation>
    </message>
    <message>
        <source>Case %1: the materials and the result are back with the applicant.</source>
        <translation>办件 %1：材料和办理结果已交还申请人。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>办结情况(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::ProxyTakeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Case %1 is carried for the applicant by the agent below, for what the applicant delegates.</source>
        <translation>办件 %1 由以下代办员按申请人委托的事项代办。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RatingDialog</name>
    <message>
        <source>Case %1, visit %2: how the applicant rated it. 不满意 and 非常不满意 open a follow-up (回访, 整改, the rater's view).</source>
        <translation>办件 %1 第 %2 次来访：申请人的评价。“不满意”和“非常不满意”将启动差评整改（回访、整改、评价人意见）。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>不评</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n 星</numerusform></translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RevealIdDialog</name>
    <message>
        <source>The full number is shown only in this view of case %1, and who looked, when and why is kept with the case.</source>
        <translation>完整号码只在办件 %1 的本次查看中显示，查看人、时间和原因随办件留存。</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Checking the applicant's identity</source>
        <translation>核对申请人身份</translation>
    </message>
    <message>
        <source>Return visit for a rating</source>
        <translation>差评回访</translation>
    </message>
    <message>
        <source>A department asks for the number</source>
        <translation>审批部门需要证件号码</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::RouteDialog</name>
    <message>
        <source>Case %1 goes to the department that decides it, due there by the day below: at the latest the case's own due day, %2.</source>
        <translation>办件 %1 分转至负责审批的部门，部门办结期限最迟为办件本身的办结期限 %2。</translation>
    </message>
    <message>
        <source>Case %1 goes to the department that decides it, due there by the day below.</source>
        <translation>办件 %1 分转至负责审批的部门，部门办结期限如下。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SearchResultDelegate</name>
    <message>
        <source>Bundle</source>
        <translation>一件事</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SituationTreeModel</name>
    <message>
        <source>%1 (usual answer)</source>
        <translation>%1（常见情形）</translation>
    </message>
    <message>
        <source>no further material</source>
        <translation>无需另交材料</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Question / answer</source>
        <translation>问题/选项</translation>
    </message>
    <message>
        <source>Materials this answer requires</source>
        <translation>该选项需另交的材料</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::StopClockDialog</name>
    <message>
        <source>Stop the time limit of %1</source>
        <translation>暂停办件 %1 的办理时限</translation>
    </message>
    <message>
        <source>&amp;Stop the clock</source>
        <translation>暂停计时(&amp;S)</translation>
    </message>
    <message>
        <source>Enter why the time limit stops: it is kept in the case's history.</source>
        <translation>请填写暂停办理时限的原因：该原因将记入办件记录。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SupervisorApprovalDialog</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Enter the supervisor's login and password.</source>
        <translation>请输入负责人的账号和密码。</translation>
    </message>
    <message>
        <source>Write the reason for the second notice: it is logged with the case.</source>
        <translation>请填写二次告知的理由：将随办件记入日志。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor may approve a second notice.</source>
        <translation>%1 不是窗口负责人：只有负责人可以批准二次告知。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SyncPasswordDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>The central server did not take this terminal's sign-in: %1</source>
        <translation>中心服务器未接受本终端的登录：%1</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::SyncStatusLabel</name>
    <message>
        <source>Standalone (no central server)</source>
        <translation>单机（未连接中心服务器）</translation>
    </message>
    <message>
        <source>This terminal is not registered with a central server: its cases stay on this computer. A supervisor connects it with onetripctl sync.</source>
        <translation>本终端未在中心服务器登记：办件只保存在本机。值班长可用 onetripctl sync 将其接入。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>已联网</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 条待发送</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>已全部发送</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 个冲突</translation>
    </message>
    <message>
        <source>Changes are sent to the central server in the background; work goes on while the network is down.</source>
        <translation>变更在后台发送到中心服务器；断网时可照常办理。</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::VerdictPane</name>
    <message>
        <source>Saved: case %1 (%2)</source>
        <translation>已保存：办件 %1（%2）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>● %1 · %n working day(s) late</source>
        <translation><numerusform>● %1 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message numerus="yes">
        <source>● %1 · %n working day(s) left</source>
        <translation><numerusform>● %1 · 剩余 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <source>The time limit of the case</source>
        <translation>办件的办理时限</translation>
    </message>
    <message>
        <source>The date the 容缺 materials were promised for</source>
        <translation>容缺材料承诺补齐日期</translation>
    </message>
    <message>
        <source>The last day for a correction notice (Art. 32)</source>
        <translation>出具补正告知的最后期限（第三十二条）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>红黄牌</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>The last day for the 差评's follow-up (回访, 整改, the rater's view)</source>
        <translation>差评整改（回访、整改、评价人意见）的最后期限</translation>
    </message>
    <message>
        <source>The day the agent committed to finish the 代办 by</source>
        <translation>代办员承诺的办结日期</translation>
    </message>
</context>
<context>
    <name>onetrip::gui::WorklistPage</name>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>共 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown; scroll for more</source>
        <translation><numerusform>已显示前 %n 件，向下滚动加载更多</numerusform></translation>
    </message>
    <message>
        <source>due %1 to %2</source>
        <translation>到期日 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>onetripctl</name>
    <message>
        <source>Usage: onetripctl calendar import FILE
       onetripctl calendar show YEAR</source>
        <translation>用法：onetripctl calendar import 文件
      onetripctl calendar show 年份</translation>
    </message>
    <message>
        <source>%1 has %2 problem(s); nothing was imported:</source>
        <translation>%1 有 %2 处问题，未导入任何内容：</translation>
    </message>
    <message>
        <source>Loaded the working-day calendar for %1.</source>
        <translation>已载入 %1 年的工作日历。</translation>
    </message>
    <message>
        <source>%1: %2, %3 working days</source>
        <translation>%1年：%2，共 %3 个工作日</translation>
    </message>
    <message>
        <source>Replaced the calendar stored before for %1.</source>
        <translation>已替换此前保存的 %1 年日历。</translation>
    </message>
    <message>
        <source>"%1" is not a year; give four digits, e.g. 2026.</source>
        <translation>“%1”不是年份；请输入四位数字，如 2026。</translation>
    </message>
    <message>
        <source>The store has no working-day calendar; using the shipped calendar %1.</source>
        <translation>本机数据库中没有工作日历，现使用随程序提供的工作日历 %1。</translation>
    </message>
    <message>
        <source>No working-day calendar is loaded for %1. Ask a supervisor to import the %1 holiday notice (onetripctl calendar import FILE).</source>
        <translation>未载入%1年的工作日历。请值班长导入%1年节假日安排通知（onetripctl calendar import 文件）。</translation>
    </message>
    <message>
        <source>Working-day calendar %1</source>
        <translation>%1年工作日历</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>节假日：</translation>
    </message>
    <message>
        <source>%1: %2, 1 day off</source>
        <translation>%1：%2，放假1天</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 days off</source>
        <translation>%1：%2 至 %3，放假 %4 天</translation>
    </message>
    <message>
        <source>make-up workdays: %1</source>
        <translation>调休上班：%1</translation>
    </message>
    <message>
        <source>Weekday off days (%1): %2</source>
        <translation>工作日放假（%1天）：%2</translation>
    </message>
    <message>
        <source>Make-up workdays (%1): %2</source>
        <translation>调休上班（%1天）：%2</translation>
    </message>
    <message>
        <source>Working days in %1: %2</source>
        <translation>%1年工作日：%2天</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation>%1：发现 %2 处问题。</translation>
    </message>
    <message>
        <source>%1: valid — %2 item(s), %3 bundle(s).</source>
        <translation>%1：有效 —— %2 个事项，%3 个“一件事”。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 with a new guide version, %4 unchanged, %5 bundle(s).</source>
        <translation>已导入 %1：新增 %2 个事项，%3 个事项生成新版办事指南，%4 个未变，%5 个“一件事”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 item(s) and %2 bundle(s) to %3.</source>
        <translation>已将 %1 个事项和 %2 个“一件事”导出到 %3。</translation>
    </message>
    <message>
        <source>Usage: onetripctl catalog validate|import|export FILE</source>
        <translation>用法：onetripctl catalog validate|import|export 文件</translation>
    </message>
    <message>
        <source>Unknown catalog action %1: use validate, import or export.</source>
        <translation>未知的目录操作 %1：请使用 validate、import 或 export。</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>本地库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: ok (schema %2).</source>
        <translation>%1：正常（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Usage: onetripctl deadline YYYY-MM-DD N</source>
        <translation>用法：onetripctl deadline YYYY-MM-DD 工作日数</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-09-30.</source>
        <translation>“%1”不是有效日期；请写成 YYYY-MM-DD 格式，如 2026-09-30。</translation>
    </message>
    <message>
        <source>"%1" is not a number of working days; give a whole number from 0 to %2.</source>
        <translation>“%1”不是有效的工作日数；请输入 0 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: onetripctl demo init</source>
        <translation>用法：onetripctl demo init</translation>
    </message>
    <message>
        <source>Demo store ready at %1: %2 catalog item(s); users clerk01, agent01, super01 (password "demo").</source>
        <translation>演示库已就绪：%1，共 %2 个事项；用户 clerk01、agent01、super01（密码 demo）。</translation>
    </message>
    <message>
        <source>Usage: onetripctl id check [--kind resident|credit-code] VALUE...</source>
        <translation>用法：onetripctl id check [--kind resident|credit-code] 号码...</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; use resident or credit-code.</source>
        <translation>未知类型“%1”；请使用 resident（居民身份号码）或 credit-code（统一社会信用代码）。</translation>
    </message>
    <message>
        <source>Give at least one value to check.</source>
        <translation>请至少提供一个要校验的号码。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>as resident ID</source>
        <translation>按居民身份号码校验</translation>
    </message>
    <message>
        <source>as credit code</source>
        <translation>按统一社会信用代码校验</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Unknown role %1: use clerk, agent, supervisor or admin.</source>
        <translation>未知角色 %1：请使用 clerk、agent、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>User %1 (%2) created.</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>Item %1 has no published material list: its intake cannot be checked.</source>
        <translation>事项 %1 未公布申请材料清单，无法核验收件。</translation>
    </message>
    <message>
        <source>%1 more problem(s) after the first.</source>
        <translation>此后另有 %1 个问题。</translation>
    </message>
    <message>
        <source>The case history of %1 was tampered with. Keep this file for investigation and restore the latest backup to work on.</source>
        <translation>%1 中的办件历史被篡改。请保留此文件以便调查，并恢复最近的备份后继续工作。</translation>
    </message>
    <message>
        <source>ok, %1 events from %2 terminal(s).</source>
        <translation>正常，共 %1 条事件，来自 %2 台终端。</translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] audit verify</source>
        <translation>用法：onetripctl [--store 文件] audit verify</translation>
    </message>
    <message>
        <source>%1 cases rebuilt ...</source>
        <translation>已重建 %1 个办件……</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Rebuilt %1 case(s) from %2 event(s).</source>
        <translation>已根据 %2 条事件重建 %1 个办件。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1: %2 problem(s).</source>
        <translation>%1：%2 个问题。</translation>
    </message>
    <message>
        <source>The store was not changed.</source>
        <translation>本地库未作任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is the store itself, not a backup of it.</source>
        <translation>%1 就是本地库本身，不是它的备份。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is damaged or is not a OneTrip store.</source>
        <translation>备份文件 %1 无法使用：它已损坏或不是 OneTrip 本地库。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be checked, so it was not used.</source>
        <translation>备份文件 %1 无法检查，因此未使用。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too (%2 problem(s)); try an older backup.</source>
        <translation>备份文件 %1 也已损坏（%2 个问题），请改用更早的备份。</translation>
    </message>
    <message>
        <source>%1 is not a OneTrip store.</source>
        <translation>%1 不是 OneTrip 本地库。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of OneTrip (schema %2; this program knows up to %3). Restore it with that version.</source>
        <translation>备份文件 %1 由更新版本的 OneTrip 写入（结构版本 %2；本程序最高支持 %3），请用该版本恢复。</translation>
    </message>
    <message>
        <source>The copy of the backup cannot be read.</source>
        <translation>无法读取备份的副本。</translation>
    </message>
    <message>
        <source>The store cannot be kept aside as %1. Check the free space and that the folder is writable.</source>
        <translation>无法将本地库另存为 %1。请检查磁盘剩余空间以及文件夹是否可写。</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; is OneTrip still running?</source>
        <translation>无法移开 %1；OneTrip 是否仍在运行？</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1: %2. The store file is as it was.</source>
        <translation>备份未能复制到 %1：%2。本地库文件保持原样。</translation>
    </message>
    <message>
        <source>The restored store %1 does not pass its check.</source>
        <translation>恢复后的本地库 %1 未通过检查。</translation>
    </message>
    <message>
        <source>The backup %1 passed its integrity check (schema %2).</source>
        <translation>备份文件 %1 已通过完整性检查（结构版本 %2）。</translation>
    </message>
    <message>
        <source>The previous store file was kept as %1; nothing was deleted.</source>
        <translation>原本地库文件已保留为 %1，未删除任何文件。</translation>
    </message>
    <message>
        <source>The backup was copied to %1. The store now holds what it held when the backup was made; enter again what was done after that.</source>
        <translation>备份已复制到 %1。本地库现在的内容与备份时相同；备份之后办理的业务请重新录入。</translation>
    </message>
    <message>
        <source>Usage: onetripctl db check | db backup FILE | db restore BACKUP | db rebuild</source>
        <translation>用法：onetripctl db check | db backup 文件 | db restore 备份文件 | db rebuild</translation>
    </message>
    <message>
        <source>%1: "%2" is not valid.</source>
        <translation>%1：“%2”无效。</translation>
    </message>
    <message>
        <source>Say how many cases: --cases N.</source>
        <translation>请用 --cases N 指定办件数量。</translation>
    </message>
    <message>
        <source>generate needs the demo users (clerk01, super01).</source>
        <translation>generate 需要演示用户（clerk01、super01）。</translation>
    </message>
    <message>
        <source>%1 cases (%2 s) ...</source>
        <translation>已生成 %1 个办件（%2 秒）……</translation>
    </message>
    <message>
        <source>Generated %1 case(s) over %2 working day(s) in %3 s.</source>
        <translation>已在 %2 个工作日内生成 %1 个办件，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] [--lang zh_CN|en] intake check FILE.json|- [--date YYYY-MM-DD]</source>
        <translation>用法：onetripctl [--store 文件] [--lang zh_CN|en] intake check 文件.json|- [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Check not finished: %1 material(s) still to check</source>
        <translation>核验未完成：还有 %1 项材料未核验</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD.</source>
        <translation>--date 的值应为日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not "%1".</source>
        <translation>--lang 只能为 zh_CN 或 en，不能为“%1”。</translation>
    </message>
    <message>
        <source>Usage: onetripctl hall show | hall set HALL TERMINAL NAME [--address TEXT] [--phone TEXT]</source>
        <translation>用法：onetripctl hall show | hall set 大厅 终端 名称 [--address 地址] [--phone 电话]</translation>
    </message>
    <message>
        <source>This store has no hall yet.</source>
        <translation>本地库尚未设置大厅。</translation>
    </message>
    <message>
        <source>Hall %1, terminal %2 saved.</source>
        <translation>已保存大厅 %1、终端 %2。</translation>
    </message>
    <message>
        <source>Registered as terminal %1 of hall %2.</source>
        <translation>已登记为大厅 %2 的终端 %1。</translation>
    </message>
    <message>
        <source>Sent %1 changes (%2 refused), received %3. Waiting: %4. Conflicts: %5.</source>
        <translation>已发送 %1 条变更（被拒 %2 条），已接收 %3 条。待发送：%4。冲突：%5。</translation>
    </message>
    <message>
        <source>Usage: onetripctl conflicts list | conflicts reapply CASE --user LOGIN | conflicts discard CASE --user LOGIN --reason TEXT (the password is read from standard input)</source>
        <translation>用法：onetripctl conflicts list | conflicts reapply 办件 --user 登录名 | conflicts discard 办件 --user 登录名 --reason 理由（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>The changes to case %1 were made again.</source>
        <translation>已在办件 %1 上重新执行这些变更。</translation>
    </message>
    <message>
        <source>The changes to case %1 were discarded.</source>
        <translation>已舍弃办件 %1 的这些变更。</translation>
    </message>
    <message>
        <source>Usage: onetripctl user add LOGIN clerk|agent|supervisor|admin NAME | user passwd LOGIN | user role LOGIN ROLE | user disable LOGIN | user enable LOGIN | user list (passwords are read from standard input)</source>
        <translation>用法：onetripctl user add 登录名 clerk|agent|supervisor|admin 姓名 | user passwd 登录名 | user role 登录名 角色 | user disable 登录名 | user enable 登录名 | user list（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>User %1 changed.</source>
        <translation>已修改用户 %1。</translation>
    </message>
    <message>
        <source>Usage: onetripctl sync --server URL --user LOGIN [--ca FILE] [--pin SHA256] [--retry-for SECONDS] (the password is read from standard input)</source>
        <translation>用法：onetripctl sync --server 网址 --user 登录名 [--ca 文件] [--pin SHA256] [--retry-for 秒数]（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>retrying in %1 ms: %2</source>
        <translation>%1 毫秒后重试：%2</translation>
    </message>
    <message>
        <source>Took %1 catalog and %2 calendar file(s) published by the server.</source>
        <translation>已获取服务器发布的 %1 个事项目录文件和 %2 个工作日历文件。</translation>
    </message>
    <message>
        <source>… more cases match: type more of it.</source>
        <translation>……还有更多办件符合条件：请输入更多内容。</translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] case show NUMBER | case find TEXT (a case number or its start, an ID number or credit code, a name or its start)</source>
        <translation>用法：onetripctl [--store 文件] case show 编号 | case find 文本（办件编号或其开头、身份证号或统一社会信用代码、姓名或其开头）</translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] generate --cases N [--seed S] [--from YYYY-MM-DD --to YYYY-MM-DD] [--terminals K] [--intake-only]</source>
        <translation>用法：onetripctl [--store 文件] generate --cases N [--seed S] [--from YYYY-MM-DD --to YYYY-MM-DD] [--terminals K] [--intake-only]</translation>
    </message>
    <message>
        <source>Deadlines of %1 case(s) counted for the worklists (%2 s).</source>
        <translation>已为工作清单计算 %1 个办件的期限（%2 秒）。</translation>
    </message>
    <message>
        <source>Usage: onetripctl settings show | settings set warning-days N | settings set warning-percent N | settings set follow-up-days 5|7|15</source>
        <translation>用法：onetripctl settings show | settings set warning-days N | settings set warning-percent N | settings set follow-up-days 5|7|15</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <translation>%1 已设为 %2。</translation>
    </message>
    <message>
        <source>Usage: onetripctl [--store FILE] [--data-dir DIR] [--lang zh_CN|en] COMMAND ...

Commands:
  catalog validate FILE       check a catalog file and list every problem
  catalog import FILE         import a catalog file (all or nothing)
  catalog export FILE         write the store's current catalog to FILE
  db check                    run the store's integrity check
  db backup FILE              write a consistent copy of the store
  db restore BACKUP           check a backup and put it in the store's place
                              (the old file is kept as STORE.damaged-DATE)
  db rebuild                  rebuild every case table from the event log
  audit verify                check the hash chain of the case history
  case show NUMBER            one case with its events and documents (JSON)
  case find TEXT              cases by number, ID number, credit code or name
  id check [--kind resident|credit-code] VALUE...
                              check resident ID numbers or credit codes
  deadline YYYY-MM-DD N       the date N working days after a date
  calendar import FILE        validate and load working-day calendar years
  calendar show YEAR          list a year's holidays and make-up workdays
  user add LOGIN ROLE NAME    create a staff user (password from stdin)
  user passwd|disable|enable LOGIN | user role LOGIN ROLE | user list
                              manage a standalone terminal's staff
  demo init                   load the shipped catalog, calendar and demo users
  intake check FILE.json|- [--date YYYY-MM-DD]
                              check an intake and print the verdict as JSON
  generate --cases N [--seed S] [--from DATE --to DATE] [--terminals K]
           [--intake-only]    fill the store with realistic cases of every kind
                              (accepted ones then routed, decided, handed out
                              and rated, some carried by an agent; not with
                              --intake-only)
  settings show | settings set warning-days N | warning-percent N |
           follow-up-days 5|7|15
                              the deadline lights' warning window and the
                              working days of a 差评 follow-up
  hall show | hall set HALL TERMINAL NAME [--address A] [--phone P]
                              this store's hall and terminal codes
  sync --server URL --user LOGIN [--ca FILE] [--pin SHA256]
       [--retry-for SECONDS]  one sync with the server (password from stdin;
                              the first registers this terminal; network
                              errors are retried for up to SECONDS)
  conflicts list | reapply CASE --user LOGIN | discard CASE --user LOGIN
            --reason TEXT     a supervisor settles this terminal's sync conflicts

Global options may come before or after the command. Messages are in Chinese
unless --lang en (or $ONETRIP_LANG=en) is given.
The store defaults to %1 (or $ONETRIP_STORE).
</source>
        <translation>用法：onetripctl [--store 文件] [--data-dir 目录] [--lang zh_CN|en] 命令 ...

命令：
  catalog validate 文件       检查事项目录文件并列出全部问题
  catalog import 文件         导入事项目录文件（全部成功或全部不导入）
  catalog export 文件         将本地库当前的事项目录写入文件
  db check                    检查本地库完整性
  db backup 文件              生成本地库的一致性备份
  db restore 备份文件         检查备份文件并用它替换本地库
                              （原文件保留为 本地库.damaged-日期时间）
  db rebuild                  根据事件日志重建全部办件数据表
  audit verify                校验办件历史的哈希链
  case show 办件编号          以 JSON 输出一个办件及其事件和文书
  case find 文本              按办件编号、身份证号、信用代码或姓名查找办件
  id check [--kind resident|credit-code] 号码...
                              校验居民身份证号码或统一社会信用代码
  deadline YYYY-MM-DD N       计算某日之后第 N 个工作日
  calendar import 文件        校验并导入工作日历年度数据
  calendar show 年份          列出某年的节假日和调休上班日
  user add 登录名 角色 姓名   创建工作人员（密码从标准输入读取）
  user passwd|disable|enable 登录名 | user role 登录名 角色 | user list
                              管理单机终端的工作人员
  demo init                   载入随软件提供的事项目录、工作日历和演示用户
  intake check 文件.json|- [--date YYYY-MM-DD]
                              核验一份收件材料并以 JSON 输出核验结论
  generate --cases N [--seed S] [--from 日期 --to 日期] [--terminals K]
           [--intake-only]    在本地库中生成各类逼真的办件
                              （受理后的办件随后分转、决定、出件并评价，
                              部分由代办员代办；--intake-only 时不做）
  settings show | settings set warning-days N | warning-percent N |
           follow-up-days 5|7|15
                              红黄牌预警期与差评整改期限（工作日）
  hall show | hall set 大厅 终端 名称 [--address 地址] [--phone 电话]
                              本地库的大厅和终端编码
  sync --server 网址 --user 登录名 [--ca 文件] [--pin SHA256]
       [--retry-for 秒数]     与服务器同步一次（密码从标准输入读取；
                              首次同步时登记本终端；网络故障时
                              在指定秒数内自动重试）
  conflicts list | reapply 办件 --user 登录名 | discard 办件 --user 登录名
            --reason 理由     由值班长处理本终端的同步冲突

全局选项可写在命令之前或之后。除非指定 --lang en（或 $ONETRIP_LANG=en），
提示信息均为中文。
本地库默认为 %1（或 $ONETRIP_STORE）。
</translation>
    </message>
</context>
</TS>
