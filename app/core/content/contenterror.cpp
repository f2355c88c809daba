// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenterror.h"

QString ContentError::toString() const
{
    if (where.isEmpty())
        return file + u": " + message;
    return file + u": " + where + u": " + message;
}
