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
        <location filename="../../ui/alerts/alertlabels.cpp" line="32"/>
        <source>Hotlist vehicle</source>
        <translation>黑名单车辆</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="34"/>
        <source>Loitering</source>
        <translation>徘徊</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="36"/>
        <source>Motion</source>
        <translation>移动侦测</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="44"/>
        <source>New</source>
        <translation>新告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="46"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="85"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="48"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="87"/>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="50"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="89"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="52"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="91"/>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="68"/>
        <source>True alarm</source>
        <translation>真实警情</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="70"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="72"/>
        <source>Duplicate</source>
        <translation>重复告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="81"/>
        <source>Raised</source>
        <translation>产生</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="83"/>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="93"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="95"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="97"/>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="99"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="101"/>
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
    <name>AlertService</name>
    <message>
        <location filename="../../app/alerts/alertservice.cpp" line="249"/>
        <source>Alert %1 is not loaded; search for it in the history first.</source>
        <translation>告警 %1 未加载，请先在历史记录中查找。</translation>
    </message>
</context>
<context>
    <name>AlertSettingsReader</name>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="32"/>
        <source>the bearer token must be at least %1 characters</source>
        <translation>Bearer 令牌至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="35"/>
        <source>the bearer token must not contain spaces or control characters</source>
        <translation>Bearer 令牌不能包含空格或控制字符</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="44"/>
        <source>expected UNIT=URL (got &quot;%1&quot;)</source>
        <translation>格式应为 UNIT=URL（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="48"/>
        <source>the unit name is empty</source>
        <translation>出警单位名称为空</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="52"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="64"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="86"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2：JSON 无效：%3</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="90"/>
        <source>%1:1: the settings must be a JSON object</source>
        <translation>%1:1：设置必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="99"/>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="104"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="113"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="121"/>
        <source>must be an IP address such as 127.0.0.1</source>
        <translation>必须是 IP 地址，例如 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="127"/>
        <source>must be a whole number from 1 to 65535</source>
        <translation>必须是 1 到 65535 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="131"/>
        <source>unknown field (expected token, bind, port)</source>
        <translation>未知字段（应为 token、bind 或 port）</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="136"/>
        <source>must be an object of unit name → URL</source>
        <translation>必须是“出警单位名称 → URL”形式的对象</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="147"/>
        <source>must be a URL string</source>
        <translation>必须是 URL 字符串</translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="154"/>
        <source>unknown field (expected operator, api, units)</source>
        <translation>未知字段（应为 operator、api 或 units）</translation>
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
        <location filename="../../ui/app/appoptions.cpp" line="27"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>Wall layout: 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 tiles.</source>
        <translation>电视墙布局：1、4、6、8、9、10、13、16、25、36 或 64 画面。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="33"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation>保存主窗口的 PNG 截图后退出。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="37"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation>截图前等待的毫秒数（默认 4000）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="40"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation>运行指定秒数后退出（用于性能测量）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="44"/>
        <source>Map tiles: an MBTiles file or an XYZ URL template (remembered for later starts).</source>
        <translation>地图瓦片：MBTiles 文件或 XYZ URL 模板（会被记住，供以后启动时使用）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="48"/>
        <source>Operator login recorded with alert actions (default: the OS user name).</source>
        <translation>随告警操作一并记录的值班员登录名（默认：操作系统用户名）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="53"/>
        <source>Bearer token of the external event API (at least 16 characters; without one the API is off). Prefer alerts.json in the data directory: a command line is visible to other local users.</source>
        <translation>外部事件接口的 Bearer 令牌（至少 16 个字符；未设置时该接口关闭）。建议改用数据目录中的 alerts.json：命令行对本机其他用户可见。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="58"/>
        <source>Port of the external event API (default 8765).</source>
        <translation>外部事件接口的端口（默认 8765）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="61"/>
        <source>Address the event API listens on (default 127.0.0.1).</source>
        <translation>事件接口的监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="65"/>
        <source>Webhook of a unit that alerts can be dispatched to, as UNIT=URL (repeatable).</source>
        <translation>可接收告警派警的出警单位 Webhook，格式为 UNIT=URL（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="84"/>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="94"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation>--lang 只能是 zh_CN 或 en（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="104"/>
        <source>--layout must be 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 (got &quot;%1&quot;)</source>
        <translation>--layout 只能是 1、4、6、8、9、10、13、16、25、36 或 64（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="134"/>
        <source>--api-token: %1</source>
        <translation>--api-token：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="142"/>
        <source>--api-port must be a whole number from 0 to 65535 (got &quot;%1&quot;)</source>
        <translation>--api-port 必须是 0 到 65535 之间的整数（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="151"/>
        <source>--api-bind must be an IP address (got &quot;%1&quot;)</source>
        <translation>--api-bind 必须是 IP 地址（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="160"/>
        <source>--unit-endpoint: %1</source>
        <translation>--unit-endpoint：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="115"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation>--screenshot-delay-ms 必须是 ≥ 0 的整数（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="124"/>
        <source>--quit-after-s must be a number of seconds &gt; 0 (got &quot;%1&quot;)</source>
        <translation>--quit-after-s 必须是大于 0 的秒数（实际为“%1”）</translation>
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
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="75"/>
        <source>Action history</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="93"/>
        <source>No alert selected</source>
        <translation>未选择告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="94"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="137"/>
        <source>No snapshot</source>
        <translation>无抓拍图片</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="103"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="104"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="107"/>
        <source>Events: %1</source>
        <translation>事件数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="111"/>
        <source>Unit: %1</source>
        <translation>出警单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="113"/>
        <source>Operator: %1</source>
        <translation>值班员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="115"/>
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
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="63"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="65"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="67"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="69"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="71"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="73"/>
        <source>Resolution</source>
        <translation>处置结论</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="75"/>
        <source>Resolved</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="77"/>
        <source>Unit</source>
        <translation>出警单位</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="79"/>
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
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="57"/>
        <source>Acknowledge selected</source>
        <translation>确认所选告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="144"/>
        <source>Cannot load the action history: %1</source>
        <translation>无法加载处置记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="149"/>
        <source>Alert %1: %2</source>
        <translation>告警 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="153"/>
        <source>Alert %1 missed its response target and was escalated to %2</source>
        <translation>告警 %1 超过响应时限，已升级至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="159"/>
        <source>Alerts cannot be saved: %1. New alerts are kept in memory and saved as soon as the disk is writable again.</source>
        <translation>告警无法保存：%1。新告警暂存于内存中，磁盘恢复可写后立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="171"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="172"/>
        <source>Unit sent to %1 (%2):</source>
        <translation>派往 %1 (%2) 的单位：</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="209"/>
        <source>Alarm muted — unmute</source>
        <translation>已静音 — 取消静音</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="209"/>
        <source>Mute alarm (5 min)</source>
        <translation>报警静音（5分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="229"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="236"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="241"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="246"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="247"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="248"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="251"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="255"/>
        <source>Search alerts</source>
        <translation>搜索告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="417"/>
        <source>Acknowledging %n alert(s)</source>
        <translation>
            <numerusform>正在确认 %n 条告警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueModel</name>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="33"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="114"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="116"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="118"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="120"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="122"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="124"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="126"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="128"/>
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="130"/>
        <source>Operator</source>
        <translation>值班员</translation>
    </message>
