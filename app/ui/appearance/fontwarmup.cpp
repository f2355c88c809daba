// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include "typescale.h"

#include <QFontMetricsF>
#include <QGuiApplication>

namespace {

// As Main.qml's window draws text: unshaped Latin, unhinted.
QFont asTheWindowDraws(const QString &family, int pixelSize, QFont::Weight weight)
{
    QFont font = QGuiApplication::font();
    font.setFamilies({family});
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

FontWarmup::FontWarmup(const TypeScale &type)
{
    const QString body = TypeScale::bodyFamily();
    const QString heading = TypeScale::headingFamily();
    // The application's own font first: every text measures it once, for its
    // fontInfo, whatever it draws with.
    m_fonts = {QGuiApplication::font(),
               // The rail: its places and the one shown, its shortcuts, its name.
               asTheWindowDraws(body, type.textBody(), QFont::Normal),
               asTheWindowDraws(body, type.textBody(), QFont::Bold),
               asTheWindowDraws(body, type.textSmall(), QFont::Normal),
               asTheWindowDraws(heading, type.textBrand(), QFont::Normal),
               // Home: its welcome, heading and lead, the week's ritual, the guide's parts.
               asTheWindowDraws(body, type.textSmall(), QFont::Bold),
               asTheWindowDraws(heading, type.textDisplay(), QFont::Normal),
               asTheWindowDraws(body, type.textLead(), QFont::Normal),
               asTheWindowDraws(heading, type.textTitle(), QFont::Normal),
               asTheWindowDraws(heading, type.textSubtitle(), QFont::Normal)};
}

bool FontWarmup::openNext()
{
    if (m_next >= m_fonts.size())
        return false;
    // Measuring is what opens the font's engine and keeps it in the cache.
    QFontMetricsF(m_fonts.at(m_next++)).height();
    return true;
}
