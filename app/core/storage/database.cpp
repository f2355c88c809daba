// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "hearth.storage", QtInfoMsg)

namespace {

constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto ownerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// Long enough to ride out a checkpoint by another connection, short enough
// that a stuck lock gives a message rather than a frozen window.
constexpr int busyTimeoutMs = 3000;

int connectionCounter = 0;

const QStringList companionSuffixes = {QString(), u"-wal"_s, u"-shm"_s};

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
    m_state = State::Closed;
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

Database::Health Database::checkIntegrity(QString *problem)
{
    QSqlQuery query(connection());
    // open() succeeds on any file; the first real query tells whether it is a database.
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        *problem = query.lastError().databaseText();
        // Only a file SQLite calls "not a database" or "corrupt" is damaged; a
        // busy or locked one belongs to someone else right now and must not be moved.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        constexpr int sqliteCorrupt = 11;
        constexpr int sqliteNotADatabase = 26;
        return (code == sqliteCorrupt || code == sqliteNotADatabase) ? Health::Damaged : Health::Unavailable;
    }
    if (!query.next()) {
        *problem = u"the integrity check gave no answer"_s;
        return Health::Unavailable;
    }
    const QString verdict = query.value(0).toString();
    if (verdict != "ok"_L1) {
        *problem = verdict;
        return Health::Damaged;
    }
    return Health::Sound;
}

int Database::userVersion()
{
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::configure(QString *problem)
{
    QSqlQuery query(connection());
    const bool inMemory = m_path.isEmpty();
    if (!inMemory) {
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
            *problem = query.lastError().databaseText();
            return false;
        }
        if (query.value(0).toString() != "wal"_L1) {
            *problem = u"could not switch to write-ahead logging"_s;
            return false;
        }
    }
    // secure_delete overwrites deleted text, so what the user deletes is gone from the file.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA secure_delete = ON"_s}) {
        if (!query.exec(pragma)) {
            *problem = query.lastError().databaseText();
            return false;
        }
    }
    return true;
}

bool Database::migrate(QString *problem)
{
    QSqlDatabase db = connection();
    for (int version = userVersion() + 1; version <= schemaVersion; ++version) {
        if (!db.transaction()) {
            *problem = db.lastError().databaseText();
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
            *problem = u"upgrading to version %1 failed: %2"_s.arg(version).arg(
                query.lastError().isValid() ? query.lastError().databaseText() : db.lastError().databaseText());
            db.rollback();
            return false;
        }
        qCDebug(lcDatabase) << "Upgraded the database to version" << version;
    }
    return true;
}

bool Database::quarantine(const QString &reason)
{
    close();
    const QFileInfo original(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s);
    QString base;
    for (int attempt = 1;; ++attempt) {
        base = original.dir().filePath(u"hearth.damaged-"_s + stamp + (attempt > 1 ? u"-%1"_s.arg(attempt) : QString())
                                       + u".sqlite"_s);
        if (!QFile::exists(base))
            break;
    }
    // Rename only: the bytes stay exactly as they were, for anyone who wants to recover them.
    for (const QString &suffix : companionSuffixes) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, base + suffix)) {
            qCWarning(lcDatabase) << "Could not move the damaged database aside";
            return false;
        }
    }
    m_quarantinedPath = base;
    qCWarning(lcDatabase) << "Moved a damaged database aside:" << reason;
    return true;
}

void Database::fallBackToMemory(State state, const QString &notice)
{
    qCWarning(lcDatabase).noquote() << "Running without saving:" << notice;
    m_path.clear();
    openConnection(u":memory:"_s, false);
    QString problem;
    if (!configure(&problem) || !migrate(&problem))
        qCCritical(lcDatabase).noquote() << "Even the in-memory database failed:" << problem;
    m_state = state;
    m_notice = notice;
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
    close();
    m_notice.clear();
    m_quarantinedPath.clear();

    if (dataDir.isEmpty()) {
        fallBackToMemory(State::Ready, {});
        return;
    }

    const QDir dir(dataDir);
    if (!makePrivateFolder(dataDir)) {
        fallBackToMemory(State::Unwritable,
                         QObject::tr("Hearth could not create its folder %1, so nothing you do will be kept "
                                     "after you close it.").arg(QDir::toNativeSeparators(dataDir)));
        return;
    }
    {
        QTemporaryFile probe(dir.filePath(u".hearth-write-test-XXXXXX"_s));
        if (!probe.open()) {
            fallBackToMemory(State::Unwritable,
                             QObject::tr("Hearth can't save in %1 (%2). You can use everything, but nothing will "
                                         "be kept after you close it.")
                                 .arg(QDir::toNativeSeparators(dataDir), probe.errorString()));
            return;
        }
    }

    m_path = dir.filePath(fileName());
    bool recovered = false;
    if (QFile::exists(m_path)) {
        // Look first without the right to write, so a file we must not touch stays byte for byte.
        QString problem;
        Health health = Health::Unavailable;
        if (!openConnection(m_path, true))
            problem = connection().lastError().databaseText();
        else
            health = checkIntegrity(&problem);
        const int version = health == Health::Sound ? userVersion() : 0;
        close();
        if (health == Health::Unavailable) {
            fallBackForProblem(problem);
            return;
        }
        if (version > schemaVersion) {
            fallBackToMemory(State::NewerVersion,
                             QObject::tr("Your saved data was written by a newer version of Hearth. To keep it "
                                         "safe, this version will not change it. You can look around, but "
                                         "nothing you do now will be saved. Update Hearth to carry on where "
                                         "you left off."));
            return;
        }
        if (health == Health::Damaged) {
            if (!quarantine(problem)) {
                fallBackToMemory(State::Failed,
                                 QObject::tr("Hearth could not read its saved data (%1), and could not move the "
                                             "file aside either. Nothing was changed or deleted, but nothing will "
                                             "be saved this time.").arg(problem));
                return;
            }
            recovered = true;
        }
    }

    if (!QFile::exists(m_path)) {
        // Create the file ourselves, owner-only; SQLite gives its -wal and -shm the same mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            fallBackToMemory(State::Unwritable,
                             QObject::tr("Hearth can't create its data file in %1 (%2). Nothing will be kept "
                                         "after you close it.")
                                 .arg(QDir::toNativeSeparators(dataDir), file.errorString()));
            return;
        }
    }
    QFile::setPermissions(m_path, ownerOnlyFile);

    QString problem;
    if (!openConnection(m_path, false) || !configure(&problem) || !migrate(&problem)) {
        if (problem.isEmpty())
            problem = connection().lastError().databaseText();
        close();
        fallBackForProblem(problem);
        return;
    }

    m_state = recovered ? State::Recovered : State::Ready;
    if (recovered) {
        m_notice = QObject::tr("Hearth found that its saved data could not be read, so it set that file aside "
                               "and started afresh. Nothing was deleted: the old file is at %1.")
                       .arg(QDir::toNativeSeparators(m_quarantinedPath));
    }
}

void Database::fallBackForProblem(const QString &problem)
{
    if (problem.contains(u"locked"_s) || problem.contains(u"busy"_s)) {
        fallBackToMemory(State::Locked,
                         QObject::tr("Your saved data is in use by another program, so Hearth can't save right "
                                     "now. Close any other copy of Hearth and start it again."));
    } else {
        fallBackToMemory(State::Failed,
                         QObject::tr("Hearth could not open its saved data (%1). Nothing was changed or deleted, "
                                     "but nothing will be saved this time.").arg(problem));
    }
}

bool Database::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return false;
    if (work() && db.commit())
        return true;
    db.rollback();
    return false;
}
