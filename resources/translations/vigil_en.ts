<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertLabels</name>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="24"/>
        <source>Area intrusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="26"/>
        <source>Line crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="28"/>
        <source>Camera tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="30"/>
        <source>Video loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="32"/>
        <source>Hotlist vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="34"/>
        <source>Loitering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="36"/>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="44"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="46"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="85"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="48"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="87"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="50"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="89"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="52"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="91"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="68"/>
        <source>True alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="70"/>
        <source>False alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="72"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="81"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="83"/>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="93"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="95"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="97"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="99"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="101"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertLifecycle</name>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="53"/>
        <source>No operator is logged in for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="56"/>
        <source>Action &quot;%1&quot; is not allowed on an alert that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="74"/>
        <source>Dispatch needs the name of the unit sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="89"/>
        <source>Resolve needs a resolution (true alarm, false alarm or duplicate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="100"/>
        <source>Reopening an alert needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="116"/>
        <source>Assignment needs the operator who takes the alert over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="123"/>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertlifecycle.cpp" line="130"/>
        <source>System actions cannot be requested by an operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../../app/alerts/alertservice.cpp" line="195"/>
        <source>Alert %1 is not loaded; search for it in the history first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptionsParser</name>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="14"/>
        <source>Vigil video-monitoring control-room workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="18"/>
        <source>Directory holding the site database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="22"/>
        <source>Import the bundled demo district if no site is stored, fill the wall with its first cameras, and show Chinese unless a language was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="25"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="28"/>
        <source>Wall layout: 1, 4, 9 or 16 tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="34"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="37"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="55"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="65"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="75"/>
        <source>--layout must be 1, 4, 9 or 16 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="84"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="93"/>
        <source>--quit-after-s must be a number of seconds &gt; 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLoader</name>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="16"/>
        <source>Cannot read the demo district %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="22"/>
        <source>The demo district %1 is invalid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="27"/>
        <source>Cannot store the demo district: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="39"/>
        <source>Cannot use the data directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="44"/>
        <source>Cannot open the site database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/siteloader.cpp" line="49"/>
        <location filename="../../ui/app/siteloader.cpp" line="60"/>
        <source>Cannot load the site from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamStatusText</name>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="11"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="13"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="15"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="17"/>
        <source>stream not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="19"/>
        <source>unsupported video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="21"/>
        <source>decoding errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="23"/>
        <source>stream ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="27"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="48"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="40"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="48"/>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="41"/>
        <location filename="../../ui/wall/streamstatustext.cpp" line="43"/>
        <source>reconnecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="44"/>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="46"/>
        <source>picture stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/streamstatustext.cpp" line="55"/>
        <source>Double-click a camera on the left to play it here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertDetailPanel</name>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="54"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="55"/>
        <source>Dispatch (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="56"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="57"/>
        <source>Resolve (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="58"/>
        <source>False alarm (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="70"/>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="87"/>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="88"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="131"/>
        <source>No snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="97"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="98"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="101"/>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="105"/>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="107"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="109"/>
        <source>Escalated %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueDock</name>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="32"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="54"/>
        <source>Acknowledge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="139"/>
        <source>Cannot load the action history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="144"/>
        <source>Alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="148"/>
        <source>Alert %1 missed its response target and was escalated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="154"/>
        <source>Alerts cannot be saved: %1. New alerts are kept in memory and saved as soon as the disk is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="166"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="167"/>
        <source>Unit sent to %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="204"/>
        <source>Alarm muted — unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="204"/>
        <source>Mute alarm (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="224"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="231"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="236"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="241"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="242"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="243"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="246"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="250"/>
        <source>Search alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="387"/>
        <source>Acknowledging %n alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueModel</name>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="33"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="114"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="116"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="118"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="120"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="122"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="124"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="126"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="128"/>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="130"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="34"/>
        <source>Loading the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="59"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeDock</name>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="17"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="30"/>
        <source>Search camera name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="102"/>
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="103"/>
        <source>%1 of %n camera(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeModel</name>
    <message>
        <location filename="../../ui/tree/cameratreemodel.cpp" line="78"/>
        <source>Unassigned cameras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CpuStatusLabel</name>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="13"/>
        <source>CPU —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="26"/>
        <source>CPU %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status/cpustatuslabel.cpp" line="27"/>
        <source>Vigil uses %1% of the machine (%2% of one core)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Language</name>
    <message>
        <location filename="../../ui/app/language.cpp" line="18"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/language.cpp" line="70"/>
        <source>Cannot load the translation file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="25"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="72"/>
        <source>Vigil — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="85"/>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Map arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="91"/>
        <location filename="../../ui/mainwindow.cpp" line="94"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="94"/>
        <source>The alert queue arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="102"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="103"/>
        <source>Wall layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="108"/>
        <source>%n tile(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="125"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="141"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <location filename="../../ui/mainwindow.cpp" line="165"/>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="166"/>
        <source>Vigil %1
Video-monitoring control-room workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MapDock</name>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="20"/>
        <source>Search camera name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="28"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="29"/>
        <source>Checkpoint rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="30"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="31"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MapView</name>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="199"/>
        <location filename="../../ui/map/overlaypainter.cpp" line="272"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="351"/>
        <source>Cameras within %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="352"/>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/overlaypainter.cpp" line="271"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ResolveDialog</name>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="15"/>
        <source>Resolve alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="22"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="24"/>
        <source>What was found, what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/resolvedialog.cpp" line="25"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::StreamCountLabel</name>
    <message>
        <location filename="../../ui/status/streamcountlabel.cpp" line="13"/>
        <source>Streams live %1 / total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VideoTile</name>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="163"/>
        <source>Close video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WallController</name>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="83"/>
        <source>Camera &quot;%1&quot; is not part of this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="87"/>
        <source>Camera %1 (%2) has no stream address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
