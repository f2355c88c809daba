// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "datafilecheck.h"
#include "datafolder.h"
#include "integritystamp.h"
#include "sqlitedamagelog.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <climits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "hearth.storage", QtInfoMsg)

namespace {

constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto ownerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// Long enough to ride out a checkpoint by another connection, short enough
// that a stuck lock gives a message rather than a frozen window.
constexpr int busyTimeoutMs = 3000;
// How long a file Hearth left unchanged goes without a whole check (IntegrityStamp).
constexpr int daysBetweenWholeChecks = 7;

// SQLite's primary result codes (https://www.sqlite.org/rescode.html).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteReadOnlyRollback = 776; // extended: a hot journal met by a read-only connection

int connectionCounter = 0;

const QStringList companionSuffixes = {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s};

// What SQLite calls damage: a corrupt page, or a file that is no database.
bool isDamage(int code)
{
    return code == sqliteCorrupt || code == sqliteNotADatabase;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Database::Problem Database::Problem::from(const QSqlError &error)
{
    // With extended result codes on, the driver reports e.g. 776 for
    // SQLITE_READONLY_ROLLBACK; the low byte is the primary code.
    const int extended = error.nativeErrorCode().toInt();
    return {error.databaseText().isEmpty() ? error.text() : error.databaseText(), extended & 0xff, extended};
}

Database::Database()
{
    // Before the process's first connection, or SQLite will not take it.
    if (!SqliteDamageLog::listen())
        qCDebug(lcDatabase) << "SQLite was in use before Hearth could listen for damage; files are checked whole";
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::handOverTo(QThread *thread)
{
    if (QSqlDriver *driver = connection().driver())
        driver->moveToThread(thread);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (isPersistent() && !m_path.isEmpty())
        noteFileAsLeft();
    m_state = State::Closed;
}

// Closed, the file is as SQLite left it: noted, so that the next start need
// not check it whole. Not when damage may have been met since it was opened:
// a read failed, or SQLite told of damage (SqliteDamageLog). The note was
// taken as the file was opened, so none is left then.
void Database::noteFileAsLeft()
{
    if (m_readFailed || !m_openedFile || !m_lastWholeCheck.isValid() || !SqliteDamageLog::isListening()
        || SqliteDamageLog::damageMet() != m_damageMetBefore)
        return;
    QString error;
    if (!IntegrityStamp::record(m_path, *m_openedFile, m_lastWholeCheck, &error))
        qCWarning(lcDatabase).noquote() << "Did not note the database as checked; the next start checks it whole:"
                                        << error;
}

// Whether the note taken at open vouches for the file: it was for this very
// file, checked whole within the week (and not "in the future": a clock set back).
bool Database::noteVouches() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_noted && *m_noted <= now && m_noted->addDays(daysBetweenWholeChecks) > now;
}

bool Database::openConnection(const QString &path, bool readOnly)
{
    close();
    m_connectionName = u"hearth-%1"_s.arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    return db.open();
}

Database::Health Database::checkIntegrity(Problem *problem)
{
    QSqlQuery query(connection());
    // open() succeeds on any file; the first real query tells whether it is a database.
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        *problem = Problem::from(query.lastError());
        // Only a file SQLite calls "not a database" or "corrupt" is damaged; a
        // busy or locked one belongs to someone else right now and must not be moved.
        return isDamage(problem->code) ? Health::Damaged : Health::Unavailable;
    }
    if (!query.next()) {
        *problem = {u"the integrity check gave no answer"_s, 0};
        return Health::Unavailable;
    }
    const QString verdict = query.value(0).toString();
    if (verdict != "ok"_L1) {
        *problem = {verdict, sqliteCorrupt};
        return Health::Damaged;
    }
    return Health::Sound;
}

std::optional<int> Database::userVersion(Problem *problem)
{
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    *problem = Problem::from(query.lastError());
    return std::nullopt;
}

std::optional<Database::Refusal> Database::refusalFor(const DataFileCheck::Result &check)
{
    using Verdict = DataFileCheck::Verdict;
    switch (check.verdict) {
    case Verdict::Usable:
        return std::nullopt;
    case Verdict::Newer:
        return Refusal{State::NewerVersion,
                       QObject::tr("Your saved data was written by a newer version of Hearth. To keep it safe, this "
                                   "version will not change it. You can look around, but nothing you do now will be "
                                   "saved. Update Hearth to carry on where you left off.")};
    case Verdict::Unrecognised:
        return Refusal{State::Unrecognised,
                       QObject::tr("Hearth does not recognise its saved data: %1. To keep it safe, Hearth did not "
                                   "change it. You can look around, but nothing you do now will be saved.")
                           .arg(check.problem)};
    case Verdict::NotYours:
        return Refusal{State::NotYours,
                       QObject::tr("Hearth did not open the saved data in this folder: %1. Nothing was changed. You "
                                   "can look around, but nothing you do now will be saved. Start Hearth with a "
                                   "folder of your own.")
                           .arg(check.problem)};
    case Verdict::Unreadable:
    case Verdict::NotWritable:
        return Refusal{State::Unwritable,
                       QObject::tr("%1, so Hearth cannot save. Nothing was changed. You can look around, but nothing "
                                   "you do now will be kept after you close it.")
                           .arg(check.problem)};
    }
    return std::nullopt;
}

// What the file holds, when its header could not tell: the version once a log
// is replayed, and whether it is a database Hearth made at all. False when the
// file could not be asked.
bool Database::refusalForContents(std::optional<Refusal> *refusal, Problem *problem)
{
    const std::optional<int> version = userVersion(problem);
    if (!version)
        return false;
    DataFileCheck::Result check;
    check.userVersion = *version;
    if (*version < 0) {
        check.verdict = DataFileCheck::Verdict::Unrecognised;
        check.problem = QObject::tr("%1 says it has version %2 of Hearth's data, which no Hearth writes")
                            .arg(shown(m_path))
                            .arg(*version);
    } else if (*version > schemaVersion) {
        check.verdict = DataFileCheck::Verdict::Newer;
    } else if (*version == 0) {
        // Hearth's first step creates its tables and version 1 together: a
        // file with tables but no version was made by something else.
        QSqlQuery query(connection());
        if (!query.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !query.next()) {
            *problem = Problem::from(query.lastError());
            return false;
        }
        if (query.value(0).toInt() > 0) {
            check.verdict = DataFileCheck::Verdict::Unrecognised;
            check.problem = QObject::tr("%1 holds tables but no version, so another program made it").arg(shown(m_path));
        }
    }
    *refusal = refusalFor(check);
    return true;
}

bool Database::probeWritable(Problem *problem)
{
    // SQLite quietly opens a file it may only read, and in WAL mode even
    // BEGIN IMMEDIATE succeeds then: only a real write tells. It is rolled back.
    QSqlQuery query(connection());
    for (const QString &statement :
         {u"BEGIN IMMEDIATE"_s, u"CREATE TABLE main.hearth_write_probe (x)"_s, u"ROLLBACK"_s}) {
        if (!query.exec(statement)) {
            *problem = Problem::from(query.lastError());
            if (statement != "BEGIN IMMEDIATE"_L1 && !QSqlQuery(connection()).exec(u"ROLLBACK"_s))
                qCWarning(lcDatabase) << "Could not roll back the write test";
            return false;
        }
    }
    return true;
}

bool Database::configure(Problem *problem)
{
    QSqlQuery query(connection());
    const bool inMemory = m_path.isEmpty();
    if (!inMemory) {
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
            *problem = Problem::from(query.lastError());
            return false;
        }
        if (query.value(0).toString() != "wal"_L1) {
            *problem = {u"could not switch to write-ahead logging"_s, 0};
            return false;
        }
    }
    // secure_delete overwrites deleted text, so what the user deletes is gone from the file.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA secure_delete = ON"_s}) {
        if (!query.exec(pragma)) {
            *problem = Problem::from(query.lastError());
            return false;
        }
    }
    return true;
}

