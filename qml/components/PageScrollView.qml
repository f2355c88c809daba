// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Hearth

// A scrolling page with a PageScrollBar, as the Basic style's ScrollView,
// made on QtQuick.Templates alone (SoftButton says why). The scroll bar is
// set here, before the page's own content: set beside the content, it was
// never joined to the view's Flickable and stayed hidden.
T.ScrollView {
    id: view

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)

    T.ScrollBar.vertical: PageScrollBar {
        parent: view
        x: view.mirrored ? 0 : view.width - width
        y: view.topPadding
        height: view.availableHeight
    }
}
