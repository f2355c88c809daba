// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours, spacing and type in one place, so every page feels like one app.
// Warm paper and ember tones: calm enough for a hard conversation.
QtObject {
    readonly property color background: "#FBF5EE"
    readonly property color surface: "#FFFDFA"
    readonly property color surfaceSunken: "#F3E9DE"
    readonly property color rail: "#F5EBE0"
    readonly property color border: "#E6D6C6"
    readonly property color ink: "#3A2D28"
    readonly property color inkSoft: "#6E5D54"
    readonly property color inkFaint: "#94827A"
    readonly property color accent: "#B4552F"
    readonly property color accentHover: "#9C4626"
    readonly property color accentSoft: "#F6DFD2"
    readonly property color textOnAccent: "#FFFFFF"
    readonly property color sage: "#5F7F62"
    readonly property color sageSoft: "#E3ECDF"
    readonly property color caution: "#8A5A00"
    readonly property color cautionSoft: "#FBEFD0"
    readonly property color focusRing: "#B4552F"

    // The phrasing coach's underline for each kind of finding: distinct from
    // each other and from the ink, and dark enough to see on the page.
    readonly property var findingColours: ({
        "absolute": "#C26A00",
        "you-blame": "#B3261E",
        "thought-as-feeling": "#6B4FBB",
        "evaluative-feeling": "#B0307A",
        "label": "#2F5FB3",
        "demand": "#167067"
    })

    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXl: 40
    readonly property int radius: 14
    readonly property int radiusSmall: 8

    readonly property string bodyFont: "Lato"
    readonly property string headingFont: "EB Garamond"

    // Type follows the desktop: a person who made their desktop's text larger
    // gets larger text here too. Hearth's sizes were drawn for a desktop text
    // of 10 pt (13.3 px at Qt's logical 96 dpi, the usual default); a larger
    // desktop font scales every size below, a smaller one keeps them, since
    // they are already the smallest that read comfortably.
    readonly property real desktopTextPixels: Application.font.pixelSize > 0
                                              ? Application.font.pixelSize
                                              : Application.font.pointSize * 96 / 72
    readonly property real textScale: Math.max(1, desktopTextPixels / (10 * 96 / 72))
    function scaled(designPixels: real): int {
        return Math.round(designPixels * textScale)
    }

    // The type scale. textSmall is the smallest: no text in Hearth is smaller
    // (tags, shortcut hints and captions included).
    readonly property int textSmall: scaled(14)
    readonly property int textBody: scaled(16)
    readonly property int textLead: scaled(19)
    readonly property int textSubtitle: scaled(21)
    readonly property int textTitle: scaled(24)
    readonly property int textBrand: scaled(30)
    readonly property int textHeading: scaled(34)
    readonly property int textDisplay: scaled(46)

    // Widths that hold text grow with it, so lines keep their length in words.
    // Long lines tire the eye; pages keep their reading column narrower than this.
    readonly property int readingWidth: scaled(760)
    // The rail stays narrow enough at large text to leave the page most of a small window.
    readonly property int railWidth: Math.min(scaled(232), 288)
    // The smallest window every page is laid out for (see Main.qml).
    readonly property int minimumWindowWidth: 1024
    readonly property int minimumWindowHeight: 640

    // Keyboard focus: a dark ring set a little apart from the control, so the
    // page shows between them and it reads on any control colour (a
    // terracotta dot, an accent button) as well as on the page.
    readonly property color focusOutline: "#2B1E19"
    // On the dark toast: its action, light and warm.
    readonly property color toastText: "#FBF5EE"
    readonly property color toastAction: "#F7C9A5"
    // Menus and open lists: the row under the keys or mouse, dark ink on a
    // warm tint (never white on pale pink).
    readonly property color rowHighlight: "#F1D3C2"
}
