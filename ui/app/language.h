#pragma once
// UI language: choosing it (command line > saved preference > system locale) and installing the
// translators. The preference is changed from the Settings menu and applies on the next start.
//
// Thread contract: GUI thread (installs translators on the application object).

#include <QList>
#include <QString>

class QCoreApplication;

namespace vigil {

struct LanguageChoice
{
    QString code;       // "zh_CN", "en"; empty = follow the system
    QString nativeName; // shown in the menu in its own language
};

QList<LanguageChoice> availableLanguages();

// "zh_CN" or "en" for recognised input ("zh", "zh_CN", "zh-CN", "en_US", ...), else empty.
QString normalizedLanguage(const QString &code);

QString storedLanguagePreference(); // empty = follow the system
void storeLanguagePreference(const QString &code);

// `commandLine` wins when set; then the saved preference; then --demo (shown in Chinese);
// then the system locale.
QString chooseLanguage(const QString &commandLine, bool demo);

// Installs Vigil's and Qt's own translations for `language`. Returns false (with `error`) when
// Vigil's translation for a non-English language could not be loaded.
bool installTranslations(QCoreApplication &app, const QString &language, QString *error);

} // namespace vigil
