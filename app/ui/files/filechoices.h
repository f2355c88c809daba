// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

// The rules behind Hearth's file dialogs, without a window: which name to
// suggest, which folder to open in, and which local file an answer means.
namespace FileRules {
// "hearth-backup-2026-11-30.json": the stem, the day in ISO form (sorts by
// date, reads the same in every language), the suffix.
[[nodiscard]] QString suggestedName(const QString &stem, const QString &suffix, QDate day);
// The person's Documents folder when there is one, else their home.
[[nodiscard]] QString defaultFolder();
// The local path a dialog's answer names, with `suffix` added when the name
// has none; empty when the answer is not a local file.
[[nodiscard]] QString localPath(const QUrl &chosen, const QString &suffix = {});
}

// FileRules for QML. Pages ask it what a save dialog starts with and what its
// answer means, and call App's export and import with the URL it gives back.
class FileChoices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FileChoices(QObject *parent = nullptr);

    // Where a dialog opens: Documents, or home.
    Q_INVOKABLE QUrl defaultFolder() const;
    // Today's suggested name in `folder` when it is one, else in the default folder.
    Q_INVOKABLE QUrl suggestedFile(const QString &stem, const QString &suffix, const QUrl &folder = {}) const;
    // The dialog's answer as a file: URL of a local file (with the suffix when
    // the name had none), or an empty URL.
    Q_INVOKABLE QUrl chosenFile(const QUrl &selected, const QString &suffix = {}) const;
    // Whether saving to `file` would replace something already there.
    Q_INVOKABLE bool exists(const QUrl &file) const;
    // For the question before replacing: the name, and the folder as the
    // person's system writes it.
    Q_INVOKABLE QString fileName(const QUrl &file) const;
    Q_INVOKABLE QString folderName(const QUrl &file) const;
    // The folder that holds `file`, to start the next dialog in.
    Q_INVOKABLE QUrl folderOf(const QUrl &file) const;
};
