// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A dialog in Hearth's own manner: a warm surface, the question in the
// heading type, and a soft dimming behind (not the Basic style's grey box).
Dialog {
    id: dialog

    padding: Theme.spacingL
    topPadding: Theme.spacingS

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    header: Label {
        text: dialog.title
        visible: text.length > 0
        padding: Theme.spacingL
        bottomPadding: 0
        font.family: Theme.headingFont
        font.pixelSize: Theme.textTitle
        color: Theme.ink
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // The buttons sit on the dialog's own surface.
    footer: DialogButtonBox {
        padding: Theme.spacingL
        topPadding: 0
        background: Item {}
    }

    Overlay.modal: Rectangle {
        color: Qt.rgba(0.17, 0.11, 0.08, 0.35)
    }
}
