// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// A dialog in Hearth's own manner: a warm surface, the question in the
// heading type, buttons in Hearth's colours, and a soft dimming behind (not
// the Basic style's grey box).
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

    // The buttons sit on the dialog's own surface, in Hearth's manner: the
    // highlighted one (the easy, prominent choice) filled, the others
    // outlined; `palette.buttonText` can still tint one (a destructive choice);
    // keyboard focus shows as a FocusRing.
    footer: DialogButtonBox {
        padding: Theme.spacingL
        topPadding: 0
        background: Item {}
        delegate: Button {
            id: choice
            padding: Theme.spacingS
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            Accessible.name: text
            // A desktop dialog's focused button answers Return too, not only
            // Space (Qt Quick Controls' buttons take Space alone).
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            contentItem: Label {
                text: choice.text
                color: choice.highlighted ? Theme.textOnAccent : choice.palette.buttonText
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
            background: Rectangle {
                implicitWidth: 96
                implicitHeight: 40
                radius: Theme.radiusSmall
                color: choice.highlighted ? (choice.down ? Theme.accentHover : Theme.accent)
                                          : choice.down ? Theme.accentSoft : choice.hovered ? Theme.surfaceSunken : Theme.surface
                border.width: 1
                border.color: choice.highlighted ? Theme.accent : Theme.border
                FocusRing {
                    shown: choice.visualFocus
                }
            }
        }
    }

    Overlay.modal: Rectangle {
        color: Theme.scrim
    }
}
