// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"


using namespace Qt::StringLiterals;

namespace {

// One colour in each palette, as "#RRGGBB" or "#AARRGGBB".
struct Values
{
    const char *light;
    const char *dark;
    const char *evening;

    [[nodiscard]] QColor in(Palette::Scheme scheme) const
    {
        switch (scheme) {
        case Palette::Scheme::Dark:
            return QColor(QLatin1StringView(dark));
        case Palette::Scheme::Evening:
            return QColor(QLatin1StringView(evening));
        case Palette::Scheme::Light:
            break;
        }
        return QColor(QLatin1StringView(light));
    }
};

struct Named
{
    const char *name;
    Values values;
};

// Light: warm paper and ember tones, calm enough for a hard conversation.
// Dark: the same warmth on a deep brown, lighter tones for text and marks.
// Evening: for talking at night: dimmer still, amber text, blues and greens
// pulled towards warm greys, so little blue light reaches tired eyes.
// Some light values moved from Hearth's first palette where text read below
// 4.5:1 (sage, inkFaint, the "absolute" finding): tests/ui/tst_palette.cpp.
constexpr Named roles[] = {
    {"background", {"#FBF5EE", "#1B1715", "#17110C"}},
    {"surface", {"#FFFDFA", "#25201D", "#201812"}},
    {"surfaceSunken", {"#F3E9DE", "#2E2824", "#2A2017"}},
    // A card under the pointer: a little warmer than its surface.
    {"surfaceHover", {"#FFF8F1", "#2B2521", "#261D15"}},
    {"rail", {"#F5EBE0", "#211C19", "#1C150F"}},
    {"border", {"#E6D6C6", "#4A403A", "#45372A"}},
    {"ink", {"#3A2D28", "#F0E7DF", "#E6D2B9"}},
    {"inkSoft", {"#604F47", "#CDBDB1", "#C5AD92"}},
    {"inkFaint", {"#725F56", "#ABA096", "#B09A83"}},
    {"accent", {"#B4552F", "#EE9068", "#DE8F55"}},
    {"accentHover", {"#9C4626", "#F5A988", "#E9A56E"}},
    {"accentSoft", {"#F6DFD2", "#4A2D21", "#452A18"}},
    {"textOnAccent", {"#FFFFFF", "#1B1715", "#17110C"}},
    {"sage", {"#4F6E52", "#9CC29F", "#ADB584"}},
    {"sageSoft", {"#E3ECDF", "#243327", "#262A19"}},
    {"caution", {"#8A5A00", "#EDBE62", "#E3B055"}},
    {"cautionSoft", {"#FBEFD0", "#3A2D12", "#382810"}},
    {"focusRing", {"#B4552F", "#F5A988", "#E9A56E"}},
    // Keyboard focus: a ring set a little apart from its control, in the
    // colour furthest from the page, so it reads on any control.
    {"focusOutline", {"#2B1E19", "#FFF4EA", "#F5E2C8"}},
    // The passing message below the page, and its action.
    {"toast", {"#3A2D28", "#3B332E", "#33271D"}},
    {"toastText", {"#FBF5EE", "#F6EEE7", "#EEDCC3"}},
    {"toastAction", {"#F7C9A5", "#F7C9A5", "#F0BE8E"}},
    {"toastActionHover", {"#1AFFFFFF", "#1AFFFFFF", "#1AFFFFFF"}},
    {"toastActionDown", {"#2EFFFFFF", "#2EFFFFFF", "#2EFFFFFF"}},
    // Menus and open lists: the row under the keys or mouse, ink on a warm tint.
    {"rowHighlight", {"#F1D3C2", "#55362A", "#4D311D"}},
    // Chosen rows and selected text in Qt's own file dialog, under ink.
    {"selection", {"#CA8870", "#8E4D33", "#7E4A26"}},
    // The breather's calm green-grey page.
    {"pauseBackground", {"#EEF2EC", "#1C231E", "#1C1C12"}},
    // The dimming behind a dialog.
    {"scrim", {"#592B1C14", "#99000000", "#99000000"}},
    // The glowing side of the app's ember mark.
    {"emberGlow", {"#E9A15F", "#E9A15F", "#D99150"}},
    // A partner's name on their colour.
    {"textOnPartner", {"#FFFFFF", "#1B1715", "#17110C"}},
};

// Distinct from each other and from the ink; read as text on a card and as
// an underline on the writing area.
constexpr Named findings[] = {
    {"absolute", {"#965000", "#F0A860", "#E5A25A"}},
    {"you-blame", {"#B3261E", "#FF8A80", "#EE8C7A"}},
    {"thought-as-feeling", {"#6B4FBB", "#B9A6F2", "#BFA8C8"}},
    {"evaluative-feeling", {"#B0307A", "#F08CC4", "#E291AE"}},
    {"label", {"#2F5FB3", "#8AB4F8", "#A3B4C4"}},
    {"demand", {"#167067", "#6FD0C4", "#9DC0A0"}},
    {"contempt", {"#6D4C41", "#D4A995", "#CFA58C"}},
    {"defensiveness", {"#4E6B12", "#B5D36B", "#BFC47C"}},
    {"stonewalling", {"#455A64", "#A7BCC7", "#B3B7AE"}},
};

// By the value kept in the couple's data: Ember, Sage, Lake, Plum, Honey, Rose.
constexpr Named partners[] = {
    {"#B4552F", {"#B4552F", "#EE9068", "#DE8F55"}},
    {"#5F7F62", {"#4F6E52", "#8FBF93", "#A9B27C"}},
    {"#3F6E9A", {"#3F6E9A", "#8CB4DC", "#9DAFC0"}},
    {"#8A5A9E", {"#8A5A9E", "#C9A2DA", "#C3A0B4"}},
    {"#B0832A", {"#8A6316", "#E2B45A", "#D9A94A"}},
    {"#A23E63", {"#A23E63", "#EE94B4", "#DE9595"}},
};

template<std::size_t N>
QVariantMap valuesIn(const Named (&table)[N], Palette::Scheme scheme)
{
    QVariantMap map;
    for (const Named &entry : table)
        map.insert(QLatin1StringView(entry.name), entry.values.in(scheme));
    return map;
}

template<std::size_t N>
QColor find(const Named (&table)[N], QStringView name, Palette::Scheme scheme)
{
    for (const Named &entry : table) {
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.values.in(scheme);
    }
    return {};
}

} // namespace

