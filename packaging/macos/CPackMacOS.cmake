# macOS: iotca-desk as an application bundle with Qt inside it (macdeployqt), in a drag-and-drop disk image.
# UNTESTED: this project is built and tested on Debian 12 only; nobody has run this file. See packaging/README.md.
set_target_properties(iotca-desk PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "IoT CA Desk"
    MACOSX_BUNDLE_GUI_IDENTIFIER "invalid.iotca-desk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
find_program(IOTCA_MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
if(IOTCA_MACDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${IOTCA_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/iotca-desk.app\"
            -executable=\"\${CMAKE_INSTALL_PREFIX}/iotca-desk.app/Contents/MacOS/iotca-desk\"
            COMMAND_ERROR_IS_FATAL ANY)")
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "IoT CA Desk ${PROJECT_VERSION}")
