# Configures and builds plugins/examples/hello in a fresh temporary directory, checks that a module
# came out, has the plugin host load it (when -DHOST_TEST=<vigil_plugins_tests> is given), and
# removes the directory whatever happened. Run by CTest with cmake -P.
foreach(var EXAMPLE_SOURCE_DIR VIGIL_SDK_DIR GENERATOR COMPILER)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "build_example.cmake: -D${var}=... is required")
    endif()
endforeach()

set(tmp "$ENV{TMPDIR}")
if(NOT tmp)
    set(tmp /tmp)
endif()
string(RANDOM LENGTH 10 suffix)
set(work "${tmp}/vigil-sdk-example-${suffix}")

set(args -S "${EXAMPLE_SOURCE_DIR}" -B "${work}" -G "${GENERATOR}"
         "-DCMAKE_CXX_COMPILER=${COMPILER}" "-DVIGIL_SDK_DIR=${VIGIL_SDK_DIR}")
if(LAUNCHER)
    list(APPEND args "-DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER}")
endif()
if(QT_DIR)
    list(APPEND args "-DQt6_DIR=${QT_DIR}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${work}" -j2
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(step "build")
else()
    set(step "configure")
endif()
file(GLOB modules "${work}/*.so")
# Then the host must accept the module: the test binary's hidden [example] case loads it.
if(rc EQUAL 0 AND modules AND HOST_TEST)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "VIGIL_PLUGIN_PATH=${work}"
                            "${HOST_TEST}" "[example]"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(step "load by the plugin host")
endif()
file(REMOVE_RECURSE "${work}")

if(NOT rc EQUAL 0)
    message(FATAL_ERROR "out-of-tree example: ${step} failed (exit ${rc}):\n${out}")
endif()
if(NOT modules)
    message(FATAL_ERROR "out-of-tree example: build succeeded but produced no .so module")
endif()
message(STATUS "out-of-tree example built: ${modules}")