QString Palette::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::Evening:
        return u"evening"_s;
    case Scheme::Light:
        break;
    }
    return u"light"_s;
}

double Palette::requiredContrast(PairKind kind)
{
    return kind == PairKind::BodyText ? 4.5 : 3.0;
}

QVariantMap Palette::colours(Scheme scheme)
{
    return valuesIn(roles, scheme);
}

QVariantMap Palette::findingColours(Scheme scheme)
{
    return valuesIn(findings, scheme);
}

QVariantMap Palette::partnerColours(Scheme scheme)
{
    return valuesIn(partners, scheme);
}

QStringList Palette::partnerIdentities()
{
    QStringList identities;
    for (const Named &partner : partners)
        identities.append(QLatin1StringView(partner.name));
    return identities;
}

QColor Palette::colour(Scheme scheme, const QString &name)
{
    if (name.startsWith("finding:"_L1))
        return find(findings, QStringView(name).mid(8), scheme);
    if (name.startsWith("partner:"_L1))
        return find(partners, QStringView(name).mid(8), scheme);
    return find(roles, name, scheme);
}

QList<Palette::ContrastPair> Palette::contrastPairs()
{
    QList<ContrastPair> pairs;
    const auto add = [&pairs](const QString &foreground, std::initializer_list<const char *> backgrounds, PairKind kind) {
        for (const char *background : backgrounds)
            pairs.append({foreground, QString::fromLatin1(background), kind});
    };
    // Text, where the pages put it.
    add(u"ink"_s, {"background", "surface", "surfaceSunken", "surfaceHover", "rail", "accentSoft", "sageSoft",
                   "cautionSoft", "rowHighlight", "pauseBackground", "selection"}, PairKind::BodyText);
    add(u"inkSoft"_s, {"background", "surface", "surfaceSunken", "rail", "accentSoft", "sageSoft", "cautionSoft",
                       "pauseBackground"}, PairKind::BodyText);
    // Captions, dates and shortcut hints, also on a chosen navigation row.
    add(u"inkFaint"_s, {"background", "surface", "surfaceSunken", "rail", "accentSoft"}, PairKind::BodyText);
    add(u"accent"_s, {"background", "surface", "surfaceHover"}, PairKind::BodyText);
    add(u"accentHover"_s, {"background", "surface", "surfaceSunken", "rail", "accentSoft"}, PairKind::BodyText);
    add(u"textOnAccent"_s, {"accent", "accentHover", "sage"}, PairKind::BodyText);
    add(u"sage"_s, {"background", "surface", "sageSoft", "pauseBackground"}, PairKind::BodyText);
    add(u"caution"_s, {"background", "surface", "cautionSoft", "rail"}, PairKind::BodyText);
    add(u"toastText"_s, {"toast"}, PairKind::BodyText);
    add(u"toastAction"_s, {"toast"}, PairKind::BodyText);
    // The page's title and section headings, in the heading type.
    add(u"ink"_s, {"background"}, PairKind::LargeText);
    // Seen, not read: focus rings around controls, the focused field's border.
    add(u"focusOutline"_s, {"background", "surface", "surfaceSunken", "rail", "accentSoft", "pauseBackground"},
        PairKind::NonText);
    add(u"focusRing"_s, {"background", "surface", "rail"}, PairKind::NonText);
    add(u"accent"_s, {"surface"}, PairKind::NonText);
    add(u"toastText"_s, {"toast"}, PairKind::NonText);
    // The coach's findings: their name on a card, their underline in the writing.
    for (const Named &finding : findings) {
        const QString name = "finding:"_L1 + QLatin1StringView(finding.name);
        add(name, {"surface", "accentSoft"}, PairKind::BodyText);
    }
    // A partner's name on their colour; their colour as a dot or a card's edge.
    for (const Named &partner : partners) {
        const QString name = "partner:"_L1 + QLatin1StringView(partner.name);
        pairs.append({u"textOnPartner"_s, name, PairKind::BodyText});
        add(name, {"surface", "background"}, PairKind::NonText);
    }
    return pairs;
}
