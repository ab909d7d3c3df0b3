<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertLabels</name>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="24"/>
        <source>Area intrusion</source>
        <translation>区域入侵</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="26"/>
        <source>Line crossing</source>
        <translation>越线</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="28"/>
        <source>Camera tampering</source>
        <translation>画面遮挡</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="30"/>
        <source>Video loss</source>
        <translation>视频丢失</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="33"/>
        <source>Hotlist vehicle</source>
        <translation>布控车辆</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="35"/>
        <source>Loitering</source>
        <translation>徘徊</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="37"/>
        <source>Motion</source>
        <translation>移动侦测</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="45"/>
        <source>New</source>
        <translation>新告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="47"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="86"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="49"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="88"/>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="51"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="90"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="53"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="92"/>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="69"/>
        <source>True alarm</source>
        <translation>真实警情</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="71"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="73"/>
        <source>Duplicate</source>
        <translation>重复告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="82"/>
        <source>Raised</source>
        <translation>产生</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="84"/>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="94"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="96"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="98"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="100"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="102"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>AlertLifecycle</name>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="53"/>
        <source>No operator is logged in for this action.</source>
        <translation>没有登录的值班员，无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="56"/>
        <source>Action &quot;%1&quot; is not allowed on an alert that is %2.</source>
        <translation>状态为 %2 的告警不允许执行操作“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="74"/>
        <source>Dispatch needs the name of the unit sent.</source>
        <translation>派警需要填写出警单位名称。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="89"/>
        <source>Resolve needs a resolution (true alarm, false alarm or duplicate).</source>
        <translation>处置需要选择结果（真实警情、误报或重复告警）。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="100"/>
        <source>Reopening an alert needs a reason.</source>
        <translation>重新打开告警需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="116"/>
        <source>Assignment needs the operator who takes the alert over.</source>
        <translation>分配需要指定接手的值班员。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="123"/>
        <source>A note cannot be empty.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="130"/>
        <source>System actions cannot be requested by an operator.</source>
        <translation>系统操作不能由值班员发起。</translation>
    </message>
</context>
<context>
    <name>AlertRuleSettings</name>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="39"/>
        <source>must be an object (got %1)</source>
        <translation>必须是对象（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="48"/>
        <source>unknown field (expected %1)</source>
        <translation>未知字段（应为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="52"/>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="397"/>
        <source>duplicate field</source>
        <translation>字段重复</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="66"/>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="81"/>
        <source>must be an ISO date and time such as &quot;2026-03-04T08:00:00+08:00&quot;</source>
        <translation>必须是 ISO 格式的日期时间，例如 &quot;2026-03-04T08:00:00+08:00&quot;</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="97"/>
        <source>must be a time of day &quot;HH:mm&quot; from 00:00 to 23:59</source>
        <translation>必须是 00:00 到 23:59 之间的 &quot;HH:mm&quot; 格式时刻</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="109"/>
        <source>must be a non-empty array of weekdays (1 = Monday … 7 = Sunday)</source>
        <translation>必须是非空的星期数组（1 = 星期一 … 7 = 星期日）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="123"/>
        <source>unknown day %1 (expected 1 = Monday … 7 = Sunday)</source>
        <translation>未知的星期值 %1（应为 1 = 星期一 … 7 = 星期日）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="187"/>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数秒</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="198"/>
        <source>must be an array of rules</source>
        <translation>必须是规则数组</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="217"/>
        <source>must be &quot;P1&quot;, &quot;P2&quot;, &quot;P3&quot; or &quot;P4&quot;</source>
        <translation>必须是 &quot;P1&quot;、&quot;P2&quot;、&quot;P3&quot; 或 &quot;P4&quot;</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="230"/>
        <source>&quot;priority&quot; is missing</source>
        <translation>缺少 &quot;priority&quot;</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="243"/>
        <source>must be an array of windows</source>
        <translation>必须是时间窗数组</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="272"/>
        <source>&quot;from&quot; and &quot;until&quot; are both required</source>
        <translation>&quot;from&quot; 和 &quot;until&quot; 均为必填项</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="275"/>
        <source>must be later than &quot;from&quot;</source>
        <translation>必须晚于 &quot;from&quot;</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="278"/>
        <source>needs a &quot;camera&quot;, a &quot;type&quot; or both</source>
        <translation>需要指定 &quot;camera&quot;、&quot;type&quot; 或两者</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="290"/>
        <source>must be an array of schedules</source>
        <translation>必须是布防计划数组</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="305"/>
        <source>must be a non-empty array of periods</source>
        <translation>必须是非空的时段数组</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="327"/>
        <source>&quot;start&quot; and &quot;end&quot; are both required</source>
        <translation>&quot;start&quot; 和 &quot;end&quot; 均为必填项</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="351"/>
        <source>needs exactly one of &quot;camera&quot; or &quot;area&quot;</source>
        <translation>&quot;camera&quot; 与 &quot;area&quot; 必须且只能指定其一</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="353"/>
        <source>&quot;periods&quot; is missing</source>
        <translation>缺少 &quot;periods&quot;</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="364"/>
        <source>must be an array of event types</source>
        <translation>必须是事件类型数组</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="387"/>
        <source>must be an object of event type → true (raise alerts) or false (informational)</source>
        <translation>必须是“事件类型 → true（产生告警）或 false（仅记录）”的对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="395"/>
        <source>the event type must not be empty</source>
        <translation>事件类型不能为空</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="400"/>
        <source>must be true (raise alerts) or false (informational), got %1</source>
        <translation>必须是 true（产生告警）或 false（仅记录），实际为 %1</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="428"/>
        <source>must be a whole number of seconds from 1 to %1</source>
        <translation>必须是 1 到 %1 之间的整数秒</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="443"/>
        <source>targets must grow: ack_s ≤ dispatch_s ≤ on_scene_s (got %1, %2, %3), all counted from when the alert was raised</source>
        <translation>时限必须逐级递增：ack_s ≤ dispatch_s ≤ on_scene_s（实际为 %1、%2、%3），均从告警产生时起算</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../../app/alerts/alertservice.cpp" line="263"/>
        <source>Alert %1 is not loaded; search for it in the history first.</source>
        <translation>告警 %1 未加载，请先在历史记录中查找。</translation>
    </message>
