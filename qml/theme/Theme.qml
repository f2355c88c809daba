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
    readonly property int textSmall: 14
    readonly property int textBody: 16
    readonly property int textLead: 19
    readonly property int textTitle: 24
    readonly property int textHeading: 34
    readonly property int textDisplay: 46

    // Long lines tire the eye; pages keep their reading column narrower than this.
    readonly property int readingWidth: 760
    readonly property int railWidth: 232

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
