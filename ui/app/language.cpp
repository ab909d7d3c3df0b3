#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace vigil {

namespace {
const char *const kLanguageKey = "ui/language";
}

QList<LanguageChoice> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("vigil::Language", "Follow the system")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QString normalizedLanguage(const QString &code)
{
    const QString lower = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower == QLatin1String("c"))
        return QStringLiteral("en");
    return {};
}

QString storedLanguagePreference()
{
    return normalizedLanguage(QSettings().value(QLatin1String(kLanguageKey)).toString());
}

void storeLanguagePreference(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

QString chooseLanguage(const QString &commandLine, bool demo)
{
    if (const QString chosen = normalizedLanguage(commandLine); !chosen.isEmpty())
        return chosen;
    if (const QString stored = storedLanguagePreference(); !stored.isEmpty())
        return stored;
    if (demo)
        return QStringLiteral("zh_CN");
    const QString system = normalizedLanguage(QLocale::system().name());
    return system.isEmpty() ? QStringLiteral("en") : system;
}

bool installTranslations(QCoreApplication &app, const QString &language, QString *error)
{
    if (language == QLatin1String("en"))
        return true; // English is the source language
    auto *vigilTranslator = new QTranslator(&app);
    const QString file = QStringLiteral(":/i18n/vigil_%1.qm").arg(language);
    if (!vigilTranslator->load(file)) {
        delete vigilTranslator;
        if (error)
            *error = QCoreApplication::translate("vigil::Language",
                                                 "Cannot load the translation file %1")
                         .arg(file);
        return false;
    }
    QCoreApplication::installTranslator(vigilTranslator);
    QLocale::setDefault(QLocale(language));

    // Qt's own strings (standard buttons, dialogs); optional, present when qt6-translations is.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

} // namespace vigil
