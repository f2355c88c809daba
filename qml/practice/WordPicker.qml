// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A vocabulary to choose one word from: type to narrow it, Enter to take the
// best match (or the words typed, when nothing matches), Down to browse the
// groups. The chosen word is ticked.
FocusScope {
    id: picker

    required property VocabularyModel vocabulary
    property string chosen
    property string placeholderText
    property string searchName
    property string listName
    property alias searchText: search.text
    property alias searchField: search
    readonly property alias results: filter
    readonly property alias currentRow: list.currentIndex

    signal picked(string word)

    function pickCurrent() {
        const row = filter.get(list.currentIndex)
        let word = ""
        if (filter.count > 0 && row.word !== undefined)
            word = row.word
        else if (search.text.trim().length > 0)
            word = search.text.trim()
        if (word.length === 0)
            return
        picker.picked(word)
        // The search has done its work: cleared, so coming back shows every
        // word (the chosen one ticked and in view), not an old search.
        search.clear()
        const chosenRow = filter.rowOfWord(word)
        if (chosenRow >= 0) {
            list.currentIndex = chosenRow
            list.positionViewAtIndex(chosenRow, ListView.Contain)
        }
    }

    function showBestMatch() {
        list.currentIndex = filter.bestMatch()
        if (list.currentIndex >= 0)
            list.positionViewAtIndex(list.currentIndex, ListView.Contain)
    }

    // Coming back to the page, the word chosen before is where the list opens.
    Component.onCompleted: {
        const row = chosen.length > 0 ? filter.rowOfWord(chosen) : -1
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Center)
        }
    }

    VocabularyFilterModel {
        id: filter
        sourceModel: picker.vocabulary
        searchText: search.text
        onSearchTextChanged: picker.showBestMatch()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        SearchField {
            id: search
            Layout.fillWidth: true
            implicitWidth: 120
            focus: true
            placeholderText: picker.placeholderText
            Accessible.name: picker.searchName
            Accessible.description: filter.count > 0
                                    ? qsTr("%1 matches. Enter chooses %2; Down browses.").arg(filter.count).arg(list.currentItem ? filter.get(list.currentIndex).word : "")
                                    : qsTr("Nothing matches; Enter uses the words you typed.")
            Keys.onReturnPressed: picker.pickCurrent()
            Keys.onEnterPressed: picker.pickCurrent()
            Keys.onDownPressed: {
                if (list.count > 0) {
                    if (list.currentIndex < 0)
                        list.currentIndex = 0
                    list.forceActiveFocus()
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filter
            currentIndex: 0
            // No delegates made ahead in the background: the filter changes on
            // every keystroke, and cancelled ones only make noise.
            cacheBuffer: 0
            highlightMoveDuration: 0
            keyNavigationWraps: false
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: picker.listName
            ScrollBar.vertical: ScrollBar {}

            delegate: Column {
                id: row
                required property int index
                required property string word
                required property string groupTitle
                required property bool faux
                required property bool firstInGroup

                readonly property bool isChosen: word === picker.chosen
                readonly property bool isCurrent: ListView.isCurrentItem

                width: ListView.view.width

                Label {
                    visible: row.firstInGroup
                    width: parent.width
                    topPadding: row.index > 0 ? Theme.spacingS : 0
                    bottomPadding: 2
                    leftPadding: Theme.spacingS
                    text: row.groupTitle
                    color: Theme.accent
                    font.pixelSize: Theme.textSmall
                    font.bold: true
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ItemDelegate {
                    id: choice
                    width: parent.width
                    height: 32
                    focusPolicy: Qt.NoFocus
                    leftPadding: Theme.spacingS
                    text: (row.isChosen ? "\u2713 " : "") + row.word
                    Accessible.role: Accessible.ListItem
                    Accessible.name: row.word + (row.faux ? qsTr(" (a thought that passes for a feeling)") : "")
                                     + (row.isChosen ? qsTr(", chosen") : "")
                    onClicked: {
                        list.currentIndex = row.index
                        picker.picked(row.word)
                    }
                    contentItem: Label {
                        text: choice.text
                        color: row.isChosen ? Theme.accentHover : Theme.ink
                        font.bold: row.isChosen
                        font.italic: row.faux
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: 6
                        color: row.isCurrent ? (list.activeFocus ? Theme.accentSoft : Theme.surfaceSunken)
                                             : choice.hovered ? Theme.surfaceSunken : "transparent"
                        border.width: row.isCurrent && list.activeFocus ? 2 : 0
                        border.color: Theme.focusOutline
                    }
                }
            }

            Keys.onReturnPressed: picker.pickCurrent()
            Keys.onEnterPressed: picker.pickCurrent()
            Keys.onSpacePressed: picker.pickCurrent()
            Keys.onUpPressed: event => {
                if (currentIndex <= 0)
                    search.forceActiveFocus()
                else
                    event.accepted = false
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingM
                visible: list.count === 0
                text: qsTr("Not in the list. Enter uses it as you typed it.")
                color: Theme.inkSoft
                font.pixelSize: Theme.textSmall
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