</context>
<context>
    <name>AlertSettingsReader</name>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="20"/>
        <source>the bearer token must be at least %1 characters</source>
        <translation>Bearer 令牌至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="23"/>
        <source>the bearer token must not contain spaces or control characters</source>
        <translation>Bearer 令牌不能包含空格或控制字符</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="32"/>
        <source>expected UNIT=URL (got &quot;%1&quot;)</source>
        <translation>格式应为 UNIT=URL（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="36"/>
        <source>the unit name is empty</source>
        <translation>出警单位名称为空</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="40"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="52"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="68"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2：JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="76"/>
        <source>%1:%2: the settings must be a JSON object</source>
        <translation>%1:%2：设置必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="84"/>
        <source>duplicate field (the first one is used)</source>
        <translation>字段重复（采用第一个）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="92"/>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="97"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="105"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="114"/>
        <source>must be an IP address such as 127.0.0.1</source>
        <translation>必须是 IP 地址，例如 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="121"/>
        <source>must be a whole number from 1 to 65535</source>
        <translation>必须是 1 到 65535 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="126"/>
        <source>unknown field (expected token, bind, port)</source>
        <translation>未知字段（应为 token、bind 或 port）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="131"/>
        <source>must be an object of unit name → URL</source>
        <translation>必须是“出警单位名称 → URL”形式的对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="140"/>
        <source>must be a URL string</source>
        <translation>必须是 URL 字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="148"/>
        <source>unknown field (expected operator, api, units, %1)</source>
        <translation>未知字段（应为 operator、api、units、%1）</translation>
    </message>
</context>
<context>
    <name>AppOptionsParser</name>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="16"/>
        <source>Vigil video-monitoring control-room workstation</source>
        <translation>Vigil 视频监控指挥工作站</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="20"/>
        <source>Directory holding the site database.</source>
        <translation>存放站点数据库的目录。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="24"/>
        <source>Import the bundled demo district if no site is stored, fill the wall with its first cameras, and show Chinese unless a language was chosen.</source>
        <translation>若尚未存储站点，则导入内置演示辖区，用其前几路摄像机填充电视墙，并在未指定语言时以中文显示。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="28"/>
        <source>Public display (open days, demos): every view blurs faces and licence plates.</source>
        <translation>公开展示（开放日、演示）：所有画面均对人脸和车牌进行模糊处理。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="33"/>
        <source>Wall layout: 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 tiles.</source>
        <translation>电视墙布局：1、4、6、8、9、10、13、16、25、36 或 64 画面。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="36"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation>保存主窗口的 PNG 截图后退出。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="40"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation>截图前等待的毫秒数（默认 4000）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="43"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation>运行指定秒数后退出（用于性能测量）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="47"/>
        <source>Map tiles: an MBTiles file or an XYZ URL template (remembered for later starts).</source>
        <translation>地图瓦片：MBTiles 文件或 XYZ URL 模板（会被记住，供以后启动时使用）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="51"/>
        <source>Operator login recorded with alert actions (default: the OS user name).</source>
        <translation>随告警操作一并记录的值班员登录名（默认：操作系统用户名）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="56"/>
        <source>Bearer token of the external event API (at least 16 characters; without one the API is off). Prefer alerts.json in the data directory: a command line is visible to other local users.</source>
        <translation>外部事件接口的 Bearer 令牌（至少 16 个字符；未设置时该接口关闭）。建议改用数据目录中的 alerts.json：命令行对本机其他用户可见。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="61"/>
        <source>Port of the external event API (default 8765).</source>
        <translation>外部事件接口的端口（默认 8765）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="64"/>
        <source>Address the event API listens on (default 127.0.0.1).</source>
        <translation>事件接口的监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="68"/>
        <source>Webhook of a unit that alerts can be dispatched to, as UNIT=URL (repeatable).</source>
        <translation>可接收告警派警的出警单位 Webhook，格式为 UNIT=URL（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="72"/>
        <source>How the wall draws video: auto (OpenGL when hardware accelerated), gl or raster.</source>
        <translation>电视墙的视频绘制方式：auto（有硬件加速时用 OpenGL）、gl 或 raster（软件绘制）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="92"/>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="103"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation>--lang 只能是 zh_CN 或 en（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="113"/>
        <source>--layout must be 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 (got &quot;%1&quot;)</source>
        <translation>--layout 只能是 1、4、6、8、9、10、13、16、25、36 或 64（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="122"/>
        <source>--renderer must be auto, gl or raster (got &quot;%1&quot;)</source>
        <translation>--renderer 必须是 auto、gl 或 raster（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="152"/>
        <source>--api-token: %1</source>
        <translation>--api-token：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="160"/>
        <source>--api-port must be a whole number from 0 to 65535 (got &quot;%1&quot;)</source>
        <translation>--api-port 必须是 0 到 65535 之间的整数（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="169"/>
        <source>--api-bind must be an IP address (got &quot;%1&quot;)</source>
        <translation>--api-bind 必须是 IP 地址（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="178"/>
        <source>--unit-endpoint: %1</source>
        <translation>--unit-endpoint：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="133"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation>--screenshot-delay-ms 必须是 ≥ 0 的整数（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="142"/>
        <source>--quit-after-s must be a number of seconds &gt; 0 (got &quot;%1&quot;)</source>
        <translation>--quit-after-s 必须是大于 0 的秒数（实际为“%1”）</translation>
    </message>
</context>
<context>
    <name>HotlistHit</name>
    <message>
        <location filename="../../app/plates/passageevents.cpp" line="167"/>
        <source>Hotlist hit %1 at %2: %3</source>
        <translation>布控命中 %1，途经 %2：%3</translation>
    </message>
</context>
<context>
    <name>PlatePattern</name>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="65"/>
        <source>The plate is empty.</source>
        <translation>号牌为空。</translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="70"/>
        <source>The plate has %1 characters; at most %2.</source>
        <translation>号牌有 %1 个字符；最多 %2 个。</translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="81"/>
        <source>Character %1 (&apos;%2&apos;): wildcards are not allowed here.</source>
        <translation>第 %1 个字符（“%2”）：此处不允许使用通配符。</translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="92"/>
        <source>Character %1 (&apos;%2&apos;) cannot appear in a plate (letters A–Z, digits, Chinese characters, * and ?).</source>
        <translation>第 %1 个字符（“%2”）不能出现在号牌中（仅允许字母 A–Z、数字、汉字、* 和 ?）。</translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="104"/>
        <source>The plate has %1 characters; at least %2.</source>
        <translation>号牌有 %1 个字符；至少需要 %2 个。</translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="110"/>
        <source>The pattern must contain at least two fixed characters.</source>
        <translation>号牌模式至少要包含两个固定字符。</translation>
    </message>
