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
    <name>AlertRuleSettings</name>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="39"/>
        <source>must be an object (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="48"/>
        <source>unknown field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="52"/>
        <source>duplicate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="66"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="81"/>
        <source>must be an ISO date and time such as &quot;2026-03-04T08:00:00+08:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="97"/>
        <source>must be a time of day &quot;HH:mm&quot; from 00:00 to 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="109"/>
        <source>must be a non-empty array of weekdays (1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="123"/>
        <source>unknown day %1 (expected 1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="184"/>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="195"/>
        <source>must be an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="214"/>
        <source>must be &quot;P1&quot;, &quot;P2&quot;, &quot;P3&quot; or &quot;P4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="227"/>
        <source>&quot;priority&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="240"/>
        <source>must be an array of windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="269"/>
        <source>&quot;from&quot; and &quot;until&quot; are both required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="272"/>
        <source>must be later than &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="275"/>
        <source>needs a &quot;camera&quot;, a &quot;type&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="287"/>
        <source>must be an array of schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="302"/>
        <source>must be a non-empty array of periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="324"/>
        <source>&quot;start&quot; and &quot;end&quot; are both required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="348"/>
        <source>needs exactly one of &quot;camera&quot; or &quot;area&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="350"/>
        <source>&quot;periods&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="361"/>
        <source>must be an array of event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="398"/>
        <source>must be a whole number of seconds from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="413"/>
        <source>targets must grow: ack_s ≤ dispatch_s ≤ on_scene_s (got %1, %2, %3), all counted from when the alert was raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../../app/alerts/alertservice.cpp" line="258"/>
        <source>Alert %1 is not loaded; search for it in the history first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSettingsReader</name>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="20"/>
        <source>the bearer token must be at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="23"/>
        <source>the bearer token must not contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="32"/>
        <source>expected UNIT=URL (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="36"/>
        <source>the unit name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="40"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="52"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="68"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="76"/>
        <source>%1:%2: the settings must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="84"/>
        <source>duplicate field (the first one is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="92"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="97"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="105"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="114"/>
        <source>must be an IP address such as 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="121"/>
        <source>must be a whole number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="126"/>
        <source>unknown field (expected token, bind, port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="131"/>
        <source>must be an object of unit name → URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="140"/>
        <source>must be a URL string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertsettings.cpp" line="148"/>
        <source>unknown field (expected operator, api, units, %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptionsParser</name>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="16"/>
        <source>Vigil video-monitoring control-room workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="20"/>
        <source>Directory holding the site database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="24"/>
        <source>Import the bundled demo district if no site is stored, fill the wall with its first cameras, and show Chinese unless a language was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="27"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>Wall layout: 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="33"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="37"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="40"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="44"/>
        <source>Map tiles: an MBTiles file or an XYZ URL template (remembered for later starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="48"/>
        <source>Operator login recorded with alert actions (default: the OS user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="53"/>
        <source>Bearer token of the external event API (at least 16 characters; without one the API is off). Prefer alerts.json in the data directory: a command line is visible to other local users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="58"/>
        <source>Port of the external event API (default 8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="61"/>
        <source>Address the event API listens on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="65"/>
        <source>Webhook of a unit that alerts can be dispatched to, as UNIT=URL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="84"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="94"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="104"/>
        <source>--layout must be 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="134"/>
        <source>--api-token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="142"/>
        <source>--api-port must be a whole number from 0 to 65535 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="151"/>
        <source>--api-bind must be an IP address (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="160"/>
        <source>--unit-endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="115"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="124"/>
        <source>--quit-after-s must be a number of seconds &gt; 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingSettingsReader</name>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="48"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="59"/>
        <source>must be &quot;continuous&quot;, &quot;event&quot; or &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="88"/>
        <source>must be a list of [x, y, width, height] fractions from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="176"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="197"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="201"/>
        <source>%1:1: the settings must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="210"/>
        <source>must be an absolute folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="216"/>
        <source>must be a number of GiB from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="224"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="243"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="257"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="232"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="251"/>
        <source>unknown field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="237"/>
        <source>must be an object of camera id → settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="270"/>
        <source>unknown field (expected preSeconds, postSeconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="274"/>
        <source>unknown field (expected storageDir, reserveGiB, segmentSeconds, defaults, cameras, alertClip)</source>
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
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="59"/>
        <source>Acknowledge (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="60"/>
        <source>Dispatch (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="61"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="62"/>
        <source>Resolve (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="63"/>
        <source>False alarm (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="64"/>
        <source>Play clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="80"/>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="98"/>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="99"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="142"/>
        <source>No snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="108"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="109"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="112"/>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="116"/>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="118"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="120"/>
        <source>Escalated %n time(s)</source>
        <translation>
            <numerusform>Escalated %n time</numerusform>
            <numerusform>Escalated %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertHistoryDock</name>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="35"/>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="65"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="67"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="70"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="72"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="101"/>
        <source>Cannot load the action history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="119"/>
        <source>Alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="124"/>
        <source>Exported %n alert(s) to %1</source>
        <translation>
            <numerusform>Exported %n alert to %1</numerusform>
            <numerusform>Exported %n alerts to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="128"/>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="250"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="134"/>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="134"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="141"/>
        <source>Reopen alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="142"/>
        <source>Why is alert %1 reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="165"/>
        <source>Search summary, type, camera, unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="169"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="173"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="178"/>
        <source>All resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="191"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="196"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="198"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="239"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="275"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="287"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="289"/>
        <source>No closed alerts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="290"/>
        <source>Alerts %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="334"/>
        <source>Reopening alert %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="340"/>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorydock.cpp" line="352"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertHistoryModel</name>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="44"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="46"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="50"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="52"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="54"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="56"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="58"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alerthistorymodel.cpp" line="60"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueDock</name>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="35"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="58"/>
        <source>Acknowledge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="145"/>
        <source>Cannot load the action history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="150"/>
        <source>Alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="154"/>
        <source>Alert %1 missed its response target and was escalated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="160"/>
        <source>Alerts cannot be saved: %1. New alerts are kept in memory and saved as soon as the disk is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="172"/>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="173"/>
        <source>Unit sent to %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="210"/>
        <source>Alarm muted — unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="210"/>
        <source>Mute alarm (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="230"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="237"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="242"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="247"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="248"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="249"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="252"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="256"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="257"/>
        <source>Site area (town or community id), as in alerts.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="261"/>
        <source>Search alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertqueuedock.cpp" line="427"/>
        <source>Acknowledging %n alert(s)</source>
        <translation>
            <numerusform>Acknowledging %n alert</numerusform>
            <numerusform>Acknowledging %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertQueueModel</name>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="42"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="105"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="107"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="109"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="111"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="113"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="115"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="117"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="119"/>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertqueuemodel.cpp" line="121"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertSession</name>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="48"/>
        <source>Event API: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="115"/>
        <source>%1: cannot create it from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="223"/>
        <source>%1 is gone: the alert rules in force are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="226"/>
        <source>%1 could not be read: the alert rules in force are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="238"/>
        <source>Alert rules reloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app/alertsession.cpp" line="239"/>
        <source>Alert rules reloaded from %1 (%n entries with problems left out)</source>
        <translation>
            <numerusform>Alert rules reloaded from %1 (%n entry with problems left out)</numerusform>
            <numerusform>Alert rules reloaded from %1 (%n entries with problems left out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="245"/>
        <source>— operator, API and unit changes apply at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="264"/>
        <source>Alert %1 could not be forwarded to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="289"/>
        <source>Dispatches are not forwarded to units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="291"/>
        <source>Event API off (no token configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="294"/>
        <source>Event API on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="296"/>
        <source>Event API failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsConfigLibrary</name>
    <message>
        <location filename="../../ui/analytics/analyticsconfiglibrary.cpp" line="58"/>
        <source>Analytics settings cannot be saved: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsEditorDialog</name>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="36"/>
        <source>Analytics for camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="50"/>
        <source>Check to run this plugin on the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="54"/>
        <source>No analytics plugins were found on this PC. Plugins are looked for in the directories of VIGIL_PLUGIN_PATH and next to the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="101"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="119"/>
        <source>Raises: %1 · %2 %3 · analyses the %4 stream at %5 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="121"/>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="121"/>
        <source>sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="132"/>
        <source>This plugin has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="227"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analyticseditordialog.cpp" line="230"/>
        <source>Correct the marked settings of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsSession</name>
    <message>
        <location filename="../../ui/app/analyticssession.cpp" line="43"/>
        <source>Analytics running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app/analyticssession.cpp" line="46"/>
        <source>Analytics running again after %n restart(s)</source>
        <translation>
            <numerusform>Analytics running again after %n restart</numerusform>
            <numerusform>Analytics running again after %n restarts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AnalyticsWorkerLink</name>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="58"/>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="225"/>
        <source>Analytics could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="200"/>
        <source>Analytics plugin %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="344"/>
        <source>Analytics plugin %1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="152"/>
        <source>Analytics stopped responding; restarting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="154"/>
        <source>Analytics could not start: %1; retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="155"/>
        <source>Analytics crashed; restarting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="167"/>
        <source>Analytics plugin %1 stopped responding; restarting in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="169"/>
        <source>Analytics plugin %1 crashed; restarting in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="174"/>
        <source>Analytics plugin %1 disabled on this camera after %2 failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="52"/>
        <source>Loading the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="82"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="140"/>
        <source>Map tiles could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CameraTreeDock</name>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="18"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="31"/>
        <source>Search camera name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tree/cameratreedock.cpp" line="65"/>
        <source>Playback (last minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="113"/>
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tree/cameratreedock.cpp" line="114"/>
        <source>%1 of %n camera(s) match</source>
        <translation>
            <numerusform>%1 of %n camera match</numerusform>
            <numerusform>%1 of %n cameras match</numerusform>
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
    <name>vigil::ExportDialog</name>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="31"/>
        <source>Burn in a watermark (operator, time, case number; re-encodes the video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="33"/>
        <source>Public release (black out the cameras&apos; privacy masks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="37"/>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="42"/>
        <source>Cameras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="49"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="50"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="51"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="52"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="53"/>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="58"/>
        <source>Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="73"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="77"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="96"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="125"/>
        <source>Name the operator: every export is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="127"/>
        <source>Give a reason for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="129"/>
        <source>The end of the range must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="131"/>
        <source>Choose an absolute export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="151"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="171"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/exportdialog.cpp" line="175"/>
        <source>Exported %n file(s) to %1. Check it with: vigil-verify %1</source>
        <translation>
            <numerusform>Exported %n file to %1. Check it with: vigil-verify %1</numerusform>
            <numerusform>Exported %n files to %1. Check it with: vigil-verify %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::GeometryFieldEditor</name>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="34"/>
        <source>Name of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="34"/>
        <source>Name of the zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="35"/>
        <source>Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="35"/>
        <source>Delete zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="40"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="44"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="46"/>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="48"/>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="50"/>
        <source>Crossings counted, as seen walking from the first point to the second; the arrows show the side a counted crossing ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="52"/>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="53"/>
        <source>Flip direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="68"/>
        <source>Click two points to draw a line. Drag a point to move it; right-click or Del removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="70"/>
        <source>Click to add points, double-click to close the zone. Drag a point to move it; right-click or Del removes it; Esc drops a zone being drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="108"/>
        <source>%1 needs its second point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="109"/>
        <source>%1 is not closed: double-click to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="119"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="119"/>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="130"/>
        <source>%1 (drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="138"/>
        <source>At most %n line(s).</source>
        <translation>
            <numerusform>At most %n line.</numerusform>
            <numerusform>At most %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analytics/geometryfieldeditor.cpp" line="139"/>
        <source>At most %n zone(s).</source>
        <translation>
            <numerusform>At most %n zone.</numerusform>
            <numerusform>At most %n zones.</numerusform>
        </translation>
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
    <name>vigil::LayoutLibrary</name>
    <message>
        <location filename="../../ui/wall/layoutlibrary.cpp" line="73"/>
        <source>Layouts cannot be saved: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="47"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="81"/>
        <source>Camera %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="86"/>
        <source>Snapshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="101"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="172"/>
        <source>Vigil — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="104"/>
        <location filename="../../ui/mainwindow.cpp" line="198"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="209"/>
        <location filename="../../ui/mainwindow.cpp" line="212"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="212"/>
        <source>The alert queue arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="270"/>
        <source>Playback of the selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="285"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="287"/>
        <source>Wall layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="296"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="306"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="316"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="320"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <location filename="../../ui/mainwindow.cpp" line="345"/>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="346"/>
        <source>Vigil %1
Video-monitoring control-room workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MapDock</name>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="29"/>
        <source>Search camera name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="37"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="38"/>
        <source>Checkpoint rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="39"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="40"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="44"/>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="45"/>
        <source>Draw around cameras to show them on the wall (also Ctrl+drag; Shift+drag: circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="47"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="48"/>
        <source>Edit mode: drag a camera to move it, drag the cone tip to turn it and set its range, drag the cone edge to widen its view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="56"/>
        <location filename="../../ui/map/mapdock.cpp" line="64"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="58"/>
        <location filename="../../ui/map/mapdock.cpp" line="64"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="73"/>
        <source>Clear track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="74"/>
        <source>Remove the vehicle track from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapdock.cpp" line="141"/>
        <source>Camera %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MapView</name>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="251"/>
        <location filename="../../ui/map/overlaypainter.cpp" line="278"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="461"/>
        <source>Cameras within %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="462"/>
        <source>Copy coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/overlaypainter.cpp" line="277"/>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="94"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="97"/>
        <source>Turn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/map/mapviewedit.cpp" line="101"/>
        <source>Change the view angle of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackDock</name>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="46"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="55"/>
        <source>Tick up to 16 cameras to play together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="78"/>
        <source>This alert has no recorded clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="79"/>
        <source>Cannot open the alert clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="85"/>
        <source>Alert clip %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="106"/>
        <source>◀| Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="107"/>
        <source>Frame |▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="108"/>
        <source>Pause and show the previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="109"/>
        <source>Pause and show the next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="113"/>
        <source>Playback speed; negative plays backwards by keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="116"/>
        <source>Go to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="117"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="118"/>
        <source>Export a signed evidence copy of these cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="176"/>
        <source>Choose the cameras to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="226"/>
        <source>Tick the cameras to play in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="257"/>
        <source>At most %1 cameras play together; the first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="326"/>
        <source>Cannot read the recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="328"/>
        <source>No recordings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="365"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="365"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackTile</name>
    <message>
        <location filename="../../ui/playback/playbacktile.cpp" line="43"/>
        <source>No recording at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbacktile.cpp" line="43"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackView</name>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="33"/>
        <source>No recordings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="34"/>
        <source>Cannot read the recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="40"/>
        <source>Cannot show this moment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackview.cpp" line="103"/>
        <source>No recording at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecordingSession</name>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="27"/>
        <source>Recording: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="79"/>
        <source>Recording housekeeping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="88"/>
        <source>Camera %1 is not recorded: it has no stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="134"/>
        <source>The clip of alert %1 could not be locked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="155"/>
        <source>Recording of %1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="177"/>
        <source>Recording paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="179"/>
        <source>Recording off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="181"/>
        <source>REC %1/%2</source>
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
    <name>vigil::SettingsForm</name>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="51"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="53"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="55"/>
        <source>Other object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="57"/>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="105"/>
        <source>Stored settings this plugin version no longer knows will be removed on saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="151"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="153"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SlaBreachBanner</name>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="16"/>
        <source>acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="18"/>
        <source>dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="20"/>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="43"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="46"/>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/slabreachbanner.cpp" line="62"/>
        <source>Supervisor: alert %1 (%2, %3) missed its %4 target and was escalated to %5.</source>
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
    <name>vigil::TimelineWidget</name>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="17"/>
        <source>camera stream lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="19"/>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="21"/>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="23"/>
        <source>recorder overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="24"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="31"/>
        <source>Recording timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/timelinewidget.cpp" line="176"/>
        <source>No recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TourRunner</name>
    <message>
        <location filename="../../ui/wall/tourrunner.cpp" line="23"/>
        <source>Tour &quot;%1&quot;: cameras not in this site are skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VideoTile</name>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="350"/>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="474"/>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="475"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="476"/>
        <source>Analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="477"/>
        <source>Close video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WallController</name>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="160"/>
        <source>Camera &quot;%1&quot; is not part of this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="164"/>
        <source>Camera %1 (%2) has no stream address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallcontroller.cpp" line="276"/>
        <source>Tile %1 has no picture to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WallMenu</name>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="15"/>
        <source>&amp;Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="20"/>
        <source>Maximise selected tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="21"/>
        <source>Enter maximises, Esc restores, double-click toggles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="24"/>
        <source>Clear selected tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="26"/>
        <source>Show frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="30"/>
        <source>Save snapshot of selected tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="36"/>
        <source>Analytics of selected tile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="39"/>
        <source>Show analytics detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="43"/>
        <source>Show analytics zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="50"/>
        <source>Save layout as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="52"/>
        <source>Saved layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="53"/>
        <source>Delete saved layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="56"/>
        <source>New tour from the wall&apos;s cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="58"/>
        <source>Start tour on the whole wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="59"/>
        <source>Start tour on the selected tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="60"/>
        <source>Pause tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="63"/>
        <source>Stop tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="65"/>
        <source>Delete tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="76"/>
        <source>New wall window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="96"/>
        <source>%n tile(s)</source>
        <translation>
            <numerusform>%n tile</numerusform>
            <numerusform>%n tiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="134"/>
        <source>%1 (%n tile(s))</source>
        <translation>
            <numerusform>%1 (%n tile)</numerusform>
            <numerusform>%1 (%n tiles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wall/wallmenu.cpp" line="141"/>
        <source>%1 (%n camera(s))</source>
        <translation>
            <numerusform>%1 (%n camera)</numerusform>
            <numerusform>%1 (%n cameras)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="157"/>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="157"/>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="172"/>
        <source>Saved layout &quot;%1&quot; has %2 tiles, which this version cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="189"/>
        <source>Put cameras on the wall first: the tour takes them in tile order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="194"/>
        <location filename="../../ui/wall/wallmenu.cpp" line="199"/>
        <source>New tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="194"/>
        <source>Name of the tour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallmenu.cpp" line="200"/>
        <source>Seconds per step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WallWindow</name>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="18"/>
        <source>Vigil — Wall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="26"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="32"/>
        <source>Snapshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