bool Database::migrate(Problem *problem)
{
    QSqlDatabase db = connection();
    const std::optional<int> current = userVersion(problem);
    if (!current)
        return false;
    for (int version = *current + 1; version <= schemaVersion; ++version) {
        if (!db.transaction()) {
            *problem = Problem::from(db.lastError());
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : Migrations::step(version)) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        // user_version is part of the transaction, so a step and its number land together.
        ok = ok && query.exec(u"PRAGMA user_version = %1"_s.arg(version));
        if (!ok || !db.commit()) {
            const Problem cause = Problem::from(query.lastError().isValid() ? query.lastError() : db.lastError());
            *problem = {u"upgrading to version %1 failed: %2"_s.arg(version).arg(cause.text), cause.code};
            if (!db.rollback())
                qCWarning(lcDatabase) << "Could not roll back the failed upgrade:" << db.lastError().text();
            return false;
        }
        qCDebug(lcDatabase) << "Upgraded the database to version" << version;
    }
    return true;
}

bool Database::quarantine(const QString &reason)
{
    close();
    const QString base = DataFolder::newSetAsidePath(QFileInfo(m_path).path(), DataFolder::SetAsideKind::Damaged);
    // Rename only: the bytes stay exactly as they were, for anyone who wants to recover them.
    for (const QString &suffix : companionSuffixes) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, base + suffix)) {
            qCWarning(lcDatabase) << "Could not move the damaged database aside";
            return false;
        }
    }
    m_quarantinedPath = base;
    qCWarning(lcDatabase).noquote() << "Moved a damaged database aside:" << reason;
    return true;
}

