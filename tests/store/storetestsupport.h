#pragma once
// Helpers shared by the store tests: paths of fixtures and printing for Catch2 messages.

#include "model/site.h"
#include "store/siteimport.h"

#include <QDir>
#include <QString>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ostream>

namespace vigil::test {

inline QString envPath(const char *name)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        FAIL("environment variable " << name << " is not set (run the tests through ctest)");
    return QString::fromLocal8Bit(value);
}

inline QString sourcePath(const QString &relative)
{
    return QDir(envPath("VIGIL_SOURCE_DIR")).filePath(relative);
}

inline QString storeData(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/data/store/") + relative);
}

inline QString demoDistrictPath()
{
    return sourcePath(QStringLiteral("resources/demo/district.json"));
}

inline std::string errorsText(const QList<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n').toStdString();
}

// Finds the error for `field` (exact match); nullptr when there is none.
inline const ImportError *findError(const QList<ImportError> &errors, const QString &field)
{
    for (const ImportError &e : errors) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

} // namespace vigil::test

QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
QT_END_NAMESPACE
