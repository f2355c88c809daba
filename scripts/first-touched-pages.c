// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded by scripts/order-hot-code.sh: records which pages of one range of
// the program (HOT_FROM to HOT_TO, addresses as in the file) a run reads,
// and writes their addresses, one a line, to HOT_PAGES_OUT when it exits.
// The range is made unreadable at start; the first read of each page faults
// here, is noted, and the page is made readable again. Page residency alone
// cannot say this: the kernel maps up to 64 KiB around each page read.
#define _GNU_SOURCE
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { pageSize = 4096, maxPages = 1 << 16 };
static unsigned long loadBase, rangeStart, rangeEnd;
static unsigned char touched[maxPages];

static int mainProgramBase(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    loadBase = info->dlpi_addr; // the first object listed is the program
    return 1;
}

static void onFault(int signal, siginfo_t *info, void *context)
{
    (void)context;
    const unsigned long page = (unsigned long)info->si_addr & ~(pageSize - 1UL);
    if (page < rangeStart || page >= rangeEnd) {
        // A real crash: let it be one.
        struct sigaction standard = {0};
        standard.sa_handler = SIG_DFL;
        sigaction(signal, &standard, NULL);
        return;
    }
    touched[(page - rangeStart) / pageSize] = 1;
    mprotect((void *)page, pageSize, PROT_READ);
}

__attribute__((constructor)) static void watch(void)
{
    const char *from = getenv("HOT_FROM"), *to = getenv("HOT_TO");
    if (!from || !to || !getenv("HOT_PAGES_OUT"))
        return;
    dl_iterate_phdr(mainProgramBase, NULL);
    // Whole pages only: the pages at either end are shared with other sections.
    rangeStart = (loadBase + strtoul(from, NULL, 0) + pageSize - 1) & ~(pageSize - 1UL);
    rangeEnd = (loadBase + strtoul(to, NULL, 0)) & ~(pageSize - 1UL);
    if (rangeEnd <= rangeStart || (rangeEnd - rangeStart) / pageSize > maxPages)
        return;
    struct sigaction handler = {0};
    handler.sa_sigaction = onFault;
    handler.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &handler, NULL);
    mprotect((void *)rangeStart, rangeEnd - rangeStart, PROT_NONE);
}

__attribute__((destructor)) static void report(void)
{
    if (rangeEnd <= rangeStart)
        return;
    FILE *out = fopen(getenv("HOT_PAGES_OUT"), "w");
    if (!out)
        return;
    for (unsigned long page = 0; page < (rangeEnd - rangeStart) / pageSize; ++page) {
        if (touched[page])
            fprintf(out, "%lu\n", rangeStart - loadBase + page * pageSize);
    }
    fclose(out);
}
