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
        <location filename="../../ui/alerts/alertlabels.cpp" line="33"/>
        <source>Hotlist vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="35"/>
        <source>Loitering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="37"/>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="45"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="47"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="86"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="49"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="88"/>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="51"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="90"/>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="53"/>
        <location filename="../../ui/alerts/alertlabels.cpp" line="92"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="69"/>
        <source>True alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="71"/>
        <source>False alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="73"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="82"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="84"/>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="94"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="96"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="98"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="100"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertlabels.cpp" line="102"/>
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
        <location filename="../../app/alerts/alertrulesettings.cpp" line="397"/>
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
        <location filename="../../app/alerts/alertrulesettings.cpp" line="187"/>
        <source>must be a whole number of seconds from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="198"/>
        <source>must be an array of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="217"/>
        <source>must be &quot;P1&quot;, &quot;P2&quot;, &quot;P3&quot; or &quot;P4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="230"/>
        <source>&quot;priority&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="243"/>
        <source>must be an array of windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="272"/>
        <source>&quot;from&quot; and &quot;until&quot; are both required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="275"/>
        <source>must be later than &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="278"/>
        <source>needs a &quot;camera&quot;, a &quot;type&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="290"/>
        <source>must be an array of schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="305"/>
        <source>must be a non-empty array of periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="327"/>
        <source>&quot;start&quot; and &quot;end&quot; are both required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="351"/>
        <source>needs exactly one of &quot;camera&quot; or &quot;area&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="353"/>
        <source>&quot;periods&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="364"/>
        <source>must be an array of event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="387"/>
        <source>must be an object of event type → true (raise alerts) or false (informational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="395"/>
        <source>the event type must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="400"/>
        <source>must be true (raise alerts) or false (informational), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="428"/>
        <source>must be a whole number of seconds from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/alerts/alertrulesettings.cpp" line="443"/>
        <source>targets must grow: ack_s ≤ dispatch_s ≤ on_scene_s (got %1, %2, %3), all counted from when the alert was raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <location filename="../../app/alerts/alertservice.cpp" line="263"/>
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
        <location filename="../../ui/app/appoptions.cpp" line="28"/>
        <source>Public display (open days, demos): every view blurs faces and licence plates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="30"/>
        <source>User-interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="33"/>
        <source>Wall layout: 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="36"/>
        <source>Save a PNG of the main window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="40"/>
        <source>Milliseconds to wait before taking the screenshot (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="43"/>
        <source>Quit after this many seconds (measurement runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="47"/>
        <source>Map tiles: an MBTiles file or an XYZ URL template (remembered for later starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="51"/>
        <source>Operator login recorded with alert actions (default: the OS user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="56"/>
        <source>Bearer token of the external event API (at least 16 characters; without one the API is off). Prefer alerts.json in the data directory: a command line is visible to other local users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="61"/>
        <source>Port of the external event API (default 8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="64"/>
        <source>Address the event API listens on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="68"/>
        <source>Webhook of a unit that alerts can be dispatched to, as UNIT=URL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="72"/>
        <source>How the wall draws video: auto (OpenGL when hardware accelerated), gl or raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="92"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="103"/>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="113"/>
        <source>--layout must be 1, 4, 6, 8, 9, 10, 13, 16, 25, 36 or 64 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="122"/>
        <source>--renderer must be auto, gl or raster (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="152"/>
        <source>--api-token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="160"/>
        <source>--api-port must be a whole number from 0 to 65535 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="169"/>
        <source>--api-bind must be an IP address (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="178"/>
        <source>--unit-endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="133"/>
        <source>--screenshot-delay-ms must be a whole number ≥ 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/appoptions.cpp" line="142"/>
        <source>--quit-after-s must be a number of seconds &gt; 0 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlistHit</name>
    <message>
        <location filename="../../app/plates/passageevents.cpp" line="167"/>
        <source>Hotlist hit %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatePattern</name>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="65"/>
        <source>The plate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="70"/>
        <source>The plate has %1 characters; at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="81"/>
        <source>Character %1 (&apos;%2&apos;): wildcards are not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="92"/>
        <source>Character %1 (&apos;%2&apos;) cannot appear in a plate (letters A–Z, digits, Chinese characters, * and ?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="104"/>
        <source>The plate has %1 characters; at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/platepattern.cpp" line="110"/>
        <source>The pattern must contain at least two fixed characters.</source>
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
        <location filename="../../app/recording/recordingsettings.cpp" line="160"/>
        <source>must be &quot;continuous&quot;, &quot;event&quot; or &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="90"/>
        <source>must be a list of [x, y, width, height] fractions from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="115"/>
        <source>must be a list of periods {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="130"/>
        <source>must be an object {&quot;days&quot;, &quot;from&quot;, &quot;to&quot;, &quot;mode&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="141"/>
        <source>must be &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekend&quot; or a list of mon, tue, wed, thu, fri, sat, sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="150"/>
        <source>must be a time &quot;HH:MM&quot; from 00:00 to 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="164"/>
        <source>unknown field (expected days, from, to, mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="172"/>
        <source>needs &quot;from&quot;, &quot;to&quot; and &quot;mode&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="177"/>
        <source>the period is empty (&quot;from&quot; and &quot;to&quot; must differ; use 00:00 to 24:00 for a whole day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="313"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="334"/>
        <source>%1:%2: invalid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="338"/>
        <source>%1:1: the settings must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="347"/>
        <source>must be an absolute folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="353"/>
        <source>must be a number of GiB from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="361"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="382"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="396"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="414"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="369"/>
        <location filename="../../app/recording/recordingsettings.cpp" line="390"/>
        <source>unknown field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="376"/>
        <source>must be an object of camera id → settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="409"/>
        <source>unknown field (expected preSeconds, postSeconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="428"/>
        <source>unknown field (expected retentionDays, imageRetentionDays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="434"/>
        <source>must not exceed retentionDays (%1); using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recording/recordingsettings.cpp" line="439"/>
        <source>unknown field (expected storageDir, reserveGiB, segmentSeconds, defaults, cameras, alertClip, passages)</source>
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
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="69"/>
        <source>Show track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="86"/>
        <source>Action history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="104"/>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="105"/>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="148"/>
        <source>No snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="114"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="115"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="118"/>
        <source>Events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="122"/>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="124"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts/alertdetailpanel.cpp" line="126"/>
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
        <location filename="../../ui/app/alertsession.cpp" line="266"/>
        <source>Alert %1 could not be forwarded to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="291"/>
        <source>Dispatches are not forwarded to units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="293"/>
        <source>Event API off (no token configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="296"/>
        <source>Event API on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/alertsession.cpp" line="298"/>
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
        <location filename="../../ui/app/analyticssession.cpp" line="52"/>
        <source>Analytics running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app/analyticssession.cpp" line="55"/>
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
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="66"/>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="241"/>
        <source>Analytics could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="216"/>
        <source>Analytics plugin %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerlink.cpp" line="403"/>
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
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="156"/>
        <source>Analytics sent a message that could not be read; restarting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="158"/>
        <source>Analytics crashed; restarting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="170"/>
        <source>Analytics plugin %1 stopped responding; restarting in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="172"/>
        <source>Analytics plugin %1 crashed; restarting in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/analyticsworkerfaults.cpp" line="177"/>
        <source>Analytics plugin %1 disabled on this camera after %2 failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AppBootstrap</name>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="78"/>
        <source>Loading the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="109"/>
        <source>No site has been imported into %1 yet. Import one with vigil-admin, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/bootstrap.cpp" line="175"/>
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
        <location filename="../../ui/playback/exportdialog.cpp" line="33"/>
        <source>Burn in a watermark (operator, time, case number; re-encodes the video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="36"/>
        <source>Public release (black out the privacy masks, blur faces and plates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="40"/>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="45"/>
        <source>Cameras:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="52"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="53"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="54"/>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="55"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="56"/>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="58"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="61"/>
        <source>Export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="76"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="80"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="99"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="132"/>
        <source>Name the operator: every export is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="134"/>
        <source>Give a reason for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="136"/>
        <source>The end of the range must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="138"/>
        <source>Choose an absolute export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="158"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/exportdialog.cpp" line="193"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/exportdialog.cpp" line="197"/>
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
    <name>vigil::HotlistDialog</name>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="24"/>
        <source>Hotlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="42"/>
        <source>Plate or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="44"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="29"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="49"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="58"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="30"/>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="41"/>
        <source>e.g. 鄂C12345 or 鄂C*12?5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="54"/>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="69"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="70"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="71"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="102"/>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="103"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="159"/>
        <source>Plate or pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="163"/>
        <source>Reason: say why the vehicle is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/hotlistdialog.cpp" line="169"/>
        <source>Valid until: the time is already past.</source>
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
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>Vigil — Video Monitoring Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="87"/>
        <source>Camera %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="92"/>
        <source>Snapshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="107"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="178"/>
        <source>Vigil — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="110"/>
        <location filename="../../ui/mainwindow.cpp" line="204"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="215"/>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>The alert queue arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="309"/>
        <source>Playback of the selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="341"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="343"/>
        <source>Wall layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="352"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="361"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="362"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="372"/>
        <source>The language changes the next time Vigil starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="376"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="377"/>
        <location filename="../../ui/mainwindow.cpp" line="401"/>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="402"/>
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
    <name>vigil::PassageService</name>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="45"/>
        <source>Passages are not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="49"/>
        <source>Passage images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="52"/>
        <source>The passage store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="73"/>
        <source>The hotlist was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="88"/>
        <source>Passage retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="126"/>
        <source>A plate read from camera %1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="147"/>
        <source>The hotlist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/plates/passageservice.cpp" line="215"/>
        <source>The track of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PassageTableModel</name>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="53"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="54"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="71"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="73"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="77"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="79"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="81"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="83"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagetablemodel.cpp" line="85"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PassageWriter</name>
    <message numerus="yes">
        <location filename="../../app/plates/passagewriter.cpp" line="92"/>
        <source>%n passage record(s) dropped: the store has not accepted writes for too long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/plates/passagewriter.cpp" line="192"/>
        <source>%n passage image(s) not saved; the passages are stored without them. First: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PassagesDock</name>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="53"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="77"/>
        <source>No plate image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="78"/>
        <source>No vehicle snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="103"/>
        <source>Plate or pattern, e.g. 鄂C*12?5 (* any run, ? one character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="106"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="117"/>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="123"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="127"/>
        <source>Hotlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="131"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="162"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="163"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="164"/>
        <source>Track of this plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="201"/>
        <source>Track: pick a passage and press &quot;Track of this plate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="219"/>
        <source>All checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="228"/>
        <source>Ring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="250"/>
        <source>Plate field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="256"/>
        <source>&quot;From&quot; is later than &quot;to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="272"/>
        <source>No checkpoints on this ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="288"/>
        <source>The passage store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="295"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="307"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="316"/>
        <source>No passages found (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="317"/>
        <source>Passages %1–%2%3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="320"/>
        <source>, more on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="362"/>
        <source>Track of %1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plates/passagesdock.cpp" line="372"/>
        <source>Track of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plates/passagesdock.cpp" line="379"/>
        <source>Track of %1: %n read(s), oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::PlaybackDock</name>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="47"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="56"/>
        <source>Tick up to 16 cameras to play together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="79"/>
        <source>This alert has no recorded clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="80"/>
        <source>Cannot open the alert clip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="86"/>
        <source>Alert clip %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="107"/>
        <source>◀| Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="108"/>
        <source>Frame |▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="109"/>
        <source>Pause and show the previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="110"/>
        <source>Pause and show the next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="114"/>
        <source>Playback speed; negative plays backwards by keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="117"/>
        <source>Go to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="118"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="119"/>
        <source>Find motion in a region, or events, in the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="120"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="121"/>
        <source>Export a signed evidence copy of these cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="186"/>
        <source>Choose the cameras to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="236"/>
        <source>Tick the cameras to play in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="267"/>
        <source>At most %1 cameras play together; the first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="346"/>
        <source>Cannot read the recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="348"/>
        <source>No recordings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="385"/>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/playbackdock.cpp" line="385"/>
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
    <name>vigil::PrivacyMaskDialog</name>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="23"/>
        <source>Privacy masks — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="39"/>
        <source>Name of the mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="40"/>
        <source>Delete mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="44"/>
        <source>Click points to draw a polygon, double-click to close it. The masked areas are shown black on every view, in analytics overlays and in public exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="53"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="106"/>
        <source>Mask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="107"/>
        <source>%1 (being drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="129"/>
        <source>Mask %1 is not finished: double-click to close the polygon, or press Esc to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="153"/>
        <source>Privacy masks cannot be saved: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacymaskdialog.cpp" line="157"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PrivacyMaskLibrary</name>
    <message>
        <location filename="../../ui/privacy/privacymasklibrary.cpp" line="43"/>
        <source>Privacy masks cannot be saved: no store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PrivacySession</name>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="102"/>
        <source>Privacy masks of the selected camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="106"/>
        <source>Select a tile that shows a camera to edit its privacy masks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="113"/>
        <source>Public view (blur faces and plates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/privacysession.cpp" line="120"/>
        <source>%1 — PUBLIC VIEW</source>
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
        <location filename="../../ui/app/recordingsession.cpp" line="98"/>
        <source>Camera %1 is not recorded: it has no stream URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="145"/>
        <source>The clip of alert %1 could not be locked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="166"/>
        <source>Recording of %1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="188"/>
        <source>Recording paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="190"/>
        <source>Recording off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app/recordingsession.cpp" line="192"/>
        <source>REC %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RegionPicker</name>
    <message>
        <location filename="../../ui/playback/regionpicker.cpp" line="14"/>
        <source>Drag over the picture to choose where to look for motion</source>
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
        <location filename="../../ui/analytics/settingsform.cpp" line="54"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="56"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="58"/>
        <source>Other object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="60"/>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="108"/>
        <source>Stored settings this plugin version no longer knows will be removed on saving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="156"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="158"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="191"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="194"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/settingsform.cpp" line="200"/>
        <source>Choose a file</source>
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
    <name>vigil::SmartSearchDock</name>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="53"/>
        <source>Search recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="63"/>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="64"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="74"/>
        <source>Click a result to play it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="105"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="127"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="106"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="128"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="107"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="129"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="108"/>
        <source>Find motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="110"/>
        <source>Find the moments with motion in the marked region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="122"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="123"/>
        <source>All cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="126"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="130"/>
        <source>Find events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="236"/>
        <source>Choose a camera and a time range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="240"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="294"/>
        <source>The previous search is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="244"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="298"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="252"/>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="306"/>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="261"/>
        <source>%1
%2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="267"/>
        <source>Motion search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="269"/>
        <source>No motion data for this camera in this period (it was not recorded, or recorded before motion indexing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="272"/>
        <source>No motion in the marked region in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="276"/>
        <source>%n moments with motion (first ones shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="277"/>
        <source>%n moments with motion</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="290"/>
        <source>Choose a time range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/playback/smartsearchdock.cpp" line="325"/>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playback/smartsearchdock.cpp" line="325"/>
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../ui/playback/timelinewidget.cpp" line="188"/>
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
        <location filename="../../ui/wall/videotile.cpp" line="397"/>
        <source>%1 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="531"/>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="532"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="533"/>
        <source>Analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="534"/>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/videotile.cpp" line="535"/>
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
        <location filename="../../ui/wall/wallwindow.cpp" line="32"/>
        <source>Vigil — Wall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="40"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wall/wallwindow.cpp" line="50"/>
        <source>Snapshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
