# CPack: a .deb and a .tar.gz on Linux (scripts/package writes them to dist/; tests/packaging/deb-in-chroot installs
# the .deb into a fresh Debian 12 root). Windows and macOS: packaging/windows and packaging/macos, configured but
# never built or tested here (packaging/README.md).
set(CPACK_PACKAGE_NAME "iotca-desk")
set(CPACK_PACKAGE_VENDOR "IoT CA Desk developers")
set(CPACK_PACKAGE_CONTACT "IoT CA Desk developers <maintainers@iotca-desk.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "IoT CA Desk")
set(CPACK_PACKAGE_EXECUTABLES "iotca-desk" "IoT CA Desk")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

if(WIN32)
    include("${PROJECT_SOURCE_DIR}/packaging/windows/CPackWindows.cmake")
elseif(APPLE)
    include("${PROJECT_SOURCE_DIR}/packaging/macos/CPackMacOS.cmake")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_SYSTEM_NAME "linux-${CMAKE_SYSTEM_PROCESSOR}")

    # Debian: the file name and fields Debian's tools expect (iotca-desk_0.1.0_amd64.deb).
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # CPack writes CPACK_PACKAGE_DESCRIPTION_SUMMARY as the synopsis; this is the extended description (lines under
    # 80 characters, lintian extended-description-line-too-long).
    string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "IoT CA Desk (iotca-desk) and its command line (iotca) create CA keys and\n"
        "certificates, register CAs with Alibaba Cloud IoT Platform, ApsaraMQ for\n"
        "MQTT, Tencent Cloud IoT Hub and AWS IoT Core, issue device certificates by\n"
        "the ten thousand and check device-association CSV files. iotca-emulator is\n"
        "a local emulator of those platforms for demos and tests.")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # Libraries the executables link come from dpkg-shlibdeps. What it cannot see, because Qt loads it as a plugin:
    # the SQLite driver of QtSql (the workspace), the X11/Wayland platform plugins and the SVG icon engine.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
    # QtKeychain keeps passphrases and platform secrets in the Secret Service; without one, the app asks each time.
    # Qt's own translations (qtbase_zh_CN.qm: OK, Cancel, the file dialog) are in qt6-translations-l10n; without
    # them those stay English under zh_CN.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
endif()

include(CPack)
