# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package of what cmake/Install.cmake installs, under /usr:
#   cd build && cpack -G DEB        -> build/hearth_<version>_<arch>.deb
# Include after Install.cmake.

# Depends: dpkg-shlibdeps finds the libraries the binary links (libc, Qt's
# libraries), but not what Qt loads at run time: the QML modules, the SQLite
# driver, the fonts. Those are the "Run time" section of
# scripts/debian-packages.txt, the same list a developer's machine installs
# from, read here rather than kept twice.
set(hearth_package_list ${PROJECT_SOURCE_DIR}/scripts/debian-packages.txt)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${hearth_package_list})
execute_process(
    COMMAND ${PROJECT_SOURCE_DIR}/scripts/debian-packages.sh "Run time" ${hearth_package_list}
    OUTPUT_VARIABLE hearth_runtime_packages
    RESULT_VARIABLE hearth_runtime_result
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT hearth_runtime_result EQUAL 0 OR hearth_runtime_packages STREQUAL "")
    message(FATAL_ERROR "No \"Run time\" section in ${hearth_package_list}: the .deb would miss Hearth's QML modules")
endif()
string(REPLACE "\n" ", " hearth_runtime_depends "${hearth_runtime_packages}")

# Whoever builds a package to hand out puts their own name and address here
# (-DHEARTH_PACKAGE_MAINTAINER="Name <address>"). The default names the project
# at its organisation domain, hearth.app; like the metainfo's addresses
# (packaging/app.hearth.Hearth.metainfo.xml), nothing answers there yet.
set(HEARTH_PACKAGE_MAINTAINER "The Hearth project <hello@hearth.app>"
    CACHE STRING "The Maintainer field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hearth)
set(CPACK_PACKAGE_VENDOR "The Hearth project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, as `apt show hearth` prints it under the summary.
set(CPACK_PACKAGE_DESCRIPTION
    "Hearth helps the two of you grow emotionally closer, one gentle\n\
conversation at a time: a short guide on emotional intimacy, conversation\n\
cards for two at one computer, an I-statement builder, a phrasing coach,\n\
drills and a journal.\n\
\n\
Hearth never uses the network, asks for no account and sends no telemetry.\n\
Everything you keep stays on this computer, in a folder only your user\n\
account can read.")
# The binary carries its debug information in the build; the package need not.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HEARTH_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${hearth_runtime_depends}")

include(CPack)
