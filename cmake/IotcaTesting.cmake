# iotca_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One Qt Test executable registered with ctest. GUI tests run on the offscreen platform; every test gets its own
# throwaway data and config folders through the environment that scripts/test sets up.
function(iotca_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    qt_add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBRARIES} iotca_test_support Qt6::Test)
    iotca_set_target_options(${arg_NAME})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;IOTCA_SOURCE_DIR=${PROJECT_SOURCE_DIR};IOTCA_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()
