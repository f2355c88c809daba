// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Hearth

// The pause's visual rhythm, drawn from the numbers App.pause gives: a circle
// that grows as you breathe in and settles as you breathe out, or, for a body
// check, a soft light that brightens and fades once for each step. With less
// motion asked for, the shape stays still and the words keep the rhythm.
Item {
    id: rhythm

    required property PauseController pause
    readonly property bool breathing: pause.hasBreath
    readonly property bool breathingIn: pause.phase === PauseController.In
    // Eased, so a breath starts and ends softly, as breathing does.
    readonly property real eased: (1 - Math.cos(Math.PI * pause.phaseFraction)) / 2
    readonly property real breathScale: breathingIn ? 1 + eased : 2 - eased
    readonly property string breathWords: breathingIn ? qsTr("Breathe in") : qsTr("Breathe out")
    // Still: the count in words ("Breathe in… 3") carries the rhythm instead.
    readonly property string words: !breathing ? ""
                                    : Theme.animate ? breathWords
                                    : qsTr("%1… %2").arg(breathWords).arg(pause.phaseSecondsLeft)

    implicitWidth: Theme.scaled(300)
    implicitHeight: implicitWidth
    Accessible.role: Accessible.Animation
    Accessible.name: breathing ? breathWords
                               : qsTr("Step %1 of %2 of the body check").arg(pause.step + 1).arg(pause.stepCount)

    // Sized rather than scaled: a scaled circle shows seams in software rendering.
    Rectangle {
        id: circle
        objectName: "pauseCircle"
        readonly property real grown: !rhythm.breathing ? 1.7 : Theme.animate ? rhythm.breathScale : 1.5
        anchors.centerIn: parent
        width: Math.round(rhythm.width * 0.48 * grown)
        height: width
        radius: width / 2
        color: rhythm.breathing ? Theme.sageSoft : Theme.accentSoft
        border.color: rhythm.breathing ? Theme.sage : Theme.emberGlow
        border.width: 2
        opacity: rhythm.breathing || !Theme.animate ? 1 : 0.55 + 0.45 * Math.sin(Math.PI * rhythm.pause.stepFraction)
    }

    Label {
        anchors.centerIn: parent
        width: rhythm.width
        horizontalAlignment: Text.AlignHCenter
        visible: rhythm.breathing
        text: rhythm.words
        color: Theme.ink
        font.pixelSize: Theme.textLead
        wrapMode: Text.WordWrap
    }
}
