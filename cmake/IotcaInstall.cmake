# Install rules (GNUInstallDirs) for what a Linux desktop expects besides the executables, which their own
# CMakeLists install to ${CMAKE_INSTALL_BINDIR}: the desktop entry, AppStream metainfo, the icon as SVG and PNG sizes,
# man pages and the Debian copyright and changelog. The translations need no files of their own: they are compiled
# into every executable (translations/CMakeLists.txt, resources under :/i18n).
#
# PNG icons (rsvg-convert, librsvg2-bin) and man pages (help2man from each executable's --help) are made when
# IOTCA_PACKAGING is ON (scripts/package turns it on and installs the tools), so a development build needs neither.
include(GNUInstallDirs)

option(IOTCA_PACKAGING "Also make the PNG icons and man pages that packages install" OFF)

set(iotca_linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
install(FILES "${iotca_linux_dir}/iotca-desk.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${iotca_linux_dir}/invalid.iotca_desk.IotcaDesk.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${iotca_linux_dir}/iotca-desk.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${iotca_linux_dir}/copyright" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

if(NOT IOTCA_PACKAGING)
    return()
endif()

find_program(IOTCA_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(IOTCA_HELP2MAN help2man REQUIRED)
find_program(IOTCA_GZIP gzip REQUIRED)

set(iotca_generated "${PROJECT_BINARY_DIR}/packaging")
set(iotca_packaging_outputs "")

# The sizes the freedesktop icon theme spec lists for application icons in hicolor.
foreach(size 16 22 24 32 48 64 128 256)
    set(png "${iotca_generated}/icons/${size}x${size}/iotca-desk.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${iotca_generated}/icons/${size}x${size}"
        COMMAND "${IOTCA_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${iotca_linux_dir}/iotca-desk.svg"
        DEPENDS "${iotca_linux_dir}/iotca-desk.svg"
        COMMENT "Rendering the ${size}x${size} icon")
    list(APPEND iotca_packaging_outputs "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Man pages from --help and --version (packaging/linux/make-man-page adds iotca's command list); gzipped -n so the
# package is reproducible.
foreach(page iotca iotca-desk iotca-emulator)
    if(NOT TARGET ${page})
        continue()
    endif()
    set(man "${iotca_generated}/man/${page}.1.gz")
    add_custom_command(OUTPUT "${man}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${iotca_generated}/man"
        COMMAND "${iotca_linux_dir}/make-man-page" "$<TARGET_FILE:${page}>" "${man}"
        DEPENDS ${page} "${iotca_linux_dir}/make-man-page"
        COMMENT "Writing the man page ${page}(1)")
    list(APPEND iotca_packaging_outputs "${man}")
    install(FILES "${man}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# Debian policy 12.7: a native package's changelog is /usr/share/doc/<package>/changelog.gz.
set(changelog "${iotca_generated}/changelog.gz")
add_custom_command(OUTPUT "${changelog}"
    COMMAND "${IOTCA_GZIP}" -9n -c "${iotca_linux_dir}/changelog" > "${changelog}"
    DEPENDS "${iotca_linux_dir}/changelog"
    COMMENT "Compressing the Debian changelog")
list(APPEND iotca_packaging_outputs "${changelog}")
install(FILES "${changelog}" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

add_custom_target(iotca_packaging_files ALL DEPENDS ${iotca_packaging_outputs})
