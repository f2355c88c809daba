// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontscale.h"

#include <QFont>
#include <QGuiApplication>

#include <cstdio>

namespace FontScale {

void applyFromEnvironment()
{
    if (!qEnvironmentVariableIsSet(environmentVariable))
        return;
    bool isNumber = false;
    const double scale = qEnvironmentVariable(environmentVariable).toDouble(&isNumber);
    if (!isNumber || scale < 0.5 || scale > 4) {
        std::fprintf(stderr, "hearth: %s must be a number from 0.5 to 4; using the desktop's text size\n",
                     environmentVariable);
        return;
    }
    apply(scale);
}

void apply(double scale)
{
    QFont font = QGuiApplication::font();
    if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * scale));
    else
        font.setPointSizeF(font.pointSizeF() * scale);
    QGuiApplication::setFont(font);
}

} // namespace FontScale
