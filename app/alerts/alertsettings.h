#pragma once
// AlertSettings: the workstation's alert settings — who is logged in, the external event API
// (bearer token, bind address, port; no token = API off), the webhook endpoint of each unit
// that can be dispatched, and the site's alert rules and response-time targets. Read from
// "<data dir>/alerts.json"; command-line options override the first three.
//
//   {"operator": "zhang.wei",
//    "api": {"token": "…at least 16 characters…", "bind": "127.0.0.1", "port": 8765},
//    "units": {"巡逻二组": "http://10.0.0.7:9000/dispatch"},
//    "dedup_window_s": 60,
//    "priorities": [{"type": "intrusion", "camera": "c07", "area": "t01-c2", "priority": "P1"}],
//    "suppressions": [{"camera": "c03", "type": "motion", "from": "2026-03-04T08:00:00+08:00",
//                      "until": "2026-03-04T12:00:00+08:00", "reason": "maintenance"}],
//    "schedules": [{"area": "t02-v1",
//                   "periods": [{"days": [1, 2, 3, 4, 5], "start": "20:00", "end": "06:00"}]}],
//    "always_armed": ["video_loss", "tamper"],
//    "sla": {"P1": {"ack_s": 15, "dispatch_s": 30, "on_scene_s": 60}, "P2": {...}, ...}}
//
// Rules: in "priorities" type/camera/area are optional (empty matches anything; camera beats area
// beats type), "priority" is "P1".."P4". A suppression needs "from" and "until" (ISO 8601; no
// offset = local time) and a camera, a type or both. A schedule names exactly one of camera or
// area; "days" are 1 = Monday … 7 = Sunday, "start"/"end" are "HH:mm" (end ≤ start runs over
// midnight). "always_armed" replaces the event types armed whatever the schedule. "sla" targets
// are seconds from when the alert was raised, per priority; a stage left out keeps its default
// (SlaPolicy), and ack_s ≤ dispatch_s ≤ on_scene_s. A key that is absent keeps the built-in
// default (RuleSet, SlaPolicy).
//
// Every problem is reported as "<file>:<line>: <field path>: <what>" (e.g.
// "alerts.json:12: schedules[0].periods[1].days[2]: unknown day 8 …"); the bad entry is left out
// and the rest is still read.
//
// Thread contract: value types and free functions; AlertSettingsReader::loadFile() does file I/O
// (call it off the GUI thread).

#include "alerts/ruleset.h"
#include "alerts/slapolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vigil {

struct AlertSettings
{
    static constexpr quint16 kDefaultApiPort = 8765;

    QString operatorLogin; // empty = the OS user name
    QByteArray apiToken;   // empty = the event API is off
    QHostAddress apiAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = kDefaultApiPort;
    QHash<QString, QUrl> unitEndpoints; // unit name → webhook URL
    RuleSet rules;                      // built-in defaults for every key the file leaves out
    SlaPolicy sla;
};

struct AlertSettingsResult
{
    AlertSettings settings;
    QStringList errors; // located; the settings hold everything that was valid
    bool fileFound = false;
    // The file was read and is a JSON object: `settings` reflects it. False for an unreadable
    // file or broken JSON — a reload then keeps the rules in force.
    bool parsed = false;
};

class AlertSettingsReader
{
    Q_DECLARE_TR_FUNCTIONS(AlertSettingsReader)
public:
    // A missing file is no error (defaults).
    static AlertSettingsResult loadFile(const QString &path);
    static AlertSettingsResult parse(const QByteArray &json, const QString &fileName);
    // Checks one "NAME=URL" unit endpoint (command line); empty string when valid.
    static QString parseUnitEndpoint(const QString &spec, QString *name, QUrl *url);
    static QString checkToken(const QByteArray &token);
};

} // namespace vigil