</context>
<context>
    <name>RecordingSettingsReader</name>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="48"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="59"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="160"/>
        <source>must be &quot;continuous&quot;, &quot;event&quot; or &quot;off&quot;</source>
        <translation>必须是 &quot;continuous&quot;、&quot;event&quot; 或 &quot;off&quot;</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="90"/>
        <source>must be a list of [x, y, width, height] fractions from 0 to 1</source>
        <translation>必须是 [x, y, width, height] 形式的列表，各值为 0 到 1 之间的比例</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="115"/>
        <source>must be a list of periods {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</source>
        <translation>必须是时段列表 {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="130"/>
        <source>must be an object {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</source>
        <translation>必须是对象 {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="141"/>
        <source>must be &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekend&quot; or a list of mon, tue, wed, thu, fri, sat, sun</source>
        <translation>必须是 &quot;daily&quot;、&quot;weekdays&quot;、&quot;weekend&quot;，或由 mon、tue、wed、thu、fri、sat、sun 组成的列表</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="150"/>
        <source>must be a time &quot;HH:MM&quot; from 00:00 to 24:00</source>
        <translation>必须是 00:00 到 24:00 之间的 &quot;HH:MM&quot; 格式时刻</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="164"/>
        <source>unknown field (expected days, from, to, mode)</source>
        <translation>未知字段（应为 days、from、to 或 mode）</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="172"/>
        <source>needs &quot;from&quot;, &quot;to&quot; and &quot;mode&quot;</source>
        <translation>需要 &quot;from&quot;、&quot;to&quot; 和 &quot;mode&quot;</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="177"/>
        <source>the period is empty (&quot;from&quot; and &quot;to&quot; must differ; use 00:00 to 24:00 for a whole day)</source>
        <translation>时段为空（&quot;from&quot; 与 &quot;to&quot; 不能相同；全天请使用 00:00 到 24:00）</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="313"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="334"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2：JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="338"/>
        <source>%1:1: the settings must be a JSON object</source>
        <translation>%1:1：设置必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="347"/>
        <source>must be an absolute folder path</source>
        <translation>必须是文件夹的绝对路径</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="353"/>
        <source>must be a number of GiB from 0 to 100000</source>
        <translation>必须是 0 到 100000 之间的 GiB 数</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="361"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="382"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="396"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="414"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="369"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="390"/>
        <source>unknown field (expected %1)</source>
        <translation>未知字段（应为 %1）</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="376"/>
        <source>must be an object of camera id → settings</source>
        <translation>必须是“摄像机编号 → 设置”形式的对象</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="409"/>
        <source>unknown field (expected preSeconds, postSeconds)</source>
        <translation>未知字段（应为 preSeconds 或 postSeconds）</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="428"/>
        <source>unknown field (expected retentionDays, imageRetentionDays)</source>
        <translation>未知字段（应为 retentionDays、imageRetentionDays）</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="434"/>
        <source>must not exceed retentionDays (%1); using %1</source>
        <translation>不能超过 retentionDays（%1）；按 %1 处理</translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="439"/>
        <source>unknown field (expected storageDir, reserveGiB, segmentSeconds, defaults, cameras, alertClip, passages)</source>
        <translation>未知字段（应为 storageDir、reserveGiB、segmentSeconds、defaults、cameras、alertClip、passages）</translation>
    </message>
</context>
<context>
    <name>SiteLoader</name>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="16"/>
        <source>Cannot read the demo district %1: %2</source>
        <translation>无法读取演示辖区 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="22"/>
        <source>The demo district %1 is invalid:
%2</source>
        <translation>演示辖区 %1 无效：
%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="27"/>
        <source>Cannot store the demo district: %1</source>
        <translation>无法保存演示辖区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="39"/>
        <source>Cannot use the data directory %1: %2</source>
        <translation>无法使用数据目录 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="44"/>
        <source>Cannot open the site database %1: %2</source>
        <translation>无法打开站点数据库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="49"/>
        <location filename="../../ui/app/siteloader.cpp" line="60"/>
        <source>Cannot load the site from %1: %2</source>
        <translation>无法从 %1 加载站点：%2</translation>
    </message>
</context>
<context>
    <name>StreamStatusText</name>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="11"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="13"/>
        <source>authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="15"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="17"/>
        <source>stream not found</source>
        <translation>未找到视频流</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="19"/>
        <source>unsupported video codec</source>
        <translation>不支持的视频编码</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="21"/>
        <source>decoding errors</source>
        <translation>解码错误</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="23"/>
        <source>stream ended</source>
        <translation>视频流已结束</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="27"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="48"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="40"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="48"/>
        <source>offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="41"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="43"/>
        <source>reconnecting (%1)</source>
        <translation>重连中 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="44"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="46"/>
        <source>picture stalled</source>
        <translation>画面停滞</translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="55"/>
        <source>Double-click a camera on the left to play it here</source>
        <translation>双击左侧摄像机以播放</translation>
    </message>
</context>
<context>
    <name>vigil::AlertDetailPanel</name>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="59"/>
        <source>Acknowledge (Space)</source>
        <translation>确认 (空格)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="60"/>
        <source>Dispatch (D)</source>
        <translation>派警 (D)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="61"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="62"/>
        <source>Resolve (R)</source>
        <translation>处置 (R)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="63"/>
        <source>False alarm (F)</source>
        <translation>误报 (F)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="64"/>
        <source>Play clip</source>
        <translation>播放告警录像</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="69"/>
        <source>Show track</source>
        <translation>显示车辆轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="86"/>
        <source>Action history</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="104"/>
        <source>No alert selected</source>
        <translation>未选择告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="105"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="148"/>
        <source>No snapshot</source>
        <translation>无抓拍图片</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="114"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="115"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="118"/>
        <source>Events: %1</source>
        <translation>事件数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="122"/>
        <source>Unit: %1</source>
        <translation>出警单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="124"/>
        <source>Operator: %1</source>
        <translation>值班员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="126"/>
        <source>Escalated %n time(s)</source>
        <translation>
            <numerusform>已升级 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertHistoryDock</name>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="35"/>
        <source>Alert history</source>
        <translation>历史告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="65"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="67"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="70"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="72"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="101"/>
        <source>Cannot load the action history: %1</source>
        <translation>无法加载处置记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="119"/>
        <source>Alert %1: %2</source>
        <translation>告警 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="124"/>
        <source>Exported %n alert(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 条告警到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="128"/>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="250"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="134"/>
        <source>Export alerts</source>
        <translation>导出告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="141"/>
        <source>Reopen alert</source>
        <translation>重新打开告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="142"/>
        <source>Why is alert %1 reopened?</source>
        <translation>为什么重新打开告警 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="165"/>
        <source>Search summary, type, camera, unit</source>
        <translation>搜索摘要、类型、摄像机、出警单位</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="169"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="173"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="178"/>
        <source>All resolutions</source>
        <translation>全部处置结论</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="191"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="196"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="198"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="239"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="275"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="287"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="289"/>
        <source>No closed alerts match.</source>
        <translation>没有匹配的已关闭告警。</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="290"/>
        <source>Alerts %1–%2</source>
        <translation>第 %1–%2 条告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="334"/>
        <source>Reopening alert %1…</source>
        <translation>正在重新打开告警 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="340"/>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="352"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>vigil::AlertHistoryModel</name>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="44"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="46"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="48"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="50"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="52"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="54"/>
        <source>Resolution</source>
        <translation>处置结论</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="56"/>
        <source>Resolved</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="58"/>
        <source>Unit</source>
        <translation>出警单位</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="60"/>
        <source>Operator</source>
        <translation>值班员</translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueDock</name>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="35"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="58"/>
        <source>Acknowledge selected</source>
        <translation>确认所选告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="145"/>
        <source>Cannot load the action history: %1</source>
        <translation>无法加载处置记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="150"/>
        <source>Alert %1: %2</source>
        <translation>告警 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="154"/>
        <source>Alert %1 missed its response target and was escalated to %2</source>
        <translation>告警 %1 超过响应时限，已升级至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="160"/>
        <source>Alerts cannot be saved: %1. New alerts are kept in memory and saved as soon as the disk is writable again.</source>
        <translation>告警无法保存：%1。新告警暂存于内存中，磁盘恢复可写后立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="172"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="173"/>
        <source>Unit sent to %1 (%2):</source>
        <translation>派往 %1 (%2) 的单位：</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="210"/>
        <source>Alarm muted — unmute</source>
        <translation>已静音 — 取消静音</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="210"/>
        <source>Mute alarm (5 min)</source>
        <translation>报警静音（5分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="230"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="237"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="242"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="247"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="248"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="249"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="252"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="256"/>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="257"/>
        <source>Site area (town or community id), as in alerts.json</source>
        <translation>站点片区（乡镇或社区编号），与 alerts.json 中一致</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="261"/>
        <source>Search alerts</source>
        <translation>搜索告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="427"/>
        <source>Acknowledging %n alert(s)</source>
        <translation>
            <numerusform>正在确认 %n 条告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueModel</name>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="42"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="105"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="107"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="109"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="111"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="113"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="115"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="117"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="119"/>
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="121"/>
        <source>Operator</source>
        <translation>值班员</translation>
    </message>
</context>
<context>
    <name>vigil::AlertSession</name>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="48"/>
        <source>Event API: starting…</source>
        <translation>事件接口：正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="115"/>
        <source>%1: cannot create it from %2: %3</source>
        <translation>%1：无法从 %2 创建：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="223"/>
        <source>%1 is gone: the alert rules in force are kept</source>
        <translation>%1 已不存在：继续沿用当前生效的告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="226"/>
        <source>%1 could not be read: the alert rules in force are kept</source>
        <translation>无法读取 %1：继续沿用当前生效的告警规则</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="238"/>
        <source>Alert rules reloaded from %1</source>
        <translation>已从 %1 重新加载告警规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app/alertsession.cpp" line="239"/>
        <source>Alert rules reloaded from %1 (%n entries with problems left out)</source>
        <translation>
            <numerusform>已从 %1 重新加载告警规则（已略过 %n 个有问题的条目）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="245"/>
        <source>— operator, API and unit changes apply at the next start</source>
        <translation>— 值班员、接口和出警单位的更改将在下次启动时生效</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="266"/>
        <source>Alert %1 could not be forwarded to %2: %3</source>
        <translation>告警 %1 无法转发给 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="291"/>
        <source>Dispatches are not forwarded to units: %1</source>
        <translation>派警不会转发给出警单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="293"/>
        <source>Event API off (no token configured)</source>
        <translation>事件接口已关闭（未配置令牌）</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="296"/>
        <source>Event API on %1:%2</source>
        <translation>事件接口已启用：%1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="298"/>
        <source>Event API failed: %1</source>
        <translation>事件接口出错：%1</translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsConfigLibrary</name>
    <message>
        <location filename="../../ui/analytics/analyticsconfiglibrary.cpp" line="58"/>
        <source>Analytics settings cannot be saved: no store is open.</source>
        <translation>无法保存智能分析设置：未打开任何存储。</translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsEditorDialog</name>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="36"/>
        <source>Analytics for camera %1</source>
        <translation>摄像机 %1 的智能分析</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="50"/>
        <source>Check to run this plugin on the camera</source>
        <translation>勾选以在此摄像机上运行该插件</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="54"/>
        <source>No analytics plugins were found on this PC. Plugins are looked for in the directories of VIGIL_PLUGIN_PATH and next to the program.</source>
        <translation>本机未找到智能分析插件。程序会在 VIGIL_PLUGIN_PATH 指定的目录及程序所在目录中查找插件。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="101"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="119"/>
        <source>Raises: %1 · %2 %3 · analyses the %4 stream at %5 fps</source>
        <translation>产生事件：%1 · %2 %3 · 以 %5 帧/秒分析%4</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="121"/>
        <source>main</source>
        <translation>主码流</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="121"/>
        <source>sub</source>
        <translation>子码流</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="132"/>
        <source>This plugin has no settings.</source>
        <translation>此插件没有可设置项。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="227"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="230"/>
        <source>Correct the marked settings of: %1</source>
        <translation>请更正以下插件中标出的设置：%1</translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsSession</name>
    <message>
        <location filename="../../ui/app/analyticssession.cpp" line="52"/>
        <source>Analytics running</source>
        <translation>智能分析运行中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app/analyticssession.cpp" line="55"/>
        <source>Analytics running again after %n restart(s)</source>
        <translation>
            <numerusform>智能分析已在第 %n 次重启后恢复运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsWorkerLink</name>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="66"/>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="241"/>
        <source>Analytics could not start: %1</source>
        <translation>智能分析无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="216"/>
        <source>Analytics plugin %1 is not installed</source>
        <translation>未安装智能分析插件 %1</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="403"/>
        <source>Analytics plugin %1 could not run: %2</source>
        <translation>智能分析插件 %1 无法运行：%2</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="152"/>
        <source>Analytics stopped responding; restarting in %1 s</source>
        <translation>智能分析无响应，%1 秒后重启</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="154"/>
        <source>Analytics could not start: %1; retrying in %2 s</source>
        <translation>智能分析无法启动：%1；%2 秒后重试</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="156"/>
        <source>Analytics sent a message that could not be read; restarting in %1 s</source>
        <translation>智能分析进程发来无法解析的消息；%1 秒后重启</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="158"/>
        <source>Analytics crashed; restarting in %1 s</source>
        <translation>智能分析崩溃，%1 秒后重启</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="170"/>
        <source>Analytics plugin %1 stopped responding; restarting in %2 s</source>
        <translation>智能分析插件 %1 无响应，%2 秒后重启</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="172"/>
        <source>Analytics plugin %1 crashed; restarting in %2 s</source>
        <translation>智能分析插件 %1 崩溃，%2 秒后重启</translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="177"/>
        <source>Analytics plugin %1 disabled on this camera after %2 failures</source>
        <translation>智能分析插件 %1 已失败 %2 次，已在此摄像机上停用</translation>
    </message>
</context>
<context>
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="78"/>
        <source>Loading the site…</source>
        <translation>正在加载站点…</translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="109"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation>%1 中尚未导入站点。请使用 vigil-admin 导入，或以 --demo 启动。</translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="175"/>
        <source>Map tiles could not be opened: %1</source>
        <translation>无法打开地图瓦片：%1</translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeDock</name>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="18"/>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="31"/>
        <source>Search camera name or ID</source>
        <translation>搜索摄像机名称或编号</translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="65"/>
        <source>Playback (last minute)</source>
        <translation>录像回放（最近一分钟）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="113"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>共 %n 路摄像机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="114"/>
        <source>%1 of %n camera(s) match</source>
        <translation>
            <numerusform>%n 路摄像机中 %1 路匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeModel</name>
    <message>
        <location filename="../../ui/tree/cameratreemodel.cpp" line="78"/>
        <source>Unassigned cameras</source>
        <translation>未归属的摄像机</translation>
    </message>
</context>
<context>
    <name>vigil::CpuStatusLabel</name>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="13"/>
        <source>CPU —</source>
        <translation>CPU —</translation>
    </message>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="26"/>
        <source>CPU %1%</source>
        <translation>CPU %1%</translation>
    </message>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="27"/>
        <source>Vigil uses %1% of the machine (%2% of one core)</source>
        <translation>Vigil 占用整机 %1% 的 CPU（单核的 %2%）</translation>
    </message>
</context>
<context>
    <name>vigil::ExportDialog</name>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="33"/>
        <source>Burn in a watermark (operator, time, case number; re-encodes the video)</source>
        <translation>叠加水印（值班员、时间、案件编号；需重新编码视频）</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="36"/>
        <source>Public release (black out the privacy masks, blur faces and plates)</source>
        <translation>公开发布（隐私遮挡区域涂黑，人脸和车牌模糊处理）</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="40"/>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="45"/>
        <source>Cameras:</source>
        <translation>摄像机：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="52"/>
        <source>From:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="53"/>
        <source>To:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="54"/>
        <source>Operator:</source>
        <translation>值班员：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="55"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="56"/>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="61"/>
        <source>Export folder:</source>
        <translation>导出文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="76"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="80"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="99"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="132"/>
        <source>Name the operator: every export is written to the audit log.</source>
        <translation>请填写值班员：每次导出都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="134"/>
        <source>Give a reason for the export.</source>
        <translation>请填写导出原因。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="136"/>
        <source>The end of the range must be after its start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="138"/>
        <source>Choose an absolute export folder.</source>
        <translation>请选择导出文件夹的绝对路径。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="158"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="193"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/exportdialog.cpp" line="197"/>
        <source>Exported %n file(s) to %1. Check it with: vigil-verify %1</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1。可用以下命令校验：vigil-verify %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::GeometryFieldEditor</name>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="34"/>
        <source>Name of the line</source>
        <translation>警戒线名称</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="34"/>
        <source>Name of the zone</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="35"/>
        <source>Delete line</source>
        <translation>删除警戒线</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="35"/>
        <source>Delete zone</source>
        <translation>删除区域</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="40"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="44"/>
        <source>Left to right</source>
        <translation>从左到右</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="46"/>
        <source>Right to left</source>
        <translation>从右到左</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="48"/>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="50"/>
        <source>Crossings counted, as seen walking from the first point to the second; the arrows show the side a counted crossing ends on</source>
        <translation>触发越线的方向（按从第一个点走向第二个点的视角判断）；箭头指向越线后到达的一侧</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="52"/>
        <source>Counts:</source>
        <translation>触发方向：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="53"/>
        <source>Flip direction</source>
        <translation>反转方向</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="68"/>
        <source>Click two points to draw a line. Drag a point to move it; right-click or Del removes it.</source>
        <translation>单击两个点绘制警戒线。拖动点可移动该点；右键单击或按 Del 键可删除该点。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="70"/>
        <source>Click to add points, double-click to close the zone. Drag a point to move it; right-click or Del removes it; Esc drops a zone being drawn.</source>
        <translation>单击添加点，双击闭合区域。拖动点可移动该点；右键单击或按 Del 键可删除该点；按 Esc 键放弃正在绘制的区域。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="108"/>
        <source>%1 needs its second point.</source>
        <translation>%1 还需要第二个点。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="109"/>
        <source>%1 is not closed: double-click to finish it.</source>
        <translation>%1 未闭合：请双击完成绘制。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="119"/>
        <source>Line %1</source>
        <translation>警戒线 %1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="119"/>
        <source>Zone %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="130"/>
        <source>%1 (drawing)</source>
        <translation>%1（绘制中）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="138"/>
        <source>At most %n line(s).</source>
        <translation>
            <numerusform>最多 %n 条警戒线。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="139"/>
        <source>At most %n zone(s).</source>
        <translation>
            <numerusform>最多 %n 个区域。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HotlistDialog</name>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="24"/>
        <source>Hotlist</source>
        <translation>布控名单</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="42"/>
        <source>Plate or pattern</source>
        <translation>号牌或模式</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="44"/>
        <source>Reason</source>
        <translation>布控原因</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="49"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="58"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="41"/>
        <source>e.g. 鄂C12345 or 鄂C*12?5</source>
        <translation>例如 鄂C12345 或 鄂C*12?5</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="54"/>
        <source>No end</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="69"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="71"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="102"/>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="103"/>
        <source>no end</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="159"/>
        <source>Plate or pattern: %1</source>
        <translation>号牌或模式：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="163"/>
        <source>Reason: say why the vehicle is wanted.</source>
        <translation>布控原因：请说明布控该车辆的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="169"/>
        <source>Valid until: the time is already past.</source>
        <translation>有效期至：该时间已过。</translation>
    </message>
</context>
<context>
    <name>vigil::Language</name>
    <message>
        <location filename="../../ui/app/language.cpp" line="18"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/app/language.cpp" line="70"/>
        <source>Cannot load the translation file %1</source>
        <translation>无法加载翻译文件 %1</translation>
    </message>
</context>
<context>
    <name>vigil::LayoutLibrary</name>
    <message>
        <location filename="../../ui/wall/layoutlibrary.cpp" line="73"/>
        <source>Layouts cannot be saved: no store is open.</source>
        <translation>无法保存布局：未打开任何存储。</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation>Vigil — 视频监控工作站</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="87"/>
        <source>Camera %1 was not saved: %2</source>
        <translation>摄像机 %1 未保存：%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="92"/>
        <source>Snapshot saved: %1</source>
        <translation>抓图已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="107"/>
        <source>Live</source>
        <translation>实时视频</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="178"/>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="110"/>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="215"/>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>The alert queue arrives in a later release</source>
        <translation>告警队列将在后续版本提供</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="309"/>
        <source>Playback of the selected camera</source>
        <translation>所选摄像机的录像回放</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="343"/>
        <source>Wall layout</source>
        <translation>电视墙布局</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="352"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="362"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="372"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation>语言将在下次启动 Vigil 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="376"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="377"/>
        <location filename="../../ui/mainwindow.cpp" line="401"/>
        <source>About Vigil</source>
        <translation>关于 Vigil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402"/>
        <source>Vigil %1
Video-monitoring control-room workstation.</source>
        <translation>Vigil %1
视频监控指挥工作站。</translation>
    </message>
</context>
<context>
    <name>vigil::MapDock</name>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="29"/>
        <source>Search camera name or ID</source>
        <translation>搜索摄像机名称或编号</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="37"/>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="38"/>
        <source>Checkpoint rings</source>
        <translation>卡口圈层</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="39"/>
        <source>Communities</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="40"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="44"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="45"/>
        <source>Draw around cameras to show them on the wall (also Ctrl+drag; Shift+drag: circle)</source>
        <translation>圈选摄像机，将其显示到电视墙上（也可按住 Ctrl 拖动；按住 Shift 拖动：画圆）</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="47"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="48"/>
        <source>Edit mode: drag a camera to move it, drag the cone tip to turn it and set its range, drag the cone edge to widen its view</source>
        <translation>编辑模式：拖动摄像机可移动其位置，拖动视野锥的顶端可转动其朝向并设置可视距离，拖动视野锥的边缘可加宽其视角</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="56"/>
        <location filename="../../ui/map/mapdock.cpp" line="64"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="58"/>
        <location filename="../../ui/map/mapdock.cpp" line="64"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="73"/>
        <source>Clear track</source>
        <translation>清除轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="74"/>
        <source>Remove the vehicle track from the map</source>
        <translation>从地图上移除车辆轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="141"/>
        <source>Camera %1 was not saved: %2</source>
        <translation>摄像机 %1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>vigil::MapView</name>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="251"/>
        <location filename="../../ui/map/overlaypainter.cpp" line="278"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="461"/>
        <source>Cameras within %1 m</source>
        <translation>周边 %1 米内的摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="462"/>
        <source>Copy coordinates</source>
        <translation>复制坐标</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlaypainter.cpp" line="277"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="94"/>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="97"/>
        <source>Turn %1</source>
        <translation>转动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="101"/>
        <source>Change the view angle of %1</source>
        <translation>更改 %1 的视角</translation>
    </message>
</context>
<context>
    <name>vigil::PassageService</name>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="45"/>
        <source>Passages are not being saved: %1</source>
        <translation>过车记录未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="49"/>
        <source>Passage images: %1</source>
        <translation>过车图片：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="52"/>
        <source>The passage store could not be opened: %1</source>
        <translation>无法打开过车记录库：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="73"/>
        <source>The hotlist was not changed: %1</source>
        <translation>布控名单未更改：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="88"/>
        <source>Passage retention: %1</source>
        <translation>过车记录保留清理：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="126"/>
        <source>A plate read from camera %1 was not stored: %2</source>
        <translation>摄像机 %1 识别的一条号牌未保存：%2</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="147"/>
        <source>The hotlist could not be read: %1</source>
        <translation>无法读取布控名单：%1</translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="215"/>
        <source>The track of %1 could not be read: %2</source>
        <translation>无法读取 %1 的轨迹：%2</translation>
    </message>
</context>
<context>
    <name>vigil::PassageTableModel</name>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="53"/>
        <source>in</source>
        <translation>驶入</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="54"/>
        <source>out</source>
        <translation>驶出</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="71"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="73"/>
        <source>Plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="75"/>
        <source>Kind</source>
        <translation>号牌种类</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="77"/>
        <source>Checkpoint</source>
        <translation>卡口</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="79"/>
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="81"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="83"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="85"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>vigil::PassageWriter</name>
    <message numerus="yes">
        <location filename="../../app/plates/passagewriter.cpp" line="92"/>
        <source>%n passage record(s) dropped: the store has not accepted writes for too long</source>
        <translation>
            <numerusform>已丢弃 %n 条过车记录：存储长时间未接受写入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/plates/passagewriter.cpp" line="192"/>
        <source>%n passage image(s) not saved; the passages are stored without them. First: %1</source>
        <translation>
            <numerusform>%n 张过车图片未能保存，过车记录已保存（不含这些图片）。第一张：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PassagesDock</name>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="53"/>
        <source>Passages</source>
        <translation>过车记录</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="77"/>
        <source>No plate image</source>
        <translation>无号牌图片</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="78"/>
        <source>No vehicle snapshot</source>
        <translation>无车辆抓拍图片</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="103"/>
        <source>Plate or pattern, e.g. 鄂C*12?5 (* any run, ? one character)</source>
        <translation>号牌或模式，例如 鄂C*12?5（* 匹配任意个字符，? 匹配一个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="106"/>
        <source>Plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="117"/>
        <source>From / to</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="123"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="127"/>
        <source>Hotlist…</source>
        <translation>布控名单…</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="131"/>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="162"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="163"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="164"/>
        <source>Track of this plate</source>
        <translation>此号牌的轨迹</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="201"/>
        <source>Track: pick a passage and press &quot;Track of this plate&quot;</source>
        <translation>轨迹：请选择一条过车记录，然后点击“此号牌的轨迹”</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="219"/>
        <source>All checkpoints</source>
        <translation>全部卡口</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="228"/>
        <source>Ring: %1</source>
        <translation>卡口圈层：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="250"/>
        <source>Plate field: %1</source>
        <translation>号牌栏：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="256"/>
        <source>&quot;From&quot; is later than &quot;to&quot;.</source>
        <translation>开始时间晚于结束时间。</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="272"/>
        <source>No checkpoints on this ring.</source>
        <translation>此卡口圈层中没有卡口。</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="288"/>
        <source>The passage store is not open.</source>
        <translation>过车记录库未打开。</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="295"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="307"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="316"/>
        <source>No passages found (%1 ms).</source>
        <translation>未找到过车记录（%1 毫秒）。</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="317"/>
        <source>Passages %1–%2%3 (%4 ms)</source>
        <translation>第 %1–%2 条过车记录%3（%4 毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="320"/>
        <source>, more on the next page</source>
        <translation>，下一页还有更多</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="362"/>
        <source>Track of %1: loading…</source>
        <translation>%1 的轨迹：正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="372"/>
        <source>Track of %1 could not be read: %2</source>
        <translation>无法读取 %1 的轨迹：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plates/passagesdock.cpp" line="379"/>
        <source>Track of %1: %n read(s), oldest first</source>
        <translation>
            <numerusform>%1 的轨迹：共识别 %n 次，按时间先后排列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackDock</name>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="47"/>
        <source>Playback</source>
        <translation>录像回放</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="56"/>
        <source>Tick up to 16 cameras to play together</source>
        <translation>最多可勾选 16 路摄像机同时播放</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="79"/>
        <source>This alert has no recorded clip.</source>
        <translation>此告警没有录像片段。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="80"/>
        <source>Cannot open the alert clip: %1</source>
        <translation>无法打开告警录像：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="86"/>
        <source>Alert clip %1 – %2</source>
        <translation>告警录像 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="107"/>
        <source>◀| Frame</source>
        <translation>◀| 上一帧</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="108"/>
        <source>Frame |▶</source>
        <translation>下一帧 |▶</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="109"/>
        <source>Pause and show the previous frame</source>
        <translation>暂停并显示上一帧</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="110"/>
        <source>Pause and show the next frame</source>
        <translation>暂停并显示下一帧</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="114"/>
        <source>Playback speed; negative plays backwards by keyframes</source>
        <translation>回放速度；负值表示按关键帧倒放</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="117"/>
        <source>Go to time</source>
        <translation>跳转到时间</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="118"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="119"/>
        <source>Find motion in a region, or events, in the recordings</source>
        <translation>在录像中查找某区域内的移动或事件</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="120"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="121"/>
        <source>Export a signed evidence copy of these cameras</source>
        <translation>导出这些摄像机的带签名证据副本</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="186"/>
        <source>Choose the cameras to export first.</source>
        <translation>请先选择要导出的摄像机。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="236"/>
        <source>Tick the cameras to play in the list on the left.</source>
        <translation>请在左侧列表中勾选要播放的摄像机。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="267"/>
        <source>At most %1 cameras play together; the first %1 are shown.</source>
        <translation>最多同时播放 %1 路摄像机；仅显示前 %1 路。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="346"/>
        <source>Cannot read the recordings: %1</source>
        <translation>无法读取录像：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="348"/>
        <source>No recordings in this period</source>
        <translation>此时段内没有录像</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="385"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="385"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackTile</name>
    <message>
        <location filename="../../ui/playback/playbacktile.cpp" line="43"/>
        <source>No recording at this time</source>
        <translation>此时刻没有录像</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbacktile.cpp" line="43"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackView</name>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="33"/>
        <source>No recordings in this period</source>
        <translation>此时段内没有录像</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="34"/>
        <source>Cannot read the recordings: %1</source>
        <translation>无法读取录像：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="40"/>
        <source>Cannot show this moment: %1</source>
        <translation>无法显示此时刻：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="103"/>
        <source>No recording at %1 (%2)</source>
        <translation>%1 没有录像（%2）</translation>
    </message>
</context>
<context>
    <name>vigil::PrivacyMaskDialog</name>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="23"/>
        <source>Privacy masks — %1</source>
        <translation>隐私遮挡 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="39"/>
        <source>Name of the mask</source>
        <translation>遮挡区域名称</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="40"/>
        <source>Delete mask</source>
        <translation>删除遮挡区域</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="44"/>
        <source>Click points to draw a polygon, double-click to close it. The masked areas are shown black on every view, in analytics overlays and in public exports.</source>
        <translation>单击添加点以绘制多边形，双击闭合。遮挡区域在所有画面、智能分析叠加层及公开导出中均显示为黑色。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="53"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="106"/>
        <source>Mask %1</source>
        <translation>遮挡区域 %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="107"/>
        <source>%1 (being drawn)</source>
        <translation>%1（绘制中）</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="129"/>
        <source>Mask %1 is not finished: double-click to close the polygon, or press Esc to drop it.</source>
        <translation>遮挡区域 %1 未完成：请双击闭合多边形，或按 Esc 键放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="153"/>
        <source>Privacy masks cannot be saved: no store is open.</source>
        <translation>无法保存隐私遮挡：未打开任何存储。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="157"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>vigil::PrivacyMaskLibrary</name>
    <message>
        <location filename="../../ui/privacy/privacymasklibrary.cpp" line="43"/>
        <source>Privacy masks cannot be saved: no store is open.</source>
        <translation>无法保存隐私遮挡：未打开任何存储。</translation>
    </message>
</context>
<context>
    <name>vigil::PrivacySession</name>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="102"/>
        <source>Privacy masks of the selected camera…</source>
        <translation>所选摄像机的隐私遮挡…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="106"/>
        <source>Select a tile that shows a camera to edit its privacy masks.</source>
        <translation>请选择正在显示摄像机的画面，以编辑其隐私遮挡。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="113"/>
        <source>Public view (blur faces and plates)</source>
        <translation>公开画面（模糊人脸和车牌）</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="120"/>
        <source>%1 — PUBLIC VIEW</source>
        <translation>%1 — 公开画面</translation>
    </message>
</context>
<context>
    <name>vigil::RecordingSession</name>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="27"/>
        <source>Recording: starting…</source>
        <translation>录像：正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="79"/>
        <source>Recording housekeeping: %1</source>
        <translation>录像维护：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="98"/>
        <source>Camera %1 is not recorded: it has no stream URL</source>
        <translation>摄像机 %1 未录像：没有视频流地址</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="145"/>
        <source>The clip of alert %1 could not be locked: %2</source>
        <translation>告警 %1 的录像片段无法锁定：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="166"/>
        <source>Recording of %1 paused: %2</source>
        <translation>%1 的录像已暂停：%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="188"/>
        <source>Recording paused: %1</source>
        <translation>录像已暂停：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="190"/>
        <source>Recording off</source>
        <translation>录像已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="192"/>
        <source>REC %1/%2</source>
        <translation>录像 %1/%2</translation>
    </message>
</context>
<context>
    <name>vigil::RegionPicker</name>
    <message>
        <location filename="../../ui/playback/regionpicker.cpp" line="14"/>
        <source>Drag over the picture to choose where to look for motion</source>
        <translation>在画面上拖动，选择要查找移动的区域</translation>
    </message>
</context>
<context>
    <name>vigil::ResolveDialog</name>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="15"/>
        <source>Resolve alert %1</source>
        <translation>处置告警 %1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="22"/>
        <source>Resolution</source>
        <translation>处置结论</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="24"/>
        <source>What was found, what was done</source>
        <translation>现场情况及处置措施</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="25"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsForm</name>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="54"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="56"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="58"/>
        <source>Other object</source>
        <translation>其他物体</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="60"/>
        <source>Motion</source>
        <translation>移动侦测</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="108"/>
        <source>Stored settings this plugin version no longer knows will be removed on saving: %1</source>
        <translation>保存时将删除此插件版本已不再识别的已存设置：%1</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="156"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="158"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="191"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="194"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="200"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>vigil::SlaBreachBanner</name>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="16"/>
        <source>acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="18"/>
        <source>dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="20"/>
        <source>on scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="43"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="46"/>
        <source>Seen</source>
        <translation>已阅</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="62"/>
        <source>Supervisor: alert %1 (%2, %3) missed its %4 target and was escalated to %5.</source>
        <translation>值班长：告警 %1（%2，%3）超过%4时限，已升级至 %5。</translation>
    </message>
</context>
<context>
    <name>vigil::SmartSearchDock</name>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="53"/>
        <source>Search recordings</source>
        <translation>录像检索</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="63"/>
        <source>Motion</source>
        <translation>移动侦测</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="64"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="74"/>
        <source>Click a result to play it</source>
        <translation>单击结果即可播放</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="105"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="127"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="106"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="128"/>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="107"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="129"/>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="108"/>
        <source>Find motion</source>
        <translation>查找移动</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="110"/>
        <source>Find the moments with motion in the marked region</source>
        <translation>查找标记区域内出现移动的时刻</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="122"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="123"/>
        <source>All cameras</source>
        <translation>全部摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="126"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="130"/>
        <source>Find events</source>
        <translation>查找事件</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="236"/>
        <source>Choose a camera and a time range that ends after it starts.</source>
        <translation>请选择摄像机，并选择结束时间晚于开始时间的时间范围。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="240"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="294"/>
        <source>The previous search is still running.</source>
        <translation>上一次搜索仍在进行中。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="244"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="298"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="252"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="306"/>
        <source>Cannot open the store: %1</source>
        <translation>无法打开存储：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="261"/>
        <source>%1
%2 (%3 s)</source>
        <translation>%1
%2（%3 秒）</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="267"/>
        <source>Motion search: %1</source>
        <translation>移动检索：%1</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="269"/>
        <source>No motion data for this camera in this period (it was not recorded, or recorded before motion indexing).</source>
        <translation>此摄像机在该时段内没有移动数据（该时段未录像，或录像早于移动索引启用）。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="272"/>
        <source>No motion in the marked region in this period.</source>
        <translation>该时段内标记区域没有移动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="276"/>
        <source>%n moments with motion (first ones shown)</source>
        <translation>
            <numerusform>%n 个有移动的时刻（仅显示前面的部分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="277"/>
        <source>%n moments with motion</source>
        <translation>
            <numerusform>%n 个有移动的时刻</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="290"/>
        <source>Choose a time range that ends after it starts.</source>
        <translation>请选择结束时间晚于开始时间的时间范围。</translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="325"/>
        <source>No events match.</source>
        <translation>没有匹配的事件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="325"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StreamCountLabel</name>
    <message>
        <location filename="../../ui/status/streamcountlabel.cpp" line="13"/>
        <source>Streams live %1 / total %2</source>
        <translation>在线视频流 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>vigil::TimelineWidget</name>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="17"/>
        <source>camera stream lost</source>
        <translation>摄像机视频流中断</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="19"/>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="21"/>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="23"/>
        <source>recorder overloaded</source>
        <translation>录像服务过载</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="24"/>
        <source>not recorded</source>
        <translation>未录像</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="31"/>
        <source>Recording timeline</source>
        <translation>录像时间轴</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="188"/>
        <source>No recording: %1</source>
        <translation>无录像：%1</translation>
    </message>
</context>
<context>
    <name>vigil::TourRunner</name>
    <message>
        <location filename="../../ui/wall/tourrunner.cpp" line="23"/>
        <source>Tour &quot;%1&quot;: cameras not in this site are skipped: %2</source>
        <translation>轮巡“%1”：已跳过不属于本站点的摄像机：%2</translation>
    </message>
</context>
<context>
    <name>vigil::VideoTile</name>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="397"/>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="531"/>
        <source>Save snapshot</source>
        <translation>保存抓图</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="532"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="533"/>
        <source>Analytics…</source>
        <translation>智能分析…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="534"/>
        <source>Playback</source>
        <translation>录像回放</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="535"/>
        <source>Close video</source>
        <translation>关闭画面</translation>
    </message>
</context>
<context>
    <name>vigil::WallController</name>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="160"/>
        <source>Camera &quot;%1&quot; is not part of this site.</source>
        <translation>摄像机“%1”不属于本站点。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="164"/>
        <source>Camera %1 (%2) has no stream address.</source>
        <translation>摄像机 %1 (%2) 没有视频流地址。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="276"/>
        <source>Tile %1 has no picture to save.</source>
        <translation>画面 %1 没有可保存的图像。</translation>
    </message>
</context>
<context>
    <name>vigil::WallMenu</name>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="15"/>
        <source>&amp;Wall</source>
        <translation>电视墙(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="20"/>
        <source>Maximise selected tile</source>
        <translation>最大化所选画面</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="21"/>
        <source>Enter maximises, Esc restores, double-click toggles</source>
        <translation>按 Enter 最大化，按 Esc 还原，双击切换</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="24"/>
        <source>Clear selected tile</source>
        <translation>清空所选画面</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="26"/>
        <source>Show frame rate</source>
        <translation>显示帧率</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="30"/>
        <source>Save snapshot of selected tile</source>
        <translation>保存所选画面的抓图</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="36"/>
        <source>Analytics of selected tile…</source>
        <translation>所选画面的智能分析…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="39"/>
        <source>Show analytics detections</source>
        <translation>显示智能分析检测结果</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="43"/>
        <source>Show analytics zones</source>
        <translation>显示智能分析区域</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="50"/>
        <source>Save layout as…</source>
        <translation>布局另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="52"/>
        <source>Saved layouts</source>
        <translation>已保存的布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="53"/>
        <source>Delete saved layout</source>
        <translation>删除已保存的布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="56"/>
        <source>New tour from the wall&apos;s cameras…</source>
        <translation>用电视墙上的摄像机新建轮巡…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="58"/>
        <source>Start tour on the whole wall</source>
        <translation>在整个电视墙上启动轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="59"/>
        <source>Start tour on the selected tile</source>
        <translation>在所选画面上启动轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="60"/>
        <source>Pause tour</source>
        <translation>暂停轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="63"/>
        <source>Stop tour</source>
        <translation>停止轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="65"/>
        <source>Delete tour</source>
        <translation>删除轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="76"/>
        <source>New wall window</source>
        <translation>新建电视墙窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="96"/>
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 画面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="134"/>
        <source>%1 (%n tile(s))</source>
        <translation>
            <numerusform>%1（%n 画面）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="141"/>
        <source>%1 (%n camera(s))</source>
        <translation>
            <numerusform>%1（%n 路摄像机）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="157"/>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="157"/>
        <source>Name of the layout:</source>
        <translation>布局名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="172"/>
        <source>Saved layout &quot;%1&quot; has %2 tiles, which this version cannot show.</source>
        <translation>已保存的布局“%1”包含 %2 个画面，当前版本无法显示。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="189"/>
        <source>Put cameras on the wall first: the tour takes them in tile order.</source>
        <translation>请先将摄像机放到电视墙上：轮巡按画面顺序依次使用这些摄像机。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="194"/>
        <location filename="../../ui/wall/wallmenu.cpp" line="199"/>
        <source>New tour</source>
        <translation>新建轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="194"/>
        <source>Name of the tour:</source>
        <translation>轮巡名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="200"/>
        <source>Seconds per step:</source>
        <translation>每步停留秒数：</translation>
    </message>
</context>
<context>
    <name>vigil::WallWindow</name>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="32"/>
        <source>Vigil — Wall %1</source>
        <translation>Vigil — 电视墙 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="40"/>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="50"/>
        <source>Snapshot saved: %1</source>
        <translation>抓图已保存：%1</translation>
    </message>
</context>
</TS>
