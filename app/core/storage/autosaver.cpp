// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "database.h"
#include "workinprogressstore.h"

#include <QCoreApplication>

Autosaver::Autosaver(Database &database, WorkInProgressStore &store, QObject *parent)
    : QObject(parent), m_database(database), m_store(store)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &Autosaver::flush);
}

Autosaver::~Autosaver()
{
    // The owner flushes on quit; this only catches an owner that forgot.
    if (hasPending())
        flush();
}

void Autosaver::keep(const QString &slot, const QString &text)
{
    m_pending.insert(slot, text);
    m_pause.start();
}

bool Autosaver::forget(const QString &slot)
{
    m_pending.remove(slot);
    if (m_store.clear(slot))
        return true;
    emit problem(QCoreApplication::translate("Autosaver", "Words kept aside could not be cleared: %1")
                     .arg(m_store.lastError()));
    return false;
}

bool Autosaver::forgetAllStartingWith(const QString &prefix)
{
    m_pending.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
    if (m_store.clearAllStartingWith(prefix))
        return true;
    emit problem(QCoreApplication::translate("Autosaver", "Words kept aside could not be cleared: %1")
                     .arg(m_store.lastError()));
    return false;
}

std::optional<QString> Autosaver::text(const QString &slot) const
{
    const auto pending = m_pending.constFind(slot);
    if (pending != m_pending.cend())
        return *pending;
    return m_store.text(slot);
}

bool Autosaver::flush()
{
    m_pause.stop();
    if (m_pending.isEmpty())
        return true;
    const bool written = m_database.transaction([this] {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (!m_store.setText(it.key(), it.value()))
                return false;
        }
        return true;
    });
    if (!written) {
        emit problem(QCoreApplication::translate("Autosaver", "What you are writing could not be kept aside: %1")
                         .arg(m_store.lastError()));
        return false;
    }
    m_pending.clear();
    return true;
}

void Autosaver::discardPending()
{
    m_pause.stop();
    m_pending.clear();
}
