// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderforcommand.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

FolderForCommand::FolderForCommand(const QString &dataDir, const QString &done, const QString &action)
    : m_lock(dataDir)
{
    const QString folder = QDir::toNativeSeparators(dataDir);
    if (!Database::makePrivateFolder(dataDir)) {
        m_problem = u"the folder %1 could not be made, so nothing was %2"_s.arg(folder, done);
        return;
    }
    switch (m_lock.tryAcquire()) {
    case InstanceLock::Result::Acquired:
        break;
    case InstanceLock::Result::HeldByAnother:
        m_problem = u"Hearth is open on %1. Close it, then %2 again. Nothing was changed."_s.arg(folder, action);
        return;
    case InstanceLock::Result::Unavailable:
        m_problem = u"%1 cannot be used (%2), so nothing was %3"_s.arg(folder, m_lock.problem(), done);
        return;
    }
    m_database.open(dataDir);
    if (!m_database.isPersistent()) {
        m_problem = u"nothing was %1: %2"_s.arg(done, m_database.notice());
        return;
    }
    if (!m_database.notice().isEmpty())
        std::printf("%s\n", qPrintable(m_database.notice()));
}
