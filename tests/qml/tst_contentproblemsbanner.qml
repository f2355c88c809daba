// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Hearth

// The banner's details dialog is made only when asked for (a start with sound
// content builds none), then shows every problem and opens again after closing.
TestCase {
    id: testCase
    name: "ContentProblemsBanner"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: bannerComponent
        ContentProblemsBanner {
            width: testCase.width
        }
    }

    function childWith(item: Item, test: var): var {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (test(child))
                return child
            const found = childWith(child, test)
            if (found)
                return found
        }
        return null
    }

    function test_detailsAreMadeWhenAskedFor() {
        const banner = createTemporaryObject(bannerComponent, testCase,
                                             {problems: ["decks/one.json: cards: missing", "two.json: bad"]})
        const details = childWith(banner, child => child instanceof Loader)
        verify(details)
        verify(!details.item, "no dialog before it is asked for")
        const button = childWith(banner, child => child.text === "Show details")
        verify(button)
        button.clicked()
        tryVerify(() => details.item && details.item.opened)
        compare(details.item.problemsText, "decks/one.json: cards: missing\n\ntwo.json: bad")
        details.item.close()
        tryVerify(() => !details.item.visible)
        button.clicked()
        tryVerify(() => details.item.opened, 2000, "it opens again")
        details.item.close()
    }
}
