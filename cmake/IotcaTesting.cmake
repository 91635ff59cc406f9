# iotca_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...> [LABELS <labels...>] [TIMEOUT <s>] [COST <s>])
# One Qt Test executable registered with ctest. GUI tests run on the offscreen platform; every test gets its own
# throwaway data and config folders through the environment that scripts/test sets up.
# COST is the test's measured time (seconds, ASan build) for the slowest tests: ctest -j starts the costliest first, so
# a 3-minute test does not begin last and hold the run's tail on one core. CI's clean clone has no timing data of its
# own (build/*/Testing/Temporary/CTestCostData.txt, which replaces these hints after a local run).
function(iotca_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT;COST" "SOURCES;LIBRARIES;LABELS" ${ARGN})
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
    if(arg_COST)
        set_tests_properties(${arg_NAME} PROPERTIES COST ${arg_COST})
    endif()
endfunction()

# iotca_add_postgres_variants([NOT_ON_POSTGRES <test> <reason> [<test> <reason>...]])
# Issue 23: the workspace, jobs and CLI suites run against both back ends. Registers every test of the calling
# folder a second time as <test>_postgres: the same executable with IOTCA_TEST_WORKSPACE_BACKEND=postgresql, under
# which tests/support/TestWorkspaces hands out a fresh database on the throwaway PostgreSQL server of
# scripts/with-test-session instead of a folder, and the label `postgres` (ctest -L postgres runs just these).
# NOT_ON_POSTGRES names the tests that do not apply (about what only the embedded workspace has: its file, folder and
# lock file; offline by definition; keychain only; PostgreSQL only already), each with a one-line reason; a name that is
# not a test of the folder is an error. Never QSKIP inside a _postgres run instead.
# Not in sanitizer builds: the asan preset runs the SQLite suites only (the same code paths above the SQL driver),
# which keeps CI's second full test run inside its time budget (.ci/budget.sh); the variants add about 6 minutes of
# wall time to the dev suite on 2 cores (ctest -L postgres -j 2, December 2026).
function(iotca_add_postgres_variants)
    cmake_parse_arguments(arg "" "" "NOT_ON_POSTGRES" ${ARGN})
    if(IOTCA_SANITIZE)
        return()
    endif()
    get_property(tests DIRECTORY PROPERTY TESTS)
    list(LENGTH arg_NOT_ON_POSTGRES count)
    math(EXPR odd "${count} % 2")
    if(odd)
        message(FATAL_ERROR "iotca_add_postgres_variants: NOT_ON_POSTGRES takes pairs <test> <reason>")
    endif()
    set(not_on_postgres "")
    if(count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(index RANGE 0 ${last} 2)
            list(GET arg_NOT_ON_POSTGRES ${index} name)
            if(NOT name IN_LIST tests)
                message(FATAL_ERROR "iotca_add_postgres_variants: NOT_ON_POSTGRES names ${name}, not a test here")
            endif()
            list(APPEND not_on_postgres ${name})
        endforeach()
    endif()
    foreach(test IN LISTS tests)
        if(test IN_LIST not_on_postgres OR test MATCHES "_postgres$")
            continue()
        endif()
        # A variant whose test never asks TestWorkspaces for its workspace would run on SQLite again under a
        # PostgreSQL name: refuse it at configure time.
        get_target_property(sources ${test} SOURCES)
        set(uses_test_workspaces FALSE)
        foreach(source IN LISTS sources)
            get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
            if(path MATCHES "\\.cpp$" AND EXISTS "${path}")
                file(STRINGS "${path}" hits REGEX "TestWorkspaces")
                if(hits)
                    set(uses_test_workspaces TRUE)
                endif()
            endif()
        endforeach()
        if(NOT uses_test_workspaces)
            message(FATAL_ERROR "iotca_add_postgres_variants: ${test} does not take its workspace from "
                                "tests/support/TestWorkspaces; use it, or list the test in NOT_ON_POSTGRES with a reason")
        endif()
        get_test_property(${test} TIMEOUT timeout)
        get_test_property(${test} LABELS labels)
        get_test_property(${test} ENVIRONMENT environment)
        get_test_property(${test} COST cost)
        foreach(property timeout labels environment cost)
            if(NOT ${property})
                set(${property} "")
            endif()
        endforeach()
        if(NOT timeout)
            set(timeout 300)
        endif()
        add_test(NAME ${test}_postgres COMMAND ${test})
        set_tests_properties(${test}_postgres PROPERTIES
            TIMEOUT ${timeout}
            LABELS "${labels};postgres"
            ENVIRONMENT "${environment};IOTCA_TEST_WORKSPACE_BACKEND=postgresql")
        if(cost)
            set_tests_properties(${test}_postgres PROPERTIES COST ${cost})
        endif()
    endforeach()
endfunction()
