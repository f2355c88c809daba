// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfont.h"

#include <QFont>
#include <QGuiApplication>

namespace ApplicationFont {

void useBodyFamily()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({QString::fromLatin1(bodyFamily)});
    QGuiApplication::setFont(font);
}

} // namespace ApplicationFont
