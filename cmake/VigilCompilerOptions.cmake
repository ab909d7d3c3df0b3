# Warnings and sanitizers shared by every Vigil target: call vigil_target_defaults(<target>).
function(vigil_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(VIGIL_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Strict Qt: no implicit conversions from char* to QString, no deprecated APIs of older Qt.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                 QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

if(VIGIL_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# The core must never link QtWidgets. Call after the target's links are declared; configuration
# fails if Widgets (or a target that brings it) appears among its link libraries.
function(vigil_forbid_widgets target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS libs ilibs)
        if(lib MATCHES "Widgets|vigil_ui")
            message(FATAL_ERROR "${target} is the UI-free core and must not link '${lib}'. "
                                "Move widget code to ui/.")
        endif()
    endforeach()
endfunction()

# Precompiled headers for the targets with many translation units: most of a Vigil file's compile
# time is parsing the same Qt and standard headers (measured: streamingest.cpp 4.8 s → 2.5 s).
# Flavours: core (QtCore/Sql/Json + std), gui (core + widgets), test (core + Catch2).
# Files that configure Catch2 (CATCH_CONFIG_*) must see catch.hpp first and skip the PCH.
# -DVIGIL_PCH=OFF builds without them (to check that every file includes what it uses).
option(VIGIL_PCH "Precompile the common Qt/std headers of the large targets" ON)
set(VIGIL_PCH_CORE <QString> <QStringList> <QList> <QHash> <QSet> <QMap> <QByteArray> <QObject>
    <QDateTime> <QDir> <QFile> <QFileInfo> <QJsonObject> <QJsonArray> <QJsonDocument> <QVariant>
    <QTimer> <QThread> <QImage> <QRectF> <QElapsedTimer> <QCoreApplication> <QSqlQuery>
    <QSqlError> <algorithm> <atomic> <chrono> <cmath> <functional> <memory> <mutex> <optional>
    <vector>)
set(VIGIL_PCH_GUI <QWidget> <QLabel> <QPainter> <QVBoxLayout> <QHBoxLayout> <QPushButton>
    <QLineEdit> <QComboBox> <QListWidget> <QFormLayout> <QDockWidget> <QMenu> <QFutureWatcher>
    <QtConcurrent/QtConcurrentRun>)
set(VIGIL_PCH_TEST <catch2/catch.hpp> <QTemporaryDir>)
function(vigil_precompile target flavour)
    if(NOT VIGIL_PCH)
        return()
    endif()
    set(headers ${VIGIL_PCH_CORE})
    if(flavour STREQUAL "gui")
        list(APPEND headers ${VIGIL_PCH_GUI})
    elseif(flavour STREQUAL "test")
        list(APPEND headers ${VIGIL_PCH_TEST})
    elseif(NOT flavour STREQUAL "core")
        message(FATAL_ERROR "vigil_precompile(${target}): unknown flavour '${flavour}'")
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" OUTPUT_VARIABLE path)
        if(path MATCHES "\\.cpp$" AND EXISTS "${path}")
            file(STRINGS "${path}" configures REGEX "^#define CATCH_CONFIG_")
            if(configures)
                set_source_files_properties("${path}" TARGET_DIRECTORY ${target}
                                            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
            endif()
        endif()
    endforeach()
endfunction()
