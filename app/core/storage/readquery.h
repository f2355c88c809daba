// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

// Runs a read. A read that fails is told to the database's listener (the app
// says it to the person) rather than passed off as "nothing there".
inline bool execRead(const Database &database, QSqlQuery &query, const QString &sql = {})
{
    if (sql.isEmpty() ? query.exec() : query.exec(sql))
        return true;
    database.reportReadFailure(query.lastError().databaseText());
    return false;
}
