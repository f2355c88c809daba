// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// What a page may carry besides its words, both optional: a feeling from the
// vocabulary, and the parts of the guide it touches.
// A Flow, so that with large type the parts wrap instead of pushing the page wider.
Flow {
    id: details

    property string feeling
    property var tags: []
    // Plain arrays, which ChoiceBox and concat() take as lists.
    readonly property var feelingWords: Array.from(App.journal.feelingWords())
    readonly property var sections: App.journal.sections()
    readonly property string tagTitles: {
        const titles = []
        for (const section of sections) {
            if (tags.indexOf(section.id) >= 0)
                titles.push(section.title)
        }
        return titles.join(", ")
    }

    signal feelingChosen(string word)
    signal tagToggled(string id)

    spacing: Theme.spacingS

    ChoiceBox {
        id: feelingBox
        objectName: "journalFeeling"
        model: {
            const words = [qsTr("No feeling named")]
            for (const word of details.feelingWords)
                words.push(word)
            return words
        }
        currentIndex: details.feeling.length > 0 ? details.feelingWords.indexOf(details.feeling) + 1 : 0
        maximumTextWidth: Theme.scaled(180)
        Accessible.name: qsTr("A feeling for this page (optional)")
        onActivated: row => details.feelingChosen(row === 0 ? "" : details.feelingWords[row - 1])
    }
    QuietButton {
        id: tagsButton
        objectName: "journalTagsButton"
        text: qsTr("Parts of the guide \u25BE")
        Accessible.name: qsTr("Parts of the guide this page touches (optional)")
        Accessible.description: details.tagTitles
        onClicked: tagsMenu.popup(tagsButton, 0, tagsButton.height)
    }
    Label {
        width: Math.min(implicitWidth, details.width)
        height: tagsButton.height
        verticalAlignment: Text.AlignVCenter
        visible: text.length > 0
        text: details.tagTitles
        color: Theme.inkSoft
        font.pixelSize: Theme.textSmall
        elide: Text.ElideRight
    }

    HearthMenu {
        id: tagsMenu
        Repeater {
            model: details.sections
            delegate: HearthMenuItem {
                required property var modelData
                readonly property bool chosen: details.tags.indexOf(modelData.id) >= 0
                text: (chosen ? "\u2713 " : "    ") + modelData.title
                Accessible.name: modelData.title
                Accessible.checkable: true
                Accessible.checked: chosen
                onTriggered: details.tagToggled(modelData.id)
            }
        }
    }
}
