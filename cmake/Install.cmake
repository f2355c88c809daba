# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` puts Hearth where a Linux desktop looks for an app
# (GNUInstallDirs, so --prefix and DESTDIR work as everywhere):
#   bin/hearth
#   share/applications/app.hearth.Hearth.desktop         the app menu's entry
#   share/icons/hicolor/scalable/apps/app.hearth.Hearth.svg
#   share/metainfo/app.hearth.Hearth.metainfo.xml        software centres
# The QML and the guide's content are compiled into the binary (qrc:/Hearth,
# :/content), so nothing else is needed beside it.
include(GNUInstallDirs)

# One reverse-DNS id, from the organisation domain hearth.app: the desktop
# file, the icon and the metainfo are named after it, and the window gives it
# to the desktop (QGuiApplication::setDesktopFileName) so that the desktop
# puts the window with its menu entry and icon. Settings and the data folder
# stay where they always were: they follow the organisation and application
# names set in app/main.cpp, not this id.
set(HEARTH_APP_ID app.hearth.Hearth)
target_compile_definitions(hearth PRIVATE HEARTH_APP_ID="${HEARTH_APP_ID}")

set(hearth_packaging ${PROJECT_SOURCE_DIR}/packaging)
install(TARGETS hearth RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Qt's project setup gives installed binaries a RUNPATH of $ORIGIN/../lib for
# libraries installed beside them; Hearth installs none and links only the
# system's, so the installed binary carries no RUNPATH at all.
set_target_properties(hearth PROPERTIES INSTALL_RPATH "")
install(FILES ${hearth_packaging}/${HEARTH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${hearth_packaging}/${HEARTH_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${hearth_packaging}/${HEARTH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The screenshots in docs/screenshots (the README's, and the metainfo's), made
# again from this build's hearth with the demo couple. They are committed, so
# this runs only when asked: cmake --build build --target docs_screenshots
add_custom_target(docs_screenshots
    COMMAND ${CMAKE_COMMAND} -E env HEARTH=$<TARGET_FILE:hearth>
            ${PROJECT_SOURCE_DIR}/scripts/docs-screenshots.sh
    DEPENDS hearth
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Making docs/screenshots/*.png with hearth --demo --screenshot"
    VERBATIM)
