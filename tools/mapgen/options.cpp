#include "options.h"

namespace mapgen {

std::optional<QHash<QString, QString>> parseOptions(const QStringList &args,
                                                    const QStringList &allowed, QString *error)
{
    QHash<QString, QString> result;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(u"--") || !allowed.contains(arg.mid(2))) {
            *error = QStringLiteral("unknown argument '%1' (expected one of --%2)")
                         .arg(arg, allowed.join(QStringLiteral(", --")));
            return std::nullopt;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("option '%1' needs a value").arg(arg);
            return std::nullopt;
        }
        result.insert(arg.mid(2), args[++i]);
    }
    return result;
}

std::optional<int> intOption(const QHash<QString, QString> &options, const QString &key,
                             int fallback, int min, int max, QString *error)
{
    if (!options.contains(key))
        return fallback;
    bool ok = false;
    const int value = options.value(key).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("option '--%1': '%2' is not an integer in %3..%4")
                     .arg(key, options.value(key))
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return value;
}

} // namespace mapgen
