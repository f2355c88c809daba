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
        // text in the name field is ink too, so highlight is Theme.selection, a
        // rust that ink reads on in every palette (tests/ui/tst_palette.cpp). `mid` is the
        // border of a field without focus, quieter than the focused one. The
        // footer is `light`; buttons stand out from it. Wide enough for a
        // dated name to show whole.
        if (visible && parentWindow)
            FileDialogFit.fit(parentWindow, {
                highlight: Theme.selection,
                highlightedText: Theme.ink,
                light: Theme.surfaceSunken,
                midlight: Theme.accentSoft,
                mid: Theme.border,
                button: Theme.surface
            }, Math.min(parentWindow.width - 2 * Theme.spacingXl, 760))
    }
}
