<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>SafetyNet: the desk of a township social-assistance window.</source>
        <translation>安全网：镇（街道）社会救助窗口的工作平台。</translation>
    </message>
    <message>
        <source>The station database file.</source>
        <translation>站点数据库文件。</translation>
    </message>
    <message>
        <source>SafetyNet</source>
        <translation>安全网</translation>
    </message>
    <message>
        <source>Review schedules were not updated: %1</source>
        <translation>复核计划未更新：%1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>sn::AccountService</name>
    <message>
        <source>No such user.</source>
        <translation>没有此用户。</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A %1 needs a township.</source>
        <translation>“%1”必须指定所属镇（街道）。</translation>
    </message>
    <message>
        <source>The village is not in the user&apos;s township.</source>
        <translation>该村（社区）不在用户所属的镇（街道）内。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法对密码进行哈希处理。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此账户已停用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1.</source>
        <translation>密码错误次数过多：账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for %1 minutes.</source>
        <translation>密码错误次数过多：账户已锁定 %1 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>再输错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>This password is one of the most common ones and is guessed first: choose another.</source>
        <translation>该密码属于最常见的密码，最容易被猜中，请另选一个。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>%1 is the last active district administrator.</source>
        <translation>%1 是最后一个启用中的区县管理员。</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <source>A township station cannot hold a district-wide account (%1).</source>
        <translation>乡镇（街道）站点不能设置全区范围的账户（%1）。</translation>
    </message>
    <message>
        <source>A township administrator cannot give the role %1.</source>
        <translation>乡镇（街道）管理员不能授予“%1”角色。</translation>
    </message>
    <message>
        <source>A township administrator manages the accounts of its own township only.</source>
        <translation>乡镇（街道）管理员只能管理本乡镇（街道）的账户。</translation>
    </message>
    <message>
        <source>Accounts of this station belong to its own township.</source>
        <translation>本站点的账户只能属于本乡镇（街道）。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>Only an administrator may create accounts.</source>
        <translation>只有管理员可以创建账户。</translation>
    </message>
    <message>
        <source>Only an administrator may list accounts.</source>
        <translation>只有管理员可以查看账户列表。</translation>
    </message>
    <message>
        <source>Only an administrator may change accounts.</source>
        <translation>只有管理员可以修改账户。</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot; that you manage.</source>
        <translation>您管理的账户中没有名为“%1”的账户。</translation>
    </message>
    <message>
        <source>You cannot change your own role or area.</source>
        <translation>不能修改自己的角色或所属区域。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator of this station.</source>
        <translation>%1 是本站点最后一个启用的管理员。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>sn::AccountsPage</name>
    <message>
        <source>User name, name, role or area</source>
        <translation>用户名、姓名、角色或区域</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation>镇（街道）/ 村（社区）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>新账户的用户名</translation>
    </message>
    <message>
        <source>Full name of the new account</source>
        <translation>新账户的姓名</translation>
    </message>
    <message>
        <source>Role of the new account</source>
        <translation>新账户的角色</translation>
    </message>
    <message>
        <source>Township of the new account</source>
        <translation>新账户所属镇（街道）</translation>
    </message>
    <message>
        <source>Village of the new account</source>
        <translation>新账户所属村（社区）</translation>
    </message>
    <message>
        <source>Password of the new account</source>
        <translation>新账户的密码</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>所选账户</translation>
    </message>
    <message>
        <source>Role of the selected account</source>
        <translation>所选账户的角色</translation>
    </message>
    <message>
        <source>Township of the selected account</source>
        <translation>所选账户所属镇（街道）</translation>
    </message>
    <message>
        <source>Village of the selected account</source>
        <translation>所选账户所属村（社区）</translation>
    </message>
    <message>
        <source>&amp;Apply role and area</source>
        <translation>应用角色和区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>停用账户(&amp;D)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>The account must choose its own password at the next sign-in.</source>
        <translation>该账户下次登录时须自行设置新密码。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>角色(&amp;E)：</translation>
    </message>
    <message>
        <source>Vi&amp;llage:</source>
        <translation>村（社区）(&amp;L)：</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>密码符合要求。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(select an account in the table)</source>
        <translation>（请在表格中选择一个账户）</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>启用账户(&amp;E)</translation>
    </message>
    <message>
        <source>Created %1 (%2). Give the password in person; it can be changed at the desk.</source>
        <translation>已创建 %1（%2）。请当面告知密码，登录后可在工作台修改。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>%1 is disabled: the account can no longer sign in.</source>
        <translation>已停用 %1：该账号不能再登录。</translation>
    </message>
    <message>
        <source>The password of %1 is reset: a new one must be chosen at the next sign-in.</source>
        <translation>已重置 %1 的密码：下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 现在的角色是%2。</translation>
    </message>
    <message>
        <source>Town&amp;ship:</source>
        <translation>镇（街道）(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationDocuments</name>
    <message>
        <source>The notice is printed while the application is at 公示 (now: %1).</source>
        <translation>公示期间才能打印公示（当前环节：%1）。</translation>
    </message>
    <message>
        <source>The written decision exists once the application is decided.</source>
        <translation>作出决定后才有书面决定书。</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationRepository</name>
    <message>
        <source>No application with the id %1.</source>
        <translation>没有编号为 %1 的申请。</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationRules</name>
    <message>
        <source>Minimum living guarantee (低保)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Extreme-poverty support (特困)</source>
        <translation>特困人员救助供养（特困）</translation>
    </message>
    <message>
        <source>Temporary assistance (临时救助)</source>
        <translation>临时救助</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Home survey</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Democratic evaluation</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Township review</source>
        <translation>乡镇审核</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>County confirmation</source>
        <translation>县级确认</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>纳入保障</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>予以确认</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>The application is finished (%1).</source>
        <translation>该申请已办结（%1）。</translation>
    </message>
    <message>
        <source>Only an approved application is enrolled.</source>
        <translation>只有予以确认的申请才能纳入保障。</translation>
    </message>
    <message>
        <source>From %1 the next step is %2, not %3.</source>
        <translation>“%1”之后应为“%2”，而不是“%3”。</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>This application belongs to another township.</source>
        <translation>该申请属于其他乡镇（街道）。</translation>
    </message>
    <message>
        <source>district setting (national default %1: %2)</source>
        <translation>区县设定（国家默认 %1：%2）</translation>
    </message>
    <message>
        <source>Only the district sets the time limits.</source>
        <translation>办理时限只能由区民政局设定。</translation>
    </message>
    <message>
        <source>A time limit is 0 to 90 days.</source>
        <translation>办理时限应为 0 至 90 天。</translation>
    </message>
    <message>
        <source>%1 has no step %2.</source>
        <translation>%1没有“%2”环节。</translation>
    </message>
    <message>
        <source>Only the district decides whether 民主评议 is used.</source>
        <translation>是否开展民主评议由区民政局决定。</translation>
    </message>
    <message>
        <source>Only the district maintains the holiday calendar.</source>
        <translation>节假日日历只能由区民政局维护。</translation>
    </message>
    <message>
        <source>The date is not valid (YYYY-MM-DD).</source>
        <translation>日期无效（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The lead was decided &quot;%1&quot;: only a lead decided granted (or still open) becomes an application.</source>
        <translation>该线索已决定为“%1”：只有决定给予救助（或尚未办结）的线索才能转为申请。</translation>
    </message>
    <message>
        <source>The household and the lead are in different townships.</source>
        <translation>该家庭与线索不在同一乡镇（街道）。</translation>
    </message>
    <message>
        <source>Name the household (household_id) or the lead (lead_id) that applies.</source>
        <translation>请注明申请的家庭（household_id）或线索（lead_id）。</translation>
    </message>
    <message>
        <source>applied_on: the date of the application (YYYY-MM-DD) is missing.</source>
        <translation>applied_on：缺少申请日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>applied_on: %1 is in the future.</source>
        <translation>applied_on：%1 是将来的日期。</translation>
    </message>
    <message>
        <source>Who applies? The applicant&apos;s name is empty.</source>
        <translation>申请人是谁？申请人姓名为空。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已纳入保障</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>past the overall limit (%1)</source>
        <translation>已超过总办理时限（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed authorisation for the economic check (家庭经济状况核对授权书) is not recorded.</source>
        <translation>尚未登记已签署的家庭经济状况核对授权书。</translation>
    </message>
    <message>
        <source>Write the findings of the home survey in the note.</source>
        <translation>请在备注中填写入户调查结论。</translation>
    </message>
    <message>
        <source>Write the objection that sends the case back to the survey in the note.</source>
        <translation>请在备注中填写导致重新调查的异议内容。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <source>The date %1 is before the step began (%2).</source>
        <translation>日期 %1 早于本环节开始日期（%2）。</translation>
    </message>
    <message>
        <source>The household %1 is not one of this township&apos;s.</source>
        <translation>家庭 %1 不属于本乡镇（街道）。</translation>
    </message>
    <message>
        <source>Link the household before enrolling it.</source>
        <translation>纳入保障前请先关联家庭。</translation>
    </message>
    <message>
        <source>A refusal is given in writing with its reasons: write them.</source>
        <translation>不予确认须书面说明理由，请填写理由。</translation>
    </message>
    <message>
        <source>Decide: approved or refused.</source>
        <translation>请选择：予以确认或不予确认。</translation>
    </message>
    <message>
        <source>The rules give no payment for this household: give the amount or refuse.</source>
        <translation>按规则该家庭无保障金额：请填写金额或不予确认。</translation>
    </message>
    <message>
        <source>Give the approved amount.</source>
        <translation>请填写确认的保障金额。</translation>
    </message>
    <message>
        <source>The approved amount must be more than 0.</source>
        <translation>确认的保障金额必须大于 0。</translation>
    </message>
    <message>
        <source>The start month must be YYYY-MM.</source>
        <translation>起始月份应为 YYYY-MM。</translation>
    </message>
    <message>
        <source>Decided by application %1 on %2 (%3)</source>
        <translation>经申请 %1 于 %2 确认（%3）</translation>
    </message>
    <message>
        <source>Only the district sets the time limits and the holiday calendar.</source>
        <translation>时限和节假日安排只能由区县设置。</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationSettingsPage</name>
    <message>
        <source>Time limits of the application steps</source>
        <translation>审核确认各环节时限</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Type the number of days over a limit to change it (0 to %1).</source>
        <translation>在时限上直接输入天数即可修改（0 至 %1 天）。</translation>
    </message>
    <message>
        <source>The district holds 民主评议 (democratic &amp;evaluation) for 低保 and 特困</source>
        <translation>本区县对低保和特困申请开展民主评议(&amp;E)</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Working days are Monday to Friday, less the holidays listed here, plus the make-up working days (调休上班). Enter each year&apos;s days as the State Council announces them.</source>
        <translation>工作日为周一至周五，扣除下列法定节假日，加上调休上班日。请按国务院办公厅每年公布的放假安排录入。</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>国庆节, 春节调休</source>
        <translation>国庆节、春节调休</translation>
    </message>
    <message>
        <source>A&amp;dd day</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve day</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>名称(&amp;M)</translation>
    </message>
    <message>
        <source>Changes are saved with OK and reach every station with the next sync.</source>
        <translation>修改在点击“确定”后保存，下次同步时发送到各站点。</translation>
    </message>
    <message>
        <source>Only the district bureau changes these; they are shown here to read.</source>
        <translation>这些设置只能由区县民政局修改，此处仅供查看。</translation>
    </message>
    <message>
        <source>The whole 审核确认</source>
        <translation>审核确认全程</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Type the date first, e.g. 2027-10-01.</source>
        <translation>请先填写日期，如 2027-10-01。</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1, %2: the time limit is 0 to %3 days.</source>
        <translation>%1“%2”：时限应为 0 至 %3 天。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请审核</translation>
    </message>
</context>
<context>
    <name>sn::ApplicationsPage</name>
    <message>
        <source>Applications past a step&apos;s deadline or the overall time limit</source>
        <translation>已超过环节时限或总办理时限的申请</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Open applications</source>
        <translation>在办申请</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>已办环节</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一环节(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Survey findings, objections to the notice, or a note</source>
        <translation>入户调查结论、公示异议或备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>决定(&amp;U)：</translation>
    </message>
    <message>
        <source>computed from the rules when empty</source>
        <translation>留空则按规则计算</translation>
    </message>
    <message>
        <source>&amp;Reasons of a refusal:</source>
        <translation>不予确认理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Advance</source>
        <translation>办理下一环节(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n open application(s)</source>
        <translation>
            <numerusform>在办申请 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，超期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application.</source>
        <translation>请选择一件申请。</translation>
    </message>
    <message>
        <source>%1 — %2
Step: %3 since %4, due %5 (%6)
Overall limit: %7
Platform case: %8</source>
        <translation>%1 — %2
环节：%3，自 %4 起，期限 %5（%6）
总办理时限：%7
平台受理编号：%8</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 → %2 on %3%4%5</source>
        <translation>%1 → %2，%3%4%5</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（超期）</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>办理下一环节</translation>
    </message>
    <message>
        <source>The amount is not an amount in yuan.</source>
        <translation>金额格式不正确（应以元为单位）。</translation>
    </message>
    <message>
        <source>The application is finished.</source>
        <translation>该申请已办结。</translation>
    </message>
    <message>
        <source>Application: %1 — %2 %3</source>
        <translation>申请：%1 — %2 %3</translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>仅看超期(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;mount (yuan/month):</source>
        <translation>金额（元/月）(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>sn::AssetTableModel</name>
    <message>
        <source>Housing</source>
        <translation>房产</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有价证券</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>One row per home or vehicle: the number of homes and the total value of vehicles are tested.</source>
        <translation>每套住房或每辆车各占一行：将核查住房套数和车辆总价值。</translation>
    </message>
</context>
<context>
    <name>sn::AssistanceRules</name>
    <message>
        <source>intellectual disability</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>mental disability</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>physical disability</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>visual disability</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>basic pension of the residents&apos; pension scheme</source>
        <translation>城乡居民基本养老保险基础养老金</translation>
    </message>
    <message>
        <source>old-age allowance (高龄津贴)</source>
        <translation>高龄津贴</translation>
    </message>
    <message>
        <source>special-care and pension payments (优待抚恤金)</source>
        <translation>优待抚恤金</translation>
    </message>
</context>
<context>
    <name>sn::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing (the log jumps from %2 to %3).</source>
        <translation>审计记录 %1 缺失（日志从 %2 跳到 %3）。</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered: its hash does not match its content.</source>
        <translation>审计记录 %1 已被篡改：其哈希值与内容不符。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <source>The trigger that records the audit log&apos;s last entry was removed.</source>
        <translation>记录审计日志最后一条记录的触发器已被删除。</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s last entry is unreadable: &quot;%1&quot;.</source>
        <translation>审计日志最后一条记录的登记无法读取：“%1”。</translation>
    </message>
    <message>
        <source>the record of the last entry in the database</source>
        <translation>数据库中对最后一条记录的登记</translation>
    </message>
    <message>
        <source>the record of the last entry in the database (entry %1)</source>
        <translation>数据库中对最后一条记录的登记（第 %1 条）</translation>
    </message>
    <message>
        <source>the copy in %1</source>
        <translation>%1 中的副本</translation>
    </message>
    <message>
        <source>the copy in %1 (entry %2)</source>
        <translation>%1 中的副本（第 %2 条）</translation>
    </message>
    <message>
        <source>%1 belongs to another station; not compared.</source>
        <translation>%1 属于其他站点，未比对。</translation>
    </message>
    <message>
        <source>%1 is unreadable or altered.</source>
        <translation>%1 无法读取或已被改动。</translation>
    </message>
    <message>
        <source>%1 does not exist (database copied, or written by an older version).</source>
        <translation>%1 不存在（数据库是复制来的，或由旧版本写入）。</translation>
    </message>
    <message>
        <source>The backup %1 is of another station; not compared.</source>
        <translation>备份 %1 属于其他站点，未比对。</translation>
    </message>
    <message>
        <source>The backup %1 has no audit entries.</source>
        <translation>备份 %1 中没有审计记录。</translation>
    </message>
    <message>
        <source>the backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>the backup %1 (entry %2)</source>
        <translation>备份 %1（第 %2 条）</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing (the log jumps from %3 to %4).</source>
        <translation>审计记录第 %1 至 %2 条缺失（日志从 %3 跳到 %4）。</translation>
    </message>
    <message>
        <source>Audit entry %1 was removed from the end of the log: %2 records it as written.</source>
        <translation>审计记录第 %1 条已从日志末尾删除：%2 记载该条已写入。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were removed from the end of the log: %3 records entry %2 as written.</source>
        <translation>审计记录第 %1 至 %2 条已从日志末尾删除：%3 记载第 %2 条已写入。</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: %2 records it as written.</source>
        <translation>审计记录第 %1 条缺失：%2 记载该条已写入。</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from %2: the log was rewritten from there on or before.</source>
        <translation>审计记录第 %1 条与%2不一致：日志在该条或之前已被重写。</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without going through the log (the record of the last entry says %2).</source>
        <translation>审计记录第 %1 条未经审计日志写入（最后一条记录的登记为第 %2 条）。</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s last entry was deleted (the log ends at entry %1).</source>
        <translation>审计日志最后一条记录的登记已被删除（日志止于第 %1 条）。</translation>
    </message>
    <message>
        <source>Audit entry %1 was removed from the end of the log (SQLite&apos;s sequence counter has reached it).</source>
        <translation>审计记录第 %1 条已从日志末尾删除（SQLite 序号计数器已到达该条）。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were removed from the end of the log (SQLite&apos;s sequence counter has reached %2).</source>
        <translation>审计记录第 %1 至 %2 条已从日志末尾删除（SQLite 序号计数器已到达第 %2 条）。</translation>
    </message>
    <message>
        <source>SQLite&apos;s sequence counter (entry %1)</source>
        <translation>SQLite 序号计数器（第 %1 条）</translation>
    </message>
    <message>
        <source>The audit log no longer holds entry %1 as recorded in %2; the file is kept as evidence. Run safetynet-cli audit-verify.</source>
        <translation>审计日志中已没有 %2 所记载的第 %1 条记录；该文件作为证据保留。请运行 safetynet-cli audit-verify。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Station %1 rewrote or cut its audit log: its bundle %2 no longer has the entry %3 that its bundle %4 published. Ask that station to run audit-verify and keep its file as evidence.</source>
        <translation>工作站 %1 改写或截断了审计日志：其第 %2 号同步包已不再包含其第 %4 号同步包公布过的第 %3 条审计记录。请该工作站运行 audit-verify，并保留其数据文件作为证据。</translation>
    </message>
    <message numerus="yes">
        <source>the audit heads %n other station(s) published in their bundles</source>
        <translation>
            <numerusform>其他 %n 个工作站在同步包中公布的审计链头</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sn::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sn::BackupService</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 不是可用的备份：%2</translation>
    </message>
    <message>
        <source>The backup %1 fails the integrity check.</source>
        <translation>备份 %1 未通过完整性检查。</translation>
    </message>
    <message>
        <source>%1 holds no SafetyNet data.</source>
        <translation>%1 中没有安全网数据。</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the database.</source>
        <translation>无法将备份复制到数据库所在位置。</translation>
    </message>
    <message>
        <source>Cannot move the current database aside.</source>
        <translation>无法将当前数据库移到一旁。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the database.</source>
        <translation>无法用备份替换数据库。</translation>
    </message>
    <message>
        <source>Cannot replace today&apos;s backup %1.</source>
        <translation>无法替换今天的备份 %1。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to check it.</source>
        <translation>无法复制备份 %1 以进行检查。</translation>
    </message>
    <message>
        <source>Only an administrator may copy the station&apos;s data to a file; %1 is a %2.</source>
        <translation>只有管理员可以将本站数据复制到文件；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>The backup %1 is of station %2, not of this station (%3). Restore it at its own desk; to set this desk up again from another one&apos;s data, make a new station and sync it.</source>
        <translation>备份 %1 属于工作站 %2，不是本工作站（%3）的备份。请在其所属的工作台恢复；如需用其他工作站的数据重建本工作台，请新建工作站后同步。</translation>
    </message>
</context>
<context>
    <name>sn::BackupSettingsPage</name>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>A folder on this computer or on a USB disk. SafetyNet makes a backup there every day at start-up and keeps %1 daily and %2 weekly ones.</source>
        <translation>本机或 U 盘上的文件夹。安全网每天启动时在此备份一次，保留 %1 份每日备份和 %2 份每周备份。</translation>
    </message>
    <message>
        <source>Browse for the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>Make today&apos;s backup again, with everything saved so far.</source>
        <translation>重新生成今天的备份，包含目前已保存的全部内容。</translation>
    </message>
    <message>
        <source>Replace this station&apos;s data with the chosen backup. SafetyNet closes and starts again.</source>
        <translation>用所选备份替换本站点的数据。安全网将关闭并重新启动。</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in this folder.</source>
        <translation>
            <numerusform>此文件夹中有 %n 份备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace this station&apos;s data with the backup of %1?

Every change made at this station since that backup is replaced (the current file is kept beside it, named &quot;…before-restore…&quot;). Changes this station already sent to the shared folder stay with the other stations.

SafetyNet will close, restore the backup and start again.</source>
        <translation>用 %1 的备份替换本站点的数据吗？

该备份之后本站点所做的全部更改都将被替换（当前文件会保留在旁边，文件名含“…before-restore…”）。本站点已发送到共享文件夹的更改仍保留在其他站点。

安全网将关闭、恢复备份并重新启动。</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>sn::BenefitCalculator</name>
    <message>
        <source>severely disabled (grade %1)</source>
        <translation>重度残疾（%1级）</translation>
    </message>
    <message>
        <source>seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>minor aged %1</source>
        <translation>未成年人，%1 岁</translation>
    </message>
    <message>
        <source>%1 is not paid a monthly amount: only 低保 and 特困 are.</source>
        <translation>%1不按月发放保障金：只有低保和特困按月发放。</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>低保 standard of %1 (%2%3): %4 yuan per person per month</source>
        <translation>%1年低保标准（%2%3）：每人每月 %4 元</translation>
    </message>
    <message>
        <source>, placeholder</source>
        <translation>，占位数据</translation>
    </message>
    <message>
        <source>No member counts: nothing is paid.</source>
        <translation>无计入的家庭成员：不发放。</translation>
    </message>
    <message>
        <source>Counted income %1 yuan / %2 persons = %3 yuan per person</source>
        <translation>计入收入 %1 元 ÷ %2 人 = 人均 %3 元</translation>
    </message>
    <message>
        <source>Per-capita income is not below the standard: no 低保 payment.</source>
        <translation>人均收入不低于低保标准：不发放低保金。</translation>
    </message>
    <message>
        <source>Gap: (%1 − %2) × %3 persons = %4 yuan</source>
        <translation>补差：（%1 − %2）× %3 人 = %4 元</translation>
    </message>
    <message>
        <source>分类施保 %1 (%2): %3% of %4 = %5 yuan</source>
        <translation>分类施保 %1（%2）：%4 的 %3% = %5 元</translation>
    </message>
    <message>
        <source>Below the minimum payment %1 yuan: raised to it</source>
        <translation>低于最低发放额 %1 元：按最低额发放</translation>
    </message>
    <message>
        <source>Monthly amount: %1 yuan</source>
        <translation>月保障金额：%1 元</translation>
    </message>
    <message>
        <source>Basic living standard: %1 × 低保 standard %2 = %3 yuan per person</source>
        <translation>基本生活标准：%1 × 低保标准 %2 = 每人 %3 元</translation>
    </message>
    <message>
        <source>%1: basic %2 + care standard %3 (%4) = %5 yuan</source>
        <translation>%1：基本生活 %2 + 照料护理 %3（%4）= %5 元</translation>
    </message>
</context>
<context>
    <name>sn::BenefitService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>This household belongs to another township.</source>
        <translation>该家庭属于其他乡镇（街道）。</translation>
    </message>
    <message>
        <source>No 低保 standard is entered for %1 or any earlier year.</source>
        <translation>尚未录入 %1 年或更早年份的低保标准。</translation>
    </message>
    <message>
        <source>Give the reason for an amount other than the computed one.</source>
        <translation>如不按计算金额发放，请填写理由。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM.</source>
        <translation>月份应为 YYYY-MM。</translation>
    </message>
</context>
<context>
    <name>sn::Bundle</name>
    <message>
        <source>The bundle header is damaged.</source>
        <translation>数据包头已损坏。</translation>
    </message>
    <message>
        <source>The bundle header is incomplete.</source>
        <translation>数据包头不完整。</translation>
    </message>
    <message>
        <source>No valid district key.</source>
        <translation>没有有效的区级密钥。</translation>
    </message>
    <message>
        <source>not a SafetyNet bundle</source>
        <translation>不是安全网数据包</translation>
    </message>
    <message>
        <source>the bundle is truncated in its header</source>
        <translation>数据包头被截断</translation>
    </message>
    <message>
        <source>sealed with another district&apos;s key (%1)</source>
        <translation>用其他区的密钥加密（%1）</translation>
    </message>
    <message>
        <source>the bundle is truncated</source>
        <translation>数据包被截断</translation>
    </message>
    <message>
        <source>the bundle&apos;s stream header is damaged</source>
        <translation>数据包的数据流头已损坏</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged (authentication failed)</source>
        <translation>数据包已被篡改或损坏（认证失败）</translation>
    </message>
    <message>
        <source>the bundle has data after its end</source>
        <translation>数据包结尾之后还有多余数据</translation>
    </message>
    <message>
        <source>the bundle&apos;s payload does not match its checksum</source>
        <translation>数据包内容与校验和不符</translation>
    </message>
    <message>
        <source>the bundle&apos;s payload is not readable</source>
        <translation>数据包内容无法读取</translation>
    </message>
    <message>
        <source>the bundle holds %1 changes, its header says %2</source>
        <translation>数据包中有 %1 条变更，但包头记载为 %2 条</translation>
    </message>
    <message>
        <source>This station has no signing key.</source>
        <translation>本站点没有签名密钥。</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>not a signed bundle (format %1)</source>
        <translation>不是已签名的数据包（格式 %1）</translation>
    </message>
    <message>
        <source>written for another district (%1)</source>
        <translation>为其他区写入（%1）</translation>
    </message>
    <message>
        <source>its certificate belongs to another station</source>
        <translation>其证书属于另一站点</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged (its station&apos;s signature does not match)</source>
        <translation>数据包已被篡改或损坏（与站点签名不符）</translation>
    </message>
    <message>
        <source>a signed bundle cannot be opened with the district key alone (format %1)</source>
        <translation>已签名的数据包不能只用区级密钥打开（格式 %1）</translation>
    </message>
</context>
<context>
    <name>sn::CardService</name>
    <message>
        <source>Your role (%1) may not print public-notice cards.</source>
        <translation>您的角色“%1”无权打印公示卡。</translation>
    </message>
    <message>
        <source>You may only print the cards of your own township.</source>
        <translation>您只能打印本镇（街道）的公示卡。</translation>
    </message>
    <message>
        <source>No township with the code %1.</source>
        <translation>没有代码为 %1 的镇（街道）。</translation>
    </message>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>The household has exited assistance: it has no card.</source>
        <translation>该户已退出保障，不制作公示卡。</translation>
    </message>
    <message>
        <source>Cards are only for 特困 and 低保 households (兜底保障对象); this household is %1.</source>
        <translation>公示卡仅用于特困和低保家庭（兜底保障对象）；该户为%1。</translation>
    </message>
    <message>
        <source>The household has no head: no card can be printed.</source>
        <translation>该家庭没有户主，无法打印公示卡。</translation>
    </message>
    <message>
        <source>The household head is a minor: no public-notice card is posted for a child. Publicise the household by other means (e.g. the township&apos;s list without names).</source>
        <translation>户主是未成年人：不为未成年人张贴公示卡。请通过其他方式公示该家庭（例如镇（街道）不含姓名的名单）。</translation>
    </message>
    <message>
        <source>There are no cards to record.</source>
        <translation>没有可登记的公示卡。</translation>
    </message>
    <message>
        <source>Your role (%1) may not print documents.</source>
        <translation>您的角色“%1”无权打印文书。</translation>
    </message>
    <message>
        <source>Your role (%1) may not see the print log.</source>
        <translation>您的角色“%1”无权查看打印记录。</translation>
    </message>
    <message>
        <source>No print log entry with the id %1.</source>
        <translation>没有编号为 %1 的打印记录。</translation>
    </message>
    <message>
        <source>Only public-notice cards can be reprinted from the log.</source>
        <translation>只有公示卡可以从打印记录中重新打印。</translation>
    </message>
    <message>
        <source>The log entry has an unknown layout &quot;%1&quot;.</source>
        <translation>该记录的版式“%1”无法识别。</translation>
    </message>
    <message>
        <source>The household was removed from the registry.</source>
        <translation>该家庭已从家庭名册中删除。</translation>
    </message>
    <message>
        <source>You may only print documents of your own township&apos;s households.</source>
        <translation>您只能打印本镇（街道）家庭的文书。</translation>
    </message>
</context>
<context>
    <name>sn::CategoryNames</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困供养</translation>
    </message>
    <message>
        <source>Minimum living guarantee</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Marginal (near minimum living guarantee)</source>
        <translation>低保边缘</translation>
    </message>
    <message>
        <source>Expenditure-type poverty</source>
        <translation>支出型贫困</translation>
    </message>
    <message>
        <source>Monitored against relapse into poverty</source>
        <translation>防止返贫监测对象</translation>
    </message>
    <message>
        <source>Other people in difficulty</source>
        <translation>其他困难人员</translation>
    </message>
</context>
<context>
    <name>sn::ChangeNotice</name>
    <message>
        <source>The notice is written once the change is confirmed (now: %1).</source>
        <translation>变更经确认后方可出具告知书（当前：%1）。</translation>
    </message>
</context>
<context>
    <name>sn::ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>At least %1 characters; not your user name; not a common password such as 12345678.</source>
        <translation>至少 %1 个字符；不能与用户名相同；不能使用 12345678 这类常见密码。</translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation>修改密码(&amp;P)</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>sn::ChangeRepository</name>
    <message>
        <source>No change with the id %1.</source>
        <translation>没有编号为 %1 的变更。</translation>
    </message>
    <message>
        <source>No appeal with the id %1.</source>
        <translation>没有编号为 %1 的申诉或复议。</translation>
    </message>
</context>
<context>
    <name>sn::ChangeRules</name>
    <message>
        <source>Increase</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Administrative reconsideration</source>
        <translation>行政复议</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持原决定</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>变更原决定</translation>
    </message>
    <message>
        <source>The household has exited: there is nothing to change.</source>
        <translation>该户已退出保障，无需变更。</translation>
    </message>
    <message>
        <source>Only a covered household (特困 or 低保) is paid: this one is %1.</source>
        <translation>只有特困或低保保障对象才发放救助金，该户为：%1。</translation>
    </message>
    <message>
        <source>effective_month must be a month YYYY-MM (got &quot;%1&quot;).</source>
        <translation>effective_month 须为年月 YYYY-MM（收到“%1”）。</translation>
    </message>
    <message>
        <source>reasons: a change is given with its reasons in writing.</source>
        <translation>reasons：变更须书面写明理由。</translation>
    </message>
    <message>
        <source>reasons: at most %1 characters.</source>
        <translation>reasons：最多 %1 个字。</translation>
    </message>
    <message>
        <source>category: after an increase or a decrease the household is 特困 or 低保 (got %1).</source>
        <translation>category：增发或减发后该户须为特困或低保（收到 %1）。</translation>
    </message>
    <message>
        <source>amount: the new monthly amount must be more than 0 (to pay nothing, stop the payment).</source>
        <translation>amount：新的月保障金额须大于 0（不再发放请选择停发）。</translation>
    </message>
    <message>
        <source>amount: an increase pays more than the %1 yuan paid now.</source>
        <translation>amount：增发后的金额须高于现发的 %1 元。</translation>
    </message>
    <message>
        <source>amount: a decrease pays less than the %1 yuan paid now.</source>
        <translation>amount：减发后的金额须低于现发的 %1 元。</translation>
    </message>
</context>
<context>
    <name>sn::ChangeService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>This household belongs to another township.</source>
        <translation>该户属于其他乡镇（街道）。</translation>
    </message>
    <message>
        <source>review_task_id: no review %1 of this household.</source>
        <translation>review_task_id：该户没有编号为 %1 的复核任务。</translation>
    </message>
    <message>
        <source>review_task_id: the review %1 did not find a change (record its outcome as &quot;change found&quot; first).</source>
        <translation>review_task_id：复核 %1 未发现变化（请先将其结果登记为“发现变化”）。</translation>
    </message>
    <message>
        <source>The change is %1: only a proposed change is confirmed.</source>
        <translation>该变更状态为%1：只能确认已提出的变更。</translation>
    </message>
    <message>
        <source>The date %1 is in the future or before the change was proposed (%2).</source>
        <translation>日期 %1 晚于今天或早于变更提出日期（%2）。</translation>
    </message>
    <message>
        <source>The change is %1 and can no longer be withdrawn.</source>
        <translation>该变更状态为%1，已不能撤回。</translation>
    </message>
    <message>
        <source>A confirmed change is withdrawn by the district bureau.</source>
        <translation>已确认的变更须由区民政局撤回。</translation>
    </message>
    <message>
        <source>Say why the change is withdrawn.</source>
        <translation>请写明撤回变更的原因。</translation>
    </message>
    <message>
        <source>The change of %1 (%2) cannot take effect: %3</source>
        <translation>%1 的变更（%2）无法执行：%3</translation>
    </message>
    <message>
        <source>Name what is appealed: a change (change_id) or an application&apos;s decision (application_id), one of them.</source>
        <translation>请写明申诉或复议针对的对象：变更（change_id）或申请的决定（application_id），二者选一。</translation>
    </message>
    <message>
        <source>change_id: the change is %1; only a decided change is appealed.</source>
        <translation>change_id：该变更状态为%1，只能对已作出决定的变更申诉或复议。</translation>
    </message>
    <message>
        <source>application_id: the application is not decided yet.</source>
        <translation>application_id：该申请尚未作出决定。</translation>
    </message>
    <message>
        <source>appellant: who appeals?</source>
        <translation>appellant：请填写申诉（复议）人。</translation>
    </message>
    <message>
        <source>grounds: what the appellant says is wrong.</source>
        <translation>grounds：请填写申诉（复议）的理由。</translation>
    </message>
    <message>
        <source>lodged_on: the date the appeal was lodged (YYYY-MM-DD, not in the future).</source>
        <translation>lodged_on：申诉（复议）提出日期（YYYY-MM-DD，不得晚于今天）。</translation>
    </message>
    <message>
        <source>The appeal was already decided (%1).</source>
        <translation>该申诉（复议）已办结（%1）。</translation>
    </message>
    <message>
        <source>outcome: upheld, changed or withdrawn.</source>
        <translation>outcome：维持原决定、变更原决定或申请人撤回。</translation>
    </message>
    <message>
        <source>The date %1 is in the future or before the appeal was lodged (%2).</source>
        <translation>日期 %1 晚于今天或早于申诉（复议）提出日期（%2）。</translation>
    </message>
    <message>
        <source>note: say how the decision was changed.</source>
        <translation>note：请写明原决定如何变更。</translation>
    </message>
    <message>
        <source>The %1 finding of %2 was not renewed within %3 months and lapsed on %4.</source>
        <translation>%2 认定的%1未在 %3 个月内复核续期，已于 %4 失效。</translation>
    </message>
</context>
<context>
    <name>sn::ChangesPage</name>
    <message>
        <source>A change is proposed from the household&apos;s form (Adjust payment…); the bureau confirms it here. Confirmed changes take effect when their month begins.</source>
        <translation>变更在家庭登记表中提出（“救助金变更…”），由区民政局在此确认。已确认的变更自执行月份起自动生效。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>Changes of payment</source>
        <translation>救助金变更</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Effective month</source>
        <translation>执行月份</translation>
    </message>
    <message>
        <source>Amount (yuan/month)</source>
        <translation>金额（元/月）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>The bureau&apos;s decision: from the effective month the household follows the change</source>
        <translation>区民政局的决定：自执行月份起按变更后的情况发放</translation>
    </message>
    <message>
        <source>Reason to &amp;withdraw:</source>
        <translation>撤回理由(&amp;W)：</translation>
    </message>
    <message>
        <source>With&amp;draw</source>
        <translation>撤回(&amp;D)</translation>
    </message>
    <message>
        <source>Print &amp;notice…</source>
        <translation>打印告知书(&amp;N)…</translation>
    </message>
    <message>
        <source>The written notice (变更告知书 / 停发告知书) of a decided change, to the head</source>
        <translation>已决定变更的书面告知书（变更告知书 / 停发告知书），送达户主</translation>
    </message>
    <message>
        <source>Appeal against the selected change</source>
        <translation>对所选变更的申诉或复议</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>A&amp;ppellant:</source>
        <translation>申请人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lodged on:</source>
        <translation>提出日期(&amp;L)：</translation>
    </message>
    <message>
        <source>What the appellant says is wrong</source>
        <translation>申请人认为有误之处</translation>
    </message>
    <message>
        <source>G&amp;rounds:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Record &amp;appeal</source>
        <translation>登记申诉(&amp;A)</translation>
    </message>
    <message>
        <source>Appeals (申诉 / 行政复议)</source>
        <translation>申诉 / 行政复议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉和复议</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>办理结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Dec&amp;ided on:</source>
        <translation>办结日期(&amp;I)：</translation>
    </message>
    <message>
        <source>How the decision changed (needed for changed)</source>
        <translation>原决定如何变更（变更原决定时必填）</translation>
    </message>
    <message>
        <source>Outco&amp;me note:</source>
        <translation>结果说明(&amp;M)：</translation>
    </message>
    <message>
        <source>Record out&amp;come</source>
        <translation>登记办理结果(&amp;C)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Confirmed. The household follows the change from its effective month.</source>
        <translation>已确认。自执行月份起按变更后的情况发放。</translation>
    </message>
    <message>
        <source>Withdrawn: the change will not take effect.</source>
        <translation>已撤回：该变更不会生效。</translation>
    </message>
    <message>
        <source>Notice of the change</source>
        <translation>变更告知书</translation>
    </message>
    <message>
        <source>Appeal recorded; record its outcome below once it is decided.</source>
        <translation>已登记申诉；办结后请在下方登记办理结果。</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>已登记办理结果。</translation>
    </message>
</context>
<context>
    <name>sn::ClassificationText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;=</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>within the rules</source>
        <translation>符合规定</translation>
    </message>
    <message>
        <source>exceeds the rules</source>
        <translation>超出规定</translation>
    </message>
    <message>
        <source>property within the rules</source>
        <translation>财产符合规定</translation>
    </message>
    <message>
        <source>property exceeds the rules</source>
        <translation>财产超出规定</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between people</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>grades 1-2</source>
        <translation>一至二级</translation>
    </message>
    <message>
        <source>grades 1-3</source>
        <translation>一至三级</translation>
    </message>
    <message>
        <source>grades 1-4</source>
        <translation>一至四级</translation>
    </message>
    <message>
        <source>grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>grade 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <source>aged %1 or over</source>
        <translation>年满 %1 周岁</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>未满 %1 周岁</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>disability type and grade</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>assessed as unable to work</source>
        <translation>经评定无劳动能力</translation>
    </message>
    <message>
        <source>counted members: %1 of %2</source>
        <translation>共同生活计入人数 %1 人（家庭成员共 %2 人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person and reason</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; not counted: %1</source>
        <translation>；不计入：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 yuan</source>
        <translation>%1 %2 元</translation>
    </message>
    <message>
        <source>not counted as income (%1): %2</source>
        <translation>不计入家庭收入（%1）：%2</translation>
    </message>
    <message>
        <source>financial assets (deposits, securities) %1 yuan / %2 = %3 yuan per person %4 %5 x %6 = %7 -&gt; %8</source>
        <translation>金融资产（存款、有价证券）%1 元 ÷ %2 人 = 人均 %3 元 %4 %5 × %6 元 = %7 元 → %8</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>disability type and grades</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>unable to work means (%1)</source>
        <translation>无劳动能力的认定（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source and rule</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>特困供养: every counted member unable to work: %1</source>
        <translation>特困供养：计入成员均无劳动能力：%1</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation>%1 %2 岁</translation>
    </message>
    <message>
        <source> (unable to work: %1)</source>
        <translation>（无劳动能力：%1）</translation>
    </message>
    <message>
        <source> (able to work: %1)</source>
        <translation>（有劳动能力：%1）</translation>
    </message>
    <message>
        <source>; no legal supporter able to support: %1</source>
        <translation>；无有能力的法定赡养、抚养、扶养义务人：%1</translation>
    </message>
    <message>
        <source>; per-capita income %1 yuan &lt; standard %2: %3</source>
        <translation>；人均月收入 %1 元 &lt; 低保标准 %2 元：%3</translation>
    </message>
    <message>
        <source>; property within the rules: %1</source>
        <translation>；财产符合规定：%1</translation>
    </message>
    <message>
        <source> -&gt; 特困供养</source>
        <translation> → 特困供养</translation>
    </message>
    <message>
        <source> -&gt; not 特困供养</source>
        <translation> → 不属于特困供养</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &gt;= standard %2 -&gt; not 低保</source>
        <translation>人均月收入 %1 元 ≥ 低保标准 %2 元 → 不属于低保</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &lt; standard %2 and %3 -&gt; 低保</source>
        <translation>人均月收入 %1 元 &lt; 低保标准 %2 元，且%3 → 低保</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &lt; standard %2 but %3 -&gt; not 低保</source>
        <translation>人均月收入 %1 元 &lt; 低保标准 %2 元，但%3 → 不属于低保</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &lt; standard %2 but %3 -&gt; not 低保边缘</source>
        <translation>人均月收入 %1 元 &lt; 低保标准 %2 元，但%3 → 不属于低保边缘</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &gt;= %2 x standard %3 = %4 -&gt; not 低保边缘</source>
        <translation>人均月收入 %1 元 ≥ %2 × 低保标准 %3 元 = %4 元 → 不属于低保边缘</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &gt;= standard %2 and &lt; %3 x %2 -&gt; 低保边缘</source>
        <translation>人均月收入 %1 元 ≥ 低保标准 %2 元，且 &lt; %3 × %2 元 → 低保边缘</translation>
    </message>
    <message>
        <source>per-capita income %1 yuan &gt;= standard %2 and &lt; %3 x %2 but %4 -&gt; not 低保边缘</source>
        <translation>人均月收入 %1 元 ≥ 低保标准 %2 元，且 &lt; %3 × %2 元，但%4 → 不属于低保边缘</translation>
    </message>
    <message>
        <source>支出型贫困: yearly per-capita income %1 yuan &lt; last year&apos;s per-capita disposable income %2: %3</source>
        <translation>支出型贫困：人均年收入 %1 元 &lt; 上年度居民人均可支配收入 %2 元：%3</translation>
    </message>
    <message>
        <source>; rigid spending of the past 12 months %1 yuan &gt; %2 x yearly family income %3 = %4: %5</source>
        <translation>；近 12 个月刚性支出 %1 元 &gt; %2 × 家庭年收入 %3 元 = %4 元：%5</translation>
    </message>
    <message>
        <source>; per-capita income after rigid spending %1 yuan &lt; %2 x %3 = %4: %5</source>
        <translation>；扣除刚性支出后人均月收入 %1 元 &lt; %2 × %3 元 = %4 元：%5</translation>
    </message>
    <message>
        <source> -&gt; 支出型贫困</source>
        <translation> → 支出型贫困</translation>
    </message>
    <message>
        <source> -&gt; not 支出型贫困</source>
        <translation> → 不属于支出型贫困</translation>
    </message>
    <message>
        <source>result: none of 特困供养, 低保, 低保边缘, 支出型贫困 applies</source>
        <translation>结论：不属于特困供养、低保、低保边缘或支出型贫困</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>no counted household members: per-capita income cannot be computed</source>
        <translation>没有计入的共同生活家庭成员，无法计算人均收入</translation>
    </message>
    <message>
        <source>no %1 standard entered for %2 yet: the %3 standard applies</source>
        <translation>%2 年%1低保标准尚未录入，沿用 %3 年标准</translation>
    </message>
    <message>
        <source>note: the %1 %2 standard %3 yuan and disposable income %4 yuan are placeholders the district has not replaced yet; the result is provisional</source>
        <translation>注意：%1 年%2低保标准 %3 元、居民人均可支配收入 %4 元为占位数值，区县尚未录入实际标准，结论仅供参考</translation>
    </message>
    <message>
        <source>household monthly income %1 yuan / %2 = per-capita income %3 yuan</source>
        <translation>家庭月收入 %1 元 ÷ %2 人 = 人均月收入 %3 元</translation>
    </message>
    <message>
        <source>housing units %1 %2 %3 -&gt; %4</source>
        <translation>住房 %1 套 %2 %3 套 → %4</translation>
    </message>
    <message>
        <source>vehicle value %1 yuan %2 %3 -&gt; %4</source>
        <translation>机动车总价值 %1 元 %2 %3 元 → %4</translation>
    </message>
    <message>
        <source>no %1 低保 standard has been entered for %2: the category cannot be determined</source>
        <translation>%2 年%1低保标准尚未录入，无法认定类别</translation>
    </message>
</context>
<context>
    <name>sn::ColumnMappingDialog</name>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <source>Persons covered</source>
        <translation>保障人数</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月保障金额</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Suspicion</source>
        <translation>疑点内容</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>是否重病</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Covered since</source>
        <translation>享受起始时间</translation>
    </message>
    <message>
        <source>Choose the columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>Say which column of the sheet holds each field.</source>
        <translation>请指出表格中每个字段对应的列。</translation>
    </message>
    <message>
        <source>%1
Say which column of the sheet holds each field.</source>
        <translation>%1
请指出表格中每个字段对应的列。</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>工作表的前几行</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column headers; the data starts below it.</source>
        <translation>工作表中表头所在的行；数据从其下一行开始。</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Usual headers: %1</source>
        <translation>常见表头：%1</translation>
    </message>
    <message>
        <source>%1 (%2) *:</source>
        <translation>%1（%2）*：</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>Use these columns</source>
        <translation>使用这些列</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the column for %1.</source>
        <translation>请为“%1”选择列。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both %2 and %3.</source>
        <translation>%1 列同时被选为“%2”和“%3”。</translation>
    </message>
</context>
<context>
    <name>sn::CompleteTaskDialog</name>
    <message>
        <source>Record %1</source>
        <translation>登记%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · due %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 到期</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>The day the visit or review took place. The next task is scheduled from this date.</source>
        <translation>走访或复核的实际日期。下一次任务将从此日期起排期。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No change: nothing to record. Change found: the household form opens so the change is recorded. Exit: the household leaves assistance (write why).</source>
        <translation>无变化：无需登记。发现变化：将打开家庭信息表以登记变化。退出：该家庭退出救助（须写明原因）。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What was seen: living conditions, income and spending</source>
        <translation>所见情况：生活状况、收入和支出</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>After recording, the household form opens: enter what changed and save it.</source>
        <translation>登记后将打开家庭信息表：请录入变化内容并保存。</translation>
    </message>
    <message>
        <source>Write why the household leaves assistance.</source>
        <translation>请写明该家庭退出救助的原因。</translation>
    </message>
    <message>
        <source>The household will be marked as exited with these notes as the reason.</source>
        <translation>该家庭将被标记为已退出，并以此备注作为退出原因。</translation>
    </message>
</context>
<context>
    <name>sn::ConflictsPage</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Rigid spending</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Review task</source>
        <translation>复核任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>救助线索</translation>
    </message>
    <message>
        <source>District setting</source>
        <translation>区级设置</translation>
    </message>
    <message>
        <source>Yearly standard</source>
        <translation>年度标准</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Reason for override</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Monthly amount (fen)</source>
        <translation>月救助金额（分）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Per month (fen)</source>
        <translation>每月（分）</translation>
    </message>
    <message>
        <source>Value (fen)</source>
        <translation>价值（分）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore the other version</source>
        <translation>恢复另一版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge chosen fields</source>
        <translation>合并所选字段(&amp;M)</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>冲突的编辑</translation>
    </message>
    <message>
        <source>Two stations changed the same record before they synced. The later change is in the records now; the other one was kept here. Compare them, then keep the current version, restore the other one, or tick the fields to take from the other version and merge. Your choice reaches every station with the next sync.</source>
        <translation>两个站点在同步前修改了同一条记录。较晚的修改已写入记录，另一个修改保留在此处。请比较两者，然后保留当前版本、恢复另一版本，或勾选要采用另一版本的字段并合并。您的选择将在下次同步时传送到所有站点。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Field by field comparison</source>
        <translation>逐字段比较</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>Take other</source>
        <translation>采用另一版本</translation>
    </message>
    <message>
        <source>Tick the fields to take from the other version, then choose Merge.</source>
        <translation>勾选要采用另一版本的字段，然后选择“合并”。</translation>
    </message>
    <message>
        <source>The version in the records now (the later change).</source>
        <translation>当前记录中的版本（较晚的修改）。</translation>
    </message>
    <message>
        <source>The version that was overwritten.</source>
        <translation>被覆盖的版本。</translation>
    </message>
    <message>
        <source>The current version stays; the other one is dropped from this list (it stays in the history).</source>
        <translation>保留当前版本；另一版本从此列表中移除（仍保留在历史记录中）。</translation>
    </message>
    <message>
        <source>Put the overwritten version back in place of the current one.</source>
        <translation>用被覆盖的版本替换当前版本。</translation>
    </message>
    <message>
        <source>Keep the current version but take the ticked fields from the other one.</source>
        <translation>保留当前版本，但勾选的字段采用另一版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n 个未解决的冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts could not be read: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <source>(not visible to you)</source>
        <translation>（您无权查看）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>unknown station</source>
        <translation>未知站点</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1（本站点）</translation>
    </message>
    <message>
        <source>yes, removed</source>
        <translation>是，已删除</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>没有需要处理的冲突。</translation>
    </message>
    <message>
        <source>Choose a conflict above.</source>
        <translation>请在上方选择一个冲突。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current version&lt;/b&gt;: written at %1, %2. &lt;b&gt;Other version&lt;/b&gt;: written at %3, %4.</source>
        <translation>&lt;b&gt;当前版本&lt;/b&gt;：写入于 %1，%2。&lt;b&gt;另一版本&lt;/b&gt;：写入于 %3，%4。</translation>
    </message>
    <message>
        <source>Current version (%1)</source>
        <translation>当前版本（%1）</translation>
    </message>
    <message>
        <source>Other version (%1)</source>
        <translation>另一版本（%1）</translation>
    </message>
    <message>
        <source>Take this field from the other version when merging</source>
        <translation>合并时此字段采用另一版本</translation>
    </message>
    <message>
        <source>Both versions agree</source>
        <translation>两个版本一致</translation>
    </message>
    <message>
        <source>%1: the versions differ</source>
        <translation>%1：两个版本不同</translation>
    </message>
    <message>
        <source>Your role (%1) may not resolve conflicts.</source>
        <translation>您的角色“%1”无权解决冲突。</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>Legal supporter able to support</source>
        <translation>有赡（抚、扶）养能力的法定义务人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>分级依据</translation>
    </message>
    <message>
        <source>Tier chosen by hand</source>
        <translation>人工选定的分级</translation>
    </message>
    <message>
        <source>Reason for the chosen tier</source>
        <translation>人工选定分级的原因</translation>
    </message>
    <message>
        <source>Tier checked on</source>
        <translation>分级核定日期</translation>
    </message>
    <message>
        <source>Next tier check</source>
        <translation>下次分级核定</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Counted in household</source>
        <translation>计入家庭</translation>
    </message>
    <message>
        <source>Whose income</source>
        <translation>收入归属</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>receiving assistance</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Recorded by SafetyNet itself; follows the version kept</source>
        <translation>由安全网自动记录；随保留的版本而定</translation>
    </message>
</context>
<context>
    <name>sn::CsvReader</name>
    <message>
        <source>The text file is neither UTF-8 nor GB18030; save it again as CSV (UTF-8).</source>
        <translation>该文本文件既不是 UTF-8 也不是 GB18030 编码；请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is neither text (CSV) nor an .xlsx, .xls or .ods workbook</source>
        <translation>它既不是文本（CSV）文件，也不是 .xlsx、.xls 或 .ods 工作簿</translation>
    </message>
</context>
<context>
    <name>sn::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sn::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer SafetyNet (schema version %2; this version knows up to %3). Install the newer SafetyNet to open it.</source>
        <translation>数据库 %1 由更新版本的安全网写入（结构版本 %2；本版本最高支持 %3）。请安装新版安全网后再打开。</translation>
    </message>
    <message>
        <source>Not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation>未升级 %1：升级前的备份失败：%2</translation>
    </message>
    <message>
        <source>%1 is not a SafetyNet database: %2</source>
        <translation>%1 不是安全网数据库：%2</translation>
    </message>
    <message>
        <source>No SQLite handle for %1.</source>
        <translation>%1 没有 SQLite 句柄。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>the copy fails integrity_check: %1</source>
        <translation>副本未通过 integrity_check：%1</translation>
    </message>
    <message>
        <source>Cannot rename the backup to %1.</source>
        <translation>无法将备份重命名为 %1。</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so SafetyNet cannot save anything in it. Ask the administrator to make the file writable by its owner (chmod 600).</source>
        <translation>数据库 %1 是只读的，安全网无法在其中保存任何内容。请管理员将该文件设为所有者可写（chmod 600）。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so SafetyNet cannot write the database&apos;s journal there. Ask the administrator to make the folder writable by its owner.</source>
        <translation>文件夹 %1 是只读的，安全网无法在其中写入数据库日志文件。请管理员将该文件夹设为所有者可写。</translation>
    </message>
    <message>
        <source>Backup to %1 failed, no backup was made: %2</source>
        <translation>备份到 %1 失败，未生成备份：%2</translation>
    </message>
</context>
<context>
    <name>sn::DateLineEdit</name>
    <message>
        <source>e.g. 20240301</source>
        <translation>如 20240301</translation>
    </message>
    <message>
        <source>Type the date in one go: 20240301, 2024-3-1 or 2024年3月1日</source>
        <translation>日期连续输入即可：20240301、2024-3-1 或 2024年3月1日</translation>
    </message>
</context>
<context>
    <name>sn::DemoGenerator</name>
    <message>
        <source>demo worker</source>
        <translation>演示工作人员</translation>
    </message>
    <message>
        <source>The number of households must be at least 1.</source>
        <translation>家庭数量至少为 1。</translation>
    </message>
    <message>
        <source>The database has no townships; initialise the station first.</source>
        <translation>数据库中没有镇（街道）；请先初始化站点。</translation>
    </message>
    <message>
        <source>No yearly standards for %1; enter them first.</source>
        <translation>没有 %1 年度的保障标准；请先录入。</translation>
    </message>
    <message>
        <source>The number of years must be between 0 and 50.</source>
        <translation>模拟年数须在 0 到 50 之间。</translation>
    </message>
    <message>
        <source>demo clerk</source>
        <translation>演示窗口人员</translation>
    </message>
    <message>
        <source>The phone number has changed.</source>
        <translation>联系电话有变化。</translation>
    </message>
    <message>
        <source>Visited at home; nothing has changed.</source>
        <translation>已入户走访，情况无变化。</translation>
    </message>
</context>
<context>
    <name>sn::DistrictRulesPage</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>类别认定</translation>
    </message>
    <message>
        <source>Edge multiplier</source>
        <translation>低保边缘倍数</translation>
    </message>
    <message>
        <source>低保边缘: a household whose monthly income per person is below this multiple of the dibao standard (the plan says 2; the national guideline 1.5).</source>
        <translation>低保边缘：家庭月人均收入低于低保标准的此倍数（方案规定为 2 倍；国家指导意见为 1.5 倍）。</translation>
    </message>
    <message>
        <source>&amp;Edge multiplier (× dibao standard):</source>
        <translation>低保边缘倍数（× 低保标准）(&amp;E)：</translation>
    </message>
    <message>
        <source>Rigid spending share</source>
        <translation>刚性支出占比</translation>
    </message>
    <message>
        <source>支出型: rigid spending (medical, education…) above this share of the family&apos;s yearly income.</source>
        <translation>支出型：刚性支出（医疗、教育…）超过家庭年收入的此比例。</translation>
    </message>
    <message>
        <source>Desk and sign-in</source>
        <translation>锁屏与登录</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>闲置锁屏</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>The desk locks itself after this many minutes without use.</source>
        <translation>无操作达到此分钟数后自动锁定屏幕。</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>After this many wrong passwords in a row the account is locked for a while.</source>
        <translation>连续输错密码达到此次数后，账户将被锁定一段时间。</translation>
    </message>
    <message>
        <source>Account lock time</source>
        <translation>账户锁定时间</translation>
    </message>
    <message>
        <source>How long an account stays locked after too many wrong passwords.</source>
        <translation>密码错误次数过多后账户保持锁定的时长。</translation>
    </message>
    <message>
        <source>Publicity card</source>
        <translation>公示卡</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>公示卡标题</translation>
    </message>
    <message>
        <source>The heading printed on every publicity card.</source>
        <translation>印在每张公示卡上的标题。</translation>
    </message>
    <message>
        <source>Card &amp;title:</source>
        <translation>公示卡标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Supervision hotline</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>The supervision telephone number printed on the cards.</source>
        <translation>印在公示卡上的监督电话号码。</translation>
    </message>
    <message>
        <source>Supervision &amp;hotline:</source>
        <translation>监督电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Leads and points</source>
        <translation>救助线索与积分</translation>
    </message>
    <message>
        <source>Emergency deadline</source>
        <translation>紧急救助响应时限</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Emergencies are answered within this many hours (green channel).</source>
        <translation>紧急情况须在此小时数内响应（绿色通道）。</translation>
    </message>
    <message>
        <source>Reports from the media, petitions and online are answered within this many days.</source>
        <translation>媒体、信访和网络反映须在此天数内响应。</translation>
    </message>
    <message>
        <source>Points per verified lead</source>
        <translation>每条核实线索的积分</translation>
    </message>
    <message>
        <source>Points a volunteer earns for a lead that is verified.</source>
        <translation>志愿者上报的线索经核实后获得的积分。</translation>
    </message>
    <message>
        <source>P&amp;oints per verified lead:</source>
        <translation>每条核实线索的积分(&amp;O)：</translation>
    </message>
    <message>
        <source>Review rhythms (months; — means not required)</source>
        <translation>复核周期（月；— 表示不需要）</translation>
    </message>
    <message>
        <source>Review rhythms per tier and task type</source>
        <translation>按分级和任务类型的复核周期</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Every how many months a %1 household needs a %2; 0: not required.</source>
        <translation>%1家庭每隔几个月需要进行一次%2；0 表示不需要。</translation>
    </message>
    <message>
        <source>Yearly standards</source>
        <translation>年度标准</translation>
    </message>
    <message>
        <source>Rows marked &lt;b&gt;Placeholder&lt;/b&gt; (amber) hold example figures shipped with SafetyNet, not the district&apos;s official standards. Enter the official figures and clear the mark.</source>
        <translation>标记为&lt;b&gt;占位&lt;/b&gt;（琥珀色）的行是安全网自带的示例数字，并非本区的正式标准。请录入正式数字并取消标记。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>城乡</translation>
    </message>
    <message>
        <source>Dibao standard per person per month</source>
        <translation>每人每月低保标准</translation>
    </message>
    <message>
        <source>Disposable income per person last year</source>
        <translation>上年人均可支配收入</translation>
    </message>
    <message>
        <source>Placeholder (not official)</source>
        <translation>占位（非正式）</translation>
    </message>
    <message>
        <source>低保标准: the monthly amount per person.</source>
        <translation>低保标准：每人每月金额。</translation>
    </message>
    <message>
        <source>人均可支配收入: used by the 支出型 test.</source>
        <translation>人均可支配收入：用于支出型贫困认定。</translation>
    </message>
    <message>
        <source>Ticked: an example figure, not the official standard.</source>
        <translation>勾选：示例数字，非正式标准。</translation>
    </message>
    <message>
        <source>&amp;Add a year</source>
        <translation>添加年度(&amp;A)</translation>
    </message>
    <message>
        <source>Add the next year&apos;s standards (starting from the latest year&apos;s figures).</source>
        <translation>添加下一年度的标准（以最近一年的数字为起点）。</translation>
    </message>
    <message>
        <source>These rules apply to every station of the district and reach them with the next sync. Households are classified with the new rules when they are next saved or reviewed.</source>
        <translation>这些规则适用于本区所有站点，将在下次同步时传送到各站点。家庭在下次保存或复核时按新规则认定。</translation>
    </message>
    <message>
        <source>Only the district administrator can change these rules (your role: %1). They apply to every station of the district.</source>
        <translation>只有区级管理员可以修改这些规则（您的角色：%1）。这些规则适用于本区所有站点。</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Dibao standard %1 %2</source>
        <translation>低保标准 %1 %2</translation>
    </message>
    <message>
        <source>Disposable income %1 %2</source>
        <translation>人均可支配收入 %1 %2</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>An example figure, not the district&apos;s official standard.</source>
        <translation>示例数字，并非本区的正式标准。</translation>
    </message>
    <message>
        <source>The district&apos;s official standard.</source>
        <translation>本区的正式标准。</translation>
    </message>
    <message>
        <source>District rules</source>
        <translation>区级规则</translation>
    </message>
    <message>
        <source>Public report deadline in days</source>
        <translation>公开反映响应时限（天）</translation>
    </message>
    <message>
        <source>Answer &amp;public reports within (days):</source>
        <translation>公开反映响应时限（天）(&amp;P)：</translation>
    </message>
    <message>
        <source>Rigid spen&amp;ding share:</source>
        <translation>刚性支出占比(&amp;D)：</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk after:</source>
        <translation>自动锁屏时间(&amp;K)：</translation>
    </message>
    <message>
        <source>Wrong pass&amp;words allowed:</source>
        <translation>允许输错密码次数(&amp;W)：</translation>
    </message>
    <message>
        <source>Account locked &amp;for:</source>
        <translation>账户锁定时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Answer emer&amp;gencies within:</source>
        <translation>紧急情况响应时限(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>sn::DocumentPrinter</name>
    <message>
        <source>The document has no pages.</source>
        <translation>该文书没有页面。</translation>
    </message>
    <message>
        <source>The printer %1 cannot start the job.</source>
        <translation>打印机 %1 无法开始打印任务。</translation>
    </message>
    <message>
        <source>The printer %1 stopped at page %2.</source>
        <translation>打印机 %1 在第 %2 页停止。</translation>
    </message>
    <message>
        <source>The printer %1 could not take the job.</source>
        <translation>打印机 %1 未能接收打印任务。</translation>
    </message>
</context>
<context>
    <name>sn::DocumentService</name>
    <message>
        <source>Your role may not print the policy catalogue.</source>
        <translation>您的角色不能打印政策目录。</translation>
    </message>
    <message>
        <source>No referral with the id %1.</source>
        <translation>没有编号为 %1 的转介。</translation>
    </message>
    <message>
        <source>The household file sheet shows full ID numbers; your role (%1) may not print it.</source>
        <translation>家庭档案表显示完整身份证号码；您的角色“%1”无权打印。</translation>
    </message>
    <message>
        <source>This household belongs to another township.</source>
        <translation>该家庭属于其他镇（街道）。</translation>
    </message>
    <message>
        <source>Choose the month of the task list.</source>
        <translation>请选择任务清单的月份。</translation>
    </message>
    <message>
        <source>Your role (%1) may not see review tasks.</source>
        <translation>您的角色“%1”无权查看复核任务。</translation>
    </message>
    <message>
        <source>You may only print the tasks of your own township.</source>
        <translation>您只能打印本镇（街道）的任务。</translation>
    </message>
    <message>
        <source>You may only print the tasks of your own village.</source>
        <translation>您只能打印本村（社区）的任务。</translation>
    </message>
</context>
<context>
    <name>sn::ExpenditureTableModel</name>
    <message>
        <source>Medical (personal share)</source>
        <translation>医疗（个人负担部分）</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Disability rehabilitation</source>
        <translation>残疾康复</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>灾害</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外事故</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the household paid itself in the past 12 months, after insurance and other reimbursement.</source>
        <translation>过去 12 个月内扣除保险及其他报销后由家庭自付的金额。</translation>
    </message>
</context>
<context>
    <name>sn::FeedbackFormExport</name>
    <message>
        <source>The month must be written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>月份须写成 YYYY-MM 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot add the sheet for %1.</source>
        <translation>无法为 %1 添加工作表。</translation>
    </message>
</context>
<context>
    <name>sn::FilterBar</name>
    <message>
        <source>&amp;Township:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Township filter</source>
        <translation>镇（街道）筛选</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部镇（街道）</translation>
    </message>
    <message>
        <source>Village or community filter</source>
        <translation>村（社区）筛选</translation>
    </message>
    <message>
        <source>All villages and communities</source>
        <translation>全部村（社区）</translation>
    </message>
</context>
<context>
    <name>sn::FirstRunWizard</name>
    <message>
        <source>Set up this SafetyNet station</source>
        <translation>设置本安全网站点</translation>
    </message>
    <message>
        <source>&amp;Create station</source>
        <translation>创建站点(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>&amp;Load region file…</source>
        <translation>加载行政区划文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Another district: load its region tree (a SafetyNet regions JSON file)</source>
        <translation>其他区：加载该区的行政区划树（安全网行政区划 JSON 文件）</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区：</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>站点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>%1窗口</translation>
    </message>
    <message>
        <source>The station&apos;s data will be kept in %1.</source>
        <translation>站点数据将保存在 %1。</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no district loaded)</source>
        <translation>（未加载区）</translation>
    </message>
    <message>
        <source>The district bureau: sees every township</source>
        <translation>区民政局：可查看所有镇（街道）</translation>
    </message>
    <message>
        <source>Choose or type the township</source>
        <translation>选择或输入镇（街道）</translation>
    </message>
    <message>
        <source>Load region file</source>
        <translation>加载行政区划文件</translation>
    </message>
    <message>
        <source>Region files (*.json)</source>
        <translation>行政区划文件 (*.json)</translation>
    </message>
    <message>
        <source>The region file could not be read: %1</source>
        <translation>无法读取行政区划文件：%1</translation>
    </message>
    <message>
        <source>no district in it</source>
        <translation>其中没有区</translation>
    </message>
    <message>
        <source>Choose the township this desk serves, or %1 for the district bureau.</source>
        <translation>请选择本窗口服务的镇（街道）；区民政局请选择“%1”。</translation>
    </message>
    <message>
        <source>No township named &quot;%1&quot; in %2.</source>
        <translation>%2 没有名为“%1”的镇（街道）。</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>请为站点命名。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language / 语言:</source>
        <translation>语言 / Language(&amp;L)：</translation>
    </message>
    <message>
        <source>This account manages the station: it creates the other users. At a township&apos;s station it is the township administrator, at the district bureau the district administrator. Choose a password that the public at the counter cannot guess.</source>
        <translation>此账户负责管理本站点，并创建其他用户。在乡镇（街道）站点它是乡镇（街道）管理员，在区民政局是区级管理员。请选择窗口前群众猜不到的密码。</translation>
    </message>
    <message>
        <source>None: a new station (the district bureau, or a window made before enrolment)</source>
        <translation>无：新建站点（区民政局，或注册制度之前建立的窗口）</translation>
    </message>
    <message>
        <source>&amp;Enrolment file…</source>
        <translation>注册文件(&amp;E)…</translation>
    </message>
    <message>
        <source>The file the district bureau wrote for this window (safetynet-cli enrol)</source>
        <translation>区民政局为本窗口生成的文件（safetynet-cli enrol）</translation>
    </message>
    <message>
        <source>Enrolment:</source>
        <translation>注册：</translation>
    </message>
    <message>
        <source>Passphrase of the enrolment file</source>
        <translation>注册文件的口令</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>注册文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>注册文件 (*.enrol);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, enrolled by %2</source>
        <translation>%1，由%2注册</translation>
    </message>
    <message>
        <source>Which township does this desk serve? The district bureau chooses the district itself and sees every township; a window the bureau enrolled opens its enrolment file.</source>
        <translation>本窗口服务哪个镇（街道）？区民政局请选择本区，可查看所有镇（街道）；已由区民政局注册的窗口请打开其注册文件。</translation>
    </message>
</context>
<context>
    <name>sn::GrantDialog</name>
    <message>
        <source>First help for %1</source>
        <translation>为 %1 先行救助</translation>
    </message>
    <message>
        <source>Recording the first help answers this emergency and stops its 12-hour clock.</source>
        <translation>登记先行救助即视为已响应此紧急情况，并停止 12 小时计时。</translation>
    </message>
    <message>
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>In yuan, at most two decimals (500, 500.5 or 500.50)</source>
        <translation>单位为元，最多两位小数（500、500.5 或 500.50）</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>&amp;Small amount paid first (先行小额救助)</source>
        <translation>先行小额救助(&amp;S)</translation>
    </message>
    <message>
        <source>Paid at once through the green channel; approval and paperwork follow</source>
        <translation>通过绿色通道立即发放，审批和手续随后补办</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>事由(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sn::HandbookWindow</name>
    <message>
        <source>SafetyNet handbook</source>
        <translation>安全网用户手册</translation>
    </message>
    <message>
        <source>The handbook cannot be opened: %1</source>
        <translation>无法打开用户手册：%1</translation>
    </message>
    <message>
        <source>Handbook page</source>
        <translation>手册页面</translation>
    </message>
    <message>
        <source>Handbook contents</source>
        <translation>手册目录</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Index</source>
        <translation>索引(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>The handbook file (safetynet-handbook.qch) is not installed with SafetyNet.</source>
        <translation>未安装用户手册文件（safetynet-handbook.qch）。</translation>
    </message>
    <message>
        <source>The handbook file %1 is damaged.</source>
        <translation>用户手册文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>Look for a term in the index</source>
        <translation>在索引中查找词语</translation>
    </message>
    <message>
        <source>Term to look for</source>
        <translation>要查找的词语</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>查找(&amp;L)：</translation>
    </message>
    <message>
        <source>Handbook index</source>
        <translation>手册索引</translation>
    </message>
    <message>
        <source>%1 — SafetyNet handbook</source>
        <translation>%1 — 安全网用户手册</translation>
    </message>
</context>
<context>
    <name>sn::HistoryDialog</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Rigid spending</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Full ID numbers shown</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Urban or rural</source>
        <translation>城乡类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Reason for override</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Monthly amount (fen)</source>
        <translation>月救助金额（分）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Legal supporter able to support</source>
        <translation>有赡（抚、扶）养能力的法定义务人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Labour capacity</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Counted in household</source>
        <translation>计入家庭</translation>
    </message>
    <message>
        <source>Whose income</source>
        <translation>收入归属</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Per month (fen)</source>
        <translation>每月（分）</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Value (fen)</source>
        <translation>价值（分）</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Changes of the household</source>
        <translation>该家庭的变更</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 条变更，最新的在前。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. ID numbers are masked for your role.</source>
        <translation>
            <numerusform>共 %n 条变更，最新的在前。按您的角色，身份证号码已脱敏显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>户主 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n income item(s)</source>
        <translation>
            <numerusform>%n 项收入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n 项财产</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rigid spending item(s)</source>
        <translation>
            <numerusform>%n 项刚性支出</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdClassificationBox</name>
    <message>
        <source>Classification</source>
        <translation>类别认定</translation>
    </message>
    <message>
        <source>A&amp;ccept classification</source>
        <translation>采用认定结果(&amp;C)</translation>
    </message>
    <message>
        <source>Classified category</source>
        <translation>认定类别</translation>
    </message>
    <message>
        <source>How the rules classify the household</source>
        <translation>按规则对该家庭的认定结果</translation>
    </message>
    <message>
        <source>Record the classified category as the household&apos;s category</source>
        <translation>将认定类别登记为该家庭的救助类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>The category recorded for the household. Choosing other than the classification needs a written reason, which is audited.</source>
        <translation>登记的家庭救助类别。选择与认定结果不同的类别须书面说明原因，并记入审计。</translation>
    </message>
    <message>
        <source>Reason for override</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Required when the category differs from the classification: why the household is recorded differently (evidence, decision of the township). It is audited.</source>
        <translation>救助类别与认定结果不同时必填：说明为何按不同类别登记（依据材料、镇（街道）决定等）。将记入审计。</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>救助类别(&amp;Y)</translation>
    </message>
    <message>
        <source>Rules give: %1</source>
        <translation>规则认定：%1</translation>
    </message>
    <message>
        <source>&amp;Why overridden</source>
        <translation>调整原因(&amp;W)</translation>
    </message>
    <message>
        <source>Rules give: nothing yet; enter the members with their ID numbers</source>
        <translation>规则认定：暂无，请先录入成员及其身份证号码</translation>
    </message>
    <message>
        <source>&amp;Why overridden (required)</source>
        <translation>调整原因（必填）(&amp;W)</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdFieldsWidget</name>
    <message>
        <source>Un&amp;known</source>
        <translation>不详(&amp;K)</translation>
    </message>
    <message>
        <source>Legal supporter a&amp;ble to support</source>
        <translation>有赡（抚、扶）养能力的法定义务人(&amp;B)</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Decides which standard applies. Set from the village or community; change it if the household&apos;s registration differs.</source>
        <translation>决定适用哪一标准。默认根据村（社区）设定；如该家庭户籍不同请修改。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>The ledger does not say since when the household is covered. Reviews count from the date it was registered until the start date is entered.</source>
        <translation>台账未载明享受起始时间。录入起始时间前，复核从登记日期起算。</translation>
    </message>
    <message>
        <source>The assistance paid to the household per month, in yuan.</source>
        <translation>每月发放给该家庭的救助金额（元）。</translation>
    </message>
    <message>
        <source>Required when the household has exited assistance.</source>
        <translation>家庭已退出救助时必填。</translation>
    </message>
    <message>
        <source>A spouse, parent or adult child with a legal duty of support who is able to support the household. Rules out extreme-poverty support.</source>
        <translation>负有法定赡养、抚养或扶养义务且有能力履行的配偶、父母或成年子女。有此类人员则不能认定为特困供养。</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>镇（街道）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Village or community</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Urban or rural</source>
        <translation>城乡类别(&amp;U)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Start dat&amp;e</source>
        <translation>开始日期(&amp;E)</translation>
    </message>
    <message>
        <source>Start date unknown</source>
        <translation>享受起始时间不详</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xit reason</source>
        <translation>退出原因(&amp;X)</translation>
    </message>
    <message>
        <source>Mo&amp;nthly amount (yuan)</source>
        <translation>月救助金额（元）(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Your station works for this township only.</source>
        <translation>本站点只服务于此镇（街道）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Start date unknown: reviews are scheduled from the registration date %1 until it is entered. The household is listed under Records to complete.</source>
        <translation>享受起始时间不详：录入前，复核按登记日期 %1 起算。该户列入“待补全档案”。</translation>
    </message>
    <message>
        <source>The date the assistance starts (or started). Type it in one go: 20240301, 2024-3-1 or 2024年3月1日.</source>
        <translation>开始享受救助的日期。连续输入即可：20240301、2024-3-1 或 2024年3月1日。</translation>
    </message>
    <message>
        <source>Start date &quot;%1&quot; is not a date: type it as 20240301, 2024-3-1 or 2024年3月1日</source>
        <translation>享受起始时间“%1”不是有效日期，请按 20240301、2024-3-1 或 2024年3月1日 的格式填写</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdForm</name>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Add member (Ctrl+M)</source>
        <translation>添加成员 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Rigid spending of the past 12 months</source>
        <translation>过去 12 个月的刚性支出</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>收入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>财产(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rigid spending</source>
        <translation>刚性支出(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every recorded change of this household</source>
        <translation>该家庭的全部变更记录</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>转介(&amp;F)…</translation>
    </message>
    <message>
        <source>Refer the household to departments&apos; policies, with a one-time notification letter</source>
        <translation>将该户转介到部门政策，并出具一次性告知书</translation>
    </message>
    <message>
        <source>Save the household (Ctrl+S)</source>
        <translation>保存家庭信息 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>表单状态</translation>
    </message>
    <message>
        <source>New household[*]</source>
        <translation>新建家庭[*]</translation>
    </message>
    <message>
        <source>Household of %1[*]</source>
        <translation>%1 户[*]</translation>
    </message>
    <message>
        <source>Read only: your role may view households but not change them.</source>
        <translation>只读：您的角色可以查看家庭信息，但不能修改。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1: ID number checked; born %2, %3, age %4</source>
        <translation>%1：身份证号码已校验；出生于 %2，%3，%4 岁</translation>
    </message>
    <message>
        <source>ID number valid: born %1, %2, age %3</source>
        <translation>身份证号码有效：出生于 %1，%2，%3 岁</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to correct first.</source>
        <translation>
            <numerusform>未保存：需先更正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Household not saved</source>
        <translation>家庭信息未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The household has changes that are not saved. Save them now?</source>
        <translation>该家庭有未保存的更改。现在保存吗？</translation>
    </message>
    <message>
        <source>Alt+M goes to the member table</source>
        <translation>按 Alt+M 进入家庭成员表</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Saved: tier %1</source>
        <translation>已保存，管理分级：%1</translation>
    </message>
    <message>
        <source>Saved: tier %1; next %2 due %3</source>
        <translation>已保存，管理分级：%1；下次%2于 %3 到期</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <source>%1

Save the household all the same?</source>
        <translation>%1

是否仍然保存该家庭？</translation>
    </message>
    <message>
        <source>Remove member (Ctrl+Del)</source>
        <translation>删除成员 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Add income (Ins)</source>
        <translation>添加收入 (Ins)</translation>
    </message>
    <message>
        <source>Remove income (Ctrl+Del)</source>
        <translation>删除收入 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Add asset (Ins)</source>
        <translation>添加财产 (Ins)</translation>
    </message>
    <message>
        <source>Remove asset (Ctrl+Del)</source>
        <translation>删除财产 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Add spending (Ins)</source>
        <translation>添加支出 (Ins)</translation>
    </message>
    <message>
        <source>Remove spending (Ctrl+Del)</source>
        <translation>删除支出 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Ctrl+W)</source>
        <translation>关闭 (Ctrl+W)</translation>
    </message>
    <message>
        <source>Ad&amp;just payment…</source>
        <translation>救助金变更(&amp;J)…</translation>
    </message>
    <message>
        <source>Propose an increase, a decrease or a stop of the payment (增发 / 减发 / 停发) with its month and reasons, for the bureau to confirm</source>
        <translation>提出增发、减发或停发，写明执行月份和理由，报区民政局确认</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdItemDelegate</name>
    <message>
        <source>Type the first characters of a choice; Alt+Down lists them all</source>
        <translation>输入选项的开头文字即可选中；按 Alt+↓ 列出全部选项</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdJson</name>
    <message>
        <source>%1 must be a whole number of fen.</source>
        <translation>%1 必须是以分为单位的整数。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan.</source>
        <translation>%1：“%2”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>township: &quot;%1&quot; is not a township of this district.</source>
        <translation>township：“%1”不是本区的镇（街道）。</translation>
    </message>
    <message>
        <source>village: &quot;%1&quot; is not a village or community of %2.</source>
        <translation>village：“%1”不是 %2 的村（社区）。</translation>
    </message>
    <message>
        <source>area_type must be &quot;urban&quot; or &quot;rural&quot;.</source>
        <translation>area_type 必须是“urban”或“rural”。</translation>
    </message>
    <message>
        <source>category: &quot;%1&quot; is not a category.</source>
        <translation>category：“%1”不是有效的救助类别。</translation>
    </message>
    <message>
        <source>status must be &quot;active&quot; or &quot;exited&quot;.</source>
        <translation>status 必须是“active”或“exited”。</translation>
    </message>
    <message>
        <source>%1relation: &quot;%2&quot; is not a relation to the head.</source>
        <translation>%1relation：“%2”不是有效的与户主关系。</translation>
    </message>
    <message>
        <source>%1disability_grade must be 0 (none) to 4.</source>
        <translation>%1disability_grade 必须为 0（无）到 4。</translation>
    </message>
    <message>
        <source>%1member must be the index of a member.</source>
        <translation>%1member 必须是某个成员的序号。</translation>
    </message>
    <message>
        <source>%1kind must be one of %2.</source>
        <translation>%1kind 必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form field=value.</source>
        <translation>“%1”不是 字段=值 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set this way; settable fields: %2.</source>
        <translation>“%1”不能用这种方式设置；可设置的字段：%2。</translation>
    </message>
    <message>
        <source>%1care_level must be self, partial or full (全自理, 半护理, 全护理).</source>
        <translation>%1care_level 应为 self、partial 或 full（全自理、半护理、全护理）。</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdProblemPanel</name>
    <message>
        <source>Problems that block saving</source>
        <translation>导致无法保存的问题</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>No problems: the household can be saved.</source>
        <translation>没有问题：可以保存该家庭。</translation>
    </message>
    <message>
        <source>Problems (%1): saving is blocked</source>
        <translation>问题（%1 个）：无法保存</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>To check before saving (%1)</source>
        <translation>保存前请核对（%1 项）</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdRepository</name>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdRowsPage</name>
    <message>
        <source>Check of the current row</source>
        <translation>当前行的检查结果</translation>
    </message>
    <message>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>删除当前行 (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdRules</name>
    <message>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>The household has no members</source>
        <translation>该家庭没有成员</translation>
    </message>
    <message>
        <source>No member is marked as head of household</source>
        <translation>没有成员被标记为户主</translation>
    </message>
    <message numerus="yes">
        <source>%n members are marked as head of household; exactly one is needed</source>
        <translation>
            <numerusform>有 %n 名成员被标记为户主；只能有一名户主</numerusform>
        </translation>
    </message>
    <message>
        <source>Member %1 has no name</source>
        <translation>成员 %1 没有姓名</translation>
    </message>
    <message>
        <source>ID number of %1 is invalid: %2</source>
        <translation>%1 的身份证号码无效：%2</translation>
    </message>
    <message>
        <source>%1 has the same ID number as %2</source>
        <translation>%1 与 %2 的身份证号码相同</translation>
    </message>
    <message>
        <source>Birth date of %1 (%2) does not match the ID number (%3)</source>
        <translation>%1 的出生日期（%2）与身份证号码（%3）不符</translation>
    </message>
    <message>
        <source>%1 is recorded as %2 but is older than the head of household %3</source>
        <translation>%1 登记为%2，但年龄大于户主 %3</translation>
    </message>
    <message>
        <source>%1 is recorded as %2 but is younger than the head of household %3</source>
        <translation>%1 登记为%2，但年龄小于户主 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is recorded as spouse but is only %n years old</source>
        <translation>
            <numerusform>%1 登记为配偶，但只有 %n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly assistance amount is negative (%1 yuan)</source>
        <translation>月救助金额为负数（%1 元）</translation>
    </message>
    <message>
        <source>Income item %1 has a negative amount (%2 yuan)</source>
        <translation>收入项 %1 的金额为负数（%2 元）</translation>
    </message>
    <message>
        <source>Asset %1 has a negative value (%2 yuan)</source>
        <translation>财产 %1 的价值为负数（%2 元）</translation>
    </message>
    <message>
        <source>Expenditure %1 has a negative amount (%2 yuan)</source>
        <translation>支出 %1 的金额为负数（%2 元）</translation>
    </message>
    <message>
        <source>The household has exited but no exit reason is recorded</source>
        <translation>该家庭已退出，但未登记退出原因</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are kept</source>
        <translation>%1共 %2 个字，最多 %3 个字</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The name of member %1</source>
        <translation>成员 %1 的姓名</translation>
    </message>
    <message>
        <source>The phone number of %1</source>
        <translation>%1 的联系电话</translation>
    </message>
    <message>
        <source>The household is covered as %1 but no monthly amount is entered</source>
        <translation>该家庭按%1在保，但未填写月保障金额</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This household belongs to another township; you may only work on your own township&apos;s records.</source>
        <translation>该家庭属于其他镇（街道）；您只能处理本镇（街道）的记录。</translation>
    </message>
    <message>
        <source>No such member in this household.</source>
        <translation>该家庭中没有此成员。</translation>
    </message>
    <message>
        <source>Choose the township (镇/街道) of the household.</source>
        <translation>请选择该家庭所在的镇（街道）。</translation>
    </message>
    <message>
        <source>The village or community is not in %1.</source>
        <translation>该村（社区）不在 %1 内。</translation>
    </message>
    <message>
        <source>The grid is not in the chosen village or community.</source>
        <translation>该网格不在所选村（社区）内。</translation>
    </message>
    <message>
        <source>the household of %1 (%2)</source>
        <translation>%1 户（%2）</translation>
    </message>
    <message>
        <source>%1&apos;s ID number is already registered for %2 in %3.</source>
        <translation>%1 的身份证号码已登记在 %3 的 %2 名下。</translation>
    </message>
    <message>
        <source>No 低保 standard has been entered for %1 (%2): the district enters it under Settings › District rules (or with `safetynet standards set`).</source>
        <translation>尚未录入 %1 年（%2）低保标准：请区县在“设置 › 区县规则”中录入（或使用 `safetynet standards set`）。</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The rules give %1; to record %2 instead, write the reason for the override.</source>
        <translation>规则认定为%1；如要登记为%2，请写明调整原因。</translation>
    </message>
    <message>
        <source>A household with the id %1 already exists.</source>
        <translation>编号为 %1 的家庭已存在。</translation>
    </message>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>Give the reason for removing the household.</source>
        <translation>请说明删除该家庭的原因。</translation>
    </message>
    <message>
        <source>Your role may not view households.</source>
        <translation>您的角色无权查看家庭信息。</translation>
    </message>
    <message>
        <source>start date unknown</source>
        <translation>享受起始时间不详</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without an ID number</source>
        <translation>
            <numerusform>%n 名成员缺身份证号</numerusform>
        </translation>
    </message>
    <message>
        <source>The household was not saved: %1</source>
        <translation>家庭未保存：%1</translation>
    </message>
    <message>
        <source>%1&apos;s ID number is already registered in %2; that township closes its registration before this one can be made.</source>
        <translation>%1 的身份证号已在%2登记；须由该镇（街道）先注销登记，才能在此登记。</translation>
    </message>
    <message>
        <source>Choose the village or community of the household</source>
        <translation>请选择家庭所在村（社区）</translation>
    </message>
    <message>
        <source>Fill in the address of the household</source>
        <translation>请填写家庭住址</translation>
    </message>
</context>
<context>
    <name>sn::HouseholdTableModel</name>
    <message>
        <source>To complete: %1</source>
        <translation>待补全：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>匹配原因：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>%1 · to complete</source>
        <translation>%1 · 待补全</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village/community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Monthly (yuan)</source>
        <translation>月救助金（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配原因</translation>
    </message>
</context>
<context>
    <name>sn::IdNumber</name>
    <message>
        <source>No ID number given</source>
        <translation>未填写身份证号码</translation>
    </message>
    <message>
        <source>18 characters expected, got %1</source>
        <translation>应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>Invalid character</source>
        <translation>含有无效字符</translation>
    </message>
    <message>
        <source>X is only allowed as the 18th character, found at position %1</source>
        <translation>X 只能作为第 18 位，但出现在第 %1 位</translation>
    </message>
    <message>
        <source>Character &quot;%1&quot; at position %2 is not a digit</source>
        <translation>第 %2 位的字符“%1”不是数字</translation>
    </message>
    <message>
        <source>Area code %1 does not start with a valid province code (%2)</source>
        <translation>地址码 %1 的开头不是有效的省级代码（%2）</translation>
    </message>
    <message>
        <source>Birth date %1 does not exist</source>
        <translation>出生日期 %1 不存在</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>Birth date %1 is more than %2 years ago</source>
        <translation>出生日期 %1 距今超过 %2 年</translation>
    </message>
    <message>
        <source>Check character is %1 but should be %2</source>
        <translation>校验码为 %1，应为 %2</translation>
    </message>
</context>
<context>
    <name>sn::IncomeTableModel</name>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>种养殖收入</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>经营性收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转移性收入</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Basic pension (not counted)</source>
        <translation>基础养老金（不计入）</translation>
    </message>
    <message>
        <source>Old-age allowance (not counted)</source>
        <translation>高龄津贴（不计入）</translation>
    </message>
    <message>
        <source>Special-care payments (not counted)</source>
        <translation>优待抚恤金（不计入）</translation>
    </message>
    <message>
        <source>Whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>Whose income</source>
        <translation>收入归属</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Per month (yuan)</source>
        <translation>每月（元）</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Regular income. Unstable income of members able to work puts a minimum-living-guarantee household in the green tier. Press Space to change.</source>
        <translation>固定收入。有劳动能力成员收入不稳定的低保家庭列为绿色分级。按空格键切换。</translation>
    </message>
    <message>
        <source>Income of a member who is not counted in the household is left out of the per-capita income.</source>
        <translation>不计入家庭的成员，其收入不计入人均收入。</translation>
    </message>
</context>
<context>
    <name>sn::IntegrityCheck</name>
    <message>
        <source>%1: %2 more</source>
        <translation>%1：另有 %2 项</translation>
    </message>
    <message>
        <source>integrity_check could not run: %1</source>
        <translation>integrity_check 无法运行：%1</translation>
    </message>
    <message>
        <source>row %1 of %2 points to a missing %3</source>
        <translation>%2 的第 %1 行指向不存在的 %3</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>数据库结构：版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>station: the database has no station id (not initialised)</source>
        <translation>站点：数据库没有站点编号（未初始化）</translation>
    </message>
    <message>
        <source>household %1 has %2 heads</source>
        <translation>家庭 %1 有 %2 名户主</translation>
    </message>
    <message>
        <source>ID number %1 is held by %2 members</source>
        <translation>身份证号码 %1 由 %2 名成员共用</translation>
    </message>
    <message>
        <source>household %1 has a village outside its township</source>
        <translation>家庭 %1 所在的村（社区）不属于其镇（街道）</translation>
    </message>
    <message>
        <source>household %1 exited without a reason</source>
        <translation>家庭 %1 退出时没有登记原因</translation>
    </message>
    <message>
        <source>%1 households but %2 search entries</source>
        <translation>有 %1 个家庭，但只有 %2 条搜索索引</translation>
    </message>
    <message>
        <source>birth date differs from the ID number</source>
        <translation>出生日期与身份证号码不符</translation>
    </message>
    <message>
        <source>id_numbers: %1 more</source>
        <translation>id_numbers：另有 %1 项</translation>
    </message>
</context>
<context>
    <name>sn::KeyRing</name>
    <message>
        <source>its station certificate was not issued by this district</source>
        <translation>其站点证书不是本区签发的</translation>
    </message>
    <message>
        <source>its station certificate is incomplete</source>
        <translation>其站点证书不完整</translation>
    </message>
    <message>
        <source>Only a district station can enrol stations.</source>
        <translation>只有区级站点可以注册站点。</translation>
    </message>
    <message>
        <source>This station has no signing key: enrol it at the district bureau.</source>
        <translation>本站点没有签名密钥：请到区民政局注册。</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to seal the enrolment file.</source>
        <translation>内存不足，无法加密注册文件。</translation>
    </message>
    <message>
        <source>This is not a SafetyNet enrolment file.</source>
        <translation>这不是安全网注册文件。</translation>
    </message>
    <message>
        <source>The enrolment file is damaged.</source>
        <translation>注册文件已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to open the enrolment file.</source>
        <translation>内存不足，无法打开注册文件。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the enrolment file was altered.</source>
        <translation>口令错误，或注册文件已被改动。</translation>
    </message>
    <message>
        <source>The enrolment file holds no valid station certificate.</source>
        <translation>注册文件中没有有效的站点证书。</translation>
    </message>
    <message>
        <source>Only a district station can issue keys.</source>
        <translation>只有区级站点可以签发密钥。</translation>
    </message>
    <message>
        <source>The certificate of %1 holds no usable key.</source>
        <translation>%1 的证书中没有可用的密钥。</translation>
    </message>
    <message>
        <source>The keys of epoch %1 are damaged.</source>
        <translation>第 %1 代密钥已损坏。</translation>
    </message>
</context>
<context>
    <name>sn::LanguageSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of SafetyNet&apos;s windows on this computer. Cards and official documents always use the official Chinese wording.</source>
        <translation>本机安全网窗口使用的语言。公示卡和正式文书始终使用规范的中文表述。</translation>
    </message>
    <message>
        <source>A new language takes effect the next time SafetyNet starts.</source>
        <translation>新语言将在下次启动安全网时生效。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>sn::LeadDetailPanel</name>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Record the first help (临时救助); for an emergency this stops the 12-hour clock</source>
        <translation>登记先行救助（临时救助）；紧急情况下将停止 12 小时计时</translation>
    </message>
    <message>
        <source>&amp;Link household…</source>
        <translation>关联家庭(&amp;L)…</translation>
    </message>
    <message>
        <source>Find the registry household of this person and link the lead to it</source>
        <translation>在家庭名册中查找此人所在家庭，并将救助线索与之关联</translation>
    </message>
    <message>
        <source>&amp;Intake form…</source>
        <translation>受理登记表(&amp;I)…</translation>
    </message>
    <message>
        <source>Register the person as a new household</source>
        <translation>将此人登记为新家庭</translation>
    </message>
    <message>
        <source>&amp;Proxy application…</source>
        <translation>帮办代办(&amp;P)…</translation>
    </message>
    <message>
        <source>帮办代办: someone applies on behalf of a person who cannot apply themselves</source>
        <translation>帮办代办：由他人代无法自行申请的人提出申请</translation>
    </message>
    <message>
        <source>Open &amp;household</source>
        <translation>打开家庭(&amp;H)</translation>
    </message>
    <message>
        <source>History of the lead</source>
        <translation>救助线索处理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>未选择救助线索</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>救助线索</translation>
    </message>
    <message>
        <source>%1 — emergency</source>
        <translation>%1 — 紧急</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> · decision: %1</source>
        <translation> · 处理决定：%1</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>上报：</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 由 %2 上报（%3）</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号码：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>情况说明：</translation>
    </message>
    <message>
        <source>Proxy application:</source>
        <translation>帮办代办：</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>尚未关联</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>没有后续环节</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>时限 %1：%2</translation>
    </message>
    <message>
        <source> (reply: %1, %2)</source>
        <translation>（答复：%1，%2）</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>First help / &amp;temporary assistance…</source>
        <translation>先行救助 / 临时救助(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>sn::LeadRepository</name>
    <message>
        <source>No lead with the id %1.</source>
        <translation>没有编号为 %1 的救助线索。</translation>
    </message>
    <message>
        <source>No grant with the id %1.</source>
        <translation>没有编号为 %1 的救助发放记录。</translation>
    </message>
</context>
<context>
    <name>sn::LeadRules</name>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Service-team volunteer</source>
        <translation>服务队志愿者</translation>
    </message>
    <message>
        <source>Party-member visit</source>
        <translation>党员走访</translation>
    </message>
    <message>
        <source>Department data</source>
        <translation>部门数据</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Petition (信访)</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网络平台</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线电话</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>本人申请</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Verified by the service team</source>
        <translation>服务队已核实</translation>
    </message>
    <message>
        <source>Reported to the township window</source>
        <translation>已报镇（街道）窗口</translation>
    </message>
    <message>
        <source>Field check</source>
        <translation>实地核查</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Assistance granted</source>
        <translation>给予救助</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复线索</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Reached the township window</source>
        <translation>已报乡镇窗口</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>已先行救助</translation>
    </message>
    <message>
        <source>Answered: not eligible</source>
        <translation>已答复：不符合条件</translation>
    </message>
    <message>
        <source>Answered: duplicate</source>
        <translation>已答复：重复线索</translation>
    </message>
    <message>
        <source>Closed with a reply</source>
        <translation>已答复办结</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>按时响应</translation>
    </message>
    <message>
        <source>answered %1 late</source>
        <translation>超时 %1 响应</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>The lead is closed.</source>
        <translation>该救助线索已办结。</translation>
    </message>
    <message>
        <source>Choose the decision: assistance granted, referred, not eligible or duplicate.</source>
        <translation>请选择处理决定：给予救助、转介、不符合条件或重复线索。</translation>
    </message>
    <message>
        <source>A decision needs the field check first (the lead is now: %1).</source>
        <translation>作出决定前须先实地核查（该线索当前状态：%1）。</translation>
    </message>
    <message>
        <source>The lead is already past &quot;%1&quot; (now: %2).</source>
        <translation>该线索已过“%1”环节（当前：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must come before &quot;%2&quot; (the lead is now: %3).</source>
        <translation>“%1”必须在“%2”之前（该线索当前：%3）。</translation>
    </message>
    <message>
        <source>There is nothing to follow up after &quot;%1&quot;: close the lead.</source>
        <translation>“%1”之后无需回访：请办结该救助线索。</translation>
    </message>
</context>
<context>
    <name>sn::LeadService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This lead belongs to another township.</source>
        <translation>该救助线索属于其他镇（街道）。</translation>
    </message>
    <message>
        <source>An auditor cannot report leads.</source>
        <translation>审计员不能上报救助线索。</translation>
    </message>
    <message>
        <source>Who is in difficulty? The name is empty.</source>
        <translation>请填写困难对象姓名。</translation>
    </message>
    <message>
        <source>Choose the township of the lead.</source>
        <translation>请选择该救助线索所在的镇（街道）。</translation>
    </message>
    <message>
        <source>The village or community is not in %1.</source>
        <translation>该村（社区）不在 %1 内。</translation>
    </message>
    <message>
        <source>reported by %1</source>
        <translation>由 %1 上报</translation>
    </message>
    <message>
        <source>Link the lead to a household before referring it.</source>
        <translation>转介前请先将救助线索关联到家庭。</translation>
    </message>
    <message>
        <source>Choose the policies the person is referred to: the one-time notification lists them.</source>
        <translation>请选择转介的政策：一次性告知书将逐项列出。</translation>
    </message>
    <message>
        <source>Name the person who applies on their behalf.</source>
        <translation>请填写代为申请人的姓名。</translation>
    </message>
    <message>
        <source>proxy application (帮办代办) by %1 (%2)</source>
        <translation>由 %1（%2）帮办代办</translation>
    </message>
    <message>
        <source>linked to the household of %1</source>
        <translation>已关联到 %1 户</translation>
    </message>
    <message>
        <source>From lead reported %1: %2</source>
        <translation>来自 %1 上报的救助线索：%2</translation>
    </message>
    <message>
        <source>Your role may not view leads.</source>
        <translation>您的角色无权查看救助线索。</translation>
    </message>
    <message>
        <source>The escalation list is for the district bureau.</source>
        <translation>督办清单仅供区民政局使用。</translation>
    </message>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>A grant belongs to a lead or a household.</source>
        <translation>救助发放记录必须属于某条救助线索或某个家庭。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Write the reason for the assistance.</source>
        <translation>请写明救助事由。</translation>
    </message>
    <message>
        <source>temporary assistance %1 yuan: %2</source>
        <translation>临时救助 %1 元：%2</translation>
    </message>
    <message>
        <source>This grant was rejected.</source>
        <translation>该救助发放已被驳回。</translation>
    </message>
    <message>
        <source>Only an approved grant can be paid.</source>
        <translation>只有已审批的救助才能发放。</translation>
    </message>
</context>
<context>
    <name>sn::LeadStepDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>从“%1”到“%2”</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Referring needs the lead linked to a household first; a duplicate may be recognised at any step</source>
        <translation>转介前须先将线索关联到家庭；重复线索可在任何环节认定</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>处理决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Tick every policy the person is referred to (Space ticks): the one-time notification lists each one&apos;s conditions, materials, place and contact</source>
        <translation>勾选转介的每项政策（空格键勾选）：一次性告知书列出各项政策的适用对象、材料、地点和联系方式</translation>
    </message>
    <message>
        <source>&amp;Policies:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sn::LeadTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>困难对象</translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation>镇（街道）/ 村（社区）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>sn::LeadsPage</name>
    <message>
        <source>&amp;Report lead…</source>
        <translation>上报救助线索(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示超时(&amp;O)</translation>
    </message>
    <message>
        <source>Leads past their deadline and not yet answered</source>
        <translation>已超过时限且尚未响应的救助线索</translation>
    </message>
    <message>
        <source>&amp;Emergencies only</source>
        <translation>仅显示紧急(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any open state</source>
        <translation>所有未办结状态</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>未办结救助线索</translation>
    </message>
    <message>
        <source>Overdue leads of every township</source>
        <translation>各镇（街道）的超时救助线索</translation>
    </message>
    <message>
        <source>Every township&apos;s leads past their deadline: the district bureau follows them up</source>
        <translation>各镇（街道）超过时限的救助线索：由区民政局督办</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>The leads could not be read</source>
        <translation>无法读取救助线索</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>救助线索</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s), %1 overdue</source>
        <translation>
            <numerusform>%n 条救助线索，%1 条超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条救助线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation (%1)</source>
        <translation>督办（%1）</translation>
    </message>
    <message>
        <source>Emergency lead: %1 — %2</source>
        <translation>紧急救助线索：%1 — %2</translation>
    </message>
    <message>
        <source>Lead: %1 — %2</source>
        <translation>救助线索：%1 — %2</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>No open leads. When a grid worker, a department or a caller names someone in difficulty, enter it with Report lead…; its deadline starts then.</source>
        <translation>暂无待办救助线索。网格员、部门或来电反映有困难群众时，请点击“上报救助线索…”登记，办理时限自登记时起算。</translation>
    </message>
</context>
<context>
    <name>sn::LedgerImportService</name>
    <message>
        <source>Your role (%1) may not import households.</source>
        <translation>您的角色“%1”无权导入家庭。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>The ID number %1 appears twice in the file (also row %2).</source>
        <translation>身份证号码 %1 在文件中重复出现（另见第 %2 行）。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number (%2).</source>
        <translation>出生日期 %1 与身份证号码（%2）不符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Member without a head: the head %1 is not the household above; put the member under the head&apos;s row.</source>
        <translation>成员没有户主：户主 %1 不是上方的家庭；请将该成员放在其户主所在行的下方。</translation>
    </message>
    <message>
        <source>Member without a head: no head&apos;s row above this member.</source>
        <translation>成员没有户主：该成员上方没有户主行。</translation>
    </message>
    <message>
        <source>Unknown township &quot;%1&quot;.</source>
        <translation>未知的镇（街道）“%1”。</translation>
    </message>
    <message>
        <source>The township (乡镇/街道) is missing.</source>
        <translation>缺少乡镇（街道）。</translation>
    </message>
    <message>
        <source>The household belongs to %1; you may only import your own township&apos;s households.</source>
        <translation>该家庭属于 %1；您只能导入本镇（街道）的家庭。</translation>
    </message>
    <message>
        <source>Unknown village or community &quot;%1&quot; in %2.</source>
        <translation>%2 中没有村（社区）“%1”。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知的救助类别“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>The household of %1 is registered in another township.</source>
        <translation>%1 户已在其他镇（街道）登记。</translation>
    </message>
    <message>
        <source>%1&apos;s ID number is already registered for %2 in another household.</source>
        <translation>%1 的身份证号码已登记在其他家庭的 %2 名下。</translation>
    </message>
    <message>
        <source>As recorded in the ledger %1 (imported %2).</source>
        <translation>依据花名册 %1 的记录（导入于 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported. Row %1: %2</source>
        <translation>
            <numerusform>%n 行有问题，未导入任何数据。第 %1 行：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: the household belongs to another township.</source>
        <translation>第 %1 行：该家庭属于其他镇（街道）。</translation>
    </message>
    <message>
        <source>Row %1: %2&apos;s ID number was registered in another household after the preview; preview again.</source>
        <translation>第 %1 行：预览后 %2 的身份证号码已在其他家庭中登记；请重新预览。</translation>
    </message>
    <message>
        <source>Not imported with its household: row %1 has a problem.</source>
        <translation>与本户一同未导入：第 %1 行有问题。</translation>
    </message>
    <message>
        <source>Not imported with its household.</source>
        <translation>与本户一同未导入。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Reason not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>原行号</translation>
    </message>
</context>
<context>
    <name>sn::LinkHouseholdDialog</name>
    <message>
        <source>Link %1 to a household</source>
        <translation>将 %1 关联到家庭</translation>
    </message>
    <message>
        <source>Registry households that may be this person (same ID number, phone, name or address):</source>
        <translation>名册中可能与此人有关的家庭（身份证号码、电话、姓名或地址相同）：</translation>
    </message>
    <message>
        <source>Candidate households</source>
        <translation>候选家庭</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation>%1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>No household in the registry matches. Register one with the intake form.</source>
        <translation>家庭名册中没有匹配的家庭。请用受理登记表登记。</translation>
    </message>
</context>
<context>
    <name>sn::LockScreen</name>
    <message>
        <source>SafetyNet is locked</source>
        <translation>安全网已锁定</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter your password to continue.</source>
        <translation>已登录：%1（%2）。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>注销并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Unsaved changes are lost</source>
        <translation>未保存的更改将丢失</translation>
    </message>
</context>
<context>
    <name>sn::LoginDialog</name>
    <message>
        <source>Sign in to SafetyNet</source>
        <translation>登录安全网</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose your own password before you go on.</source>
        <translation>管理员已重置您的密码。请先设置自己的密码，再继续使用。</translation>
    </message>
    <message>
        <source>Choose a new password to sign in.</source>
        <translation>请设置新密码后登录。</translation>
    </message>
</context>
<context>
    <name>sn::MainWindow</name>
    <message>
        <source>SafetyNet — %1 (%2)</source>
        <translation>安全网 — %1（%2）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭名册</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>救助线索</translation>
    </message>
    <message>
        <source>Service team</source>
        <translation>主动发现服务队</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to complete (start date unknown or ID number missing)</source>
        <translation>
            <numerusform>%n 户档案待补全（享受起始时间不详或缺身份证号）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New household…</source>
        <translation>新建家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Lock desk</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Hide everything until your password is entered again</source>
        <translation>隐藏所有内容，直到再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find household</source>
        <translation>查找家庭(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About SafetyNet</source>
        <translation>关于安全网(&amp;A)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Station: %1 · %2</source>
        <translation>站点：%1 · %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打开家庭</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>新建家庭</translation>
    </message>
    <message>
        <source>Your role (%1) may not register households.</source>
        <translation>您的角色“%1”无权登记家庭。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>About SafetyNet</source>
        <translation>关于安全网</translation>
    </message>
    <message>
        <source>SafetyNet (安全网) %1
Case management for township social-assistance windows: households, active discovery of people in difficulty, reviews and reports.</source>
        <translation>安全网 %1
镇（街道）社会救助窗口个案管理：家庭信息、困难群众主动发现、复核与报表。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Exchange changes with the other stations through the shared folder now</source>
        <translation>立即通过共享文件夹与其他站点交换变更</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>The backup was not restored: the desk stayed open.</source>
        <translation>未恢复备份：程序保持打开。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>台账与报表</translation>
    </message>
    <message>
        <source>PDF for printing…</source>
        <translation>打印用 PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel 工作簿…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n referral policy(ies) to review by %1</source>
        <translation>
            <numerusform>有 %n 项转介政策须在 %1 前复核</numerusform>
        </translation>
    </message>
    <message>
        <source>Department data</source>
        <translation>部门数据</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请审核</translation>
    </message>
    <message>
        <source>The handbook, at the page about where you are</source>
        <translation>打开用户手册中介绍当前页面的一节</translation>
    </message>
    <message>
        <source>%1

The handbook is also installed as a PDF in /usr/share/doc/safetynet/.</source>
        <translation>%1

用户手册的 PDF 版本安装在 /usr/share/doc/safetynet/ 中。</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Print task list…</source>
        <translation>打印任务清单…</translation>
    </message>
    <message>
        <source>Visit recorded</source>
        <translation>已记录走访</translation>
    </message>
    <message>
        <source>Visit recorded: tier %1</source>
        <translation>已记录走访，管理分级：%1</translation>
    </message>
    <message>
        <source>Visit recorded: tier %1; next %2 due %3</source>
        <translation>已记录走访，管理分级：%1；下次%2于 %3 到期</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更与申诉</translation>
    </message>
    <message>
        <source>Renew the expenditure-type finding of %1 (found %2) before %3</source>
        <translation>%1 的刚性支出困难认定（%2 认定）须在 %3 前复核续期</translation>
    </message>
    <message>
        <source>Changes of payment due this month could not be applied: %1</source>
        <translation>本月到期的救助金变更未能执行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of payment took effect: their month has begun.</source>
        <translation>
            <numerusform>%n 项救助金变更已到执行月份，已生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lapsed findings could not be recorded: %1</source>
        <translation>到期失效的认定未能记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n expenditure-type finding(s) lapsed: not renewed within 12 months.</source>
        <translation>
            <numerusform>%n 户刚性支出困难认定已失效：12 个月内未复核续期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of payment proposed: the bureau confirms it on the Changes page.</source>
        <translation>已提出救助金变更，由区民政局在“变更与申诉”页确认。</translation>
    </message>
</context>
<context>
    <name>sn::MatchReason</name>
    <message>
        <source>%1 as %2 (surname)</source>
        <translation>%1 读作 %2（姓氏读音）</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 读作 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>a traditional or variant character, then its simplified form</comment>
        <translation>%1 即 %2</translation>
    </message>
    <message>
        <source>pinyin of %1</source>
        <translation>%1 的拼音</translation>
    </message>
    <message>
        <source>pinyin of %1, %2</source>
        <translation>%1 的拼音，%2</translation>
    </message>
    <message>
        <source>initials of %1</source>
        <translation>%1 的拼音首字母</translation>
    </message>
    <message>
        <source>initials of %1, %2</source>
        <translation>%1 的拼音首字母，%2</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>姓名 %1</translation>
    </message>
    <message>
        <source>name %1, %2</source>
        <translation>姓名 %1，%2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>address, %1</source>
        <translation>地址，%1</translation>
    </message>
    <message>
        <source>ID number of %1 ends in %2</source>
        <translation>%1 的身份证号以 %2 结尾</translation>
    </message>
    <message>
        <source>ID number of %1, from its 15-digit form</source>
        <translation>%1 的身份证号（由 15 位旧号码换算）</translation>
    </message>
    <message>
        <source>ID number of %1</source>
        <translation>%1 的身份证号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>phone of %1</source>
        <translation>%1 的电话</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>sn::MemberTableModel</name>
    <message>
        <source>Able to work</source>
        <translation>有劳动能力</translation>
    </message>
    <message>
        <source>Partly able to work</source>
        <translation>部分丧失劳动能力</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>无劳动能力</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>务农</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>个体经营</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>失业</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入家庭</translation>
    </message>
    <message>
        <source>In prison</source>
        <translation>服刑</translation>
    </message>
    <message>
        <source>In compulsory rehabilitation</source>
        <translation>强制隔离戒毒</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>宣告失踪</translation>
    </message>
    <message>
        <source>Clergy away 3+ years</source>
        <translation>宗教教职人员离家 3 年以上</translation>
    </message>
    <message>
        <source>Not living together</source>
        <translation>非共同生活</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <source>18-character resident ID number; a 15-digit old number is upgraded. Birth date, sex and age are taken from it.</source>
        <translation>18 位居民身份证号码；15 位旧号码将自动升位。出生日期、性别和年龄由号码得出。</translation>
    </message>
    <message>
        <source>Filled in from the ID number</source>
        <translation>根据身份证号码自动填写</translation>
    </message>
    <message>
        <source>Labour capacity as assessed. Members aged 60 or over, under 18, or with a grade 1 or 2 disability count as unable to work for extreme-poverty support whatever is chosen here.</source>
        <translation>经评估的劳动能力。年满 60 周岁、未满 18 周岁或一、二级残疾的成员，在特困供养认定中一律视为无劳动能力，不论此处如何选择。</translation>
    </message>
    <message>
        <source>Counted in the household: whether the member counts towards the household&apos;s per-capita income. Not counted: members in prison or compulsory rehabilitation, declared missing, clergy away for three years or more, or not living together.</source>
        <translation>计入家庭：该成员是否计入家庭人均收入的计算。不计入的情形：服刑、强制隔离戒毒、宣告失踪、宗教教职人员离家 3 年以上，或非共同生活。</translation>
    </message>
    <message>
        <source>Disability grade on the certificate: 1 is the most severe; grades 1 and 2 are severe disability.</source>
        <translation>残疾证上的等级：1 级最重；1、2 级为重度残疾。</translation>
    </message>
    <message>
        <source>Set from medical evidence. Press Space to change.</source>
        <translation>依据医疗证明设置。按空格键切换。</translation>
    </message>
    <message>
        <source>Full-time student. Press Space to change.</source>
        <translation>全日制在校生。按空格键切换。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Unable to work by the rules: %1. Choose another value if an assessment says otherwise.</source>
        <translation>按规定认定为无劳动能力：%1。如经评估另有结论，可改选其他项。</translation>
    </message>
    <message>
        <source>The rules count this member as unable to work (%1) for extreme-poverty support, whatever is chosen here.</source>
        <translation>无论此处如何选择，特困认定中该成员均按无劳动能力（%1）计。</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>under 16, aged %1</source>
        <translation>未满16周岁，%1岁</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1%2级</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>全自理</translation>
    </message>
    <message>
        <source>Partial care</source>
        <translation>半护理</translation>
    </message>
    <message>
        <source>Full care</source>
        <translation>全护理</translation>
    </message>
</context>
<context>
    <name>sn::Migrator</name>
    <message>
        <source>%1 is not a SafetyNet database (%2).</source>
        <translation>%1 不是安全网数据库（%2）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a SafetyNet database.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是安全网数据库。</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>The CHECK constraints of table %1 could not be rewritten: %2</source>
        <translation>无法改写表 %1 的 CHECK 约束：%2</translation>
    </message>
    <message>
        <source>The upgrade would leave %1 references to missing rows; nothing was changed.</source>
        <translation>升级后将有 %1 处引用指向不存在的记录；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>sn::MonthlyReport</name>
    <message>
        <source>Your role may not view reports.</source>
        <translation>您的角色无权查看报表。</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>月份须写成 YYYY-MM 格式，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>sn::OdsReader</name>
    <message>
        <source>its zip directory cannot be read (the file was cut short, or is not a zip)</source>
        <translation>其 zip 目录无法读取（文件被截断，或不是 zip 文件）</translation>
    </message>
    <message>
        <source>is not well-formed XML or has too many rows or columns (line %1)</source>
        <translation>不是格式正确的 XML，或行、列过多（第 %1 行）</translation>
    </message>
    <message>
        <source>holds no table</source>
        <translation>中没有工作表</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
</context>
<context>
    <name>sn::PayrollService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>This belongs to another township.</source>
        <translation>该记录属于其他乡镇（街道）。</translation>
    </message>
    <message>
        <source>Name your own township.</source>
        <translation>请指定本乡镇（街道）。</translation>
    </message>
    <message>
        <source>The account number is empty.</source>
        <translation>账号为空。</translation>
    </message>
    <message>
        <source>The month must be YYYY-MM.</source>
        <translation>月份应为 YYYY-MM。</translation>
    </message>
</context>
<context>
    <name>sn::PendingRestore</name>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未恢复备份：%1</translation>
    </message>
</context>
<context>
    <name>sn::PoliciesPage</name>
    <message>
        <source>&lt;b&gt;Policies and referrals&lt;/b&gt;</source>
        <translation>&lt;b&gt;政策与转介&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Policy &amp;catalogue</source>
        <translation>政策目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>转介(&amp;R)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Least recently reviewed</source>
        <translation>最早审核日期</translation>
    </message>
    <message>
        <source>Reviewed by 30 April</source>
        <translation>4月30日前已审核</translation>
    </message>
    <message>
        <source>Review of each department&apos;s policies</source>
        <translation>各部门政策审核情况</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Who qualifies</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最近审核</translation>
    </message>
    <message>
        <source>Policy (kept by the district bureau)</source>
        <translation>政策（由区民政局维护）</translation>
    </message>
    <message>
        <source>e.g. 残联, 医保局, 住建局</source>
        <translation>如：残联、医保局、住建局</translation>
    </message>
    <message>
        <source>One material per line</source>
        <translation>每行一项材料</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Policy &amp;name:</source>
        <translation>政策名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务类别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Who qualifies:</source>
        <translation>适用对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>所需材料(&amp;M)：</translation>
    </message>
    <message>
        <source>W&amp;here to go:</source>
        <translation>办理地点(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Checked with the department and unchanged: reviewed today</source>
        <translation>已与部门核对且无变化：记为今日审核</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print catalogue…</source>
        <translation>打印目录(&amp;P)…</translation>
    </message>
    <message>
        <source>Only follow-ups &amp;due</source>
        <translation>仅显示到期回访(&amp;D)</translation>
    </message>
    <message>
        <source>Referrals sent or accepted whose follow-up date is today or earlier</source>
        <translation>已转介或已受理且回访日期为今天或更早的转介</translation>
    </message>
    <message>
        <source>Refer a &amp;household…</source>
        <translation>转介家庭(&amp;H)…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Status of the referral</source>
        <translation>转介状态</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Note on the status</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <source>What the department said (required when declined)</source>
        <translation>部门答复（不予受理时必填）</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>回访日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Print &amp;notification letter…</source>
        <translation>打印一次性告知书(&amp;N)…</translation>
    </message>
    <message>
        <source>Print referral &amp;slip…</source>
        <translation>打印转介单(&amp;S)…</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未审核</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>reviewed late</source>
        <translation>逾期审核</translation>
    </message>
    <message>
        <source>not yet (due %1)</source>
        <translation>尚未审核（%1 前）</translation>
    </message>
    <message>
        <source>no: overdue</source>
        <translation>否：已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Every department&apos;s policies were reviewed this year; %n department(s) after 30 April.</source>
        <translation>
            <numerusform>各部门政策今年均已审核；其中 %n 个部门在4月30日之后审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every department&apos;s policies were reviewed this year.</source>
        <translation>各部门政策今年均已审核。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) still to review their policies (each by %1).</source>
        <translation>
            <numerusform>还有 %n 个部门需审核政策（均须在 %1 前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove policy</source>
        <translation>删除政策</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the catalogue? Letters already printed keep it.</source>
        <translation>从目录中删除“%1”？已打印的告知书不受影响。</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Policy catalogue</source>
        <translation>政策目录</translation>
    </message>
    <message>
        <source>Printed, but not recorded in the print log: %1</source>
        <translation>已打印，但未记入打印记录：%1</translation>
    </message>
    <message>
        <source>Save the catalogue as PDF</source>
        <translation>将目录存为 PDF</translation>
    </message>
    <message>
        <source>policy-catalogue.pdf</source>
        <translation>政策目录.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the notification letter as PDF</source>
        <translation>将一次性告知书存为 PDF</translation>
    </message>
    <message>
        <source>notification-letter.pdf</source>
        <translation>一次性告知书.pdf</translation>
    </message>
    <message>
        <source>N&amp;ew policy</source>
        <translation>新建政策(&amp;E)</translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation>保存政策(&amp;Y)</translation>
    </message>
    <message>
        <source>Mark rev&amp;iewed</source>
        <translation>标记已审核(&amp;I)</translation>
    </message>
    <message>
        <source>Catalogue as PD&amp;F…</source>
        <translation>目录存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Letter as PDF…</source>
        <translation>告知书存为 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Print the policy catalogue</source>
        <translation>打印政策目录</translation>
    </message>
    <message>
        <source>Print the referral slip</source>
        <translation>打印转介单</translation>
    </message>
    <message>
        <source>Print the notification letter</source>
        <translation>打印一次性告知书</translation>
    </message>
</context>
<context>
    <name>sn::PolicyChecklist</name>
    <message>
        <source>Policies referred to</source>
        <translation>转介政策</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The policy catalogue is empty: the district enters policies on the Policies page.</source>
        <translation>政策目录为空：请区县在“政策”页录入政策。</translation>
    </message>
</context>
<context>
    <name>sn::PrintPage</name>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>All covered households</source>
        <translation>全部在保家庭</translation>
    </message>
    <message>
        <source>Township or village</source>
        <translation>镇（街道）或村（社区）</translation>
    </message>
    <message>
        <source>A5, one card per sheet</source>
        <translation>A5，每张纸一张卡</translation>
    </message>
    <message>
        <source>A4, two cards per sheet</source>
        <translation>A4，每张纸两张卡</translation>
    </message>
    <message>
        <source>A4, four cards per sheet</source>
        <translation>A4，每张纸四张卡</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>打印范围：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;Public-notice cards&lt;/b&gt;</source>
        <translation>&lt;b&gt;公示卡&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print log&lt;/b&gt;</source>
        <translation>&lt;b&gt;打印记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>公示卡</translation>
    </message>
    <message>
        <source>Choose a township or village first.</source>
        <translation>请先选择镇（街道）或村（社区）。</translation>
    </message>
    <message>
        <source>No covered household in this selection gets a card.</source>
        <translation>所选范围内没有需要制作公示卡的在保家庭。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on %1 page(s); %2 household(s) skipped.</source>
        <translation>
            <numerusform>共 %n 张公示卡，%1 页；跳过 %2 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>Save cards as PDF</source>
        <translation>将公示卡保存为 PDF</translation>
    </message>
    <message>
        <source>cards.pdf</source>
        <translation>公示卡.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>None of these households is covered any more.</source>
        <translation>这些家庭均已不在保障范围内。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) get no card: %1</source>
        <translation>
            <numerusform>%n 户不制作公示卡：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation>公示卡（%1）</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转介单</translation>
    </message>
    <message>
        <source>Household file sheet</source>
        <translation>家庭档案表</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>任务清单</translation>
    </message>
    <message>
        <source>all covered households</source>
        <translation>全部在保家庭</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重新打印</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n item(s), %3 page(s)</source>
        <translation>
            <numerusform>%1，%2：%n 项，%3 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing printed yet. Choose the village and the layout above, check the cards with Preview…, then print them: each print is listed here.</source>
        <translation>尚无打印记录。请先在上方选择村（社区）和版式，点击“预览…”核对公示卡后再打印，每次打印都会记录在此。</translation>
    </message>
    <message>
        <source>The official (包保责任人) and phone printed on the cards of the selected township</source>
        <translation>所选乡镇公示卡上印的包保责任人及电话</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) have no responsible official (包保责任人): the line is printed blank, to be filled in by hand. To print the name and phone instead, choose No, then Responsible official….

Print with the line blank?</source>
        <translation>
            <numerusform>有 %n 张公示卡没有包保责任人：该栏将空着印出，需手工填写。如要印上姓名和电话，请选“否”，再点“包保责任人…”。

是否空着该栏照常打印？</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible official</source>
        <translation>包保责任人</translation>
    </message>
    <message>
        <source>Responsible official: %1</source>
        <translation>包保责任人：%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>The cards of %1 now name %2.</source>
        <translation>%1 的公示卡今后印上包保责任人 %2。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Responsible &amp;official…</source>
        <translation>包保责任人(&amp;O)…</translation>
    </message>
    <message>
        <source>R&amp;eprint…</source>
        <translation>重新打印(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sn::ProposeChangeDialog</name>
    <message>
        <source>Change of payment — %1</source>
        <translation>救助金变更 — %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>The first month paid the new way (or not paid, for a stop)</source>
        <translation>按新标准发放（停发时为停止发放）的第一个月</translation>
    </message>
    <message>
        <source>&amp;Effective month:</source>
        <translation>执行月份(&amp;E)：</translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>New &amp;amount (yuan/month):</source>
        <translation>新金额（元/月）(&amp;A)：</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>New ca&amp;tegory:</source>
        <translation>新类别(&amp;T)：</translation>
    </message>
    <message>
        <source>What changed in the household, as the notice will say</source>
        <translation>家庭情况发生了什么变化（将写入告知书）</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the change was not recorded</source>
        <translation>变更未能登记的原因</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提出(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>New amount: write the monthly amount in yuan, e.g. 420 or 420.50.</source>
        <translation>新金额：请填写以元为单位的月金额，例如 420 或 420.50。</translation>
    </message>
</context>
<context>
    <name>sn::ProxyDialog</name>
    <message>
        <source>Proxy application for %1</source>
        <translation>为 %1 帮办代办</translation>
    </message>
    <message>
        <source>For a person who cannot apply themselves (帮办代办): who applies on their behalf?</source>
        <translation>为无法自行申请的人帮办代办：由谁代为申请？</translation>
    </message>
    <message>
        <source>Name of the proxy</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Relation to the person</source>
        <translation>与本人的关系</translation>
    </message>
    <message>
        <source>For example: daughter, neighbour, village cadre, grid worker</source>
        <translation>例如：女儿、邻居、村干部、网格员</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Phone of the proxy</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>sn::ReferralDialog</name>
    <message>
        <source>Refer a household</source>
        <translation>转介家庭</translation>
    </message>
    <message>
        <source>Refer %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <source>Find the household</source>
        <translation>查找家庭</translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or phone</source>
        <translation>姓名、拼音首字母、身份证号或电话</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Households found</source>
        <translation>查到的家庭</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>家庭(&amp;H)：</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>家庭：</translation>
    </message>
    <message>
        <source>Tick every policy the household is referred to (Space ticks)</source>
        <translation>勾选转介的每项政策（空格键勾选）</translation>
    </message>
    <message>
        <source>&amp;Policies:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Find and choose the household first.</source>
        <translation>请先查找并选择家庭。</translation>
    </message>
    <message>
        <source>Tick at least one policy: the one-time notification lists them.</source>
        <translation>请至少勾选一项政策：一次性告知书将逐项列出。</translation>
    </message>
</context>
<context>
    <name>sn::ReferralRepository</name>
    <message>
        <source>No policy with the id %1.</source>
        <translation>没有编号为 %1 的政策。</translation>
    </message>
    <message>
        <source>No referral with the id %1.</source>
        <translation>没有编号为 %1 的转介。</translation>
    </message>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
</context>
<context>
    <name>sn::ReferralService</name>
    <message>
        <source>Housing</source>
        <translation>住房保障</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>残疾人服务</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业帮扶</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Education assistance</source>
        <translation>教育救助</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>The policy needs a name.</source>
        <translation>请填写政策名称。</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;: use %2.</source>
        <translation>未知服务类别“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>Choose the policies the household is referred to.</source>
        <translation>请选择该户转介的政策。</translation>
    </message>
    <message>
        <source>The catalogue has no policy for %1 yet: the district enters it on the Policies page.</source>
        <translation>政策目录中尚无“%1”类政策：请区县在“政策”页录入。</translation>
    </message>
    <message>
        <source>Policy %1 is not in the catalogue.</source>
        <translation>政策 %1 不在目录中。</translation>
    </message>
    <message>
        <source>Write why the referral was declined.</source>
        <translation>请填写不予受理的原因。</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the referral was sent (%1).</source>
        <translation>回访日期不能早于转介日期（%1）。</translation>
    </message>
    <message>
        <source>(removed policy)</source>
        <translation>（已删除的政策）</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This household belongs to another township.</source>
        <translation>该家庭属于其他镇（街道）。</translation>
    </message>
    <message>
        <source>The policy catalogue is kept by the district bureau.</source>
        <translation>政策目录由区民政局维护。</translation>
    </message>
    <message>
        <source>Name the department of the policy.</source>
        <translation>请填写该政策的主管部门。</translation>
    </message>
    <message>
        <source>Choose the service the household is referred to.</source>
        <translation>请选择该家庭转介的服务事项。</translation>
    </message>
</context>
<context>
    <name>sn::RegionTree</name>
    <message>
        <source>The region file is not valid JSON: %1 at offset %2</source>
        <translation>行政区划文件不是有效的 JSON：%1（位置 %2）</translation>
    </message>
    <message>
        <source>The region file does not have the format &quot;safetynet-regions/1&quot;.</source>
        <translation>行政区划文件的格式不是“safetynet-regions/1”。</translation>
    </message>
    <message>
        <source>The region file names no district code and name.</source>
        <translation>行政区划文件中没有区的代码和名称。</translation>
    </message>
    <message>
        <source>A township in the region file has no code or name.</source>
        <translation>行政区划文件中有镇（街道）缺少代码或名称。</translation>
    </message>
    <message>
        <source>The region code %1 appears twice.</source>
        <translation>行政区划代码 %1 重复出现。</translation>
    </message>
    <message>
        <source>A village or community of %1 has no code or name.</source>
        <translation>%1 有村（社区）缺少代码或名称。</translation>
    </message>
    <message>
        <source>Cannot read the region file %1: %2</source>
        <translation>无法读取行政区划文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>sn::RegistryPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>搜索家庭</translation>
    </message>
    <message>
        <source>Name, pinyin or initials (zs), ID number or its last 4+ digits, phone, address</source>
        <translation>姓名、拼音或首字母（zs）、身份证号码或其后 4 位以上、电话、地址</translation>
    </message>
    <message>
        <source>Type any of: a member&apos;s name, its pinyin (zhangsan) or initials (zs), an ID number or its last four or more digits, a phone number, part of the address. Several words must all match.</source>
        <translation>可输入以下任一项：成员姓名、姓名拼音（zhangsan）或首字母（zs）、身份证号码或其后四位以上、电话号码、部分地址。输入多个词时须全部匹配。</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>新建家庭(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>救助类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>救助类别筛选</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在保</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Records to complete</source>
        <translation>待补全档案</translation>
    </message>
    <message>
        <source>Start date unknown, or a member without an ID number</source>
        <translation>享受起始时间不详，或有成员缺身份证号</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭名册</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>1 household</source>
        <translation>1 户</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>分级(&amp;I)：</translation>
    </message>
    <message>
        <source>Three-colour tier filter</source>
        <translation>三色分级筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分级</translation>
    </message>
</context>
<context>
    <name>sn::Relation</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳或女婿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>sn::ReportLeadDialog</name>
    <message>
        <source>Report a lead</source>
        <translation>上报救助线索</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Media, petition and online reports must be answered within a day; other leads are verified and reported to the township the same day</source>
        <translation>媒体、信访和网络反映须在 1 日内响应；其他线索须当天核实并上报镇（街道）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报告人(&amp;R)：</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>The service-team member who found the lead earns points once it is verified</source>
        <translation>发现该线索的服务队成员在线索核实后获得积分</translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation>志愿者(&amp;V)：</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Villa&amp;ge / community:</source>
        <translation>村（社区）(&amp;G)：</translation>
    </message>
    <message>
        <source>Person in difficulty</source>
        <translation>困难对象</translation>
    </message>
    <message>
        <source>&amp;Person in difficulty:</source>
        <translation>困难对象(&amp;P)：</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>身份证号码（选填）</translation>
    </message>
    <message>
        <source>Optional. 18 characters; a lower-case x, full-width digits and spaces are accepted</source>
        <translation>选填。18 位；可输入小写 x、全角数字和空格</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Phone of the person</source>
        <translation>本人电话</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>情况说明(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Emergency (temporary assistance, answer within 12 hours)</source>
        <translation>紧急（临时救助，12 小时内响应）(&amp;E)</translation>
    </message>
    <message>
        <source>The green channel: the first help must be given within 12 hours of the report</source>
        <translation>绿色通道：须在上报后 12 小时内给予先行救助</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reporter&apos;s pho&amp;ne:</source>
        <translation>报告人电话(&amp;N)：</translation>
    </message>
    <message>
        <source>Report &amp;lead</source>
        <translation>上报线索(&amp;L)</translation>
    </message>
</context>
<context>
    <name>sn::ReviewCalendarPage</name>
    <message>
        <source>&amp;Village / worker:</source>
        <translation>村（社区）/ 工作人员(&amp;V)：</translation>
    </message>
    <message>
        <source>Visits are made by the village or community worker: choose a village to see one worker&apos;s tasks.</source>
        <translation>走访由村（社区）工作人员负责：选择一个村（社区）可查看该工作人员的任务。</translation>
    </message>
    <message>
        <source>Tier colours</source>
        <translation>分级颜色</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport month</source>
        <translation>导出本月(&amp;X)</translation>
    </message>
    <message>
        <source>Save every task due in the month shown</source>
        <translation>保存所显示月份内到期的全部任务</translation>
    </message>
    <message>
        <source>CSV (UTF-8 with BOM)…</source>
        <translation>CSV（UTF-8 带 BOM）…</translation>
    </message>
    <message>
        <source>Tasks of the selected day</source>
        <translation>所选日期的任务</translation>
    </message>
    <message>
        <source>Overdue tasks, most overdue first</source>
        <translation>超期任务，超期最久的在前</translation>
    </message>
    <message>
        <source>Tasks of the next seven days</source>
        <translation>未来七天的任务</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Record the visit or review of the selected task; the next one is scheduled from its date</source>
        <translation>登记所选任务的走访或复核；下一次任务将从该日期起排期</translation>
    </message>
    <message>
        <source>&amp;Open household</source>
        <translation>打开家庭(&amp;O)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>超期（%1）</translation>
    </message>
    <message>
        <source>Next 7 days (%1)</source>
        <translation>未来 7 天（%1）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>review-tasks-%1.csv</source>
        <translation>复核任务-%1.csv</translation>
    </message>
    <message>
        <source>Export the month&apos;s tasks</source>
        <translation>导出本月任务</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 due: %2 (%3)</source>
        <translation>%1到期：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n review task(s) overdue: see Reviews</source>
        <translation>
            <numerusform>%n 项复核任务超期：请查看“复核”页</numerusform>
        </translation>
    </message>
    <message>
        <source>Record vi&amp;sit…</source>
        <translation>登记走访(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>sn::ReviewCalendarWidget</name>
    <message>
        <source>Review calendar</source>
        <translation>复核日历</translation>
    </message>
    <message>
        <source>Open review tasks due each day, counted by tier: red, yellow, green and blue (dynamic monitoring). Select a day to list its tasks.</source>
        <translation>每天到期的待办复核任务，按分级计数：红色、黄色、绿色和蓝色（动态监测）。选择某一天可列出当天的任务。</translation>
    </message>
    <message>
        <source>No review task due</source>
        <translation>没有到期的复核任务</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n due: %1</source>
        <translation>
            <numerusform>%n 项到期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sn::ReviewSchedule</name>
    <message>
        <source>Dynamic review</source>
        <translation>动态管理复核</translation>
    </message>
    <message>
        <source>Economic check</source>
        <translation>家庭经济状况核对</translation>
    </message>
    <message>
        <source>Monthly contact</source>
        <translation>每月联系</translation>
    </message>
    <message>
        <source>Monitoring visit</source>
        <translation>动态监测走访</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Change found</source>
        <translation>发现变化</translation>
    </message>
    <message>
        <source>Exit from assistance</source>
        <translation>退出救助</translation>
    </message>
</context>
<context>
    <name>sn::ReviewService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This household belongs to another township; you may only work on your own township&apos;s records.</source>
        <translation>该家庭属于其他镇（街道）；您只能处理本镇（街道）的记录。</translation>
    </message>
    <message>
        <source>No household with the id %1.</source>
        <translation>没有编号为 %1 的家庭。</translation>
    </message>
    <message>
        <source>Your role may not regenerate schedules.</source>
        <translation>您的角色无权重新生成复核计划。</translation>
    </message>
    <message>
        <source>Write the reason for choosing the tier over the rules.</source>
        <translation>请写明不按规则而选择此分级的原因。</translation>
    </message>
    <message>
        <source>Your role may not view households.</source>
        <translation>您的角色无权查看家庭信息。</translation>
    </message>
    <message>
        <source>No review task with the id %1.</source>
        <translation>没有编号为 %1 的复核任务。</translation>
    </message>
    <message>
        <source>This task is already %1.</source>
        <translation>该任务已%1。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The date of the visit cannot be in the future.</source>
        <translation>走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>请选择走访结果。</translation>
    </message>
    <message>
        <source>Write why the household leaves assistance.</source>
        <translation>请写明该家庭退出救助的原因。</translation>
    </message>
</context>
<context>
    <name>sn::ReviewSummaryPanel</name>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 项中完成 %2 项）</translation>
    </message>
    <message>
        <source>Reviews (三色管理)</source>
        <translation>复核（三色管理）</translation>
    </message>
    <message>
        <source>Tasks done in the period out of those done plus those still open that fell due in it</source>
        <translation>本期已完成的任务占本期已完成任务与本期到期仍未完成任务之和的比例</translation>
    </message>
    <message>
        <source>Overdue review tasks by township</source>
        <translation>各镇（街道）超期复核任务</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Open the review &amp;calendar</source>
        <translation>打开复核日历(&amp;C)</translation>
    </message>
    <message>
        <source>Due in the next 7 days: %1</source>
        <translation>未来 7 天到期：%1</translation>
    </message>
    <message>
        <source>Completed this month: %1
Completed this half-year: %2</source>
        <translation>本月已完成：%1
本半年已完成：%2</translation>
    </message>
    <message>
        <source>Active households by tier: %1</source>
        <translation>在保家庭分级：%1</translation>
    </message>
    <message>
        <source>No overdue task</source>
        <translation>没有超期任务</translation>
    </message>
</context>
<context>
    <name>sn::ReviewTaskModel</name>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sn::Roles</name>
    <message>
        <source>District administrator</source>
        <translation>区级管理员</translation>
    </message>
    <message>
        <source>Township clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>Village worker</source>
        <translation>村（社区）工作人员</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation>审计员（只读）</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇（街道）管理员</translation>
    </message>
</context>
<context>
    <name>sn::ServiceTeamPage</name>
    <message>
        <source>Volunteers and points</source>
        <translation>志愿者与积分</translation>
    </message>
    <message>
        <source>Publicity events</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>Liaisons</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>Village assessment</source>
        <translation>村（社区）考核</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Village cadre</source>
        <translation>村（社区）干部</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Redeem points (积分兑换) of the selected volunteer</source>
        <translation>所选志愿者的积分兑换</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>兑换积分数</translation>
    </message>
    <message>
        <source>Exchanged for</source>
        <translation>兑换物品</translation>
    </message>
    <message>
        <source>Exchanged for (e.g. rice and oil)</source>
        <translation>兑换物品（例如米、油）</translation>
    </message>
    <message>
        <source>Re&amp;deem</source>
        <translation>兑换(&amp;D)</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>新服务队成员</translation>
    </message>
    <message>
        <source>Township of the team member</source>
        <translation>服务队成员所在镇（街道）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>The plan asks each township for at least one publicity event per quarter (三.(三))</source>
        <translation>方案要求各镇（街道）每季度至少开展一次宣传活动（三.(三)）</translation>
    </message>
    <message>
        <source>Record a publicity event</source>
        <translation>登记宣传活动</translation>
    </message>
    <message>
        <source>Township of the event</source>
        <translation>活动所在镇（街道）</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>参加人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record event</source>
        <translation>登记活动(&amp;R)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name the liaison of a unit (one per unit; replaces the previous one)</source>
        <translation>指定单位的联络员（每个单位一名；将替换原联络员）</translation>
    </message>
    <message>
        <source>Name of the liaison</source>
        <translation>联络员姓名</translation>
    </message>
    <message>
        <source>Phone of the liaison</source>
        <translation>联络员电话</translation>
    </message>
    <message>
        <source>&amp;Save liaison</source>
        <translation>保存联络员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year of the assessment</source>
        <translation>考核年度</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成走访</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>发现线索</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>按时响应</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>超期任务</translation>
    </message>
    <message>
        <source>Visits: review tasks completed in the year. Leads: reported in the village in the year, and how many were answered by their deadline. Overdue: open review tasks past due today.</source>
        <translation>走访：本年度完成的复核任务数。线索：本年度在该村（社区）上报的救助线索数，以及按时响应的数量。超期：截至今天已超期的待办复核任务数。</translation>
    </message>
    <message>
        <source>Every township has held a publicity event in Q%1 %2.</source>
        <translation>%2 年第 %1 季度各镇（街道）均已开展宣传活动。</translation>
    </message>
    <message>
        <source>Without a publicity event in Q%1 %2: %3</source>
        <translation>%2 年第 %1 季度未开展宣传活动的：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Select the volunteer first.</source>
        <translation>请先选择志愿者。</translation>
    </message>
    <message>
        <source>Publicity event</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the assessment as a CSV file (UTF-8, opens in Excel and WPS).</source>
        <translation>将考核结果保存为 CSV 文件（UTF-8，可用 Excel 和 WPS 打开）。</translation>
    </message>
    <message>
        <source>Export village assessment</source>
        <translation>导出村（社区）考核</translation>
    </message>
    <message>
        <source>village-assessment-%1.csv</source>
        <translation>村社区考核-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No volunteers or grid workers yet. Enter the first one below and press Add: leads they find then earn them points.</source>
        <translation>暂无志愿者和网格员。请在下方录入第一位并点击“添加”，其发现的线索即可计入积分。</translation>
    </message>
</context>
<context>
    <name>sn::ServiceTeamService</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This belongs to another township.</source>
        <translation>此项属于其他镇（街道）。</translation>
    </message>
    <message>
        <source>The volunteer needs a name.</source>
        <translation>志愿者需要姓名。</translation>
    </message>
    <message>
        <source>Unknown kind of team member &quot;%1&quot;.</source>
        <translation>未知的服务队成员类别“%1”。</translation>
    </message>
    <message>
        <source>Choose the township.</source>
        <translation>请选择镇（街道）。</translation>
    </message>
    <message>
        <source>verified lead: %1</source>
        <translation>救助线索已核实：%1</translation>
    </message>
    <message>
        <source>No such volunteer.</source>
        <translation>没有此志愿者。</translation>
    </message>
    <message>
        <source>Redeem a positive number of points.</source>
        <translation>兑换的积分须为正数。</translation>
    </message>
    <message>
        <source>Say what the points are exchanged for.</source>
        <translation>请说明积分兑换的物品。</translation>
    </message>
    <message>
        <source>Only %1 points are available.</source>
        <translation>只有 %1 积分可用。</translation>
    </message>
    <message>
        <source>The date of the event is missing or in the future.</source>
        <translation>活动日期缺失或晚于今天。</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>参加人数不能为负数。</translation>
    </message>
    <message>
        <source>Department liaisons are kept by the district bureau.</source>
        <translation>部门联络员由区民政局维护。</translation>
    </message>
    <message>
        <source>A liaison belongs to a department or a township.</source>
        <translation>联络员必须属于某个部门或某个镇（街道）。</translation>
    </message>
    <message>
        <source>Name the unit and the liaison.</source>
        <translation>请填写单位和联络员。</translation>
    </message>
    <message>
        <source>Your role may not view the assessment.</source>
        <translation>您的角色无权查看考核。</translation>
    </message>
    <message>
        <source>No volunteer with the id %1.</source>
        <translation>没有编号为 %1 的志愿者。</translation>
    </message>
</context>
<context>
    <name>sn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>District &amp;rules</source>
        <translation>区级规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Rules that apply to every station of the district</source>
        <translation>适用于本区所有站点的规则</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect the next time SafetyNet starts.</source>
        <translation>新语言将在下次启动安全网时生效。</translation>
    </message>
    <message>
        <source>Appli&amp;cations</source>
        <translation>申请审核(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sn::SettingsService</name>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The edge multiplier</source>
        <translation>低保边缘倍数</translation>
    </message>
    <message>
        <source>The rigid spending share</source>
        <translation>刚性支出占比</translation>
    </message>
    <message>
        <source>The idle lock time</source>
        <translation>闲置自动锁屏时间</translation>
    </message>
    <message>
        <source>The number of failed sign-ins</source>
        <translation>登录失败次数上限</translation>
    </message>
    <message>
        <source>The sign-in lock time</source>
        <translation>登录锁定时间</translation>
    </message>
    <message>
        <source>The emergency deadline</source>
        <translation>紧急救助响应时限</translation>
    </message>
    <message>
        <source>The deadline for public reports</source>
        <translation>公开反映响应时限</translation>
    </message>
    <message>
        <source>The points per verified lead</source>
        <translation>每条核实线索的积分</translation>
    </message>
    <message>
        <source>The rhythm of %1 for %2</source>
        <translation>%2分级的%1周期</translation>
    </message>
    <message>
        <source>The card title must have 1 to %1 characters.</source>
        <translation>公示卡标题须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>The supervision hotline must be a telephone number (digits, spaces and dashes).</source>
        <translation>监督电话必须是电话号码（数字、空格和短横线）。</translation>
    </message>
    <message>
        <source>The standard for %1 (%2) is listed twice.</source>
        <translation>%1 年（%2）的标准重复列出。</translation>
    </message>
    <message>
        <source>The year %1 is outside %2 to %3.</source>
        <translation>年份 %1 不在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The dibao standard for %1 (%2) must be more than 0 and at most %3 yuan a month.</source>
        <translation>%1 年（%2）的低保标准必须大于 0 且不超过每月 %3 元。</translation>
    </message>
    <message>
        <source>The disposable income for %1 (%2) must be between 0 and %3 yuan a year.</source>
        <translation>%1 年（%2）的人均可支配收入必须在 0 到每年 %3 元之间。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change district rules or standards.</source>
        <translation>您的角色“%1”无权修改区级规则或标准。</translation>
    </message>
</context>
<context>
    <name>sn::SheetReader</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is protected with a password to open, so it cannot be read. Open it in Excel or WPS, remove the password (File, Info, Protect Workbook) and save it, then import it again.</source>
        <translation>%1 设置了打开密码，无法读取。请在 Excel 或 WPS 中打开，取消密码（文件 → 信息 → 保护工作簿）并保存后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: %2. Import an .xlsx, .xls, .ods or .csv file.</source>
        <translation>%1 不是电子表格：%2。请导入 .xlsx、.xls、.ods 或 .csv 文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 %3. Open it in Excel or WPS and save it again, or ask for a new copy.</source>
        <translation>%1 已损坏：其部件 %2 %3。请在 Excel 或 WPS 中打开后重新保存，或索要一份新的文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Open it in Excel or WPS and save it again, or ask for a new copy.</source>
        <translation>%1 已损坏：%2。请在 Excel 或 WPS 中打开后重新保存，或索要一份新的文件。</translation>
    </message>
    <message>
        <source>%1 addresses more than %L2 cells (rows times columns up to its last cell), more than a file of its size may: delete the empty rows and columns after the table (Ctrl+End in Excel shows the last cell), or split the table into several files.</source>
        <translation>%1 涉及的单元格超过 %L2 个（行数乘以列数，直到最后一个单元格），超出这样大小的文件所允许的范围：请删除表格之后的空行和空列（在 Excel 中按 Ctrl+End 可看到最后一个单元格），或将表格拆分为几个文件。</translation>
    </message>
    <message>
        <source>%1 is %L2 MB; files over %L3 MB are not imported. Split the table into several files.</source>
        <translation>%1 大小为 %L2 MB；超过 %L3 MB 的文件不予导入。请将表格拆分为几个文件。</translation>
    </message>
    <message>
        <source>its table of contents (the OLE2 directory) cannot be read</source>
        <translation>其目录（OLE2 目录）无法读取</translation>
    </message>
    <message>
        <source>it is a Word document</source>
        <translation>它是 Word 文档</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation</source>
        <translation>它是 PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>it is an OLE2 file without a workbook</source>
        <translation>它是不含工作簿的 OLE2 文件</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>它是 PDF 文档</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is neither a zip package nor an Excel 97-2003 file, whatever its name says</source>
        <translation>无论文件名如何，它既不是 zip 包，也不是 Excel 97-2003 文件</translation>
    </message>
</context>
<context>
    <name>sn::SpreadsheetPage</name>
    <message>
        <source>Household ledger</source>
        <translation>家庭花名册</translation>
    </message>
    <message>
        <source>Choose a ledger file (xlsx, xls or csv) to check it before importing.</source>
        <translation>选择花名册文件（xlsx、xls 或 csv），导入前先进行检查。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems in the ledger</source>
        <translation>花名册中的问题</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Import ledger</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 household(s) (%4 new, %5 updated), %6 person(s).</source>
        <translation>%1：%2 行，%3 户（新增 %4 户，更新 %5 户），%6 人。</translation>
    </message>
    <message>
        <source>No problems: ready to import.</source>
        <translation>没有问题：可以导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the file before it can be imported.</source>
        <translation>
            <numerusform>导入前需在文件中更正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 household(s) (%2 new, %3 updated), %4 person(s).</source>
        <translation>已导入 %1 户（新增 %2 户，更新 %3 户），%4 人。</translation>
    </message>
    <message>
        <source>Export annex 1</source>
        <translation>导出附件 1</translation>
    </message>
    <message>
        <source>annex1-%1.xlsx</source>
        <translation>附件1-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing annex 1…</source>
        <translation>正在生成附件 1…</translation>
    </message>
    <message>
        <source>Annex 1 for %1 written to %2.</source>
        <translation>%1 的附件 1 已写入 %2。</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <source>monthly-report-%1.xlsx</source>
        <translation>月度报表-%1.xlsx</translation>
    </message>
    <message>
        <source>Writing the monthly report…</source>
        <translation>正在生成月度报表…</translation>
    </message>
    <message>
        <source>Monthly report for %1 written to %2.</source>
        <translation>%1 的月度报表已写入 %2。</translation>
    </message>
    <message>
        <source>Annex 1 and the monthly report</source>
        <translation>附件1与月报</translation>
    </message>
    <message>
        <source>Department tables are imported and verified on the Department data page.</source>
        <translation>部门疑点表在“部门数据”页面导入和核实。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The month&apos;s 低保 and 特困 payments, one row per household, with totals</source>
        <translation>本月低保、特困保障金发放，每户一行，含合计</translation>
    </message>
    <message>
        <source>Payment roll</source>
        <translation>发放花名册</translation>
    </message>
    <message>
        <source>payment-roll-%1.xlsx</source>
        <translation>发放花名册-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>Payment roll for %1 written to %2: %n household(s).</source>
        <translation>
            <numerusform>%1 发放花名册已写入 %2：共 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the households without problems and save the other rows, with their reasons, in a spreadsheet to correct and import again.</source>
        <translation>导入没有问题的家庭，其余各行连同原因另存为电子表格，修改后可再次导入。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>-not-imported</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported are in %1 with their reasons: correct them there and import that file.</source>
        <translation>
            <numerusform>未导入的 %n 行及其原因已保存在 %1：请在其中修改后导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;ledger…</source>
        <translation>导入花名册(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;valid households…</source>
        <translation>导入无误的家庭(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;annex 1…</source>
        <translation>导出附件 1(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月度报表(&amp;M)…</translation>
    </message>
    <message>
        <source>Payment &amp;roll…</source>
        <translation>发放花名册(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>sn::StationService</name>
    <message>
        <source>The station needs a name.</source>
        <translation>站点需要名称。</translation>
    </message>
    <message>
        <source>The region tree has no district.</source>
        <translation>行政区划树中没有区。</translation>
    </message>
    <message>
        <source>No township named &quot;%1&quot; in %2. Known: %3, or %2 itself for the district bureau.</source>
        <translation>%2 没有名为“%1”的镇（街道）。可选：%3；区民政局请填 %2 本身。</translation>
    </message>
    <message>
        <source>%1 already exists; a new station needs a new file.</source>
        <translation>%1 已存在；新站点需要新文件。</translation>
    </message>
    <message>
        <source>Only a district administrator enrols stations.</source>
        <translation>只有区级管理员可以注册站点。</translation>
    </message>
    <message>
        <source>Only a district station holds the district&apos;s keys: enrol stations there (a bureau made before enrolment: give its district key file with --key).</source>
        <translation>只有区级站点持有本区密钥：请在区级站点注册站点（注册制度之前建立的区民政局站点：用 --key 提供区级密钥文件）。</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区级</translation>
    </message>
    <message>
        <source>The enrolment is for %1; this region tree is of %2.</source>
        <translation>该注册属于%1；此区划树属于%2。</translation>
    </message>
    <message>
        <source>The township of the enrolment (%1) is not in %2.</source>
        <translation>注册所属镇（街道）（%1）不在%2中。</translation>
    </message>
</context>
<context>
    <name>sn::SuspicionMatcher</name>
    <message>
        <source>Neither a name nor an ID number.</source>
        <translation>既没有姓名也没有身份证号码。</translation>
    </message>
    <message>
        <source>Cannot read the registry for matching (%1): %2</source>
        <translation>无法读取用于比对的登记数据（%1）：%2</translation>
    </message>
</context>
<context>
    <name>sn::SuspicionService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Your role (%1) may not import department tables.</source>
        <translation>您的角色“%1”无权导入部门反馈表。</translation>
    </message>
    <message>
        <source>Name the department that sent the table.</source>
        <translation>请填写报送该表的部门。</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, not &quot;%1&quot;.</source>
        <translation>月份须写成 YYYY-MM 格式，而不是“%1”。</translation>
    </message>
    <message>
        <source>This file was already imported for %1, %2 (as %3 on %4); it is not imported twice.</source>
        <translation>该文件已作为 %1 %2 的数据导入过（于 %4 以“%3”导入）；不会重复导入。</translation>
    </message>
    <message>
        <source>Your role may not view department tables.</source>
        <translation>您的角色无权查看部门反馈表。</translation>
    </message>
    <message>
        <source>No department row with the id %1.</source>
        <translation>没有编号为 %1 的部门反馈行。</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>您的角色“%1”无权执行此操作。</translation>
    </message>
    <message>
        <source>This row is routed to another township; you may only work on your own township&apos;s rows.</source>
        <translation>此行已分派给其他镇（街道）；您只能处理本镇（街道）的行。</translation>
    </message>
    <message>
        <source>Row %1 is not a doubtful match waiting for confirmation.</source>
        <translation>第 %1 行不是待确认的疑似匹配。</translation>
    </message>
    <message>
        <source>Row %1 (%2) is a lead already.</source>
        <translation>第 %1 行（%2）已是线索。</translation>
    </message>
    <message>
        <source>Row %1 could not be read (%2); there is nothing to verify.</source>
        <translation>第 %1 行无法读取（%2），没有可核查的内容。</translation>
    </message>
    <message>
        <source>Only the district sends rows to other townships.</source>
        <translation>只有区县可以把疑点行分派给其他镇（街道）。</translation>
    </message>
    <message>
        <source>Choose a township (镇/街道) to send the row to.</source>
        <translation>请选择要分派此行的镇（街道）。</translation>
    </message>
    <message>
        <source>Choose what the verification found: excluded, taken in, referred or adjusted.</source>
        <translation>请选择核实结果：排除、纳入、转介或调整。</translation>
    </message>
    <message>
        <source>The verification date must be a real date, not in the future.</source>
        <translation>核实日期必须是有效日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>Row %1 (%2) is %3; only unmatched rows become leads.</source>
        <translation>第 %1 行（%2）为“%3”；只有未匹配的行才会转为救助线索。</translation>
    </message>
    <message>
        <source>Row %1 (%2): send it to a township first; its address names none.</source>
        <translation>第 %1 行（%2）：其地址中没有镇（街道），请先分派到镇（街道）。</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>第 %1 行没有姓名。</translation>
    </message>
</context>
<context>
    <name>sn::SuspicionTableModel</name>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Taken into assistance</source>
        <translation>纳入救助</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Assistance adjusted</source>
        <translation>调整救助</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Matched (confirmed)</source>
        <translation>已匹配（已确认）</translation>
    </message>
    <message>
        <source>%1, lead made</source>
        <translation>%1，已生成线索</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Name and address (%1)</source>
        <translation>姓名和住址（%1 分）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Suspicion</source>
        <translation>疑点内容</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
</context>
<context>
    <name>sn::SuspicionsPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>The department that sent the table; type a new one if it is not in the list.</source>
        <translation>报送表格的部门；不在列表中时可直接输入。</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>&amp;Import table…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the month&apos;s table of the department (annex 1: 户主姓名, 家庭住址, 疑点内容, 联系电话) and match it against the registry.</source>
        <translation>导入该部门本月的表格（附件1：户主姓名、家庭住址、疑点内容、联系电话），并与家庭名册比对。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>匹配：</translation>
    </message>
    <message>
        <source>Verification progress by department</source>
        <translation>各部门核实进度</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Rows of the department tables</source>
        <translation>部门表格的数据行</translation>
    </message>
    <message>
        <source>&amp;Confirm match</source>
        <translation>确认匹配(&amp;C)</translation>
    </message>
    <message>
        <source>The row is about the household it was matched to by name and address.</source>
        <translation>该行确实是按姓名和住址匹配到的这户家庭。</translation>
    </message>
    <message>
        <source>&amp;Reject match</source>
        <translation>否定匹配(&amp;R)</translation>
    </message>
    <message>
        <source>The row is about someone else: it becomes not registered.</source>
        <translation>该行说的是另一个人：改为未登记。</translation>
    </message>
    <message>
        <source>Make &amp;leads</source>
        <translation>生成线索(&amp;L)</translation>
    </message>
    <message>
        <source>Each selected row not in the registry becomes a lead for its township, answer due in one day.</source>
        <translation>所选的每个未登记行都成为所属镇（街道）的一条线索，须在一天内答复。</translation>
    </message>
    <message>
        <source>Record &amp;verification…</source>
        <translation>登记核实结果(&amp;V)…</translation>
    </message>
    <message>
        <source>Open &amp;household</source>
        <translation>打开家庭(&amp;H)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>No rows for %1. Import a department&apos;s table with Import table….</source>
        <translation>%1 没有数据。请用“导入表格…”导入部门的表格。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown, %1 still to verify.</source>
        <translation>
            <numerusform>显示 %n 行，其中 %1 行待核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Choose or type the department that sent the table first.</source>
        <translation>请先选择或输入报送表格的部门。</translation>
    </message>
    <message>
        <source>Table of %1 for %2</source>
        <translation>%1 %2 的表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Matching the table of %1…</source>
        <translation>正在比对 %1 的表格…</translation>
    </message>
    <message>
        <source>%1, %2: %3 row(s): %4 matched, %5 to confirm, %6 not registered, %7 invalid.</source>
        <translation>%1，%2：共 %3 行：匹配 %4 行，待确认 %5 行，未登记 %6 行，无效 %7 行。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>确认匹配</translation>
    </message>
    <message>
        <source>Reject match</source>
        <translation>否定匹配</translation>
    </message>
    <message>
        <source>Make leads</source>
        <translation>生成线索</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) made; the townships have one day to answer.</source>
        <translation>
            <numerusform>已生成 %n 条线索；各镇（街道）须在一天内答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record verification</source>
        <translation>登记核实结果</translation>
    </message>
    <message>
        <source>Send to &amp;township…</source>
        <translation>转交镇（街道）(&amp;T)…</translation>
    </message>
    <message>
        <source>The row concerns another township than the one its address or match gave: send it there to verify.</source>
        <translation>该行涉及的镇（街道）与按住址或匹配结果确定的不同：转交给该镇（街道）核实。</translation>
    </message>
    <message>
        <source>Send to township</source>
        <translation>转交镇（街道）</translation>
    </message>
    <message>
        <source>Township that verifies the selected row(s):</source>
        <translation>负责核实所选行的镇（街道）：</translation>
    </message>
    <message>
        <source>Still to verify onl&amp;y</source>
        <translation>仅显示待核实(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>sn::SyncController</name>
    <message>
        <source>A sync is already running.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <source>Choose the shared folder in Settings first.</source>
        <translation>请先在“设置”中选择共享文件夹。</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached.</source>
        <translation>无法访问共享文件夹 %1。</translation>
    </message>
    <message>
        <source>This station holds no keys: join the district from an enrolment file, or import the district key file in Settings.</source>
        <translation>本站点没有密钥：请用注册文件加入本区，或在“设置”中导入区级密钥文件。</translation>
    </message>
</context>
<context>
    <name>sn::SyncKey</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SafetyNet district key file.</source>
        <translation>%1 不是安全网区级密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (its key does not match its id).</source>
        <translation>密钥文件 %1 已损坏（密钥与其标识不符）。</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>sn::SyncService</name>
    <message>
        <source>This database has no station id.</source>
        <translation>此数据库没有站点编号。</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be reached.</source>
        <translation>无法访问共享文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1 on the shared folder.</source>
        <translation>无法在共享文件夹中创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write the bundle to the shared folder: %1</source>
        <translation>无法将数据包写入共享文件夹：%1</translation>
    </message>
    <message>
        <source>The bundle written to the shared folder did not read back correctly.</source>
        <translation>写入共享文件夹的数据包回读校验失败。</translation>
    </message>
    <message>
        <source>Cannot publish the bundle %1 on the shared folder.</source>
        <translation>无法在共享文件夹中发布数据包 %1。</translation>
    </message>
    <message>
        <source>%1: waiting for bundle %2 of this station</source>
        <translation>%1：等待该站点的数据包 %2</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: written by a newer SafetyNet (schema %2); update this station to apply it</source>
        <translation>%1：由更新版本的安全网写入（结构版本 %2）；请升级本站点后再应用</translation>
    </message>
    <message>
        <source>%1: unknown table %2</source>
        <translation>%1：未知的数据表 %2</translation>
    </message>
    <message>
        <source>sync from %1</source>
        <translation>从 %1 同步</translation>
    </message>
    <message>
        <source>bundle %1 changed %2</source>
        <translation>数据包 %1 修改了 %2</translation>
    </message>
    <message>
        <source>No conflict with the id %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>此冲突已解决。</translation>
    </message>
    <message>
        <source>Your role may not resolve conflicts.</source>
        <translation>您的角色无权解决冲突。</translation>
    </message>
    <message>
        <source>Only the district may resolve conflicts outside households.</source>
        <translation>家庭以外的冲突只能由区级解决。</translation>
    </message>
    <message>
        <source>The table %1 is not synced.</source>
        <translation>数据表 %1 不参与同步。</translation>
    </message>
    <message>
        <source>%1: written by station %2, found in another station&apos;s folder</source>
        <translation>%1：由站点 %2 写入，却出现在其他站点的文件夹中</translation>
    </message>
    <message>
        <source>%1: refused whole, %2</source>
        <translation>%1：整包拒收，%2</translation>
    </message>
    <message>
        <source>This station holds the keys of district %1; the key file is of another district (%2).</source>
        <translation>本站点持有区 %1 的密钥；该密钥文件属于另一个区（%2）。</translation>
    </message>
    <message>
        <source>This station holds no keys: enrol it at the district bureau, or give the district key file once.</source>
        <translation>本站点没有密钥：请到区民政局注册，或提供一次区级密钥文件。</translation>
    </message>
    <message>
        <source>The keys of this database belong to another station (%1).</source>
        <translation>此数据库中的密钥属于另一站点（%1）。</translation>
    </message>
    <message>
        <source>%1: not a plain file (a link or a folder); bundles are files</source>
        <translation>%1：不是普通文件（是链接或文件夹）；数据包应为文件</translation>
    </message>
    <message>
        <source>%1: %2 MB, larger than any bundle SafetyNet writes</source>
        <translation>%1：%2 MB，超过安全网所写任何数据包的大小</translation>
    </message>
    <message>
        <source>refused: the clock of station %1 is %2 hours ahead of this station&apos;s (its stamps reach %3); set that computer&apos;s date and time right, then it syncs again</source>
        <translation>已拒收：站点 %1 的时钟比本站快 %2 小时（其时间戳到达 %3）；请校正该电脑的日期和时间，之后即可再次同步</translation>
    </message>
    <message>
        <source>%1: holds bundle %2 of its station under another number</source>
        <translation>%1：以另一个编号存放了其站点的第 %2 个数据包</translation>
    </message>
    <message>
        <source>bundle %1 (missing from the shared folder)</source>
        <translation>第 %1 个数据包（共享文件夹中缺失）</translation>
    </message>
    <message>
        <source>Cannot move %1 aside on the shared folder.</source>
        <translation>无法在共享文件夹中将 %1 移到一旁。</translation>
    </message>
    <message>
        <source>bundle %1 (damaged on the shared folder)</source>
        <translation>第 %1 号同步包（共享文件夹中的文件已损坏）</translation>
    </message>
    <message>
        <source>%1: bundle %2 is not on the shared folder yet</source>
        <translation>%1：第 %2 号同步包尚未出现在共享文件夹中</translation>
    </message>
    <message>
        <source>%1: not applied; later bundles of this station wait for it</source>
        <translation>%1：未能应用；该站点之后的数据包须等它应用后再应用</translation>
    </message>
    <message>
        <source>The district revoked this station&apos;s keys (key epoch %1): it can no longer sync. Enrol it again at the district bureau.</source>
        <translation>区里已吊销本站点的密钥（第 %1 代密钥）：本站点不能再同步。请到区民政局重新登记站点。</translation>
    </message>
    <message>
        <source>Only a district station can issue keys.</source>
        <translation>只有区级站点可以签发密钥。</translation>
    </message>
    <message>
        <source>Only a district administrator issues new keys.</source>
        <translation>只有区级管理员可以签发新密钥。</translation>
    </message>
    <message>
        <source>Only a district station holds the district&apos;s keys: issue new keys there.</source>
        <translation>只有区级站点持有全区的密钥：请在区级站点签发新密钥。</translation>
    </message>
    <message>
        <source>No other station named %1 has synced through %2.</source>
        <translation>没有名为 %1 的其他站点通过 %2 同步过。</translation>
    </message>
    <message>
        <source>%1 (%2): bundles after %3 refused</source>
        <translation>%1（%2）：第 %3 个之后的数据包一律拒收</translation>
    </message>
    <message>
        <source>%1: the district revoked the keys of %2; its bundles after %3 are refused</source>
        <translation>%1：区里已吊销 %2 的密钥；其第 %3 个之后的数据包一律拒收</translation>
    </message>
    <message>
        <source>%1: sealed under key epoch %2, whose keys this station has not received yet; they come with the next sync of a district station</source>
        <translation>%1：以第 %2 代密钥加密，本站点尚未收到该代密钥；区级站点下次同步后即可收到</translation>
    </message>
    <message>
        <source>Cannot write %1 to the shared folder: %2</source>
        <translation>无法把 %1 写入共享文件夹：%2</translation>
    </message>
    <message>
        <source>not a plain readable file of a size SafetyNet writes; not used</source>
        <translation>不是可读的普通文件，或大小超出安全网所写的范围；不予使用</translation>
    </message>
    <message>
        <source>written by a newer SafetyNet (schema %1); update this station to use it</source>
        <translation>由较新版本的安全网写入（数据库结构 %1）；请先升级本站点再使用</translation>
    </message>
    <message>
        <source>refused, %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <source>refused, not a snapshot of the station whose folder holds it</source>
        <translation>已拒收：不是其所在文件夹对应站点的快照</translation>
    </message>
    <message>
        <source>refused, only district stations whose keys stand write snapshots</source>
        <translation>已拒收：只有密钥有效的区级站点才能写快照</translation>
    </message>
    <message>
        <source>changed while it was read</source>
        <translation>读取过程中文件被改动</translation>
    </message>
    <message>
        <source>%1: sealed under key epoch %2, whose keys this station has not received yet</source>
        <translation>%1：以第 %2 代密钥加密，本站点尚未收到该代密钥</translation>
    </message>
    <message>
        <source>station %1 has not acknowledged what it applied yet</source>
        <translation>站点 %1 尚未确认其已应用的同步包</translation>
    </message>
    <message>
        <source>station %1 runs a SafetyNet that cannot start from a snapshot: update it first</source>
        <translation>站点 %1 运行的安全网版本不能从快照开始同步：请先升级该站点</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the shared folder.</source>
        <translation>无法从共享文件夹删除 %1。</translation>
    </message>
    <message>
        <source>Cannot write the snapshot to the shared folder: %1</source>
        <translation>无法将快照写入共享文件夹：%1</translation>
    </message>
    <message>
        <source>The snapshot written to the shared folder did not read back correctly: %1</source>
        <translation>写入共享文件夹的快照回读校验失败：%1</translation>
    </message>
    <message>
        <source>its bytes differ</source>
        <translation>内容与写入的不一致</translation>
    </message>
    <message>
        <source>Cannot publish the snapshot on the shared folder.</source>
        <translation>无法在共享文件夹发布快照。</translation>
    </message>
    <message>
        <source>Only a district station compacts the shared folder: it alone holds every township&apos;s rows.</source>
        <translation>只有区级站点可以压缩共享文件夹：只有它持有所有乡镇（街道）的数据。</translation>
    </message>
    <message>
        <source>changes made here are not in a bundle yet: sync first</source>
        <translation>本站的改动尚未写入同步包：请先同步</translation>
    </message>
    <message>
        <source>the snapshot of %1 covers bundles not applied here yet: sync, then compact</source>
        <translation>%1 的快照包含本站尚未应用的同步包：请先同步，再压缩</translation>
    </message>
    <message>
        <source>no bundle beyond the latest snapshot has been applied by every station yet</source>
        <translation>最新快照之后的同步包尚未被所有站点应用</translation>
    </message>
</context>
<context>
    <name>sn::SyncSettingsPage</name>
    <message>
        <source>&amp;Import district key file…</source>
        <translation>导入区级密钥文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a &amp;new district key…</source>
        <translation>生成新的区级密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>for example \\server\safetynet or /mnt/safetynet</source>
        <translation>例如 \\server\safetynet 或 /mnt/safetynet</translation>
    </message>
    <message>
        <source>The network folder every station of the district reads and writes. Each station writes only its own subfolder; the station&apos;s database itself always stays on this computer.</source>
        <translation>本区各站点共同读写的网络文件夹。每个站点只写入自己的子文件夹；站点数据库本身始终保存在本机。</translation>
    </message>
    <message>
        <source>Browse for the shared folder</source>
        <translation>选择共享文件夹</translation>
    </message>
    <message>
        <source>Automatic sync interval</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>How often this station exchanges changes while the shared folder can be reached. 0 turns automatic sync off; &quot;Sync now&quot; in the Tools menu always works.</source>
        <translation>在能访问共享文件夹时，本站点交换变更的频率。设为 0 关闭自动同步；“工具”菜单中的“立即同步”始终可用。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>自动同步间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Copy the district key file from a USB stick into SafetyNet&apos;s own folder, readable by this user only.</source>
        <translation>将区级密钥文件从 U 盘复制到安全网自己的文件夹中，仅当前用户可读。</translation>
    </message>
    <message>
        <source>District administrators: make the key once and give a copy to every station. Stations with a different key cannot read each other&apos;s changes.</source>
        <translation>区级管理员：只需生成一次密钥，并将副本分发给每个站点。密钥不同的站点无法读取彼此的变更。</translation>
    </message>
    <message>
        <source>District key</source>
        <translation>区级密钥</translation>
    </message>
    <message>
        <source>Everything put on the shared folder is encrypted with the district key. Keep the key file off the shared folder.</source>
        <translation>放到共享文件夹中的所有内容都用区级密钥加密。请勿将密钥文件放在共享文件夹中。</translation>
    </message>
    <message>
        <source>No district key imported yet: this station cannot sync.</source>
        <translation>尚未导入区级密钥：本站点无法同步。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2</source>
        <translation>密钥文件 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>Key %1 of %2
%3</source>
        <translation>%2 的密钥 %1
%3</translation>
    </message>
    <message>
        <source>Import district key file</source>
        <translation>导入区级密钥文件</translation>
    </message>
    <message>
        <source>District key files (*.key);;All files (*)</source>
        <translation>区级密钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import district key</source>
        <translation>导入区级密钥</translation>
    </message>
    <message>
        <source>This key was made for %1, but this station belongs to %2. Import it anyway?</source>
        <translation>此密钥是为 %1 生成的，但本站点属于 %2。仍要导入吗？</translation>
    </message>
    <message>
        <source>Make a new district key</source>
        <translation>生成新的区级密钥</translation>
    </message>
    <message>
        <source>A new key is needed only once for the whole district. Stations that keep the old key will not read changes sealed with the new one. Make a new key?</source>
        <translation>整个区只需生成一次新密钥。仍使用旧密钥的站点将无法读取用新密钥加密的变更。要生成新密钥吗？</translation>
    </message>
    <message>
        <source>Save the new district key</source>
        <translation>保存新的区级密钥</translation>
    </message>
    <message>
        <source>District key files (*.key)</source>
        <translation>区级密钥文件 (*.key)</translation>
    </message>
    <message>
        <source>Only the district administrator makes the district key.</source>
        <translation>只有区级管理员可以生成区级密钥。</translation>
    </message>
    <message>
        <source>The key %1 was written to %2. Copy it to every station (on a USB stick, never through the shared folder).

Use this key at this station too?</source>
        <translation>密钥 %1 已写入 %2。请将其复制到每个站点（用 U 盘，切勿通过共享文件夹）。

本站点也使用此密钥吗？</translation>
    </message>
    <message>
        <source>This station holds the keys of %1 (district %2): it reads every township.</source>
        <translation>本站点持有%1（区 %2）的密钥：可读取所有镇（街道）的数据。</translation>
    </message>
    <message>
        <source>This station holds the keys of %1 (district %2) for %3 only: other townships&apos; records never reach it.</source>
        <translation>本站点持有%1（区 %2）的密钥，仅限%3：其他镇（街道）的记录不会传到本站点。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Other stations (at the last sync)</source>
        <translation>其他工作站（截至上次同步）</translation>
    </message>
    <message>
        <source>Other stations and how far behind they are</source>
        <translation>其他工作站及其滞后情况</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Its bundles here</source>
        <translation>其同步包（本站已应用）</translation>
    </message>
    <message>
        <source>Ours there</source>
        <translation>本站同步包（对方已应用）</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>最近确认时间</translation>
    </message>
    <message>
        <source>Why behind</source>
        <translation>滞后原因</translation>
    </message>
    <message>
        <source>%1 of %2, %3 behind</source>
        <translation>%1/%2，滞后 %3 个</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>全部 %1 个</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>%1, %2 behind</source>
        <translation>%1 个，滞后 %2 个</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sn::SyncStatusIndicator</name>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>%v of %m bundles</source>
        <translation>%v / %m 个数据包</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>Sync: running…</source>
        <translation>同步：进行中…</translation>
    </message>
    <message>
        <source>Sync: Shared folder unreachable · %1 pending</source>
        <translation>同步：无法访问共享文件夹 · %1 项待发送</translation>
    </message>
    <message>
        <source>Sync: failed · %1 pending</source>
        <translation>同步：失败 · %1 项待发送</translation>
    </message>
    <message>
        <source>Sync: never · %1 pending</source>
        <translation>同步：从未同步 · %1 项待发送</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending</source>
        <translation>同步：%1 · %2 项待发送</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the shared folder and import the district key file to exchange changes with the other stations.</source>
        <translation>请选择共享文件夹并导入区级密钥文件，以便与其他站点交换变更。</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>共享文件夹：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>Changes not yet sent: %1</source>
        <translation>尚未发送的变更：%1</translation>
    </message>
    <message numerus="yes">
        <source>Automatic sync every %n minute(s).</source>
        <translation>
            <numerusform>每 %n 分钟自动同步一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic sync is off.</source>
        <translation>自动同步已关闭。</translation>
    </message>
    <message>
        <source>Refused bundles (tried again next time): %1</source>
        <translation>被拒收的数据包（下次重试）：%1</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles: %1</source>
        <translation>等待较早的数据包：%1</translation>
    </message>
    <message>
        <source>Click for the sync settings.</source>
        <translation>点击打开同步设置。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Some bundles on the shared folder were refused and will be tried again next time:
%1</source>
        <translation>共享文件夹中的部分数据包被拒收，将在下次重试：
%1</translation>
    </message>
    <message>
        <source>%1: %2 of its bundles not applied here yet. %3</source>
        <translation>%1：尚有 %2 个同步包未在本站应用。%3</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>同步需要处理</translation>
    </message>
</context>
<context>
    <name>sn::TableLocator</name>
    <message>
        <source>No header row (序号, 户主姓名, 身份证号 …) in the first 10 rows of sheet &quot;%1&quot;. The first rows read: %2</source>
        <translation>工作表“%1”的前 10 行中没有表头行（序号、户主姓名、身份证号…）。读到的前几行：%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>No column headed &quot;%1&quot; (mapped to %2). Headers found: %3.</source>
        <translation>没有表头为“%1”的列（对应 %2）。找到的表头：%3。</translation>
    </message>
    <message>
        <source>Column not recognised: %1. Headers found in row %2: %3. Choose the column for it (--map FIELD=HEADER).</source>
        <translation>未识别的列：%1。第 %2 行找到的表头：%3。请为其指定列（--map 字段=表头）。</translation>
    </message>
    <message>
        <source>ID number stored as a number in Excel lost its last digits</source>
        <translation>身份证号码在 Excel 中以数字形式保存，末几位已丢失</translation>
    </message>
    <message>
        <source>The header row %1 is past the end of sheet &quot;%2&quot; (%3 rows).</source>
        <translation>表头行 %1 超出了工作表“%2”的范围（共 %3 行）。</translation>
    </message>
</context>
<context>
    <name>sn::TierRules</name>
    <message>
        <source>No tier</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>动态监测</translation>
    </message>
</context>
<context>
    <name>sn::VerifySuspicionDialog</name>
    <message>
        <source>Verify: %1</source>
        <translation>核实：%1</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the visit or the check found</source>
        <translation>入户或核查发现的情况</translation>
    </message>
    <message>
        <source>%1, %2
%3: %4</source>
        <translation>%1，%2
%3：%4</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>sn::WorkbenchPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Count again from the database</source>
        <translation>从数据库重新统计</translation>
    </message>
    <message>
        <source>Active households by township and category</source>
        <translation>各镇（街道）各类别在册家庭</translation>
    </message>
    <message>
        <source>Chart of active households by township and category</source>
        <translation>各镇（街道）各类别在册家庭图表</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>无法读取统计数：%1</translation>
    </message>
    <message>
        <source>%1 households (%2 active, %3 exited), %4 members</source>
        <translation>%1 户（在册 %2 户，已退出 %3 户），%4 人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Active households</source>
        <translation>在册家庭</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今日没有到期事项</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>sn::XlsReader</name>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the records of its workbook stream (Excel 97-2003 or 5.0/95) cannot be read</source>
        <translation>其工作簿数据流（Excel 97-2003 或 5.0/95）中的记录无法读取</translation>
    </message>
</context>
<context>
    <name>sn::XlsxFile</name>
    <message>
        <source>Cannot write %1: the folder does not exist or is not writable.</source>
        <translation>无法写入 %1：文件夹不存在或不可写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sn::XlsxReader</name>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1)</source>
        <translation>不是格式正确的 XML（第 %1 行）</translation>
    </message>
    <message>
        <source>it is a Word document</source>
        <translation>它是 Word 文档</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation</source>
        <translation>它是 PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>it is a zip archive without a workbook</source>
        <translation>它是不含工作簿的 zip 压缩包</translation>
    </message>
    <message>
        <source>its main part is a %1, not a workbook</source>
        <translation>其主部件是 %1，而不是工作簿</translation>
    </message>
    <message>
        <source>lists no worksheet</source>
        <translation>中没有列出任何工作表</translation>
    </message>
    <message>
        <source>its zip directory cannot be read (the file was cut short, or is not a zip)</source>
        <translation>其 zip 目录无法读取（文件被截断，或不是 zip 文件）</translation>
    </message>
    <message>
        <source>is not well-formed XML or names a cell outside the sheet (line %1)</source>
        <translation>不是格式正确的 XML，或引用了工作表范围之外的单元格（第 %1 行）</translation>
    </message>
    <message>
        <source>names shared string %1 of %2 (cell %3%4)</source>
        <translation>引用了第 %1 个共享字符串，但只有 %2 个（单元格 %3%4）</translation>
    </message>
    <message>
        <source>it is an OpenDocument file of another kind (%1)</source>
        <translation>它是其他类型的 OpenDocument 文件（%1）</translation>
    </message>
</context>
<context>
    <name>sn::ZipArchive</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is larger than %L1 MB once unpacked</source>
        <translation>解压后超过 %L1 MB</translation>
    </message>
    <message>
        <source>is packed in a way other than the two every office program writes</source>
        <translation>采用的压缩方式不是办公软件通用的两种</translation>
    </message>
    <message>
        <source>cannot be unpacked (the file was cut short or altered)</source>
        <translation>无法解压（文件被截断或被改动过）</translation>
    </message>
    <message>
        <source>fails its checksum (the file was cut short or altered)</source>
        <translation>校验和不符（文件被截断或被改动过）</translation>
    </message>
</context>
<context>
    <name>sn::cli</name>
    <message>
        <source>No township named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的镇（街道）。</translation>
    </message>
    <message>
        <source>No village or community named &quot;%1&quot;%2.</source>
        <translation>%2没有名为“%1”的村（社区）。</translation>
    </message>
    <message>
        <source> in that township</source>
        <translation>该镇（街道）中</translation>
    </message>
    <message>
        <source>%1: %2 pages written to %3 in %4 ms.</source>
        <translation>%1：已将 %2 页写入 %3，用时 %4 毫秒。</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>cards --db FILE [--township NAME] [--village NAME] [--household ID]... [--layout a5|a4x2|a4x4] --out FILE.pdf  |  cards --reprint LOG_ID --out FILE.pdf</source>
        <translation>cards --db FILE [--township NAME] [--village NAME] [--household ID]... [--layout a5|a4x2|a4x4] --out FILE.pdf  |  cards --reprint LOG_ID --out FILE.pdf</translation>
    </message>
    <message>
        <source>Only this township.</source>
        <translation>仅限此镇（街道）。</translation>
    </message>
    <message>
        <source>Only this village or community.</source>
        <translation>仅限此村（社区）。</translation>
    </message>
    <message>
        <source>Only this household (repeatable).</source>
        <translation>仅限此家庭（可重复指定）。</translation>
    </message>
    <message>
        <source>a5 (one card per A5 sheet), a4x2 or a4x4 (default a4x2).</source>
        <translation>a5（每张 A5 纸一张卡）、a4x2 或 a4x4（默认 a4x2）。</translation>
    </message>
    <message>
        <source>Print again the cards of this print log entry.</source>
        <translation>重新打印此打印记录中的公示卡。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>cards needs --db FILE and --out FILE.pdf.</source>
        <translation>cards 需要 --db FILE 和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--layout must be a5, a4x2 or a4x4.</source>
        <translation>--layout 必须是 a5、a4x2 或 a4x4。</translation>
    </message>
    <message>
        <source>reprint of %1</source>
        <translation>重印 %1</translation>
    </message>
    <message>
        <source>safetynet-cli cards: no covered household matches.</source>
        <translation>safetynet-cli cards：没有符合条件的在保家庭。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张公示卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Print log entry: %1</source>
        <translation>打印记录：%1</translation>
    </message>
    <message>
        <source>letter --db FILE --referral ID --out FILE.pdf: the one-time notification letter</source>
        <translation>letter --db FILE --referral ID --out FILE.pdf：一次性告知书</translation>
    </message>
    <message>
        <source>slip --db FILE --referral ID --out FILE.pdf: the referral slip with its return receipt</source>
        <translation>slip --db FILE --referral ID --out FILE.pdf：转介单及回执</translation>
    </message>
    <message>
        <source>The referral.</source>
        <translation>转介编号。</translation>
    </message>
    <message>
        <source>%1 needs --db FILE, --referral ID and --out FILE.pdf.</source>
        <translation>%1 需要 --db FILE、--referral ID 和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>file-sheet --db FILE --household ID --out FILE.pdf: the full household record for internal files (full ID numbers; audited)</source>
        <translation>file-sheet --db FILE --household ID --out FILE.pdf：供内部存档的完整家庭档案（含完整身份证号码；记入审计）</translation>
    </message>
    <message>
        <source>The household.</source>
        <translation>家庭编号。</translation>
    </message>
    <message>
        <source>file-sheet needs --db FILE, --household ID and --out FILE.pdf.</source>
        <translation>file-sheet 需要 --db FILE、--household ID 和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>tasklist --db FILE --month YYYY-MM [--township NAME] [--village NAME] --out FILE.pdf</source>
        <translation>tasklist --db FILE --month YYYY-MM [--township NAME] [--village NAME] --out FILE.pdf</translation>
    </message>
    <message>
        <source>The month of the tasks.</source>
        <translation>任务所在月份。</translation>
    </message>
    <message>
        <source>tasklist needs --db FILE, --month YYYY-MM and --out FILE.pdf.</source>
        <translation>tasklist 需要 --db FILE、--month YYYY-MM 和 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM.</source>
        <translation>--month 必须是 YYYY-MM 格式。</translation>
    </message>
    <message>
        <source>print-log --db FILE [--limit N] [--json]: who printed which documents, newest first</source>
        <translation>print-log --db FILE [--limit N] [--json]：谁打印了哪些文书，最新的在前</translation>
    </message>
    <message>
        <source>At most this many entries (default 50).</source>
        <translation>最多显示的记录数（默认 50）。</translation>
    </message>
    <message>
        <source>print-log needs --db FILE.</source>
        <translation>print-log 需要 --db FILE。</translation>
    </message>
    <message>
        <source>card-official --db FILE --township NAME --name NAME --phone PHONE: the responsible official printed on a township&apos;s cards</source>
        <translation>card-official --db FILE --township NAME --name NAME --phone PHONE：印在镇（街道）公示卡上的责任人</translation>
    </message>
    <message>
        <source>The township.</source>
        <translation>镇（街道）名称。</translation>
    </message>
    <message>
        <source>The official&apos;s name.</source>
        <translation>责任人姓名。</translation>
    </message>
    <message>
        <source>The official&apos;s phone.</source>
        <translation>责任人电话。</translation>
    </message>
    <message>
        <source>card-official needs --db FILE and --township NAME.</source>
        <translation>card-official 需要 --db FILE 和 --township NAME。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at offset %2</source>
        <translation>不是有效的 JSON：%1（位置 %2）</translation>
    </message>
    <message>
        <source>The JSON must be one object.</source>
        <translation>JSON 必须是一个对象。</translation>
    </message>
    <message>
        <source>household add --json FILE|-  |  update ID --set field=value...  |  remove ID --reason TEXT  |  show ID [--json] [--unmask]</source>
        <translation>household add --json FILE|-  |  update ID --set field=value...  |  remove ID --reason TEXT  |  show ID [--json] [--unmask]</translation>
    </message>
    <message>
        <source>Household id (update, remove, show).</source>
        <translation>家庭编号（update、remove、show）。</translation>
    </message>
    <message>
        <source>JSON file to add (&apos;-&apos; for standard input); same as --json FILE.</source>
        <translation>要添加的 JSON 文件（“-”表示标准输入）；同 --json FILE。</translation>
    </message>
    <message>
        <source>field=value to change (repeatable).</source>
        <translation>要修改的 field=value（可重复指定）。</translation>
    </message>
    <message>
        <source>Why the household is removed.</source>
        <translation>删除该家庭的原因。</translation>
    </message>
    <message>
        <source>add: take the category the rules give.</source>
        <translation>add：采用规则认定的救助类别。</translation>
    </message>
    <message>
        <source>show: full ID numbers (audited).</source>
        <translation>show：显示完整身份证号码（记入审计）。</translation>
    </message>
    <message>
        <source>Say what to do: add, update, remove or show.</source>
        <translation>请指定操作：add、update、remove 或 show。</translation>
    </message>
    <message>
        <source>household needs --db FILE.</source>
        <translation>household 需要 --db FILE。</translation>
    </message>
    <message>
        <source>add needs --json FILE (or - for standard input).</source>
        <translation>add 需要 --json FILE（或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <source>%1 needs the household id.</source>
        <translation>%1 需要家庭编号。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>update needs at least one --set field=value.</source>
        <translation>update 至少需要一个 --set field=value。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, update, remove or show.</source>
        <translation>未知操作“%1”：请使用 add、update、remove 或 show。</translation>
    </message>
    <message>
        <source>search TEXT... [--township NAME] [--limit N] [--json]: households as the registry finds them (name, pinyin, initials, ID number or its last digits, phone, address)</source>
        <translation>search 文字... [--township 名称] [--limit N] [--json]：按家庭名册的方式查找家庭（姓名、拼音、首字母、身份证号或其末几位、电话、地址）</translation>
    </message>
    <message>
        <source>What the clerk would type.</source>
        <translation>窗口人员会输入的内容。</translation>
    </message>
    <message>
        <source>At most this many households (100).</source>
        <translation>最多列出的家庭数（100）。</translation>
    </message>
    <message>
        <source>search needs the text and --db FILE.</source>
        <translation>search 需要查找内容和 --db 文件。</translation>
    </message>
    <message>
        <source>--township: &quot;%1&quot; is not a township.</source>
        <translation>--township：“%1”不是乡镇（街道）。</translation>
    </message>
    <message>
        <source>lead add --json FILE|-  |  lead advance ID --to STATE [--decision D [--policy ID]...] [--note TEXT]  |  lead link ID --household ID  |  lead show ID  |  lead help ID --amount YUAN --reason TEXT [--small-first]</source>
        <translation>lead add --json 文件|-  |  lead advance 编号 --to 状态 [--decision 决定 [--policy 编号]...] [--note 文字]  |  lead link 编号 --household 编号  |  lead show 编号  |  lead help 编号 --amount 元 --reason 文字 [--small-first]</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>救助线索编号。</translation>
    </message>
    <message>
        <source>Lead JSON (&apos;-&apos; for standard input).</source>
        <translation>救助线索 JSON（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>Note for the step.</source>
        <translation>该环节的备注。</translation>
    </message>
    <message>
        <source>With --decision referred: a policy referred to (repeat for each).</source>
        <translation>与 --decision referred 同用：转介的政策（每项重复一次）。</translation>
    </message>
    <message>
        <source>Temporary assistance in yuan.</source>
        <translation>临时救助金额（元）。</translation>
    </message>
    <message>
        <source>Reason for the assistance.</source>
        <translation>救助事由。</translation>
    </message>
    <message>
        <source>The registry household the lead is about (link).</source>
        <translation>线索所涉及的名册家庭（link）。</translation>
    </message>
    <message>
        <source>Small amount paid first (green channel).</source>
        <translation>先行小额救助（绿色通道）。</translation>
    </message>
    <message>
        <source>lead needs an action and --db FILE.</source>
        <translation>lead 需要指定操作和 --db FILE。</translation>
    </message>
    <message>
        <source>township: this is a district station; name the township of the lead.</source>
        <translation>township：这是区县工作站，请写明线索所属乡镇（街道）。</translation>
    </message>
    <message>
        <source>township: &quot;%1&quot; is not a township.</source>
        <translation>township：“%1”不是镇（街道）。</translation>
    </message>
    <message>
        <source>village: &quot;%1&quot; is not in %2.</source>
        <translation>village：“%1”不在 %2 内。</translation>
    </message>
    <message>
        <source>source: unknown source &quot;%1&quot;.</source>
        <translation>source：未知来源“%1”。</translation>
    </message>
    <message>
        <source>reported_at must be YYYY-MM-DDTHH:MM.</source>
        <translation>reported_at 必须是 YYYY-MM-DDTHH:MM 格式。</translation>
    </message>
    <message>
        <source>%1 needs the lead id.</source>
        <translation>%1 需要救助线索编号。</translation>
    </message>
    <message>
        <source>--to: unknown state &quot;%1&quot;.</source>
        <translation>--to：未知状态“%1”。</translation>
    </message>
    <message>
        <source>--decision: unknown decision &quot;%1&quot;.</source>
        <translation>--decision：未知处理决定“%1”。</translation>
    </message>
    <message>
        <source>--amount must be an amount in yuan.</source>
        <translation>--amount 必须是以元为单位的金额。</translation>
    </message>
    <message>
        <source>link needs --household ID.</source>
        <translation>link 需要 --household 编号。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>leads [--overdue] [--json]: open leads, most urgent first.</source>
        <translation>leads [--overdue] [--json]：未办结的救助线索，最紧急的在前。</translation>
    </message>
    <message>
        <source>Only leads past their deadline and not answered.</source>
        <translation>仅限已超过时限且未响应的救助线索。</translation>
    </message>
    <message>
        <source>leads needs --db FILE.</source>
        <translation>leads 需要 --db FILE。</translation>
    </message>
    <message>
        <source>Check resident ID numbers (GB 11643-1999).</source>
        <translation>校验居民身份证号码（GB 11643-1999）。</translation>
    </message>
    <message>
        <source>Create a new station database.</source>
        <translation>创建新的站点数据库。</translation>
    </message>
    <message>
        <source>Fill a database with realistic demo households.</source>
        <translation>用逼真的演示家庭填充数据库。</translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, foreign keys, domain rules, audit chain.</source>
        <translation>检查数据库：SQLite 完整性、外键、业务规则、审计链。</translation>
    </message>
    <message>
        <source>Counts of households by township and category.</source>
        <translation>按镇（街道）和救助类别统计家庭数。</translation>
    </message>
    <message>
        <source>Add, update, remove or show a household (JSON).</source>
        <translation>添加、修改、删除或显示家庭（JSON）。</translation>
    </message>
    <message>
        <source>Find households as the registry does; masked ID numbers.</source>
        <translation>按家庭名册的方式查找家庭；身份证号遮蔽显示。</translation>
    </message>
    <message>
        <source>Add or list user accounts.</source>
        <translation>添加或列出用户账户。</translation>
    </message>
    <message>
        <source>Review tasks of the three-colour calendar: list, regenerate, complete.</source>
        <translation>三色管理日历的复核任务：列出、重新生成、完成。</translation>
    </message>
    <message>
        <source>Report a lead, advance it, record temporary assistance, show it.</source>
        <translation>上报救助线索、推进环节、登记临时救助、显示线索。</translation>
    </message>
    <message>
        <source>Open leads with their deadlines.</source>
        <translation>未办结的救助线索及其时限。</translation>
    </message>
    <message>
        <source>Exchange changes through a shared folder.</source>
        <translation>通过共享文件夹交换变更。</translation>
    </message>
    <message>
        <source>Hash of every synced table, to compare stations.</source>
        <translation>每个同步数据表的哈希值，用于比对站点。</translation>
    </message>
    <message>
        <source>Concurrent edits kept for review.</source>
        <translation>为待审核而保留的并发编辑（冲突）。</translation>
    </message>
    <message>
        <source>Back up the database (checked copy).</source>
        <translation>备份数据库（经校验的副本）。</translation>
    </message>
    <message>
        <source>Restore the database from a backup.</source>
        <translation>从备份恢复数据库。</translation>
    </message>
    <message>
        <source>The departments&apos; policy catalogue: add, list, mark reviewed.</source>
        <translation>部门政策目录：新增、列出、标记已审核。</translation>
    </message>
    <message>
        <source>Refer a household or a lead to policies; list follow-ups; set a referral&apos;s status.</source>
        <translation>将家庭或线索转介到政策；列出待回访；设置转介状态。</translation>
    </message>
    <message>
        <source>The yearly 低保 standards and disposable-income figures: list, set.</source>
        <translation>历年低保标准和人均可支配收入：列出、设置。</translation>
    </message>
    <message>
        <source>Explain, override or clear a household&apos;s tier.</source>
        <translation>说明、调整或清除家庭的分级。</translation>
    </message>
    <message>
        <source>Public-notice cards (annex 2) as PDF: a5, a4x2 or a4x4; reprint from the print log.</source>
        <translation>公示卡（附件 2）PDF：a5、a4x2 或 a4x4；可从打印记录重新打印。</translation>
    </message>
    <message>
        <source>The one-time notification letter of a referral, as PDF.</source>
        <translation>转介的一次性告知书（PDF）。</translation>
    </message>
    <message>
        <source>The referral slip with its return receipt, as PDF.</source>
        <translation>转介单及回执（PDF）。</translation>
    </message>
    <message>
        <source>A household&apos;s full file sheet for internal files, as PDF (audited).</source>
        <translation>供内部存档的完整家庭档案表（PDF，记入审计）。</translation>
    </message>
    <message>
        <source>A month&apos;s visit and review tasks, as PDF, with a column for signatures.</source>
        <translation>一个月的走访和复核任务（PDF），带签字栏。</translation>
    </message>
    <message>
        <source>Who printed which cards and documents.</source>
        <translation>谁打印了哪些公示卡和文书。</translation>
    </message>
    <message>
        <source>Show or set the responsible official printed on a township&apos;s cards.</source>
        <translation>显示或设置印在镇（街道）公示卡上的责任人。</translation>
    </message>
    <message>
        <source>Import a ledger (花名册) of households from .xlsx, .xls or .csv.</source>
        <translation>从 .xlsx、.xls 或 .csv 导入家庭花名册。</translation>
    </message>
    <message>
        <source>Import a department&apos;s suspicion table and match it.</source>
        <translation>导入部门疑点信息反馈表并进行比对。</translation>
    </message>
    <message>
        <source>Write the suspicion feedback table (annex 1) as .xlsx.</source>
        <translation>将疑点信息反馈表（附件 1）写为 .xlsx。</translation>
    </message>
    <message>
        <source>Write the monthly report workbook (.xlsx).</source>
        <translation>生成月度报表工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Usage: safetynet-cli COMMAND [options]</source>
        <translation>用法：safetynet-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options: --db FILE, --today YYYY-MM-DD, --now YYYY-MM-DDTHH:MM, --json, --version</source>
        <translation>全局选项：--db FILE、--today YYYY-MM-DD、--now YYYY-MM-DDTHH:MM、--json、--version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input, 3 I/O error.</source>
        <translation>退出码：0 成功，1 用法错误，2 输入无效，3 输入/输出错误。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>reviews [--due-before DATE] [--overdue] [--township NAME] [--json]  |  reviews regenerate  |  reviews complete TASK --outcome no_change|change_found|exit [--date DATE] [--notes TEXT]</source>
        <translation>reviews [--due-before DATE] [--overdue] [--township NAME] [--json]  |  reviews regenerate  |  reviews complete TASK --outcome no_change|change_found|exit [--date DATE] [--notes TEXT]</translation>
    </message>
    <message>
        <source>Open tasks due before this date.</source>
        <translation>在此日期前到期的待办任务。</translation>
    </message>
    <message>
        <source>Only tasks past their due date.</source>
        <translation>仅限已超期的任务。</translation>
    </message>
    <message>
        <source>Date of the visit (default today).</source>
        <translation>走访日期（默认今天）。</translation>
    </message>
    <message>
        <source>Notes of the visit.</source>
        <translation>走访备注。</translation>
    </message>
    <message>
        <source>reviews needs --db FILE.</source>
        <translation>reviews 需要 --db FILE。</translation>
    </message>
    <message>
        <source>%1 households: %2 tiers changed, %3 tasks created, %4 rescheduled, %5 cancelled.</source>
        <translation>%1 户：%2 户分级变化，新建 %3 项任务，重新排期 %4 项，取消 %5 项。</translation>
    </message>
    <message>
        <source>complete needs the task id.</source>
        <translation>complete 需要任务编号。</translation>
    </message>
    <message>
        <source>--outcome must be no_change, change_found or exit.</source>
        <translation>--outcome 必须是 no_change、change_found 或 exit。</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>--due-before must be YYYY-MM-DD.</source>
        <translation>--due-before 必须是 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>	%1 days overdue</source>
        <translation>	超期 %1 天</translation>
    </message>
    <message>
        <source>tier explain HOUSEHOLD  |  tier override HOUSEHOLD --tier red|yellow|green|monitoring|none --reason TEXT  |  tier clear HOUSEHOLD</source>
        <translation>tier explain HOUSEHOLD  |  tier override HOUSEHOLD --tier red|yellow|green|monitoring|none --reason TEXT  |  tier clear HOUSEHOLD</translation>
    </message>
    <message>
        <source>Household id.</source>
        <translation>家庭编号。</translation>
    </message>
    <message>
        <source>Why the tier differs from the rules.</source>
        <translation>分级与规则不一致的原因。</translation>
    </message>
    <message>
        <source>tier needs an action, a household id and --db FILE.</source>
        <translation>tier 需要指定操作、家庭编号和 --db FILE。</translation>
    </message>
    <message>
        <source>--tier must be red, yellow, green, monitoring or none.</source>
        <translation>--tier 必须是 red、yellow、green、monitoring 或 none。</translation>
    </message>
    <message>
        <source>--map takes FIELD=HEADER with FIELD one of %1, not &quot;%2&quot;.</source>
        <translation>--map 的格式为 FIELD=HEADER，FIELD 须为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>The ledger (花名册/台账): one row per person.</source>
        <translation>花名册（台账）：每人一行。</translation>
    </message>
    <message>
        <source>Check the file and list its problems; write nothing.</source>
        <translation>检查文件并列出问题；不写入任何内容。</translation>
    </message>
    <message>
        <source>Use this column for a field the headers do not name (repeatable).</source>
        <translation>为表头中未列出的字段指定列（可重复指定）。</translation>
    </message>
    <message>
        <source>The worksheet to read (default: the first).</source>
        <translation>要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>import-ledger needs --db FILE and one ledger file.</source>
        <translation>import-ledger 需要 --db FILE 和一个花名册文件。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 households (%2 new, %3 updated), %4 persons%5.</source>
        <translation>%1 户（新增 %2 户，更新 %3 户），%4 人%5。</translation>
    </message>
    <message>
        <source>; nothing written</source>
        <translation>；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported; first: %2</source>
        <translation>%1 个问题，未导入任何数据；第一个问题：%2</translation>
    </message>
    <message>
        <source>import-suspicions --db FILE --department NAME --month YYYY-MM TABLE.xlsx|.xls|.csv [--json] [--map FIELD=HEADER ...]</source>
        <translation>import-suspicions --db FILE --department NAME --month YYYY-MM TABLE.xlsx|.xls|.csv [--json] [--map FIELD=HEADER ...]</translation>
    </message>
    <message>
        <source>The department&apos;s suspicion table (annex 1).</source>
        <translation>部门的疑点信息反馈表（附件 1）。</translation>
    </message>
    <message>
        <source>The department that sent it.</source>
        <translation>报送部门。</translation>
    </message>
    <message>
        <source>The month it reports.</source>
        <translation>所报月份。</translation>
    </message>
    <message>
        <source>import-suspicions needs --db FILE, --department NAME, --month YYYY-MM and one file.</source>
        <translation>import-suspicions 需要 --db FILE、--department NAME、--month YYYY-MM 和一个文件。</translation>
    </message>
    <message>
        <source>%1 rows: %2 matched, %3 to confirm, %4 unmatched, %5 invalid.</source>
        <translation>%1 行：匹配 %2 行，待确认 %3 行，未匹配 %4 行，无效 %5 行。</translation>
    </message>
    <message>
        <source>export-feedback --db FILE --month YYYY-MM [--department NAME] --out FILE.xlsx</source>
        <translation>export-feedback --db FILE --month YYYY-MM [--department NAME] --out FILE.xlsx</translation>
    </message>
    <message>
        <source>The month of the rows.</source>
        <translation>数据所属月份。</translation>
    </message>
    <message>
        <source>Only this department (default: one sheet per department).</source>
        <translation>仅限此部门（默认：每个部门一个工作表）。</translation>
    </message>
    <message>
        <source>The workbook to write.</source>
        <translation>要写入的工作簿。</translation>
    </message>
    <message>
        <source>export-feedback needs --db FILE, --month YYYY-MM and --out FILE.xlsx.</source>
        <translation>export-feedback 需要 --db FILE、--month YYYY-MM 和 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>report --db FILE --month YYYY-MM --out FILE.xlsx</source>
        <translation>report --db FILE --month YYYY-MM --out FILE.xlsx</translation>
    </message>
    <message>
        <source>The month of the report.</source>
        <translation>报表月份。</translation>
    </message>
    <message>
        <source>report needs --db FILE, --month YYYY-MM and --out FILE.xlsx.</source>
        <translation>report 需要 --db FILE、--month YYYY-MM 和 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>Check resident ID numbers.</source>
        <translation>校验居民身份证号码。</translation>
    </message>
    <message>
        <source>ID numbers to check.</source>
        <translation>要校验的身份证号码。</translation>
    </message>
    <message>
        <source>Give at least one ID number.</source>
        <translation>请至少提供一个身份证号码。</translation>
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
        <source>Township of the station, or the district&apos;s name for the bureau.</source>
        <translation>站点所在的镇（街道）；区民政局请填区名。</translation>
    </message>
    <message>
        <source>Name of the station.</source>
        <translation>站点名称。</translation>
    </message>
    <message>
        <source>Region tree JSON of another district (default: the built-in Chengbei tree).</source>
        <translation>其他区的行政区划树 JSON（默认：内置的城北区行政区划树）。</translation>
    </message>
    <message>
        <source>init needs --db FILE, --township NAME and --station NAME.</source>
        <translation>init 需要 --db FILE、--township NAME 和 --station NAME。</translation>
    </message>
    <message>
        <source>Created station &quot;%1&quot; (%2 %3) in %4</source>
        <translation>已在 %4 创建站点“%1”（%2 %3）</translation>
    </message>
    <message>
        <source>Fill a database with demo households.</source>
        <translation>用演示家庭填充数据库。</translation>
    </message>
    <message>
        <source>How many households.</source>
        <translation>家庭数量。</translation>
    </message>
    <message>
        <source>Random seed (same seed, same people).</source>
        <translation>随机种子（种子相同，生成的人员相同）。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在标准错误输出显示进度。</translation>
    </message>
    <message>
        <source>demo needs --db FILE.</source>
        <translation>demo 需要 --db FILE。</translation>
    </message>
    <message>
        <source>--households takes a whole number of at least 1.</source>
        <translation>--households 需要不小于 1 的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 需要整数。</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>演示站点</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 / %2 户</translation>
    </message>
    <message>
        <source>Generated %1 households with %2 members in %3 s.</source>
        <translation>已生成 %1 户、%2 名成员，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Check a station database.</source>
        <translation>检查站点数据库。</translation>
    </message>
    <message>
        <source>check needs --db FILE.</source>
        <translation>check 需要 --db FILE。</translation>
    </message>
    <message>
        <source>Counts of households.</source>
        <translation>家庭数量统计。</translation>
    </message>
    <message>
        <source>stats needs --db FILE.</source>
        <translation>stats 需要 --db FILE。</translation>
    </message>
    <message>
        <source>Households: %1 (active %2, exited %3), members: %4</source>
        <translation>家庭：%1 户（在保 %2 户，已退出 %3 户），成员：%4 人</translation>
    </message>
    <message>
        <source>Make a new district key file (district administrator).</source>
        <translation>生成新的区级密钥文件（区级管理员）。</translation>
    </message>
    <message>
        <source>Key file to write (kept off the share).</source>
        <translation>要写入的密钥文件（不要放在共享文件夹中）。</translation>
    </message>
    <message>
        <source>District name written into the file.</source>
        <translation>写入文件的区名称。</translation>
    </message>
    <message>
        <source>keygen needs --out FILE.</source>
        <translation>keygen 需要 --out FILE。</translation>
    </message>
    <message>
        <source>%1 exists; a new key would lock every station out of the old bundles.</source>
        <translation>%1 已存在；新密钥会使所有站点无法读取旧数据包。</translation>
    </message>
    <message>
        <source>District key %1 written to %2 (readable by you only).</source>
        <translation>区级密钥 %1 已写入 %2（仅您本人可读）。</translation>
    </message>
    <message>
        <source>Exchange changes with the other stations through a shared folder.</source>
        <translation>通过共享文件夹与其他站点交换变更。</translation>
    </message>
    <message>
        <source>The shared folder.</source>
        <translation>共享文件夹。</translation>
    </message>
    <message>
        <source>exported %1 changes, imported %2 bundles (%3 changes), %4 conflicts</source>
        <translation>导出 %1 条变更，导入 %2 个数据包（%3 条变更），%4 个冲突</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <source>held back: %1</source>
        <translation>已暂缓：%1</translation>
    </message>
    <message>
        <source>parked: %1</source>
        <translation>已暂存：%1</translation>
    </message>
    <message>
        <source>One line per synced table: rows and a hash of its content, to compare stations.</source>
        <translation>每个同步数据表一行：行数及内容哈希值，用于比对站点。</translation>
    </message>
    <message>
        <source>digest needs --db FILE.</source>
        <translation>digest 需要 --db FILE。</translation>
    </message>
    <message>
        <source>Resolved ones too.</source>
        <translation>也包括已解决的冲突。</translation>
    </message>
    <message>
        <source>conflicts needs --db FILE.</source>
        <translation>conflicts 需要 --db FILE。</translation>
    </message>
    <message>
        <source>A consistent, checked copy of the database (SQLite backup API).</source>
        <translation>数据库的一致且经校验的副本（SQLite 备份 API）。</translation>
    </message>
    <message>
        <source>Backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>The daily/weekly rotation in the backups folder beside the database.</source>
        <translation>在数据库旁的备份文件夹中按日/周轮换备份。</translation>
    </message>
    <message>
        <source>backup needs --db FILE and --out FILE (or --auto).</source>
        <translation>backup 需要 --db FILE 和 --out FILE（或 --auto）。</translation>
    </message>
    <message>
        <source>Replace the database by a backup (the current file is kept beside it).</source>
        <translation>用备份替换数据库（当前文件保留在旁边）。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Confirm: replace the station&apos;s data by the backup.</source>
        <translation>确认：用备份替换本站点的数据。</translation>
    </message>
    <message>
        <source>restore needs --db FILE and the backup file.</source>
        <translation>restore 需要 --db FILE 和备份文件。</translation>
    </message>
    <message>
        <source>Restoring replaces every change made since the backup: add --yes to confirm.</source>
        <translation>恢复将丢弃备份之后的所有变更：请加上 --yes 确认。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>登录名。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Village or community (village workers).</source>
        <translation>所属村（社区），适用于村（社区）工作人员。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>No village named &quot;%1&quot; in %2.</source>
        <translation>%2 没有名为“%1”的村（社区）。</translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <source>Rows of the department tables of a month, with verification progress.</source>
        <translation>某月部门表格中的各行及核实进度。</translation>
    </message>
    <message>
        <source>Confirm, reject, verify or route a department table row; make leads of unmatched rows.</source>
        <translation>确认、否定、核实或转交部门表格中的一行；把未匹配的行生成线索。</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1, not &quot;%1&quot;.</source>
        <translation>--header-row 需要从 1 开始的行号，而不是“%1”。</translation>
    </message>
    <message>
        <source>The row holding the headers (default: found by their text).</source>
        <translation>表头所在的行（默认：按表头文字查找）。</translation>
    </message>
    <message>
        <source>suspicions --db FILE --month YYYY-MM [--department NAME] [--status S] [--unverified] [--json]</source>
        <translation>suspicions --db 文件 --month YYYY-MM [--department 部门] [--status 状态] [--unverified] [--json]</translation>
    </message>
    <message>
        <source>The month of the tables.</source>
        <translation>表格所属月份。</translation>
    </message>
    <message>
        <source>Only this department.</source>
        <translation>只显示该部门。</translation>
    </message>
    <message>
        <source>Only rows the township has not verified yet.</source>
        <translation>只显示镇（街道）尚未核实的行。</translation>
    </message>
    <message>
        <source>suspicions needs --db FILE and --month YYYY-MM.</source>
        <translation>suspicions 需要 --db 文件和 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot;.</source>
        <translation>--status：未知状态“%1”。</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>--month：“%1”不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>%1 %2: %3 rows, %4 verified, %5 to verify.</source>
        <translation>%1 %2：共 %3 行，已核实 %4 行，待核实 %5 行。</translation>
    </message>
    <message>
        <source>suspicion confirm|reject ROW_ID  |  suspicion verify ROW_ID --result R [--date YYYY-MM-DD] [--notes TEXT]  |  suspicion route ROW_ID --township CODE  |  suspicion leads ROW_ID...  |  suspicion show ROW_ID  (all with --db FILE)</source>
        <translation>suspicion confirm|reject 行编号  |  suspicion verify 行编号 --result 结果 [--date YYYY-MM-DD] [--notes 文字]  |  suspicion route 行编号 --township 代码  |  suspicion leads 行编号...  |  suspicion show 行编号（均需 --db 文件）</translation>
    </message>
    <message>
        <source>Row id (from suspicions or import-suspicions --json).</source>
        <translation>行编号（来自 suspicions 或 import-suspicions --json）。</translation>
    </message>
    <message>
        <source>Date of the verification (default: today).</source>
        <translation>核实日期（默认：今天）。</translation>
    </message>
    <message>
        <source>What the verification found.</source>
        <translation>核实发现的情况。</translation>
    </message>
    <message>
        <source>The township to send the row to.</source>
        <translation>将该行转交给的镇（街道）。</translation>
    </message>
    <message>
        <source>suspicion needs an action, a row id and --db FILE.</source>
        <translation>suspicion 需要一个操作、一个行编号和 --db 文件。</translation>
    </message>
    <message>
        <source>route needs --township CODE.</source>
        <translation>route 需要 --township 代码。</translation>
    </message>
    <message>
        <source>--result takes excluded, taken_in, referred or adjusted, not &quot;%1&quot;.</source>
        <translation>--result 只能是 excluded、taken_in、referred 或 adjusted，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date：“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: confirm, reject, verify, route, leads or show.</source>
        <translation>未知操作“%1”：可用 confirm、reject、verify、route、leads 或 show。</translation>
    </message>
    <message>
        <source>Verify the audit log: hash chain, its recorded last entry, the backups.</source>
        <translation>校验审计日志：哈希链、所登记的最后一条记录以及备份。</translation>
    </message>
    <message>
        <source>Verify the hash-chained audit log.</source>
        <translation>校验哈希链式审计日志。</translation>
    </message>
    <message>
        <source>Compare with the backups in this folder (default: the backups folder beside the database).</source>
        <translation>与此文件夹中的备份比对（默认：数据库旁的备份文件夹）。</translation>
    </message>
    <message>
        <source>audit-verify needs --db FILE.</source>
        <translation>audit-verify 需要 --db FILE。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation>备份文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries, the last is %2.</source>
        <translation>审计日志完整：共 %1 条记录，最后一条为第 %2 条。</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>已与%1比对</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Policy id (reviewed).</source>
        <translation>政策编号（reviewed）。</translation>
    </message>
    <message>
        <source>Policy JSON: department, name, eligibility, materials, where, contact [, service] (&apos;-&apos; for standard input).</source>
        <translation>政策 JSON：department、name、eligibility、materials、where、contact [、service]（“-”为标准输入）。</translation>
    </message>
    <message>
        <source>policy add --json FILE|-  |  policy list [--json]  |  policy reviewed ID  |  policy catalogue --out FILE.pdf</source>
        <translation>policy add --json 文件|-  |  policy list [--json]  |  policy reviewed 编号  |  policy catalogue --out 文件.pdf</translation>
    </message>
    <message>
        <source>The PDF file to write (catalogue).</source>
        <translation>要写入的 PDF 文件（catalogue）。</translation>
    </message>
    <message>
        <source>policy needs add, list, reviewed or catalogue, and --db FILE.</source>
        <translation>policy 需要 add、list、reviewed 或 catalogue，以及 --db 文件。</translation>
    </message>
    <message>
        <source>catalogue needs --out FILE.pdf.</source>
        <translation>catalogue 需要 --out 文件.pdf。</translation>
    </message>
    <message numerus="yes">
        <source>Policy catalogue: %n page(s) written to %1.</source>
        <translation>
            <numerusform>政策目录：%n 页已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, reviewed or catalogue.</source>
        <translation>未知操作“%1”：请使用 add、list、reviewed 或 catalogue。</translation>
    </message>
    <message>
        <source>referral add --household ID|--lead ID --policy ID... [--note TEXT]  |  referral list [--due] [--json]  |  referral status ID --to sent|accepted|done|declined [--follow-up DATE] [--note TEXT]</source>
        <translation>referral add --household 编号|--lead 编号 --policy 编号... [--note 文字]  |  referral list [--due] [--json]  |  referral status 编号 --to sent|accepted|done|declined [--follow-up 日期] [--note 文字]</translation>
    </message>
    <message>
        <source>Referral id (status).</source>
        <translation>转介编号（status）。</translation>
    </message>
    <message>
        <source>The household referred.</source>
        <translation>转介的家庭。</translation>
    </message>
    <message>
        <source>The lead referred (decides it &quot;referred&quot; when it is at the field check).</source>
        <translation>转介的线索（处于实地核查时将其决定为“转介”）。</translation>
    </message>
    <message>
        <source>A policy referred to (repeat for each).</source>
        <translation>转介的政策（每项重复一次）。</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Next follow-up date.</source>
        <translation>下次回访日期。</translation>
    </message>
    <message>
        <source>Only referrals whose follow-up is due (today or earlier).</source>
        <translation>仅显示回访到期（今天或更早）的转介。</translation>
    </message>
    <message>
        <source>referral needs add, list or status, and --db FILE.</source>
        <translation>referral 需要 add、list 或 status，以及 --db 文件。</translation>
    </message>
    <message>
        <source>add needs either --household ID or --lead ID.</source>
        <translation>add 需要 --household 编号或 --lead 编号（二选一）。</translation>
    </message>
    <message>
        <source>add needs at least one --policy ID.</source>
        <translation>add 至少需要一个 --policy 编号。</translation>
    </message>
    <message>
        <source>The lead is &quot;%1&quot;: a referral is made at the decision after the field check.</source>
        <translation>线索处于“%1”：转介在实地核查后的决定环节进行。</translation>
    </message>
    <message>
        <source>status needs the referral id and --to STATE.</source>
        <translation>status 需要转介编号和 --to 状态。</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not sent, accepted, done or declined.</source>
        <translation>--to：“%1”不是 sent、accepted、done 或 declined。</translation>
    </message>
    <message>
        <source>--follow-up must be YYYY-MM-DD.</source>
        <translation>--follow-up 必须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or status.</source>
        <translation>未知操作“%1”：请使用 add、list 或 status。</translation>
    </message>
    <message>
        <source>standards list [--json]  |  standards set --year YYYY --area urban|rural --dibao YUAN [--income YUAN]</source>
        <translation>standards list [--json]  |  standards set --year 年份 --area urban|rural --dibao 元 [--income 元]</translation>
    </message>
    <message>
        <source>The year of the standard.</source>
        <translation>标准所属年份。</translation>
    </message>
    <message>
        <source>The 低保 standard, yuan per person per month.</source>
        <translation>低保标准，元/人·月。</translation>
    </message>
    <message>
        <source>Last year&apos;s per-capita disposable income, yuan a year (the 支出型 test).</source>
        <translation>上年度居民人均可支配收入，元/年（支出型贫困认定用）。</translation>
    </message>
    <message>
        <source>standards needs list or set, and --db FILE.</source>
        <translation>standards 需要 list 或 set，以及 --db 文件。</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>占位数值</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list or set.</source>
        <translation>未知操作“%1”：请使用 list 或 set。</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026.</source>
        <translation>--year 必须为年份，如 2026。</translation>
    </message>
    <message>
        <source>--area must be urban or rural.</source>
        <translation>--area 必须为 urban 或 rural。</translation>
    </message>
    <message>
        <source>--dibao must be an amount in yuan, such as 780 or 780.50.</source>
        <translation>--dibao 必须为金额（元），如 780 或 780.50。</translation>
    </message>
    <message>
        <source>--income must be an amount in yuan.</source>
        <translation>--income 必须为金额（元）。</translation>
    </message>
    <message>
        <source>%1 %2: 低保 standard %3 yuan a month, disposable income %4 yuan a year.</source>
        <translation>%1 年 %2：低保标准每月 %3 元，人均可支配收入每年 %4 元。</translation>
    </message>
    <message>
        <source>Create the station&apos;s first administrator with this user name.</source>
        <translation>以此用户名创建本站的第一个管理员。</translation>
    </message>
    <message>
        <source>--admin needs --password-file FILE with the administrator&apos;s password (owner-only).</source>
        <translation>--admin 需要 --password-file 文件，其中为管理员密码（仅所有者可读）。</translation>
    </message>
    <message>
        <source>Only a district administrator may add demo households to a station.</source>
        <translation>只有区县管理员可以向本站添加演示数据。</translation>
    </message>
    <message>
        <source>Your role (%1) may not read the audit log.</source>
        <translation>您的角色（%1）无权查看审计日志。</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup; %1 is a %2.</source>
        <translation>只有管理员可以恢复备份；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>Give the new password on standard input with --password-stdin (never on the command line).</source>
        <translation>请用 --password-stdin 从标准输入提供新密码（不要写在命令行上）。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 is disabled: the account can no longer sign in.</source>
        <translation>已停用 %1：该账号不能再登录。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>The password of %1 is reset: a new one must be chosen at the next sign-in.</source>
        <translation>已重置 %1 的密码：下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 现在的角色是%2。</translation>
    </message>
    <message>
        <source>user add --username U --role ROLE [--township NAME] [--village NAME] [--name TEXT] --password-stdin  |  user list  |  user disable NAME  |  user enable NAME  |  user reset NAME --password-stdin  |  user role NAME --role ROLE [--township NAME] [--village NAME]</source>
        <translation>user add --username 用户名 --role 角色 [--township 乡镇] [--village 村] [--name 姓名] --password-stdin  |  user list  |  user disable 用户名  |  user enable 用户名  |  user reset 用户名 --password-stdin  |  user role 用户名 --role 角色 [--township 乡镇] [--village 村]</translation>
    </message>
    <message>
        <source>The account acted on (disable, enable, reset, role).</source>
        <translation>要操作的账号（disable、enable、reset、role）。</translation>
    </message>
    <message>
        <source>Read the new password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取新密码。</translation>
    </message>
    <message>
        <source>user needs add, list, disable, enable, reset or role, and --db FILE.</source>
        <translation>user 需要 add、list、disable、enable、reset 或 role，以及 --db 文件。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, disable, enable, reset or role.</source>
        <translation>未知操作“%1”：请使用 add、list、disable、enable、reset 或 role。</translation>
    </message>
    <message>
        <source>user %1 needs the account&apos;s user name.</source>
        <translation>user %1 需要账号的用户名。</translation>
    </message>
    <message>
        <source>Township (township administrators, clerks and village workers).</source>
        <translation>乡镇（街道）（乡镇（街道）管理员、窗口工作人员和村级工作人员）。</translation>
    </message>
    <message>
        <source>Make a district key file for sync (stations made before enrolment).</source>
        <translation>生成同步用的区级密钥文件（注册制度之前建立的站点）。</translation>
    </message>
    <message>
        <source>Enrol a new station of a township (district station, administrator).</source>
        <translation>为镇（街道）注册新站点（区级站点，管理员）。</translation>
    </message>
    <message>
        <source>Create a station from its enrolment file.</source>
        <translation>用注册文件建立站点。</translation>
    </message>
    <message>
        <source>Enrol a new station: its keys and certificate, sealed with a passphrase read from standard input.</source>
        <translation>注册新站点：其密钥和证书用从标准输入读取的口令加密。</translation>
    </message>
    <message>
        <source>The township of the new station, or the district&apos;s name for another district desk.</source>
        <translation>新站点所属镇（街道），或填区名以建立另一个区级工作台。</translation>
    </message>
    <message>
        <source>Name of the new station.</source>
        <translation>新站点的名称。</translation>
    </message>
    <message>
        <source>The enrolment file to write.</source>
        <translation>要写入的注册文件。</translation>
    </message>
    <message>
        <source>The district key file, for a bureau made before enrolment (kept in its keyring).</source>
        <translation>区级密钥文件，用于注册制度之前建立的区民政局站点（保存到其密钥库）。</translation>
    </message>
    <message>
        <source>enrol needs --db FILE, --township NAME, --station NAME and --out FILE.</source>
        <translation>enrol 需要 --db 文件、--township 名称、--station 名称和 --out 文件。</translation>
    </message>
    <message>
        <source>%1 exists; choose a new file for the enrolment.</source>
        <translation>%1 已存在；请为注册另选一个新文件。</translation>
    </message>
    <message>
        <source>Passphrase for the enrolment file (give it to the station separately): </source>
        <translation>注册文件的口令（请另行告知该站点）：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Enrolment of &quot;%1&quot; written to %2.</source>
        <translation>“%1”的注册已写入 %2。</translation>
    </message>
    <message>
        <source>Create this station from its enrolment file (passphrase from standard input).</source>
        <translation>用注册文件建立本站点（口令从标准输入读取）。</translation>
    </message>
    <message>
        <source>The enrolment file.</source>
        <translation>注册文件。</translation>
    </message>
    <message>
        <source>join needs --db FILE and the enrolment file.</source>
        <translation>join 需要 --db 文件和注册文件。</translation>
    </message>
    <message>
        <source>Passphrase of the enrolment file: </source>
        <translation>注册文件的口令：</translation>
    </message>
    <message>
        <source>Joined station &quot;%1&quot; (%2 %3) in %4</source>
        <translation>已加入站点“%1”（%2 %3），数据在 %4</translation>
    </message>
    <message>
        <source>The district key file, for a station made before enrolment (kept in its keyring from then on).</source>
        <translation>区级密钥文件，用于注册制度之前建立的站点（此后保存在其密钥库中）。</translation>
    </message>
    <message>
        <source>sync needs --db FILE and --share DIR.</source>
        <translation>sync 需要 --db 文件和 --share 文件夹。</translation>
    </message>
    <message>
        <source>withheld: %1 changed rows outside this station&apos;s township were not sent</source>
        <translation>未发送：%1 条不属于本站点所在镇（街道）的变更</translation>
    </message>
    <message>
        <source>rewritten: %1</source>
        <translation>已重写：%1</translation>
    </message>
    <message>
        <source>assistance must be dibao, tekun or temporary (got &quot;%1&quot;).</source>
        <translation>assistance 应为 dibao、tekun 或 temporary（实际为“%1”）。</translation>
    </message>
    <message>
        <source>applied_on must be a date YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>applied_on 应为日期 YYYY-MM-DD（实际为“%1”）。</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>--to: unknown step &quot;%1&quot;.</source>
        <translation>--to：未知环节“%1”。</translation>
    </message>
    <message>
        <source>--outcome must be approved or refused.</source>
        <translation>--outcome 应为 approved 或 refused。</translation>
    </message>
    <message>
        <source>set-limit needs ASSISTANCE/STEP DAYS, e.g. dibao/survey 8 or dibao/total 25.</source>
        <translation>set-limit 需要 类别/环节 天数，例如 dibao/survey 8 或 dibao/total 25。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation>未知环节“%1”。</translation>
    </message>
    <message>
        <source>set-limit needs the number of days.</source>
        <translation>set-limit 需要天数。</translation>
    </message>
    <message>
        <source>--kind must be survey, notice or decision.</source>
        <translation>--kind 应为 survey、notice 或 decision。</translation>
    </message>
    <message>
        <source>document needs --out FILE.pdf.</source>
        <translation>document 需要 --out 文件.pdf。</translation>
    </message>
    <message>
        <source>application add --json FILE|-  |  application show ID [--json]  |  application advance ID --to STEP [--date D] [--note T] [--household ID] [--authorisation] [--outcome approved|refused --amount YUAN --start-month YYYY-MM --reason T]  |  application limits [--json]  |  application set-limit ASSISTANCE/STEP DAYS  |  application document ID --kind survey|notice|decision --out F.pdf</source>
        <translation>application add --json 文件|-  |  application show 编号 [--json]  |  application advance 编号 --to 环节 [--date 日期] [--note 备注] [--household 编号] [--authorisation] [--outcome approved|refused --amount 元 --start-month YYYY-MM --reason 理由]  |  application limits [--json]  |  application set-limit 类别/环节 天数  |  application document 编号 --kind survey|notice|decision --out 文件.pdf</translation>
    </message>
    <message>
        <source>Application id.</source>
        <translation>申请编号。</translation>
    </message>
    <message>
        <source>Application JSON (&apos;-&apos; for standard input).</source>
        <translation>申请 JSON（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>The day the step was reached (default today).</source>
        <translation>到达该环节的日期（默认今天）。</translation>
    </message>
    <message>
        <source>Findings, objections or a note for the step.</source>
        <translation>该环节的调查结论、异议或备注。</translation>
    </message>
    <message>
        <source>Link the household (needed to enrol).</source>
        <translation>关联家庭（纳入保障时必需）。</translation>
    </message>
    <message>
        <source>Approved monthly amount in yuan (default: computed).</source>
        <translation>确认的月保障金额，单位元（默认按规则计算）。</translation>
    </message>
    <message>
        <source>First month paid (default: the next).</source>
        <translation>起始发放月份（默认下月）。</translation>
    </message>
    <message>
        <source>Reasons of a refusal.</source>
        <translation>不予确认的理由。</translation>
    </message>
    <message>
        <source>The signed authorisation for the economic check (家庭经济状况核对授权书) is handed in.</source>
        <translation>已交来签署的家庭经济状况核对授权书。</translation>
    </message>
    <message>
        <source>The PDF file to write (document).</source>
        <translation>要写入的 PDF 文件（document）。</translation>
    </message>
    <message>
        <source>application needs an action and --db FILE.</source>
        <translation>application 需要操作和 --db 文件。</translation>
    </message>
    <message>
        <source>%1 needs the application id.</source>
        <translation>%1 需要申请编号。</translation>
    </message>
    <message>
        <source>applications [--overdue] [--township T] [--json]: open applications, most urgent first.</source>
        <translation>applications [--overdue] [--township 乡镇] [--json]：在办申请，最紧急的在前。</translation>
    </message>
    <message>
        <source>Only applications past a step&apos;s deadline or the overall limit.</source>
        <translation>仅列出超过环节时限或总办理时限的申请。</translation>
    </message>
    <message>
        <source>Only this township (code).</source>
        <translation>仅此乡镇（街道）（代码）。</translation>
    </message>
    <message>
        <source>applications needs --db FILE.</source>
        <translation>applications 需要 --db 文件。</translation>
    </message>
    <message>
        <source>calendar list [--json]  |  calendar holiday DATE [--name T]  |  calendar workday DATE [--name T]  |  calendar remove DATE: the district&apos;s holidays and make-up working days.</source>
        <translation>calendar list [--json]  |  calendar holiday 日期 [--name 名称]  |  calendar workday 日期 [--name 名称]  |  calendar remove 日期：本区的法定节假日和调休上班日。</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD.</source>
        <translation>日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>What the day is (国庆节, 春节调休).</source>
        <translation>该日名称（如国庆节、春节调休）。</translation>
    </message>
    <message>
        <source>calendar needs an action and --db FILE.</source>
        <translation>calendar 需要操作和 --db 文件。</translation>
    </message>
    <message>
        <source>DATE must be YYYY-MM-DD.</source>
        <translation>日期应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>	(override kept)</source>
        <translation>	（保留人工设定金额）</translation>
    </message>
    <message>
        <source>%1 household(s) changed from %2.</source>
        <translation>自 %2 起调整了 %1 户。</translation>
    </message>
    <message>
        <source>benefit HOUSEHOLD [--json]  |  benefit HOUSEHOLD --set YUAN --reason T  |  benefit HOUSEHOLD --clear --reason T  |  benefit --changes-from YYYY-MM [--apply]: the monthly amount the rules give, with its working.</source>
        <translation>benefit 家庭编号 [--json]  |  benefit 家庭编号 --set 元 --reason 理由  |  benefit 家庭编号 --clear --reason 理由  |  benefit --changes-from YYYY-MM [--apply]：按规则计算的月保障金额及计算过程。</translation>
    </message>
    <message>
        <source>Pay this amount instead (yuan); needs --reason.</source>
        <translation>改按此金额发放（元）；需要 --reason。</translation>
    </message>
    <message>
        <source>Return to the computed amount.</source>
        <translation>恢复按计算金额发放。</translation>
    </message>
    <message>
        <source>Why the amount differs (audited).</source>
        <translation>金额不同的理由（记入审计）。</translation>
    </message>
    <message>
        <source>List the households whose amount the standard of this month changes.</source>
        <translation>列出按该月标准计算金额发生变化的家庭。</translation>
    </message>
    <message>
        <source>With --changes-from: apply the new amounts (audited).</source>
        <translation>与 --changes-from 一起使用：按新金额调整（记入审计）。</translation>
    </message>
    <message>
        <source>benefit needs the household id (or --changes-from) and --db FILE.</source>
        <translation>benefit 需要家庭编号（或 --changes-from）和 --db 文件。</translation>
    </message>
    <message>
        <source>--set must be an amount in yuan.</source>
        <translation>--set 应为以元为单位的金额。</translation>
    </message>
    <message>
        <source>Set by %1 on %2: %3 yuan (%4)</source>
        <translation>%1 于 %2 设定：%3 元（%4）</translation>
    </message>
    <message>
        <source>Accept an application, take it through its steps to the decision, show it.</source>
        <translation>受理申请，逐环节办理至作出决定，查看申请。</translation>
    </message>
    <message>
        <source>Open applications with their step, deadline and working days left.</source>
        <translation>在办申请及其环节、期限和剩余工作日。</translation>
    </message>
    <message>
        <source>The district&apos;s holidays and make-up working days.</source>
        <translation>本区的法定节假日和调休上班日。</translation>
    </message>
    <message>
        <source>A household&apos;s monthly amount from the rules, with its working.</source>
        <translation>按规则计算的家庭月保障金额及计算过程。</translation>
    </message>
    <message>
        <source>Write the month&apos;s payment roll (.xlsx) with totals per village and township.</source>
        <translation>生成本月发放花名册（.xlsx），含村（社区）和乡镇（街道）合计。</translation>
    </message>
    <message>
        <source>Show (masked) or set the account a household is paid into.</source>
        <translation>查看（脱敏）或设置家庭的发放账户。</translation>
    </message>
    <message>
        <source>payroll --month YYYY-MM [--township T] --out F.xlsx: the month&apos;s payment roll, one row per household, totals per village and township.</source>
        <translation>payroll --month YYYY-MM [--township 乡镇] --out 文件.xlsx：本月发放花名册，每户一行，含村（社区）和乡镇（街道）合计。</translation>
    </message>
    <message>
        <source>The month paid.</source>
        <translation>发放月份。</translation>
    </message>
    <message>
        <source>The township (code or name); a township station&apos;s own.</source>
        <translation>乡镇（街道）（代码或名称）；乡镇站点为本乡镇。</translation>
    </message>
    <message>
        <source>payroll needs --db FILE, --month YYYY-MM and --out F.xlsx.</source>
        <translation>payroll 需要 --db 文件、--month YYYY-MM 和 --out 文件.xlsx。</translation>
    </message>
    <message>
        <source>%1 household(s) on the roll.</source>
        <translation>花名册共 %1 户。</translation>
    </message>
    <message>
        <source>account HOUSEHOLD [--set ACCOUNT [--bank B] [--holder H]] [--json]: the account a household is paid into, masked.</source>
        <translation>account 家庭编号 [--set 账号 [--bank 开户行] [--holder 户名]] [--json]：家庭的发放账户（脱敏显示）。</translation>
    </message>
    <message>
        <source>The account number (audited, masked in the log).</source>
        <translation>账号（记入审计，日志中脱敏）。</translation>
    </message>
    <message>
        <source>The bank.</source>
        <translation>开户行。</translation>
    </message>
    <message>
        <source>The account holder, when not the head.</source>
        <translation>户名（非户主时填写）。</translation>
    </message>
    <message>
        <source>account needs the household id and --db FILE.</source>
        <translation>account 需要家庭编号和 --db 文件。</translation>
    </message>
    <message>
        <source>has %1 of ours (%2 behind)</source>
        <translation>已应用本站 %1 个同步包（滞后 %2 个）</translation>
    </message>
    <message>
        <source>has not acknowledged ours yet</source>
        <translation>尚未确认本站的同步包</translation>
    </message>
    <message>
        <source>station %1: %2 of its %3 bundles applied here, %4</source>
        <translation>工作站 %1：其 %3 个同步包中本站已应用 %2 个，%4</translation>
    </message>
    <message>
        <source>taken back: %1 changes this station had published after its backup was made</source>
        <translation>已取回：本工作站在备份之后发布的 %1 项更改</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported, with their reasons, in %1.</source>
        <translation>
            <numerusform>未导入的 %n 行及其原因已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>import-ledger --db FILE LEDGER.xlsx|.xls|.ods|.csv [--dry-run] [--valid-only] [--rejects F.xlsx] [--json] [--map FIELD=HEADER ...] [--sheet NAME]</source>
        <translation>import-ledger --db 文件 花名册.xlsx|.xls|.ods|.csv [--dry-run] [--valid-only] [--rejects F.xlsx] [--json] [--map 字段=表头 ...] [--sheet 工作表名]</translation>
    </message>
    <message>
        <source>Import the households without problems; leave the others.</source>
        <translation>只导入没有问题的家庭，其余不导入。</translation>
    </message>
    <message>
        <source>Write the rows not imported, with their reasons in an extra column, to this .xlsx to fix and import again.</source>
        <translation>将未导入的行写入此 .xlsx 文件，并在末列注明原因，修改后可再次导入。</translation>
    </message>
    <message>
        <source>lost: bundles %1, published after the backup, are gone from the shared folder; the stations that applied them send their changes again</source>
        <translation>已丢失：备份之后发布的数据包 %1 已不在共享文件夹中；已应用过它们的站点将重新发送其中的改动</translation>
    </message>
    <message>
        <source>relayed: %1 changes of a restored station&apos;s lost bundles, sent again on its behalf</source>
        <translation>已转发：代一个已恢复站点重新发送其丢失数据包中的 %1 项改动</translation>
    </message>
    <message>
        <source>Issue a new key epoch and revoke stations (district station, administrator).</source>
        <translation>签发新一代密钥并吊销站点（区级站点，管理员）。</translation>
    </message>
    <message>
        <source>Issue a new epoch of the district&apos;s keys (a station&apos;s computer was lost or stolen) and revoke stations.</source>
        <translation>签发新一代全区密钥（某站点电脑丢失或被盗时）并吊销站点。</translation>
    </message>
    <message>
        <source>Stations to revoke, by name or id, separated by commas: their later bundles are refused.</source>
        <translation>要吊销的站点（名称或编号，用逗号分隔）：此后它们的数据包一律拒收。</translation>
    </message>
    <message>
        <source>rotate-keys needs --db FILE and --share DIR.</source>
        <translation>rotate-keys 需要 --db 文件 和 --share 目录。</translation>
    </message>
    <message>
        <source>key epoch %1 issued: %2 township stations receive its keys at their next sync; district stations derive them</source>
        <translation>已签发第 %1 代密钥：%2 个乡镇站点将在下次同步时收到；区级站点自行推导</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>已吊销：%1</translation>
    </message>
    <message>
        <source>Then simulate this many years of reviews, visits and corrections (default 0).</source>
        <translation>随后按月模拟该年数的复核、走访和信息更正（默认 0）。</translation>
    </message>
    <message>
        <source>--years takes a whole number from 0 to 50.</source>
        <translation>--years 须为 0 到 50 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) of work: %1 reviews, %2 visits and contacts, %3 corrections.</source>
        <translation>
            <numerusform>%n 年工作：复核核对 %1 次，走访联系 %2 次，信息更正 %3 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>household_id: which household changes?</source>
        <translation>household_id：请指定变更的家庭。</translation>
    </message>
    <message>
        <source>kind must be increase, decrease or stop (got &quot;%1&quot;).</source>
        <translation>kind 须为 increase（增发）、decrease（减发）或 stop（停发）（收到“%1”）。</translation>
    </message>
    <message>
        <source>effective_month must be a month YYYY-MM (got &quot;%1&quot;).</source>
        <translation>effective_month 须为年月 YYYY-MM（收到“%1”）。</translation>
    </message>
    <message>
        <source>amount must be yuan, e.g. 520.50.</source>
        <translation>amount 须为元，例如 520.50。</translation>
    </message>
    <message>
        <source>category must be dibao or tekun (got &quot;%1&quot;).</source>
        <translation>category 须为 dibao 或 tekun（收到“%1”）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) took effect.</source>
        <translation>
            <numerusform>%n 项变更已执行。</numerusform>
        </translation>
    </message>
    <message>
        <source>notice needs --out FILE.pdf.</source>
        <translation>notice 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>kind must be complaint or reconsideration (got &quot;%1&quot;).</source>
        <translation>kind 须为 complaint（申诉）或 reconsideration（行政复议）（收到“%1”）。</translation>
    </message>
    <message>
        <source>lodged_on must be a date YYYY-MM-DD (got &quot;%1&quot;).</source>
        <translation>lodged_on 须为日期 YYYY-MM-DD（收到“%1”）。</translation>
    </message>
    <message>
        <source>--outcome must be upheld, changed or withdrawn.</source>
        <translation>--outcome 须为 upheld、changed 或 withdrawn。</translation>
    </message>
    <message>
        <source>An action and --db FILE are needed.</source>
        <translation>需要指定操作和 --db FILE。</translation>
    </message>
    <message>
        <source>%1 needs the id.</source>
        <translation>%1 需要编号。</translation>
    </message>
    <message>
        <source>Only this household.</source>
        <translation>仅限该户。</translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation>%1 需要 --db FILE。</translation>
    </message>
    <message>
        <source>change add --json FILE|-  |  change show ID [--json]  |  change confirm ID [--date D]  |  change withdraw ID --reason T  |  change apply-due  |  change notice ID --out F.pdf</source>
        <translation>change add --json FILE|-（提出变更）  |  change show ID [--json]  |  change confirm ID [--date D]（确认）  |  change withdraw ID --reason T（撤回）  |  change apply-due（执行到期变更）  |  change notice ID --out F.pdf（告知书）</translation>
    </message>
    <message>
        <source>Change id.</source>
        <translation>变更编号。</translation>
    </message>
    <message>
        <source>Change JSON (&apos;-&apos; for standard input).</source>
        <translation>变更 JSON（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>作出决定的日期（默认今天）。</translation>
    </message>
    <message>
        <source>Why the change is withdrawn.</source>
        <translation>撤回变更的原因。</translation>
    </message>
    <message>
        <source>The PDF file to write (notice).</source>
        <translation>要写入的 PDF 文件（告知书）。</translation>
    </message>
    <message>
        <source>changes [--household ID] [--json]: changes of payment, newest effective month first.</source>
        <translation>changes [--household ID] [--json]：救助金变更，按执行月份从新到旧排列。</translation>
    </message>
    <message>
        <source>appeal add --json FILE|-  |  appeal show ID  |  appeal decide ID --outcome upheld|changed|withdrawn [--date D] [--note T]</source>
        <translation>appeal add --json FILE|-（登记）  |  appeal show ID  |  appeal decide ID --outcome upheld|changed|withdrawn [--date D] [--note T]（办结）</translation>
    </message>
    <message>
        <source>Appeal id.</source>
        <translation>申诉（复议）编号。</translation>
    </message>
    <message>
        <source>Appeal JSON (&apos;-&apos; for standard input).</source>
        <translation>申诉（复议）JSON（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>The day of the outcome (default today).</source>
        <translation>办结日期（默认今天）。</translation>
    </message>
    <message>
        <source>The outcome in a sentence (needed for changed).</source>
        <translation>办理结果说明（变更原决定时必填）。</translation>
    </message>
    <message>
        <source>appeals [--household ID] [--json]: appeals, newest first.</source>
        <translation>appeals [--household ID] [--json]：申诉和复议，从新到旧排列。</translation>
    </message>
    <message>
        <source>Increase, decrease or stop a household&apos;s payment; confirm it, print its notice.</source>
        <translation>增发、减发或停发救助金；确认变更，打印告知书。</translation>
    </message>
    <message>
        <source>Changes of payment with their effective month and state.</source>
        <translation>救助金变更及其执行月份和状态。</translation>
    </message>
    <message>
        <source>Record an appeal against a decision or a change, and its outcome.</source>
        <translation>登记对决定或变更的申诉、复议及其办理结果。</translation>
    </message>
    <message>
        <source>Appeals with their outcome.</source>
        <translation>申诉和复议及其办理结果。</translation>
    </message>
    <message>
        <source>renewals [--json]: expenditure-type findings due for renewal within a month, or lapsed unrenewed.</source>
        <translation>renewals [--json]：一个月内须复核续期或已过期未续期的刚性支出困难认定。</translation>
    </message>
    <message>
        <source>lapses on %1</source>
        <translation>%1 失效</translation>
    </message>
    <message>
        <source>Expenditure-type findings due for renewal before they lapse after 12 months.</source>
        <translation>满 12 个月失效前须复核续期的刚性支出困难认定。</translation>
    </message>
    <message>
        <source>changes of payment applied: %1 (confirmed, their month has begun)</source>
        <translation>已执行救助金变更：%1 项（已确认且已到执行月份）</translation>
    </message>
    <message>
        <source>findings lapsed: %1 (刚性支出困难, not renewed within 12 months)</source>
        <translation>认定失效：%1 户（刚性支出困难，12 个月内未复核续期）</translation>
    </message>
    <message>
        <source>joined from the snapshot %1: the bundles it holds are no longer on the shared folder</source>
        <translation>已从快照 %1 开始同步：快照所含的同步包已不在共享文件夹中</translation>
    </message>
    <message>
        <source>removed: %1 bundles of this station, held in a snapshot and applied by every station</source>
        <translation>已删除：本站 %1 个同步包，已收入快照且所有站点均已应用</translation>
    </message>
    <message>
        <source>compact: no snapshot written: %1</source>
        <translation>压缩：未写入快照：%1</translation>
    </message>
    <message>
        <source>compact: snapshot of %1 rows written (%2 KB), covering %3 bundles of %4 stations; %5 of ours removed</source>
        <translation>压缩：已写入 %1 行数据的快照（%2 KB），包含 %4 个站点的 %3 个同步包；已删除本站 %5 个同步包</translation>
    </message>
    <message>
        <source>After the sync, a district station writes a signed snapshot of what every station has applied, and the bundles it covers leave the shared folder.</source>
        <translation>同步之后，区级站点将所有站点均已应用的数据写成一份签名快照，快照所含的同步包随后从共享文件夹删除。</translation>
    </message>
</context>
<context>
    <name>sn::cli::Invocation</name>
    <message>
        <source>The station database file.</source>
        <translation>站点数据库文件。</translation>
    </message>
    <message>
        <source>Act as if today were this date (reproducible runs).</source>
        <translation>假定今天为此日期（用于可重复运行）。</translation>
    </message>
    <message>
        <source>Act as if it were this moment.</source>
        <translation>假定当前为此时刻。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Try &apos;safetynet-cli %1 --help&apos;.</source>
        <translation>请尝试“safetynet-cli %1 --help”。</translation>
    </message>
    <message>
        <source>--now takes a moment as YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--now 需要 YYYY-MM-DDTHH:MM 格式的时刻，而不是“%1”。</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Sign in as this account (default: $SAFETYNET_USER).</source>
        <translation>以此账号登录（默认：$SAFETYNET_USER）。</translation>
    </message>
    <message>
        <source>Read the password from this file, readable by its owner only (default: $SAFETYNET_PASSWORD_FILE); without it the password is asked for.</source>
        <translation>从此文件读取密码，文件须仅所有者可读（默认：$SAFETYNET_PASSWORD_FILE）；未提供时会提示输入密码。</translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>密码文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The password file %1 may be read by others: make it readable by its owner only (chmod 600 %1).</source>
        <translation>密码文件 %1 其他人也能读取：请设为仅所有者可读（chmod 600 %1）。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 reads or changes personal data: sign in with --user NAME and --password-file FILE (readable by its owner only), or type the password when asked.</source>
        <translation>%1 会读取或修改个人信息：请用 --user 用户名 和 --password-file 文件（仅所有者可读）登录，或在提示时输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The password of %1 was reset: sign in at the desk once and choose a new one.</source>
        <translation>%1 的密码已被重置：请先在窗口端登录一次并设置新密码。</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>再输入一次：</translation>
    </message>
</context>
<context>
    <name>sn::doc::PdfTextLayer</name>
    <message>
        <source>The PDF written has no cross-reference table where it says.</source>
        <translation>生成的 PDF 在其声明的位置没有交叉引用表。</translation>
    </message>
    <message>
        <source>The PDF written has a cross-reference table that cannot be read.</source>
        <translation>生成的 PDF 的交叉引用表无法读取。</translation>
    </message>
    <message>
        <source>The PDF written has a text map that cannot be read.</source>
        <translation>生成的 PDF 的文字映射表无法读取。</translation>
    </message>
</context>
<context>
    <name>sn::doc::Rendering</name>
    <message>
        <source>The document has no pages.</source>
        <translation>该文书没有页面。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>无法完成 PDF 的生成。</translation>
    </message>
</context>
<context>
    <name>sn::sql</name>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 中的数据库错误：%2</translation>
    </message>
    <message>
        <source>No SQLite handle for the connection.</source>
        <translation>该连接没有 SQLite 句柄。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The disk is full (or the database reached its size limit): nothing of this operation was saved. Free some disk space and try again.</source>
        <translation>磁盘已满（或数据库已达到大小上限）：本次操作的内容均未保存。请释放磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database is read-only: nothing of this operation was saved. Ask the administrator to make the database file and its folder writable.</source>
        <translation>数据库是只读的：本次操作的内容均未保存。请管理员将数据库文件及其所在文件夹设为可写。</translation>
    </message>
    <message>
        <source>The disk could not be written or read (I/O error): nothing of this operation was saved. Check the disk, free some space and try again.</source>
        <translation>磁盘无法读写（输入/输出错误）：本次操作的内容均未保存。请检查磁盘、释放空间后重试。</translation>
    </message>
    <message>
        <source>The database file or its journal cannot be opened: check that the file and its folder exist and are writable.</source>
        <translation>无法打开数据库文件或其日志文件：请检查该文件及其所在文件夹是否存在且可写。</translation>
    </message>
</context>
<context>
    <name>sn::sync::ScopeResolver</name>
    <message>
        <source>a station of %1 sent rows of %2</source>
        <translation>%1 的站点发送了%2的记录</translation>
    </message>
    <message>
        <source>a station of %1 may not write %2 %3 (of %4)</source>
        <translation>%1 的站点不得写入 %2 %3（属于 %4）</translation>
    </message>
    <message>
        <source>a station of %1 may not change %2 %3 (of %4)</source>
        <translation>%1 的站点不得修改 %2 %3（属于 %4）</translation>
    </message>
</context>
</TS>
