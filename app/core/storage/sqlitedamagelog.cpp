// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedamagelog.h"

#include <QLoggingCategory>

#include <sqlite3.h>

#include <atomic>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase) // database.cpp

namespace {

std::atomic<quint64> damage{0};
bool listening = false;

// Called by SQLite on whichever thread met the problem; must not call SQLite.
void onLogged(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR) {
        damage.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcDatabase) << "SQLite met damage:" << message;
    }
}

} // namespace

namespace SqliteDamageLog {

bool listen()
{
    static std::once_flag once;
    std::call_once(once, [] { listening = sqlite3_config(SQLITE_CONFIG_LOG, onLogged, nullptr) == SQLITE_OK; });
    return listening;
}

bool isListening()
{
    return listening;
}

quint64 damageMet()
{
    return damage.load(std::memory_order_relaxed);
}

} // namespace SqliteDamageLog
