#pragma once
// AlertSettings: the workstation's alert settings — who is logged in, the external event API
// (bearer token, bind address, port; no token = API off) and the webhook endpoint of each unit
// that can be dispatched. Read from "<data dir>/alerts.json"; command-line options override it.
//
//   {"operator": "zhang.wei",
//    "api": {"token": "…at least 16 characters…", "bind": "127.0.0.1", "port": 8765},
//    "units": {"巡逻二组": "http://10.0.0.7:9000/dispatch"}}
//
// Every problem is reported as "<file>:<line>: <field>: <what>" and the rest is still read.
//
// Thread contract: value types and free functions; loadAlertSettingsFile() does file I/O (call
// it off the GUI thread).

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
};

struct AlertSettingsResult
{
    AlertSettings settings;
    QStringList errors; // located; the settings hold everything that was valid
    bool fileFound = false;
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
