// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>

class TypeScale;

// Opens the fonts the first page draws with, while a start's QML is still
// being compiled on the loader's thread and this one would only wait. Each
// font opened here is one the first page's texts find ready in Qt's font
// cache (which is per thread: call it on the GUI thread); opening one is
// fontconfig's substitution and match, about 1.4 M instructions, ten at a
// start (bench/README.md). One font a call, so that the loader's calls into
// this thread wait at most that long. tst_fontwarmup checks that the home
// page then opens no font of its own.
class FontWarmup
{
public:
    explicit FontWarmup(const TypeScale &type);

    // Opens the next font; false when every one is open.
    bool openNext();

private:
    QList<QFont> m_fonts;
    qsizetype m_next = 0;
};
