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