// A crash left a write to finish or undo, which SQLite does as it opens the
// file: keep the files as they are now until the result has checked out.
bool Database::keepCopyBeforeRecovery(const DataFileCheck::Result &check, QString *copy)
{
    const bool dropsSavedWork = check.hasWal && check.wal.dropsCommittedData();
    const QString dataDir = QFileInfo(m_path).path();
    *copy = DataFolder::newSetAsidePath(dataDir, dropsSavedWork ? DataFolder::SetAsideKind::DamagedLog
                                                                : DataFolder::SetAsideKind::Interrupted);
    QString error;
    if (!DataFolder::copyAside(m_path, *copy, &error)) {
        fallBackToMemory(State::Failed,
                         QObject::tr("Hearth was stopped while saving last time. Before finishing that, it keeps a "
                                     "copy of your data, and the copy could not be made (%1). Nothing was changed, "
                                     "but nothing will be saved this time. Make some room on the disk and start "
                                     "Hearth again.")
                             .arg(error));
        copy->clear();
        return false;
    }
    if (dropsSavedWork) {
        m_setAsidePath = *copy;
        m_logLoss = LogLoss::estimate(*copy);
        qCWarning(lcDatabase).noquote() << "The write-ahead log is damaged; SQLite will drop"
                                        << check.wal.commitsAfterBreak << "committed transactions. Copy kept at"
                                        << *copy;
    }
    return true;
}

// Checks the file that is there before Hearth writes to it. False when it
// must not be used (the fallback is done); `recovered` when it was set aside.
bool Database::lookAtExisting(const DataFileCheck::Result &check, bool *recovered, QString *safetyCopy)
{
    // Look first without the right to write, so a file that must stay as it
    // is stays byte for byte. Finishing or undoing an interrupted write needs
    // that right (a read-only look fails on it for ever), so a copy is kept first.
    bool recover = check.needsRecovery() && (check.hasHeader || QFileInfo(m_path).size() == 0);
    for (;;) {
        if (recover && safetyCopy->isEmpty() && !keepCopyBeforeRecovery(check, safetyCopy))
            return false;
        Problem problem;
        Health health = Health::Unavailable;
        // The whole check looks at every page and row, unless the note taken
        // at open vouches for the file; SQLite's first query (refusalForContents)
        // still tells whether it is a database at all.
        const bool checkWhole = recover || !noteVouches();
        if (!openConnection(m_path, !recover))
            problem = Problem::from(connection().lastError());
        else
            health = checkWhole ? checkIntegrity(&problem) : Health::Sound;
        std::optional<Refusal> refusal;
        if (health == Health::Sound && !refusalForContents(&refusal, &problem))
            health = Health::Unavailable;
        close();
        // Damage met although the note vouched: look again, checking whole.
        if (!checkWhole && health == Health::Unavailable && isDamage(problem.code)) {
            m_noted.reset();
            continue;
        }
        // From here on a note is kept only where it let this look skip the whole check.
        if (checkWhole)
            m_noted.reset();
        m_lastWholeCheck = m_noted.value_or(QDateTime::currentDateTimeUtc());
        // A journal the header check could not foresee (the header itself is
        // torn): only a writer may roll it back.
        if (health == Health::Unavailable && !recover && problem.extendedCode == sqliteReadOnlyRollback) {
            qCDebug(lcDatabase) << "A hot journal the header did not show; rolling it back";
            recover = true;
            continue;
        }
        if (health == Health::Unavailable) {
            fallBackForProblem(problem);
            return false;
        }
        if (refusal) {
            fallBackToMemory(refusal->state, refusal->notice);
            return false;
        }
        if (health == Health::Damaged) {
            m_lastWholeCheck = QDateTime::currentDateTimeUtc(); // of the fresh file that takes its place
            if (!quarantine(problem.text)) {
                fallBackToMemory(State::Failed,
                                 QObject::tr("Hearth could not read its saved data (%1), and could not move the "
                                             "file aside either. Nothing was changed or deleted, but nothing will "
                                             "be saved this time.").arg(problem.text));
                return false;
            }
            *recovered = true;
        }
        return true;
    }
}

