#pragma once
// Minimal "--key value" option parsing for vigil-mapgen subcommands, with errors naming the
// option. No threads.

#include <QHash>
#include <QStringList>

#include <optional>

namespace mapgen {

// Parses "--key value" pairs; only keys in `allowed`. Error names the offending argument.
std::optional<QHash<QString, QString>> parseOptions(const QStringList &args,
                                                    const QStringList &allowed, QString *error);
// Integer option with a range check; error names the option.
std::optional<int> intOption(const QHash<QString, QString> &options, const QString &key,
                             int fallback, int min, int max, QString *error);

} // namespace mapgen
