# SPDX-License-Identifier: GPL-3.0-or-later
# So that machines find the next defect: warnings on Hearth's own code,
# AddressSanitizer and UndefinedBehaviorSanitizer for the whole suite, and
# libFuzzer targets. README.md ("Hardening") says how each is run.

# --- Warnings -----------------------------------------------------------------
# Given to Hearth's own targets only (hearth_warnings() below), never to the
# targets Qt generates (QML caches, resources, plugin stubs); Qt's headers are
# system includes, so they never warn. -Wconversion means what GCC means by
# it for C++: narrowing of integers and floating point, not sign changes;
# Clang's -Wconversion also turns on -Wsign-conversion, which is turned off
# again so both compilers hold Hearth's code to the same rules (Qt's int and
# qsizetype APIs would drown real findings in casts).
option(HEARTH_WERROR "Treat warnings in Hearth's own code as errors (CI turns this on)" OFF)
set(HEARTH_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    list(APPEND HEARTH_WARNING_FLAGS -Wno-sign-conversion)
endif()
if(HEARTH_WERROR)
    list(APPEND HEARTH_WARNING_FLAGS -Werror)
endif()

# hearth_warnings(target...): Hearth's warning flags for the sources of each
# target that are in the repository. Files Qt generates into the build folder
# (moc's mocs_compilation.cpp, qmlcachegen's compiled QML, the QML type
# registrations, resources) are Qt's code and keep the default warnings; a
# test's own `#include "tst_x.moc"` is compiled with its source, flags and all.
function(hearth_warnings)
    foreach(target IN LISTS ARGN)
        get_target_property(sources ${target} SOURCES)
        get_target_property(source_dir ${target} SOURCE_DIR)
        foreach(source IN LISTS sources)
            if(NOT source MATCHES "\\.cpp$")
                continue()
            endif()
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} NORMALIZE OUTPUT_VARIABLE path)
            cmake_path(IS_PREFIX PROJECT_BINARY_DIR ${path} generated)
            cmake_path(IS_PREFIX PROJECT_SOURCE_DIR ${path} ours)
            if(ours AND NOT generated)
                set_property(SOURCE ${path} TARGET_DIRECTORY ${target} APPEND PROPERTY COMPILE_OPTIONS
                             ${HEARTH_WARNING_FLAGS})
            endif()
        endforeach()
    endforeach()
endfunction()

# --- Sanitizers ---------------------------------------------------------------
# Everything Hearth builds (core, ui, the app, every test and tool) is
# instrumented; Debian's Qt is not. ./test.sh --sanitize builds this in
# build-sanitize/ and runs the suite with the options in tests/sanitizers/options.sh.
option(HEARTH_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# GCC's "undefined" leaves out float-cast-overflow (a double too large for the
# integer it is converted to, as a JSON number can be); clang's includes it.
if(HEARTH_SANITIZE)
    add_compile_options(-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined,float-cast-overflow)
    # Tests that bound a child's time and memory scale their limits (ASan's
    # shadow memory and quarantine, and its slower code).
    add_compile_definitions(HEARTH_SANITIZE)
endif()

# --- Fuzzing ------------------------------------------------------------------
# libFuzzer targets in fuzz/, built by ./fuzz.sh in build-fuzz/ with clang.
# hearth_core is instrumented for coverage as well as ASan and UBSan, so the
# fuzzer sees every branch of Hearth's parsing and validation.
option(HEARTH_FUZZ "Build only hearth_core and the libFuzzer targets (needs clang)" OFF)
if(HEARTH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "HEARTH_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
    endif()
    if(HEARTH_SANITIZE)
        message(FATAL_ERROR "HEARTH_FUZZ already builds with ASan and UBSan; leave HEARTH_SANITIZE off")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
