// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

// A data folder as a long-time couple leaves it, made through Hearth's own
// Database (the current schema) and stores in a temporary folder: a
// favourite for every built-in prompt and the rest of `favourites` as their
// own starred statements (each with its draft), and `conversations` past
// conversations of four cards talked about, one passed, a note and both
// appreciations.
class UserDataFolder
{
public:
    UserDataFolder(int favourites, int conversations);
    // Fills `path` instead of a temporary folder, and leaves it there.
    UserDataFolder(const QString &path, int favourites, int conversations);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    void fill(int favourites, int conversations);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
};
