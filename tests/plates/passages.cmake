# Passage store, hotlist and passages API tests (checkpoints area). Included from
# tests/plates/CMakeLists.txt; label "unit", the suite takes a few seconds.
add_executable(passages_tests
    passages_test_main.cpp
    passagestestsupport.h
    passagestore_test.cpp
    passageretention_test.cpp
    passageimages_test.cpp
    hotlist_test.cpp
    passagesapi_test.cpp)
vigil_target_defaults(passages_tests)
target_link_libraries(passages_tests PRIVATE vigil_core Catch2::Catch2 Qt6::Core Qt6::Sql Qt6::Test
                                             Qt6::Network)
vigil_discover_tests(passages_tests TEST_PREFIX "passages/" LABELS unit TIMEOUT 120)

# The passages dock, hotlist dialog and track view, offscreen.
if(TARGET vigil_ui)
    add_executable(passages_ui_tests passages_ui_test_main.cpp passagestestsupport.h
                                     passagesdock_test.cpp)
    vigil_target_defaults(passages_ui_tests)
    target_link_libraries(passages_ui_tests PRIVATE vigil_ui Catch2::Catch2 Qt6::Test)
    add_test(NAME passages_ui_tests COMMAND passages_ui_tests)
    set_tests_properties(passages_ui_tests PROPERTIES
        ENVIRONMENT "${VIGIL_TEST_ENV}" LABELS unit TIMEOUT 120)
endif()