</context>
<context>
    <name>vigil::AlertSession</name>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="39"/>
        <source>Event API: starting…</source>
        <translation>事件接口：正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="126"/>
        <source>Alert %1 could not be forwarded to %2: %3</source>
        <translation>告警 %1 无法转发给 %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="151"/>
        <source>Dispatches are not forwarded to units: %1</source>
        <translation>派警不会转发给出警单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="153"/>
        <source>Event API off (no token configured)</source>
        <translation>事件接口已关闭（未配置令牌）</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="156"/>
        <source>Event API on %1:%2</source>
        <translation>事件接口已启用：%1:%2</translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="158"/>
        <source>Event API failed: %1</source>
        <translation>事件接口出错：%1</translation>
    </message>
</context>
<context>
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="46"/>
        <source>Loading the site…</source>
        <translation>正在加载站点…</translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="76"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation>%1 中尚未导入站点。请使用 vigil-admin 导入，或以 --demo 启动。</translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="126"/>
        <source>Map tiles could not be opened: %1</source>
        <translation>无法打开地图瓦片：%1</translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeDock</name>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="17"/>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="30"/>
        <source>Search camera name or ID</source>
        <translation>搜索摄像机名称或编号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="102"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>共 %n 路摄像机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="103"/>
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
        <location filename="../../ui/mainwindow.cpp" line="41"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation>Vigil — 视频监控工作站</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="75"/>
        <source>Camera %1 was not saved: %2</source>
        <translation>摄像机 %1 未保存：%2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="80"/>
        <source>Snapshot saved: %1</source>
        <translation>抓图已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="95"/>
        <source>Live</source>
        <translation>实时视频</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="164"/>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="98"/>
        <location filename="../../ui/mainwindow.cpp" line="190"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="201"/>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>The alert queue arrives in a later release</source>
        <translation>告警队列将在后续版本提供</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="222"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="223"/>
        <source>Wall layout</source>
        <translation>电视墙布局</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="242"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="252"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation>语言将在下次启动 Vigil 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <location filename="../../ui/mainwindow.cpp" line="281"/>
        <source>About Vigil</source>
        <translation>关于 Vigil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
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
        <location filename="../../ui/playback/timelinewidget.cpp" line="16"/>
        <source>camera stream lost</source>
        <translation>摄像机视频流中断</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="18"/>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="20"/>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="22"/>
        <source>recorder overloaded</source>
        <translation>录像服务过载</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="23"/>
        <source>not recorded</source>
        <translation>未录像</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="30"/>
        <source>Recording timeline</source>
        <translation>录像时间轴</translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="140"/>
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
        <location filename="../../ui/wall/videotile.cpp" line="336"/>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="456"/>
        <source>Save snapshot</source>
        <translation>保存抓图</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="457"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="458"/>
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
        <source>Save layout as…</source>
        <translation>布局另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="38"/>
        <source>Saved layouts</source>
        <translation>已保存的布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="39"/>
        <source>Delete saved layout</source>
        <translation>删除已保存的布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="42"/>
        <source>New tour from the wall&apos;s cameras…</source>
        <translation>用电视墙上的摄像机新建轮巡…</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="44"/>
        <source>Start tour on the whole wall</source>
        <translation>在整个电视墙上启动轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="45"/>
        <source>Start tour on the selected tile</source>
        <translation>在所选画面上启动轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="46"/>
        <source>Pause tour</source>
        <translation>暂停轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="49"/>
        <source>Stop tour</source>
        <translation>停止轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="51"/>
        <source>Delete tour</source>
        <translation>删除轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="62"/>
        <source>New wall window</source>
        <translation>新建电视墙窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="82"/>
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 画面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="114"/>
        <source>%1 (%n tile(s))</source>
        <translation>
            <numerusform>%1（%n 画面）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="121"/>
        <source>%1 (%n camera(s))</source>
        <translation>
            <numerusform>%1（%n 路摄像机）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="137"/>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="137"/>
        <source>Name of the layout:</source>
        <translation>布局名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="152"/>
        <source>Saved layout &quot;%1&quot; has %2 tiles, which this version cannot show.</source>
        <translation>已保存的布局“%1”包含 %2 个画面，当前版本无法显示。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="169"/>
        <source>Put cameras on the wall first: the tour takes them in tile order.</source>
        <translation>请先将摄像机放到电视墙上：轮巡按画面顺序依次使用这些摄像机。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="174"/>
        <location filename="../../ui/wall/wallmenu.cpp" line="179"/>
        <source>New tour</source>
        <translation>新建轮巡</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="174"/>
        <source>Name of the tour:</source>
        <translation>轮巡名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="180"/>
        <source>Seconds per step:</source>
        <translation>每步停留秒数：</translation>
    </message>
</context>
<context>
    <name>vigil::WallWindow</name>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="18"/>
        <source>Vigil — Wall %1</source>
        <translation>Vigil — 电视墙 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="26"/>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="32"/>
        <source>Snapshot saved: %1</source>
        <translation>抓图已保存：%1</translation>
    </message>
</context>
</TS>
