#include "alerts/alertsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vigil {

namespace {

constexpr qsizetype kMinTokenLength = 16; // as EventApiServer requires

// 1-based line of a field: each key of `path` is searched after the previous one.
int lineOf(const QByteArray &json, const QStringList &path)
{
    qsizetype position = 0;
    for (const QString &key : path) {
        const qsizetype found = json.indexOf('"' + key.toUtf8() + '"', position);
        if (found < 0)
            break;
        position = found;
    }
    return int(json.left(position).count('\n')) + 1;
}

} // namespace

QString AlertSettingsReader::checkToken(const QByteArray &token)
{
    if (token.size() < kMinTokenLength)
        return tr("the bearer token must be at least %1 characters").arg(kMinTokenLength);
    for (char c : token) {
        if (c <= ' ' || c == 0x7f)
            return tr("the bearer token must not contain spaces or control characters");
    }
    return {};
}

QString AlertSettingsReader::parseUnitEndpoint(const QString &spec, QString *name, QUrl *url)
{
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return tr("expected UNIT=URL (got \"%1\")").arg(spec);
    *name = spec.left(equals).trimmed();
    *url = QUrl(spec.mid(equals + 1).trimmed(), QUrl::StrictMode);
    if (name->isEmpty())
        return tr("the unit name is empty");
    if (!url->isValid() ||
        (url->scheme() != QLatin1String("http") && url->scheme() != QLatin1String("https")) ||
        url->host().isEmpty())
        return tr("\"%1\" is not an http(s) URL").arg(spec.mid(equals + 1).trimmed());
    return {};
}

AlertSettingsResult AlertSettingsReader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        AlertSettingsResult result;
        result.fileFound = true;
        result.errors << tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    AlertSettingsResult result = parse(file.readAll(), path);
    result.fileFound = true;
    return result;
}

AlertSettingsResult AlertSettingsReader::parse(const QByteArray &json, const QString &fileName)
{
    AlertSettingsResult result;
    const auto fail = [&](const QStringList &path, const QString &what) {
        result.errors << QStringLiteral("%1:%2: %3: %4")
                             .arg(fileName)
                             .arg(lineOf(json, path))
                             .arg(path.join(QLatin1Char('.')), what);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        result.errors
            << tr("%1:%2: invalid JSON: %3").arg(fileName).arg(line).arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.errors << tr("%1:1: the settings must be a JSON object").arg(fileName);
        return result;
    }
    const QJsonObject root = document.object();
    AlertSettings &settings = result.settings;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("operator")) {
            if (!it->isString() || it->toString().trimmed().isEmpty())
                fail({key}, tr("must be a non-empty string"));
            else
                settings.operatorLogin = it->toString().trimmed();
        } else if (key == QLatin1String("api")) {
            if (!it->isObject()) {
                fail({key}, tr("must be an object"));
                continue;
            }
            const QJsonObject api = it->toObject();
            for (auto field = api.begin(); field != api.end(); ++field) {
                const QStringList path{key, field.key()};
                if (field.key() == QLatin1String("token")) {
                    const QByteArray token = field->toString().toUtf8();
                    const QString problem =
                        field->isString() ? checkToken(token) : tr("must be a string");
                    if (!problem.isEmpty())
                        fail(path, problem);
                    else
                        settings.apiToken = token;
                } else if (field.key() == QLatin1String("bind")) {
                    const QHostAddress address(field->toString());
                    if (!field->isString() || address.isNull())
                        fail(path, tr("must be an IP address such as 127.0.0.1"));
                    else
                        settings.apiAddress = address;
                } else if (field.key() == QLatin1String("port")) {
                    const double port = field->toDouble(-1);
                    if (!field->isDouble() || port < 1 || port > 65535 || port != int(port))
                        fail(path, tr("must be a whole number from 1 to 65535"));
                    else
                        settings.apiPort = quint16(port);
                } else {
                    fail(path, tr("unknown field (expected token, bind, port)"));
                }
            }
        } else if (key == QLatin1String("units")) {
            if (!it->isObject()) {
                fail({key}, tr("must be an object of unit name → URL"));
                continue;
            }
            const QJsonObject units = it->toObject();
            for (auto unit = units.begin(); unit != units.end(); ++unit) {
                QString name;
                QUrl url;
                const QString problem =
                    unit->isString()
                        ? parseUnitEndpoint(unit.key() + QLatin1Char('=') + unit->toString(), &name,
                                            &url)
                        : tr("must be a URL string");
                if (!problem.isEmpty())
                    fail({key, unit.key()}, problem);
                else
                    settings.unitEndpoints.insert(name, url);
            }
        } else {
            fail({key}, tr("unknown field (expected operator, api, units)"));
        }
    }
    return result;
}

} // namespace vigil
