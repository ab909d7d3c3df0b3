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
        <location filename="../../app/alerts/alertservice.cpp" line="195"/>
        <source>Alert %1 is not loaded; search for it in the history first.</source>
        <translation>告警 %1 未加载，请先在历史记录中查找。</translation>
    </message>
</context>
<context>
    <name>AppOptionsParser</name>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="14"/>
        <source>Vigil video-monitoring control-room workstation</source>
        <translation>Vigil 视频监控指挥工作站</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="18"/>
        <source>Directory holding the site database.</source>
        <translation>存放站点数据库的目录。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="22"/>
        <source>Import the bundled demo district if no site is stored, fill the wall with its first cameras, and show Chinese unless a language was chosen.</source>
        <translation>若尚未存储站点，则导入内置演示辖区，用其前几路摄像机填充电视墙，并在未指定语言时以中文显示。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="25"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="28"/>
        <source>Wall layout: 1, 4, 9 or 16 tiles.</source>
        <translation>电视墙布局：1、4、9 或 16 画面。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation>保存主窗口的 PNG 截图后退出。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="34"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation>截图前等待的毫秒数（默认 4000）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="37"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation>运行指定秒数后退出（用于性能测量）。</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="55"/>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="65"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation>--lang 只能是 zh_CN 或 en（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="75"/>
        <source>--layout must be 1, 4, 9 or 16 (got &quot;%1&quot;)</source>
        <translation>--layout 只能是 1、4、9 或 16（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="84"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation>--screenshot-delay-ms 必须是 ≥ 0 的整数（实际为“%1”）</translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="93"/>
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
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="54"/>
        <source>Acknowledge (Space)</source>
        <translation>确认 (空格)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="55"/>
        <source>Dispatch (D)</source>
        <translation>派警 (D)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="56"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="57"/>
        <source>Resolve (R)</source>
        <translation>处置 (R)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="58"/>
        <source>False alarm (F)</source>
        <translation>误报 (F)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="70"/>
        <source>Action history</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="87"/>
        <source>No alert selected</source>
        <translation>未选择告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="88"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="131"/>
        <source>No snapshot</source>
        <translation>无抓拍图片</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="97"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="98"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="101"/>
        <source>Events: %1</source>
        <translation>事件数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="105"/>
        <source>Unit: %1</source>
        <translation>出警单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="107"/>
        <source>Operator: %1</source>
        <translation>值班员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="109"/>
        <source>Escalated %n time(s)</source>
        <translation>
            <numerusform>已升级 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueDock</name>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="32"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="54"/>
        <source>Acknowledge selected</source>
        <translation>确认所选告警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="139"/>
        <source>Cannot load the action history: %1</source>
        <translation>无法加载处置记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="144"/>
        <source>Alert %1: %2</source>
        <translation>告警 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="148"/>
        <source>Alert %1 missed its response target and was escalated to %2</source>
        <translation>告警 %1 超过响应时限，已升级至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="154"/>
        <source>Alerts cannot be saved: %1. New alerts are kept in memory and saved as soon as the disk is writable again.</source>
        <translation>告警无法保存：%1。新告警暂存于内存中，磁盘恢复可写后立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="166"/>
        <source>Dispatch</source>
        <translation>派警</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="167"/>
        <source>Unit sent to %1 (%2):</source>
        <translation>派往 %1 (%2) 的单位：</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="204"/>
        <source>Alarm muted — unmute</source>
        <translation>已静音 — 取消静音</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="204"/>
        <source>Mute alarm (5 min)</source>
        <translation>报警静音（5分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="224"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="231"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="236"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="241"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="242"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="243"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="246"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="250"/>
        <source>Search alerts</source>
        <translation>搜索告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="387"/>
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
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="34"/>
        <source>Loading the site…</source>
        <translation>正在加载站点…</translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="59"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation>%1 中尚未导入站点。请使用 vigil-admin 导入，或以 --demo 启动。</translation>
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
    <name>vigil::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="25"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation>Vigil — 视频监控工作站</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="72"/>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Map arrives in a later release</source>
        <translation>地图将在后续版本提供</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="91"/>
        <location filename="../../ui/mainwindow.cpp" line="94"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="94"/>
        <source>The alert queue arrives in a later release</source>
        <translation>告警队列将在后续版本提供</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="102"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103"/>
        <source>Wall layout</source>
        <translation>电视墙布局</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n 画面</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="141"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation>语言将在下次启动 Vigil 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <location filename="../../ui/mainwindow.cpp" line="165"/>
        <source>About Vigil</source>
        <translation>关于 Vigil</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="166"/>
        <source>Vigil %1
Video-monitoring control-room workstation.</source>
        <translation>Vigil %1
视频监控指挥工作站。</translation>
    </message>
</context>
<context>
    <name>vigil::MapDock</name>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="20"/>
        <source>Search camera name or ID</source>
        <translation>搜索摄像机名称或编号</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="28"/>
        <source>Cameras</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="29"/>
        <source>Checkpoint rings</source>
        <translation>卡口圈层</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="30"/>
        <source>Communities</source>
        <translation>社区/村</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="31"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>vigil::MapView</name>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="199"/>
        <location filename="../../ui/map/overlaypainter.cpp" line="272"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="351"/>
        <source>Cameras within %1 m</source>
        <translation>周边 %1 米内的摄像机</translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="352"/>
        <source>Copy coordinates</source>
        <translation>复制坐标</translation>
    </message>
    <message>
        <location filename="../../ui/map/overlaypainter.cpp" line="271"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
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
    <name>vigil::StreamCountLabel</name>
    <message>
        <location filename="../../ui/status/streamcountlabel.cpp" line="13"/>
        <source>Streams live %1 / total %2</source>
        <translation>在线视频流 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>vigil::VideoTile</name>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="163"/>
        <source>Close video</source>
        <translation>关闭画面</translation>
    </message>
</context>
<context>
    <name>vigil::WallController</name>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="83"/>
        <source>Camera &quot;%1&quot; is not part of this site.</source>
        <translation>摄像机“%1”不属于本站点。</translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="87"/>
        <source>Camera %1 (%2) has no stream address.</source>
        <translation>摄像机 %1 (%2) 没有视频流地址。</translation>
    </message>
</context>
</TS>
