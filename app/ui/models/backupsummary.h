// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

// What a backup file holds and when it was made, in a sentence, read and
// checked by the core's BackupReader (nothing is changed): shown before a
// restore asks to replace anything. Set `file`; read `ok` and the sentences.
class BackupSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QUrl file READ file WRITE setFile NOTIFY fileChanged)
    // The file could be read and would be restored.
    Q_PROPERTY(bool ok READ ok NOTIFY fileChanged)
    // "It holds 12 favourites, 3 drafts, …", or what is wrong with the file.
    Q_PROPERTY(QString holds READ holds NOTIFY fileChanged)
    // "Made on 3 March 2026 at 20:15.", or empty when the file does not say.
    Q_PROPERTY(QString made READ made NOTIFY fileChanged)

public:
    explicit BackupSummary(QObject *parent = nullptr);

    [[nodiscard]] QUrl file() const { return m_file; }
    void setFile(const QUrl &file);
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QString holds() const { return m_holds; }
    [[nodiscard]] QString made() const { return m_made; }

signals:
    void fileChanged();

private:
    QUrl m_file;
    bool m_ok = false;
    QString m_holds;
    QString m_made;
};
