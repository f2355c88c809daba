// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

T.ApplicationWindow {
    id: window

    // Set by main() from --page; main() checks pageFound and names pageNames if not.
    property string initialPage: "home"
    property bool pageFound: false
    readonly property var pageNames: shell.pageNames

    width: 1280
    height: 800
    // Every page is laid out and checked at this size (tests/ui/tst_layout.cpp),
    // at the desktop's usual text size and at one and a half times it.
    minimumWidth: Theme.minimumWindowWidth
    minimumHeight: Theme.minimumWindowHeight
    visible: true
    visibility: shell.focusMode ? Window.FullScreen : Window.AutomaticVisibility
    title: qsTr("Hearth")
    color: Theme.background
    font.family: Theme.bodyFont
    font.pixelSize: Theme.textBody
    // Latin text is drawn without OpenType shaping (scripts that need it are
    // still shaped): HarfBuzz over Lato and EB Garamond was a fifth of the
    // first frame (117 M instructions), for ligatures and GPOS kerning that
    // change a word by a pixel or two.
    font.preferShaping: false
    // Unhinted, as the GPU's distance-field text always is: text then looks
    // the same on every renderer, and the software one (no GPU, or a remote
    // desktop) skips FreeType's hinter: 11 M of the 307 M instructions of
    // a start (callgrind, offscreen).
    font.hintingPreference: Font.PreferNoHinting
    palette.window: Theme.background
    palette.windowText: Theme.ink
    palette.base: Theme.surface
    palette.text: Theme.ink
    palette.button: Theme.surfaceSunken
    palette.buttonText: Theme.ink
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    // The Basic style draws highlighted buttons in `dark` with `brightText`.
    palette.dark: Theme.accent
    palette.mid: Theme.accentHover
    palette.brightText: Theme.textOnAccent
    // Placeholders, a switch's track and handle: from the palette in use, not the style's light grey.
    palette.placeholderText: Theme.inkFaint
    palette.midlight: Theme.border
    palette.light: Theme.surface

    // Quitting saves what is being written, as closing the window does.
    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: window.close()
    }

    // A pack file dropped anywhere on the window is offered for import.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls && drag.urls.length === 1
                                           && App.deckEditor.packs.looksImportable(drag.urls[0])
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length === 1 && App.deckEditor.packs.looksImportable(drop.urls[0])) {
                shell.offerPack(drop.urls[0])
                drop.accept()
            }
        }
    }

    AppShell {
        id: shell
        objectName: "appShell"
        anchors.fill: parent
        focus: true
        Component.onCompleted: window.pageFound = showPage(window.initialPage)
    }
}
