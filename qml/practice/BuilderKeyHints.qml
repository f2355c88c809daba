// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hearth

// The builder's keys, beside its statement (loaded only when there is room).
Row {
    spacing: Theme.spacingM
    KeyHint { keys: "Ctrl+S"; action: qsTr("Save") }
    KeyHint { keys: "Ctrl+Shift+C"; action: qsTr("Copy") }
}
