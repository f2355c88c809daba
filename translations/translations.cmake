# SPDX-License-Identifier: GPL-3.0-or-later
# Translations of Hearth's own words (qsTr in QML, tr in C++). Included from
# qml/CMakeLists.txt: the .qm files go into the hearth_ui library's resources
# under :/i18n/, so the app and the tests that link the module find them.
# The translator's workflow is in docs/translating.md.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(hearth_translations ${PROJECT_SOURCE_DIR}/translations)
# Every hearth_<language>.ts here is built; hearth_en.ts is the English source
# (it holds English plural forms, so "%n prompts" reads "1 prompt").
file(GLOB hearth_ts_files CONFIGURE_DEPENDS ${hearth_translations}/hearth_*.ts)

# lupdate reads every file with words for people: the core's sentences
# (QCoreApplication::translate), the QML module's C++ and QML, and the command line.
file(GLOB_RECURSE hearth_lupdate_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/qml/*.qml)

# update_translations (lupdate over the sources into every .ts) and the .qm
# files in the resources under /i18n.
qt_add_translations(hearth_ui
    TS_FILES ${hearth_ts_files}
    SOURCES ${hearth_lupdate_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/app/core ${PROJECT_SOURCE_DIR}/app/ui
    LUPDATE_OPTIONS -locations relative -no-obsolete
    LRELEASE_OPTIONS -silent)

# The pseudo-language (hearth --language pseudo): every English string wrapped
# in ⟦…⟧, lengthened and accented, made from hearth_en.ts at build time, so a
# test can see clipping and words left untranslated.
qt_add_executable(hearth_pseudotranslate ${hearth_translations}/pseudotranslate.cpp)
target_link_libraries(hearth_pseudotranslate PRIVATE Qt6::Core)
set(hearth_pseudo_ts ${CMAKE_CURRENT_BINARY_DIR}/pseudo/hearth_pseudo.ts)
set(hearth_pseudo_qm ${CMAKE_CURRENT_BINARY_DIR}/pseudo/hearth_pseudo.qm)
add_custom_command(OUTPUT ${hearth_pseudo_ts}
    COMMAND hearth_pseudotranslate ${hearth_translations}/hearth_en.ts ${hearth_pseudo_ts}
    DEPENDS hearth_pseudotranslate ${hearth_translations}/hearth_en.ts
    COMMENT "Making the pseudo-translation"
    VERBATIM)
add_custom_command(OUTPUT ${hearth_pseudo_qm}
    COMMAND Qt6::lrelease -silent ${hearth_pseudo_ts} -qm ${hearth_pseudo_qm}
    DEPENDS ${hearth_pseudo_ts} Qt6::lrelease
    VERBATIM)
qt_add_resources(hearth_ui hearth_pseudo_translation
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}/pseudo
    FILES ${hearth_pseudo_qm})

# English's plural forms, installed as every program with the QML module
# starts (app/ui/englishplurals.cpp). An object file given to each program
# that links hearth_ui, as Qt does for resources: from a static library the
# linker would drop a file nothing calls.
add_library(hearth_englishplurals OBJECT ${PROJECT_SOURCE_DIR}/app/ui/englishplurals.cpp)
target_link_libraries(hearth_englishplurals PRIVATE Qt6::Core)
target_link_libraries(hearth_ui INTERFACE $<TARGET_OBJECTS:hearth_englishplurals>)
add_dependencies(hearth_ui hearth_englishplurals)

# Hearth's own code: the same warnings as the app.
hearth_warnings(hearth_pseudotranslate hearth_englishplurals)
