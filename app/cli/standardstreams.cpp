// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardstreams.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

void StandardStreams::ensureOpen()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        // open() takes the lowest free number, which is this one.
        const int opened = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != fd)
            ::close(opened);
    }
}
