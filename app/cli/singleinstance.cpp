// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_lock(QDir(dataDir).filePath(u"hearth.lock"_s))
{
    // One name per user and folder; the socket itself is readable by this user only.
    const QByteArray identity = QByteArray::number(::getuid()) + '\0' + QDir(dataDir).absolutePath().toUtf8();
    m_serverName = u"hearth-"_s + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            emit activationRequested();
        }
    });
}

bool SingleInstance::claim()
{
    if (!Database::makePrivateFolder(m_dataDir))
        return true; // The database will explain why nothing can be saved.
    m_lock.setStaleLockTime(0); // Only a live process holds the lock; a crashed one's is stale at once.
    if (m_lock.tryLock(200)) {
        QLocalServer::removeServer(m_serverName); // Left behind by a crash.
        m_server.listen(m_serverName);
        return true;
    }
    if (m_lock.error() != QLockFile::LockFailedError)
        return true; // The folder cannot hold a lock; nothing to guard against.

    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(2000)) {
        socket.write("activate\n");
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
    }
    return false;
}
