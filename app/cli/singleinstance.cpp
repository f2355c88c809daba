// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView request = "activate\n";
constexpr QByteArrayView reply = "shown\n";

// One name per user and folder, whatever path leads to the folder: the
// canonical one, so a symbolic link or "dir/../dir" finds the same Hearth.
QString serverName(const QString &dataDir)
{
    QString folder = QFileInfo(dataDir).canonicalFilePath();
    if (folder.isEmpty())
        folder = QFileInfo(dataDir).absoluteFilePath();
    const QByteArray identity = QByteArray::number(::getuid()) + '\0' + folder.toUtf8();
    return u"hearth-"_s + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_lock(dataDir)
{
    // The socket itself is readable by this user only.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            answer(socket);
    });
}

void SingleInstance::answer(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (m_bringForward)
        m_bringForward();
    else
        ++m_askedBeforeTheWindow;
    // Said once the window has been asked to show itself, or is on its way.
    socket->write(reply.data(), reply.size());
    socket->flush();
    socket->disconnectFromServer();
}

void SingleInstance::bringForwardWith(std::function<void()> bringForward)
{
    m_bringForward = std::move(bringForward);
    for (; m_askedBeforeTheWindow > 0; --m_askedBeforeTheWindow)
        m_bringForward();
}

SingleInstance::Claim SingleInstance::claim()
{
    if (!Database::makePrivateFolder(m_dataDir))
        return Claim::First; // The database will explain why nothing can be saved.
    const QString name = serverName(m_dataDir);
    // The holder may still be starting (it locks before it listens), or be
    // only a moment's look (hearth --data-report): try the lock and the
    // socket in turn until one of them answers or the time is up.
    const QDeadlineTimer deadline(answerTimeoutMs);
    while (true) {
        switch (m_lock.tryAcquire()) {
        case InstanceLock::Result::Acquired:
            QLocalServer::removeServer(name); // Left behind by a crash; only the lock's holder may listen.
            if (!m_server.listen(name)) // A second start will say this one did not answer.
                qWarning("Hearth cannot listen for other starts (%s)", qPrintable(m_server.errorString()));
            return Claim::First;
        case InstanceLock::Result::Unavailable:
            return Claim::First; // The folder cannot hold a lock; nothing to guard against.
        case InstanceLock::Result::HeldByAnother:
            break;
        }
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 200))))
            return askToComeForward(socket, deadline);
        if (deadline.remainingTime() < 100)
            return Claim::OtherSilent;
        QThread::msleep(100);
    }
}

SingleInstance::Claim SingleInstance::askToComeForward(QLocalSocket &socket, const QDeadlineTimer &deadline)
{
    socket.write(request.data(), request.size());
    QByteArray answered;
    while (!answered.contains('\n') && socket.waitForReadyRead(int(deadline.remainingTime())))
        answered += socket.read(64);
    socket.abort();
    return answered.startsWith(reply) ? Claim::HandedOver : Claim::OtherSilent;
}
