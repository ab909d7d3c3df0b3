#pragma once
// One QGuiApplication for a Catch2 test process that draws with Qt fonts or images (the plate
// characters of the scene renderer need it). Offscreen unless QT_QPA_PLATFORM says otherwise;
// call from the test thread. The application lives until the process ends.

#include <QGuiApplication>

namespace vigil::testing {

inline void ensureGuiApp()
{
    if (qGuiApp)
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "vigil_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
}

} // namespace vigil::testing
