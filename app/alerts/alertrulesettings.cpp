#include "alerts/alertrulesettings.h"

#include <QSet>

namespace vigil {

namespace {

constexpr int kMaxDedupWindowSecs = 24 * 3600;
constexpr int kMaxSlaSecs = 7 * 24 * 3600;

using Type = LocatedJson::Type;

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString member(const QString &path, const QString &name)
{
    return path + QLatin1Char('.') + name;
}

bool isWholeNumber(const LocatedJson &value, double min, double max)
{
    return value.type == Type::Number && value.number >= min && value.number <= max &&
           value.number == double(qint64(value.number));
}

// Walks the members of one object entry: reports unknown and duplicate fields and the wrong
// type, and calls `field` for each known one. False when anything was wrong (the caller drops
// the entry: a half-read rule could match far more than the site meant).
template <typename Field>
bool readObject(const LocatedJson &value, const QString &path, const QStringList &known,
                SettingsProblems &problems, Field field)
{
    if (value.type != Type::Object) {
        problems.add(value.line, path,
                     AlertRuleSettings::tr("must be an object (got %1)").arg(value.typeName()));
        return false;
    }
    bool ok = true;
    QSet<QString> seen;
    for (const auto &[name, item] : value.members) {
        const QString itemPath = member(path, name);
        if (!known.contains(name)) {
            problems.add(item.line, itemPath,
                         AlertRuleSettings::tr("unknown field (expected %1)")
                             .arg(known.join(QStringLiteral(", "))));
            ok = false;
        } else if (seen.contains(name)) {
            problems.add(item.line, itemPath, AlertRuleSettings::tr("duplicate field"));
            ok = false;
        } else {
            seen.insert(name);
            ok = field(name, item, itemPath) && ok;
        }
    }
    return ok;
}

bool readString(const LocatedJson &value, const QString &path, SettingsProblems &problems,
                QString *out)
{
    if (value.type != Type::String || value.string.trimmed().isEmpty()) {
        problems.add(value.line, path, AlertRuleSettings::tr("must be a non-empty string"));
        return false;
    }
    *out = value.string.trimmed();
    return true;
}

bool readDateTime(const LocatedJson &value, const QString &path, SettingsProblems &problems,
                  QDateTime *out)
{
    const QDateTime time = value.type == Type::String
                               ? QDateTime::fromString(value.string.trimmed(), Qt::ISODate)
                               : QDateTime();
    if (!time.isValid()) {
        problems.add(value.line, path,
                     AlertRuleSettings::tr("must be an ISO date and time such as "
                                           "\"2026-03-04T08:00:00+08:00\""));
        return false;
    }
    *out = time;
    return true;
}

bool readClockTime(const LocatedJson &value, const QString &path, SettingsProblems &problems,
                   QTime *out)
{
    const QTime time = value.type == Type::String
                           ? QTime::fromString(value.string.trimmed(), QStringLiteral("HH:mm"))
                           : QTime();
    if (!time.isValid()) {
        problems.add(value.line, path,
                     AlertRuleSettings::tr("must be a time of day \"HH:mm\" from 00:00 to 23:59"));
        return false;
    }
    *out = time;
    return true;
}

bool readDays(const LocatedJson &value, const QString &path, SettingsProblems &problems,
              QList<int> *out)
{
    if (value.type != Type::Array || value.items.isEmpty()) {
        problems.add(value.line, path,
                     AlertRuleSettings::tr("must be a non-empty array of weekdays "
                                           "(1 = Monday … 7 = Sunday)"));
        return false;
    }
    bool ok = true;
    QList<int> days;
    for (qsizetype i = 0; i < value.items.size(); ++i) {
        const LocatedJson &day = value.items.at(i);
        if (!isWholeNumber(day, 1, 7)) {
            const QString got = day.type == Type::Number ? QString::number(day.number)
                                : day.type == Type::String
                                    ? QLatin1Char('"') + day.string + QLatin1Char('"')
                                    : day.typeName();
            problems.add(day.line, indexed(path, i),
                         AlertRuleSettings::tr("unknown day %1 (expected 1 = Monday … 7 = Sunday)")
                             .arg(got));
            ok = false;
        } else if (!days.contains(int(day.number))) {
            days.append(int(day.number));
        }
    }
    *out = days;
    return ok;
}

std::optional<Priority> priorityFromKey(const QString &key)
{
    for (Priority priority : {Priority::P1, Priority::P2, Priority::P3, Priority::P4}) {
        if (priorityKey(priority) == key)
            return priority;
    }
    return std::nullopt;
}

} // namespace

void SettingsProblems::add(int line, const QString &fieldPath, const QString &what)
{
    m_errors->append(
        QStringLiteral("%1:%2: %3: %4").arg(m_fileName).arg(line).arg(fieldPath, what));
}

const QStringList &AlertRuleSettings::keys()
{
    static const QStringList keys{QStringLiteral("dedup_window_s"), QStringLiteral("priorities"),
                                  QStringLiteral("suppressions"),   QStringLiteral("schedules"),
                                  QStringLiteral("always_armed"),   QStringLiteral("sla"),
                                  QStringLiteral("event_alerting")};
    return keys;
}

bool AlertRuleSettings::read(const QString &key, const LocatedJson &value, RuleSet &rules,
                             SlaPolicy &sla, SettingsProblems &problems)
{
    if (key == QLatin1String("dedup_window_s"))
        readDedupWindow(value, rules, problems);
    else if (key == QLatin1String("priorities"))
        readPriorities(value, rules, problems);
    else if (key == QLatin1String("suppressions"))
        readSuppressions(value, rules, problems);
    else if (key == QLatin1String("schedules"))
        readSchedules(value, rules, problems);
    else if (key == QLatin1String("always_armed"))
        readAlwaysArmed(value, rules, problems);
    else if (key == QLatin1String("sla"))
        readSla(value, sla, problems);
    else if (key == QLatin1String("event_alerting"))
        readEventAlerting(value, rules, problems);
    else
        return false;
    return true;
}

void AlertRuleSettings::readDedupWindow(const LocatedJson &value, RuleSet &rules,
                                        SettingsProblems &problems)
{
    if (!isWholeNumber(value, 0, kMaxDedupWindowSecs)) {
        problems.add(value.line, QStringLiteral("dedup_window_s"),
                     tr("must be a whole number of seconds from 0 to %1").arg(kMaxDedupWindowSecs));
        return;
    }
    rules.dedupWindowSecs = int(value.number);
}

void AlertRuleSettings::readPriorities(const LocatedJson &value, RuleSet &rules,
                                       SettingsProblems &problems)
{
    const QString path = QStringLiteral("priorities");
    if (value.type != Type::Array) {
        problems.add(value.line, path, tr("must be an array of rules"));
        return;
    }
    static const QStringList known{QStringLiteral("type"), QStringLiteral("camera"),
                                   QStringLiteral("area"), QStringLiteral("priority")};
    rules.priorityRules.clear();
    for (qsizetype i = 0; i < value.items.size(); ++i) {
        const LocatedJson &entry = value.items.at(i);
        PriorityRule rule;
        bool hasPriority = false;
        const bool ok =
            readObject(entry, indexed(path, i), known, problems,
                       [&](const QString &name, const LocatedJson &item, const QString &itemPath) {
                           if (name == QLatin1String("priority")) {
                               const auto priority = item.type == Type::String
                                                         ? priorityFromKey(item.string.trimmed())
                                                         : std::nullopt;
                               if (!priority) {
                                   problems.add(item.line, itemPath,
                                                tr("must be \"P1\", \"P2\", \"P3\" or \"P4\""));
                                   return false;
                               }
                               rule.priority = *priority;
                               hasPriority = true;
                               return true;
                           }
                           QString *target = name == QLatin1String("type")     ? &rule.eventType
                                             : name == QLatin1String("camera") ? &rule.cameraId
                                                                               : &rule.area;
                           return readString(item, itemPath, problems, target);
                       });
        if (ok && !hasPriority) {
            problems.add(entry.line, indexed(path, i), tr("\"priority\" is missing"));
            continue;
        }
        if (ok)
            rules.priorityRules.append(rule);
    }
}

void AlertRuleSettings::readSuppressions(const LocatedJson &value, RuleSet &rules,
                                         SettingsProblems &problems)
{
    const QString path = QStringLiteral("suppressions");
    if (value.type != Type::Array) {
        problems.add(value.line, path, tr("must be an array of windows"));
        return;
    }
    static const QStringList known{QStringLiteral("camera"), QStringLiteral("type"),
                                   QStringLiteral("from"), QStringLiteral("until"),
                                   QStringLiteral("reason")};
    rules.suppressions.clear();
    for (qsizetype i = 0; i < value.items.size(); ++i) {
        const LocatedJson &entry = value.items.at(i);
        const QString entryPath = indexed(path, i);
        SuppressionWindow window;
        int untilLine = entry.line;
        bool ok =
            readObject(entry, entryPath, known, problems,
                       [&](const QString &name, const LocatedJson &item, const QString &itemPath) {
                           if (name == QLatin1String("from"))
                               return readDateTime(item, itemPath, problems, &window.from);
                           if (name == QLatin1String("until")) {
                               untilLine = item.line;
                               return readDateTime(item, itemPath, problems, &window.until);
                           }
                           QString *target = name == QLatin1String("camera") ? &window.cameraId
                                             : name == QLatin1String("type") ? &window.eventType
                                                                             : &window.reason;
                           return readString(item, itemPath, problems, target);
                       });
        if (!ok)
            continue;
        if (!window.from.isValid() || !window.until.isValid()) {
            problems.add(entry.line, entryPath, tr("\"from\" and \"until\" are both required"));
        } else if (window.until <= window.from) {
            problems.add(untilLine, member(entryPath, QStringLiteral("until")),
                         tr("must be later than \"from\""));
        } else if (window.cameraId.isEmpty() && window.eventType.isEmpty()) {
            // A window over every camera and type would silence the whole site.
            problems.add(entry.line, entryPath, tr("needs a \"camera\", a \"type\" or both"));
        } else {
            rules.suppressions.append(window);
        }
    }
}

void AlertRuleSettings::readSchedules(const LocatedJson &value, RuleSet &rules,
                                      SettingsProblems &problems)
{
    const QString path = QStringLiteral("schedules");
    if (value.type != Type::Array) {
        problems.add(value.line, path, tr("must be an array of schedules"));
        return;
    }
    static const QStringList known{QStringLiteral("camera"), QStringLiteral("area"),
                                   QStringLiteral("periods")};
    static const QStringList periodKnown{QStringLiteral("days"), QStringLiteral("start"),
                                         QStringLiteral("end")};
    rules.schedules.clear();
    for (qsizetype i = 0; i < value.items.size(); ++i) {
        const LocatedJson &entry = value.items.at(i);
        const QString entryPath = indexed(path, i);
        ArmedSchedule schedule;
        bool hasPeriods = false;
        const auto readPeriods = [&](const LocatedJson &periods, const QString &periodsPath) {
            if (periods.type != Type::Array || periods.items.isEmpty()) {
                problems.add(periods.line, periodsPath, tr("must be a non-empty array of periods"));
                return false;
            }
            bool ok = true;
            for (qsizetype p = 0; p < periods.items.size(); ++p) {
                ArmedPeriod period;
                bool hasStart = false, hasEnd = false;
                const QString periodPath = indexed(periodsPath, p);
                const bool periodOk = readObject(
                    periods.items.at(p), periodPath, periodKnown, problems,
                    [&](const QString &name, const LocatedJson &item, const QString &itemPath) {
                        if (name == QLatin1String("days"))
                            return readDays(item, itemPath, problems, &period.weekdays);
                        if (name == QLatin1String("start")) {
                            hasStart = true;
                            return readClockTime(item, itemPath, problems, &period.start);
                        }
                        hasEnd = true;
                        return readClockTime(item, itemPath, problems, &period.end);
                    });
                if (periodOk && (!hasStart || !hasEnd)) {
                    problems.add(periods.items.at(p).line, periodPath,
                                 tr("\"start\" and \"end\" are both required"));
                    ok = false;
                    continue;
                }
                if (periodOk)
                    schedule.periods.append(period);
                ok = periodOk && ok;
            }
            return ok;
        };
        const bool ok =
            readObject(entry, entryPath, known, problems,
                       [&](const QString &name, const LocatedJson &item, const QString &itemPath) {
                           if (name == QLatin1String("periods")) {
                               hasPeriods = true;
                               return readPeriods(item, itemPath);
                           }
                           return readString(item, itemPath, problems,
                                             name == QLatin1String("camera") ? &schedule.cameraId
                                                                             : &schedule.area);
                       });
        if (!ok)
            continue;
        if (schedule.cameraId.isEmpty() == schedule.area.isEmpty())
            problems.add(entry.line, entryPath, tr("needs exactly one of \"camera\" or \"area\""));
        else if (!hasPeriods)
            problems.add(entry.line, entryPath, tr("\"periods\" is missing"));
        else
            rules.schedules.append(schedule);
    }
}

void AlertRuleSettings::readAlwaysArmed(const LocatedJson &value, RuleSet &rules,
                                        SettingsProblems &problems)
{
    const QString path = QStringLiteral("always_armed");
    if (value.type != Type::Array) {
        problems.add(value.line, path, tr("must be an array of event types"));
        return;
    }
    QSet<QString> types;
    bool ok = true;
    for (qsizetype i = 0; i < value.items.size(); ++i) {
        QString type;
        if (readString(value.items.at(i), indexed(path, i), problems, &type))
            types.insert(type);
        else
            ok = false;
    }
    // A partly bad list is applied with its good entries: dropping one would disarm more.
    if (ok || !types.isEmpty())
        rules.alwaysArmedTypes = types;
}

void AlertRuleSettings::readEventAlerting(const LocatedJson &value, RuleSet &rules,
                                          SettingsProblems &problems)
{
    const QString path = QStringLiteral("event_alerting");
    if (value.type != Type::Object) {
        problems.add(value.line, path,
                     tr("must be an object of event type → true (raise alerts) or false "
                        "(informational)"));
        return;
    }
    QHash<QString, bool> alerting;
    for (const auto &[type, item] : value.members) {
        const QString itemPath = member(path, type);
        if (type.trimmed().isEmpty())
            problems.add(item.line, itemPath, tr("the event type must not be empty"));
        else if (alerting.contains(type))
            problems.add(item.line, itemPath, tr("duplicate field"));
        else if (item.type != Type::Bool)
            problems.add(item.line, itemPath,
                         tr("must be true (raise alerts) or false (informational), got %1")
                             .arg(item.typeName()));
        else
            alerting.insert(type, item.boolean);
    }
    rules.eventAlerting = alerting;
}

void AlertRuleSettings::readSla(const LocatedJson &value, SlaPolicy &sla,
                                SettingsProblems &problems)
{
    const QString path = QStringLiteral("sla");
    static const QStringList priorities{QStringLiteral("P1"), QStringLiteral("P2"),
                                        QStringLiteral("P3"), QStringLiteral("P4")};
    static const QStringList stageKeys{QStringLiteral("ack_s"), QStringLiteral("dispatch_s"),
                                       QStringLiteral("on_scene_s")};
    readObject(
        value, path, priorities, problems,
        [&](const QString &priorityName, const LocatedJson &targetsValue,
            const QString &targetsPath) {
            const int slot = int(priorities.indexOf(priorityName));
            SlaTargets targets = sla.targets[size_t(slot)]; // unset stages keep the default
            const bool ok = readObject(
                targetsValue, targetsPath, stageKeys, problems,
                [&](const QString &stage, const LocatedJson &item, const QString &itemPath) {
                    if (!isWholeNumber(item, 1, kMaxSlaSecs)) {
                        problems.add(
                            item.line, itemPath,
                            tr("must be a whole number of seconds from 1 to %1").arg(kMaxSlaSecs));
                        return false;
                    }
                    int &target = stage == QLatin1String("ack_s")        ? targets.acknowledgeSecs
                                  : stage == QLatin1String("dispatch_s") ? targets.dispatchSecs
                                                                         : targets.onSceneSecs;
                    target = int(item.number);
                    return true;
                });
            if (!ok)
                return false;
            // Every target counts from the alert's creation, so the stages must not overlap.
            if (targets.acknowledgeSecs > targets.dispatchSecs ||
                targets.dispatchSecs > targets.onSceneSecs) {
                problems.add(targetsValue.line, targetsPath,
                             tr("targets must grow: ack_s ≤ dispatch_s ≤ on_scene_s (got %1, %2, "
                                "%3), all counted from when the alert was raised")
                                 .arg(targets.acknowledgeSecs)
                                 .arg(targets.dispatchSecs)
                                 .arg(targets.onSceneSecs));
                return false;
            }
            sla.targets[size_t(slot)] = targets;
            return true;
        });
}

} // namespace vigil
