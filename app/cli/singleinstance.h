// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

// One Hearth per data folder. The first start holds a lock file there and
// listens on a local socket; a second start asks the first to come to the
// front and leaves, so two windows never write to the same data.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    // True when this is the first Hearth for the folder (or the folder cannot
    // hold a lock, so there is nothing to guard). False when another Hearth
    // runs; it has been asked to show itself.
    [[nodiscard]] bool claim();

signals:
    void activationRequested();

private:
    QString m_dataDir;
    QLockFile m_lock;
    QLocalServer m_server;
    QString m_serverName;
};
