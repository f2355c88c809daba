# SPDX-License-Identifier: GPL-3.0-or-later
# The code and constants a start reads, side by side (#16). A start to the
# first frame runs about 0.6 MB of hearth's 3.7 MB of code, and reads 0.8 MB
# of its 2.4 MB of constants, scattered through all of them; the kernel maps
# up to 64 KiB around each page a start touches, so 3.0 MiB of code and 1.5
# MiB of constants were resident. Each function and constant gets a section
# of its own, and gold lays out those named in app/hot-code.txt (written by
# scripts/order-hot-code.sh) together; the rest follows as before. A function
# missing from the list still works, only it lies among the cold.
# Off where it cannot help or would get in the way: sanitizers and fuzzing
# lay out code their own way, and clang's own linker flags differ.
option(HEARTH_HOT_CODE_FIRST "Lay out the code a start runs together (needs gold)" ON)

if(HEARTH_HOT_CODE_FIRST AND NOT HEARTH_SANITIZE AND NOT HEARTH_FUZZ AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=gold" HEARTH_HAS_GOLD)
    if(HEARTH_HAS_GOLD)
        add_compile_options(-ffunction-sections -fdata-sections)
        set(HEARTH_HOT_CODE_ORDER ${PROJECT_SOURCE_DIR}/app/hot-code.txt)
    else()
        message(STATUS "gold is missing: hearth's start-up code is not laid out together")
    endif()
endif()

# Links `target` with the start's code first, when the build can.
function(hearth_order_hot_code target)
    if(HEARTH_HOT_CODE_ORDER)
        target_link_options(${target} PRIVATE -fuse-ld=gold "LINKER:--section-ordering-file=${HEARTH_HOT_CODE_ORDER}")
        set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${HEARTH_HOT_CODE_ORDER})
    endif()
endfunction()

# Statics of templates and of inline functions are "unique" symbols by
# default, which an executable must export: 1,228 of them made hearth's
# dynamic symbol table 270 KB, resident at every start. hearth is one
# executable built from static libraries, with no plugin of its own that
# would need them unified across libraries; as ordinary weak symbols they stay
# inside it, and those that Qt's libraries define too are still exported, so
# a type keeps one identity.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT HEARTH_FUZZ)
    add_compile_options(-fno-gnu-unique)
endif()
