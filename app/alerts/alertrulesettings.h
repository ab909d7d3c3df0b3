#pragma once
// The site-configurable rule and response-time sections of alerts.json (see alertsettings.h for
// the whole file): "dedup_window_s", "priorities", "suppressions", "schedules", "always_armed"
// "sla" and "event_alerting". Each reader takes a value located by parseLocatedJson(), keeps every
// valid entry and reports each bad one as "<file>:<line>: <field path>: <what>" (the entry is then
// left out, or the default kept for a scalar).
//
// Thread contract: pure functions over values; any thread.

#include "alerts/ruleset.h"
#include "alerts/slapolicy.h"
#include "store/locatedjson.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigil {

// Collects located problems of one settings file.
class SettingsProblems
{
public:
    SettingsProblems(QString fileName, QStringList *errors)
        : m_fileName(std::move(fileName)), m_errors(errors)
    {}
    void add(int line, const QString &fieldPath, const QString &what);
    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QStringList *m_errors;
};

class AlertRuleSettings
{
    Q_DECLARE_TR_FUNCTIONS(AlertRuleSettings)
public:
    // The top-level keys this class reads.
    static const QStringList &keys();
    // Reads one of keys() into `rules` / `sla`; false when `key` is not one of them.
    static bool read(const QString &key, const LocatedJson &value, RuleSet &rules, SlaPolicy &sla,
                     SettingsProblems &problems);

private:
    static void readDedupWindow(const LocatedJson &value, RuleSet &rules,
                                SettingsProblems &problems);
    static void readPriorities(const LocatedJson &value, RuleSet &rules,
                               SettingsProblems &problems);
    static void readSuppressions(const LocatedJson &value, RuleSet &rules,
                                 SettingsProblems &problems);
    static void readSchedules(const LocatedJson &value, RuleSet &rules, SettingsProblems &problems);
    static void readAlwaysArmed(const LocatedJson &value, RuleSet &rules,
                                SettingsProblems &problems);
    static void readSla(const LocatedJson &value, SlaPolicy &sla, SettingsProblems &problems);
    static void readEventAlerting(const LocatedJson &value, RuleSet &rules,
                                  SettingsProblems &problems);
};

} // namespace vigil