void Database::fallBackToMemory(State state, const QString &notice)
{
    if (!notice.isEmpty())
        qCWarning(lcDatabase).noquote() << "Running without saving:" << notice;
    m_path.clear();
    Problem problem;
    if (!openConnection(u":memory:"_s, false))
        problem = Problem::from(connection().lastError());
    else if (configure(&problem))
        migrate(&problem);
    if (!problem.text.isEmpty())
        qCCritical(lcDatabase).noquote() << "Even the in-memory database failed:" << problem.text;
    m_state = state;
    m_notice = notice;
}

// Closes, and forgets what the last open found, before another.
void Database::closeAndForget()
{
    close();
    m_notice.clear();
    m_quarantinedPath.clear();
    m_setAsidePath.clear();
    m_logLoss = {};
    m_noted.reset();
    m_lastWholeCheck = {};
    m_openedFile.reset();
    m_readFailed = false;
}

void Database::openInMemory()
{
    closeAndForget();
    fallBackToMemory(State::Ready, {});
}

bool Database::makePrivateFolder(const QString &dir)
{
    if (QDir(dir).exists())
        return true;
    // Create each missing level owner-only: intimate words, only the user may list or read them.
    const QString parent = QFileInfo(QDir::cleanPath(dir)).path();
    if (parent != dir && !makePrivateFolder(parent))
        return false;
    return QDir().mkdir(dir) && QFile::setPermissions(dir, ownerOnlyFolder);
}

void Database::open(const QString &dataDir)
{
    openFolder(dataDir, NoteMayVouch::Yes);
}

void Database::openFolder(const QString &dataDir, NoteMayVouch noteMayVouch)
{
    closeAndForget();

    if (dataDir.isEmpty()) {
        openInMemory();
        return;
    }

    const QDir dir(dataDir);
    if (!makePrivateFolder(dataDir)) {
        fallBackToMemory(State::Unwritable,
                         QObject::tr("Hearth could not create its folder %1, so nothing you do will be kept "
                                     "after you close it.").arg(shown(dataDir)));
        return;
    }
    {
        QTemporaryFile probe(dir.filePath(u".hearth-write-test-XXXXXX"_s));
        if (!probe.open()) {
            fallBackToMemory(State::Unwritable,
                             QObject::tr("Hearth can't save in %1 (%2). You can use everything, but nothing will "
                                         "be kept after you close it.")
                                 .arg(shown(dataDir), probe.errorString()));
            return;
        }
    }

    m_path = dir.filePath(fileName());
    // Before any SQL: a file of another account, one that may not be
    // written, or one whose header says it is newer is never opened at all,
    // so SQLite cannot change it, nor leave a -wal or -shm beside it.
    const DataFileCheck::Result check = DataFileCheck::inspect(m_path, schemaVersion);
    if (const auto refusal = refusalFor(check)) {
        fallBackToMemory(refusal->state, refusal->notice);
        return;
    }

    // Taken, not read: from here on a crash or a failure leaves no note, and
    // the next start checks the file whole.
    m_noted = IntegrityStamp::take(m_path);
    if (noteMayVouch == NoteMayVouch::No || check.needsRecovery())
        m_noted.reset();

    bool recovered = false;
    QString safetyCopy;
    if (!check.exists) {
        m_lastWholeCheck = QDateTime::currentDateTimeUtc(); // nothing to check in a file about to be made
        // A log without its database would be replayed into the new, empty file.
        if (QFileInfo(m_path + u"-wal"_s).size() > 0 || QFileInfo(m_path + u"-journal"_s).size() > 0) {
            if (!quarantine(u"a log without its database"_s)) {
                fallBackToMemory(State::Failed,
                                 QObject::tr("Hearth found pieces of saved data without the data file itself, and "
                                             "could not move them aside. Nothing was changed or deleted, but "
                                             "nothing will be saved this time."));
                return;
            }
            recovered = true;
        }
    } else {
        if (!lookAtExisting(check, &recovered, &safetyCopy))
            return;
    }

    if (!QFile::exists(m_path)) {
        // Create the file ourselves, owner-only; SQLite gives its -wal and -shm the same mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            fallBackToMemory(State::Unwritable,
                             QObject::tr("Hearth can't create its data file in %1 (%2). Nothing will be kept "
                                         "after you close it.")
                                 .arg(shown(dataDir), file.errorString()));
            return;
        }
    }
    if (!QFile::setPermissions(m_path, ownerOnlyFile))
        qCWarning(lcDatabase) << "Could not make the database readable by its owner only";

    Problem problem;
    if (!openConnection(m_path, false))
        problem = Problem::from(connection().lastError());
    if (!problem.text.isEmpty() || !probeWritable(&problem) || !configure(&problem) || !migrate(&problem)) {
        close();
        // Damage that the whole check, skipped on the note's word, would have found first.
        if (m_noted && isDamage(problem.code)) {
            openFolder(dataDir, NoteMayVouch::No);
            return;
        }
        fallBackForProblem(problem);
        return;
    }
    finishOpen(recovered, safetyCopy);
}

