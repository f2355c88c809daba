// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Hearth

// Colours, spacing and type in one place, so every page feels like one app.
QtObject {
    id: theme

    // Every colour comes from the palette in use (app/ui/appearance/palette.cpp:
    // light, dark or evening, as chosen on the Settings page), so a change
    // shows at once. Pages use these names, never colour literals.
    readonly property var colours: App.appearance.colours
    readonly property string scheme: App.appearance.scheme

    readonly property color background: colours.background
    readonly property color surface: colours.surface
    readonly property color surfaceSunken: colours.surfaceSunken
    readonly property color surfaceHover: colours.surfaceHover
    readonly property color rail: colours.rail
    readonly property color border: colours.border
    readonly property color ink: colours.ink
    readonly property color inkSoft: colours.inkSoft
    readonly property color inkFaint: colours.inkFaint
    readonly property color accent: colours.accent
    readonly property color accentHover: colours.accentHover
    readonly property color accentSoft: colours.accentSoft
    readonly property color textOnAccent: colours.textOnAccent
    readonly property color sage: colours.sage
    readonly property color sageSoft: colours.sageSoft
    readonly property color caution: colours.caution
    readonly property color cautionSoft: colours.cautionSoft
    readonly property color focusRing: colours.focusRing
    readonly property color pauseBackground: colours.pauseBackground
    readonly property color scrim: colours.scrim
    readonly property color emberGlow: colours.emberGlow
    // Chosen rows and selected text in Qt's own file dialog, under ink.
    readonly property color selection: colours.selection

    // The phrasing coach's underline for each kind of finding: distinct from
    // each other and from the ink, and readable on the page.
    readonly property var findingColours: App.appearance.findingColours

    // A partner's colour as this palette shows it. The couple's data keeps
    // the colour they chose (one of partnerIdentities); each palette has its
    // own shade of it, readable there. A colour Hearth does not know stays as it is.
    readonly property var partnerIdentities: App.appearance.partnerIdentities
    readonly property color textOnPartner: colours.textOnPartner
    function partnerColour(identity: string): color {
        return App.appearance.partnerColours[identity.toUpperCase()] ?? identity
    }

    // Fades, the breathing circle and other movement stop when the person
    // asks for less motion; a Behavior or Animation is enabled by `animate`.
    readonly property bool reduceMotion: App.appearance.reduceMotion
    readonly property bool animate: !reduceMotion

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXl: 40
    readonly property int radius: 14
    readonly property int radiusSmall: 8

    // The families and the type scale, which follows the desktop's text
    // (app/ui/appearance/typescale.h: the rule lives there, in one place).
    readonly property TypeScale typeScale: App.appearance.type
    readonly property string bodyFont: typeScale.bodyFamily
    readonly property string headingFont: typeScale.headingFamily
    // A width or height drawn at `designPixels`, grown with the desktop's text.
    function scaled(designPixels: real): int {
        return typeScale.scaled(designPixels)
    }

    // textSmall is the smallest: no text in Hearth is smaller (tags, shortcut
    // hints and captions included).
    readonly property int textSmall: typeScale.textSmall
    readonly property int textBody: typeScale.textBody
    readonly property int textLead: typeScale.textLead
    readonly property int textSubtitle: typeScale.textSubtitle
    readonly property int textTitle: typeScale.textTitle
    readonly property int textBrand: typeScale.textBrand
    readonly property int textHeading: typeScale.textHeading
    readonly property int textDisplay: typeScale.textDisplay

    // Sizes of the type scale measured, for the tiles that keep room for a
    // number of lines (SectionTile): made once here, not three in every tile.
    readonly property FontMetrics smallBoldMetrics: FontMetrics {
        font: Qt.font({family: theme.bodyFont, pixelSize: theme.textSmall, bold: true, preferShaping: false, hintingPreference: Font.PreferNoHinting})
    }
    readonly property FontMetrics smallMetrics: FontMetrics {
        font: Qt.font({family: theme.bodyFont, pixelSize: theme.textSmall, preferShaping: false, hintingPreference: Font.PreferNoHinting})
    }
    readonly property FontMetrics subtitleMetrics: FontMetrics {
        font: Qt.font({family: theme.headingFont, pixelSize: theme.textSubtitle, preferShaping: false, hintingPreference: Font.PreferNoHinting})
    }

    // Widths that hold text grow with it, so lines keep their length in words.
    // Long lines tire the eye; pages keep their reading column narrower than this.
    readonly property int readingWidth: scaled(760)
    // The rail stays narrow enough at large text to leave the page most of a small window.
    readonly property int railWidth: Math.min(scaled(232), 288)
    // The smallest window every page is laid out for (see Main.qml).
    readonly property int minimumWindowWidth: 1024
    readonly property int minimumWindowHeight: 640

    // Keyboard focus: a ring set a little apart from the control, so the
    // page shows between them and it reads on any control colour (a
    // terracotta dot, an accent button) as well as on the page.
    readonly property color focusOutline: colours.focusOutline
    // The passing message below the page: its background, text and action.
    readonly property color toast: colours.toast
    readonly property color toastText: colours.toastText
    readonly property color toastAction: colours.toastAction
    readonly property color toastActionHover: colours.toastActionHover
    readonly property color toastActionDown: colours.toastActionDown
    // Menus and open lists: the row under the keys or mouse, dark ink on a
    // warm tint (never white on pale pink).
    readonly property color rowHighlight: colours.rowHighlight
}
