# Fails when a source file of the UI-free core includes a QtWidgets header.
# Usage: cmake -DDIR=<app dir> -P CheckNoWidgets.cmake (also included at configure time).
if(NOT DIR)
    message(FATAL_ERROR "CheckNoWidgets.cmake needs -DDIR=")
endif()
file(GLOB_RECURSE _vigil_core_sources "${DIR}/*.h" "${DIR}/*.cpp")
set(_vigil_widget_re "#[ \t]*include[ \t]*[<\"](QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QLabel|QGraphicsView|QAbstractItemView|QTreeView|QPushButton)")
foreach(_f IN LISTS _vigil_core_sources)
    file(STRINGS "${_f}" _hits REGEX "${_vigil_widget_re}")
    if(_hits)
        message(FATAL_ERROR "${_f}: the core (app/) must not include QtWidgets headers: ${_hits}\n"
                            "Move widget code to ui/.")
    endif()
endforeach()
