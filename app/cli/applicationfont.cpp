// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfont.h"

#include "appearance/typescale.h"

#include <QFont>
#include <QGuiApplication>

namespace ApplicationFont {

void useBodyFamily()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({TypeScale::bodyFamily()});
    QGuiApplication::setFont(font);
}

} // namespace ApplicationFont
