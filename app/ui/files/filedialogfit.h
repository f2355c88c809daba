// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <QWindow>

// Qt's own FileDialog (QtQuick.Dialogs' quickimpl, what Debian shows without
// a platform theme) fitted to Hearth. Its rows are drawn in `highlightedText`
// over a 15% tint of `highlight`, which with Hearth's palette is white on
// near-white; and Return in its file name field does nothing in Qt 6.4.2.
// QtQuick.Dialogs gives no handle on that dialog, so this finds it in the
// window it opened in.
class FileDialogFit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FileDialogFit(QObject *parent = nullptr);

    // For each of Qt's file dialogs in `window`: sets the palette roles in
    // `colours` ({"highlightedText": Theme.ink, ...}) and, when above 0, the
    // width; makes Return in the file name field save as the accept button
    // does; and in a save dialog, puts the keys in the name field with the
    // name before its suffix selected, so typing replaces it. Returns how
    // many dialogs it fitted, 0 where there is a platform dialog instead.
    Q_INVOKABLE int fit(QWindow *window, const QVariantMap &colours, int width = 0) const;
};
