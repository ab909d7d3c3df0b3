#include "alerts/alertsettings.h"

#include "alerts/alertrulesettings.h"
#include "store/locatedjson.h"

#include <QFile>
#include <QSet>

namespace vigil {

namespace {

constexpr qsizetype kMinTokenLength = 16; // as EventApiServer requires

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
    using Type = LocatedJson::Type;
    AlertSettingsResult result;
    SettingsProblems problems(fileName, &result.errors);
    JsonSyntaxError syntaxError;
    const std::optional<LocatedJson> document = parseLocatedJson(json, &syntaxError);
    if (!document) {
        result.errors << tr("%1:%2: invalid JSON: %3")
                             .arg(fileName)
                             .arg(syntaxError.line)
                             .arg(syntaxError.message);
        return result;
    }
    if (document->type != Type::Object) {
        result.errors
            << tr("%1:%2: the settings must be a JSON object").arg(fileName).arg(document->line);
        return result;
    }
    result.parsed = true;
    AlertSettings &settings = result.settings;
    QSet<QString> seen;
    for (const auto &[key, value] : document->members) {
        if (seen.contains(key)) {
            problems.add(value.line, key, tr("duplicate field (the first one is used)"));
            continue;
        }
        seen.insert(key);
        if (AlertRuleSettings::read(key, value, settings.rules, settings.sla, problems))
            continue;
        if (key == QLatin1String("operator")) {
            if (value.type != Type::String || value.string.trimmed().isEmpty())
                problems.add(value.line, key, tr("must be a non-empty string"));
            else
                settings.operatorLogin = value.string.trimmed();
        } else if (key == QLatin1String("api")) {
            if (value.type != Type::Object) {
                problems.add(value.line, key, tr("must be an object"));
                continue;
            }
            for (const auto &[name, field] : value.members) {
                const QString path = key + QLatin1Char('.') + name;
                if (name == QLatin1String("token")) {
                    const QByteArray token = field.string.toUtf8();
                    const QString problem =
                        field.type == Type::String ? checkToken(token) : tr("must be a string");
                    if (!problem.isEmpty())
                        problems.add(field.line, path, problem);
                    else
                        settings.apiToken = token;
                } else if (name == QLatin1String("bind")) {
                    const QHostAddress address(field.string);
                    if (field.type != Type::String || address.isNull())
                        problems.add(field.line, path,
                                     tr("must be an IP address such as 127.0.0.1"));
                    else
                        settings.apiAddress = address;
                } else if (name == QLatin1String("port")) {
                    const double port = field.number;
                    if (field.type != Type::Number || port < 1 || port > 65535 || port != int(port))
                        problems.add(field.line, path,
                                     tr("must be a whole number from 1 to 65535"));
                    else
                        settings.apiPort = quint16(port);
                } else {
                    problems.add(field.line, path,
                                 tr("unknown field (expected token, bind, port)"));
                }
            }
        } else if (key == QLatin1String("units")) {
            if (value.type != Type::Object) {
                problems.add(value.line, key, tr("must be an object of unit name → URL"));
                continue;
            }
            for (const auto &[unitName, unit] : value.members) {
                QString name;
                QUrl url;
                const QString problem =
                    unit.type == Type::String
                        ? parseUnitEndpoint(unitName + QLatin1Char('=') + unit.string, &name, &url)
                        : tr("must be a URL string");
                if (!problem.isEmpty())
                    problems.add(unit.line, key + QLatin1Char('.') + unitName, problem);
                else
                    settings.unitEndpoints.insert(name, url);
            }
        } else {
            problems.add(value.line, key,
                         tr("unknown field (expected operator, api, units, %1)")
                             .arg(AlertRuleSettings::keys().join(QStringLiteral(", "))));
        }
    }
    return result;
}

} // namespace vigil
