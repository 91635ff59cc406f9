# Writes <build>/executables.txt, one "name=absolute path" line per executable the scripts start (scripts/run,
# scripts/test, scripts/bench, scripts/lib/test-services.sh, tests/scripts/*), taken from the targets themselves
# ($<TARGET_FILE:…>). The scripts read their paths from it (built_executable in scripts/lib/common.sh), so moving a
# target to another folder cannot leave a script pointing at a file that does not exist (issue 24: scripts/run
# started build/<preset>/app/iotca-desk, built at app/gui/iotca-desk).
function(iotca_write_executables_list)
    set(lines "")
    foreach(target IN ITEMS iotca-desk iotca iotca-emulator iotca-bench)
        if(TARGET ${target})
            string(APPEND lines "${target}=$<TARGET_FILE:${target}>\n")
        endif()
    endforeach()
    file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/executables.txt" CONTENT "${lines}")
endfunction()
