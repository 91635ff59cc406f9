# Windows: an NSIS installer with the Qt libraries beside the executables (windeployqt). UNTESTED: this project is
# built and tested on Debian 12 only; nobody has run this file. See packaging/README.md.
find_program(IOTCA_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(IOTCA_WINDEPLOYQT)
    # Runs at install time (so also inside CPack), once the executables are in the staging folder.
    install(CODE "
        foreach(exe iotca-desk.exe iotca.exe iotca-emulator.exe)
            execute_process(COMMAND \"${IOTCA_WINDEPLOYQT}\" --release --no-compiler-runtime
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\" COMMAND_ERROR_IS_FATAL ANY)
        endforeach()")
endif()
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "IoT CA Desk")
set(CPACK_NSIS_PACKAGE_NAME "IoT CA Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\iotca-desk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put iotca on PATH
