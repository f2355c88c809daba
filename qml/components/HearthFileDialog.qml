// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs
import Hearth

// Qt's FileDialog as Hearth opens it: in the person's Documents folder (not
// wherever Hearth was started from), with rows that can be read in Hearth's
// colours when Qt draws the dialog itself (Debian without a platform theme).
FileDialog {
    currentFolder: FileChoices.defaultFolder()

    onVisibleChanged: {
        // A chosen row is drawn in highlightedText over a 15% tint of
        // highlight: ink, not the white Hearth's window uses on rust. Selected
        // text in the name field is ink too, so highlight is a lighter rust:
        // 4.6:1 under ink, 2.9:1 as a focus border on white. `mid` is the
        // border of a field without focus, quieter than the focused one. The
        // footer is `light`; buttons stand out from it. Wide enough for a
        // dated name to show whole.
        if (visible && parentWindow)
            FileDialogFit.fit(parentWindow, {
                highlight: Qt.tint(Theme.accent, Qt.rgba(1, 1, 1, 0.3)),
                highlightedText: Theme.ink,
                light: Theme.surfaceSunken,
                midlight: Theme.accentSoft,
                mid: Theme.border,
                button: Theme.surface
            }, Math.min(parentWindow.width - 2 * Theme.spacingXl, 760))
    }
}
