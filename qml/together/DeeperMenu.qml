// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Hearth

// Going deeper needs both partners' yes. The menu offers a yes only to whoever
// has not given one, says who has, and lets either say "not now".
HearthMenu {
    id: menu

    required property var session
    readonly property var yes: session.deeperYes
    readonly property string waitingText: {
        if (yes[0] === yes[1])
            return qsTr("Going deeper needs a yes from you both")
        const said = yes[0] ? 0 : 1
        return qsTr("%1 has said yes; %2\u2019s yes is still needed")
            .arg(session.names[said]).arg(session.names[1 - said])
    }
    // Only what applies now: built again whenever a yes is given or taken back,
    // so the keyboard never lands on an offer that no longer holds.
    readonly property var choices: {
        const list = []
        for (let partner = 0; partner < 2; ++partner) {
            if (!yes[partner])
                list.push({ partner: partner, text: qsTr("%1 says yes").arg(session.names[partner]) })
        }
        if (yes[0] || yes[1])
            list.push({ partner: -1, text: qsTr("Not now") })
        return list
    }

    function answer(partner: int) {
        if (partner < 0)
            session.cancelDeeper()
        else
            session.askToGoDeeper(partner)
    }
    function answerAndClose(partner: int) {
        close()
        answer(partner)
    }

    width: Math.max(implicitWidth, Theme.scaled(360))
    focus: true // opened by D, it takes the keys: Down to an answer, Enter to give it

    HearthMenuItem {
        objectName: "deeperStatus"
        enabled: false
        text: menu.waitingText
        Accessible.name: text
    }
    Instantiator {
        model: menu.choices
        delegate: HearthMenuItem {
            required property var modelData
            text: modelData.text
            Accessible.name: modelData.partner < 0 ? qsTr("Not now: stay at this depth") : text
            onTriggered: menu.answer(modelData.partner)
            // Qt 6.4's menu items answer Space only; Enter is what people press in a menu.
            Keys.onReturnPressed: menu.answerAndClose(modelData.partner)
            Keys.onEnterPressed: menu.answerAndClose(modelData.partner)
        }
        onObjectAdded: (index, object) => menu.insertItem(index + 1, object as MenuItem)
        onObjectRemoved: (index, object) => menu.removeItem(object as MenuItem)
    }
}
