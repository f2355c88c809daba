// SPDX-License-Identifier: GPL-3.0-or-later
#include "datareport.h"

#include "database.h"
#include "datafilecheck.h"
#include "datafolder.h"
#include "instancelock.h"
#include "migrations.h"
#include "rowcounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Saving
{
    bool saving = false;
    QString reason; // empty: nothing to say
};

QJsonValue countsOf(const QString &database)
{
    // Opening may roll back a journal or replay a log: only ever on a private copy.
    QTemporaryDir copies;
    const QString copy = copies.filePath(Database::fileName());
    QString problem;
    if (!copies.isValid() || !DataFolder::copyAside(database, copy, &problem))
        return QJsonValue::Null;
    const auto counts = RowCounts::ofFile(copy, &problem);
    if (!counts)
        return QJsonValue::Null;
    QJsonObject json;
    for (const QString &table : Migrations::userTables())
        json.insert(table, counts->contains(table) ? QJsonValue(counts->value(table)) : QJsonValue::Null);
    return json;
}

// What a normal start would do with the files, found by doing it to private copies.
Saving rehearseStart(const QString &dataDir, const QString &database)
{
    QTemporaryDir copies;
    QString problem;
    if (!copies.isValid()
        || !DataFolder::copyAside(database, QDir(copies.path()).filePath(Database::fileName()), &problem)) {
        return {false,
            QObject::tr("Hearth could not make a private copy of %1 to look at it (%2).")
                .arg(shown(database), problem.isEmpty() ? copies.errorString() : problem)};
    }
    Database rehearsal;
    rehearsal.open(copies.path());
    switch (rehearsal.state()) {
    case Database::State::Ready:
        return {true, {}};
    case Database::State::Recovered:
        return {true,
            // This look checks the whole file; a start skips that for a file Hearth left (IntegrityStamp).
            QObject::tr("%1 cannot be read. The first start that checks it whole moves it aside, exactly as "
                        "it is, and begins a new, empty file: the next start if the file changed since Hearth "
                        "last closed it, otherwise one within a week.")
                .arg(shown(database))};
    case Database::State::PartlyRecovered: {
        const LogLoss::Estimate loss = rehearsal.logLoss();
        const QString lost = loss.known
            ? QObject::tr("%n saved row(s) would be lost", nullptr, int(loss.rows))
            : QObject::tr("some saved rows would be lost");
        return {true,
            QObject::tr("Part of %1-wal, the log of recent changes, is damaged: %2. A normal start would "
                        "keep a copy of the files as they are and carry on with what can be read.")
                .arg(shown(database), lost)};
    }
    default:
        // Its words, about the folder the person knows rather than the copy.
        return {false, rehearsal.notice().replace(shown(copies.path()), shown(dataDir))};
    }
}

// Whether a Hearth holds the folder now (the kernel's lock says so, not the
// file's words), and its process id from the lock file when it wrote one.
std::optional<qint64> openedBy(const QString &folder)
{
    if (!InstanceLock::isHeldIn(folder))
        return std::nullopt;
    QFile lock(QDir(folder).filePath(InstanceLock::fileName()));
    return lock.open(QIODevice::ReadOnly) ? lock.readLine(32).trimmed().toLongLong() : 0;
}

Saving savingIn(const QString &dataDir, const QString &database, const DataFileCheck::Result &check)
{
    QString problem;
    if (!DataFileCheck::canWriteFolder(dataDir, &problem))
        return {false, QObject::tr("Hearth can't save in %1: %2.").arg(shown(dataDir), problem)};
    if (const auto refusal = Database::refusalFor(check))
        return {false, refusal->notice};
    if (!check.exists)
        return {true, {}}; // a start makes a new file
    return rehearseStart(dataDir, database);
}

} // namespace

QJsonObject DataReport::make(const QString &dataDir)
{
    const QString folder = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QString database = QDir(folder).filePath(Database::fileName());
    const DataFileCheck::Result check = DataFileCheck::inspect(database, Database::schemaVersion);
    Saving saving = savingIn(folder, database, check);
    if (const auto pid = openedBy(folder)) {
        const QString open
            = (*pid > 0 ? QObject::tr("Hearth is open on this folder now (process %1),").arg(*pid)
                        : QObject::tr("Hearth is open on this folder now,"))
              + u' ' + QObject::tr("so what is shown was read from a copy taken while it may have been saving.");
        saving.reason = saving.reason.isEmpty() ? open : saving.reason + u' ' + open;
    }

    QJsonArray setAside;
    for (const DataFolder::SetAsideFile &file : DataFolder::setAsideFiles(folder))
        setAside.append(file.fileName);
    // Another account's file is not read, not even for counting.
    const bool readable = check.exists && check.verdict != DataFileCheck::Verdict::NotYours
        && check.verdict != DataFileCheck::Verdict::Unreadable;

    return {
        {u"dataDir"_s, folder},
        {u"database"_s, database},
        {u"saving"_s, saving.saving},
        {u"reason"_s, saving.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(saving.reason)},
        {u"schemaVersion"_s,
            check.userVersion ? QJsonValue(*check.userVersion) : QJsonValue(QJsonValue::Null)},
        {u"counts"_s, readable ? countsOf(database) : QJsonValue(QJsonValue::Null)},
        {u"setAside"_s, setAside},
    };
}