void Database::finishOpen(bool recovered, const QString &safetyCopy)
{
    m_openedFile = IntegrityStamp::fileIdOf(m_path);
    m_damageMetBefore = SqliteDamageLog::damageMet();
    const QString dataDir = QFileInfo(m_path).path();
    // The interrupted write was finished or undone and the result checked
    // out: the copy taken before has done its job. A copy of a damaged log stays.
    if (!safetyCopy.isEmpty() && m_setAsidePath.isEmpty() && !recovered) {
        QString error;
        if (!DataFolder::removeSetAside(dataDir, QFileInfo(safetyCopy).fileName(), &error))
            qCWarning(lcDatabase).noquote() << "Could not remove the copy taken before recovery:" << error;
    }

    m_state = recovered ? State::Recovered : !m_setAsidePath.isEmpty() ? State::PartlyRecovered : State::Ready;
    if (recovered) {
        m_notice = QObject::tr("Hearth found that its saved data could not be read, so it set that file aside "
                               "and started afresh. Nothing was deleted: the old file is at %1.")
                       .arg(shown(m_quarantinedPath));
        // SQLite had been asked to finish an interrupted write first: the files from before that are kept too.
        if (!safetyCopy.isEmpty()) {
            m_notice += u' '
                        + QObject::tr("A copy of the files from before Hearth opened them is at %1.")
                              .arg(shown(safetyCopy));
        }
    } else if (m_state == State::PartlyRecovered) {
        const QString lost = m_logLoss.known && m_logLoss.rows > 0
                                 ? QObject::tr("about %n of the things you saved most recently (such as journal "
                                               "pages, favourites or conversations) could not be read back and are "
                                               "missing",
                                               nullptr, int(qMin<qint64>(m_logLoss.rows, INT_MAX)))
                                 : QObject::tr("some of the things you saved most recently could not be read back "
                                               "and may be missing");
        m_notice = QObject::tr("Part of what Hearth saved last time was damaged on the disk: %1. Everything else "
                               "is here, and Hearth is saving again. Nothing was deleted: a copy of the files as "
                               "they were is at %2, for anyone who can try to recover more from it.")
                       .arg(lost, shown(m_setAsidePath));
    }
    if (!m_notice.isEmpty())
        qCWarning(lcDatabase).noquote() << m_notice;
    qCInfo(lcDatabase).noquote() << "Saving to" << shown(m_path);
}

void Database::fallBackForProblem(const Problem &problem)
{
    switch (problem.code) {
    case sqliteBusy:
    case sqliteLocked:
        fallBackToMemory(State::Locked,
                         QObject::tr("Your saved data is in use by another program, so Hearth can't save right "
                                     "now. Close any other copy of Hearth and start it again."));
        return;
    case sqliteReadOnly:
        fallBackToMemory(State::Unwritable,
                         QObject::tr("Hearth is not allowed to change its saved data (%1), so nothing you do now "
                                     "will be kept after you close it. Nothing was changed or deleted.")
                             .arg(problem.text));
        return;
    default:
        fallBackToMemory(State::Failed,
                         QObject::tr("Hearth could not open its saved data (%1). Nothing was changed or deleted, "
                                     "but nothing will be saved this time.").arg(problem.text));
    }
}

bool Database::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return false;
    if (work() && db.commit())
        return true;
    if (!db.rollback())
        qCWarning(lcDatabase) << "Could not roll back:" << db.lastError().text();
    return false;
}
