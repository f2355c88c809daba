// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integritystamp.h"
#include "logloss.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace DataFileCheck {
struct Result;
}

// Owns the connection to the user's database, DIR/hearth.sqlite, and its
// schema. Opening never loses data: a damaged file is moved aside untouched, a
// file from a newer Hearth or another account is left alone, a write a crash
// interrupted is finished or undone with a copy kept until the result checks
// out, and when nothing can be saved the app still runs on an in-memory
// database and says why. The whole file is checked for damage unless it is
// the file Hearth itself left at its last close (IntegrityStamp).
class Database
{
public:
    enum class State {
        Closed,
        Ready,           // saving to DIR/hearth.sqlite
        Recovered,       // ready, on a fresh file; the damaged one was moved aside
        PartlyRecovered, // ready; part of the write-ahead log was damaged and lost, a copy is set aside
        NewerVersion,    // the file is from a newer Hearth; nothing is saved
        Unrecognised,    // the file claims a version no Hearth writes; nothing is saved
        NotYours,        // the file belongs to another account, or is not a plain file; nothing is saved
        Unwritable,      // the folder or the file cannot be written; nothing is saved
        Locked,          // another program holds the file; nothing is saved
        Failed,          // anything else; nothing is saved
    };

    static constexpr int schemaVersion = 7;
    static QString fileName() { return QStringLiteral("hearth.sqlite"); }

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates `dir` (and its parents) if missing, readable by the owner only.
    // An existing folder is left as it is: it may be shared, like /tmp.
    static bool makePrivateFolder(const QString &dir);

    // Opens (creating if needed) the database in `dataDir`. An empty dataDir
    // means in-memory only, as openInMemory(). Reads the files directly first,
    // so this process must have no other connection to them.
    void open(const QString &dataDir);
    // A fresh database with Hearth's schema that lives in memory only and
    // touches no file, for the demo and for tests: the same SQL, stores and
    // migrations as on disk, gone when closed.
    void openInMemory();
    void close();

    [[nodiscard]] State state() const { return m_state; }
    // True when what is written will still be there next time.
    [[nodiscard]] bool isPersistent() const
    {
        return m_state == State::Ready || m_state == State::Recovered || m_state == State::PartlyRecovered;
    }
    // For the user, in plain words: what happened and what it means. Empty when all is well.
    [[nodiscard]] QString notice() const { return m_notice; }
    // Where the damaged file was moved, when state() is Recovered.
    [[nodiscard]] QString quarantinedPath() const { return m_quarantinedPath; }
    // Where the copy of the database and its damaged log is, when state() is PartlyRecovered.
    [[nodiscard]] QString setAsidePath() const { return m_setAsidePath; }
    // What the damaged log cost, when state() is PartlyRecovered.
    [[nodiscard]] LogLoss::Estimate logLoss() const { return m_logLoss; }
    [[nodiscard]] QString path() const { return m_path; }
    // True when opened by openInMemory(): nothing was ever meant to be kept.
    // (A fallback after a problem is in memory too, but not by choice: see state().)
    [[nodiscard]] bool isInMemory() const { return m_state == State::Ready && m_path.isEmpty(); }
    [[nodiscard]] QSqlDatabase connection() const;
    // Called on the thread that opened the database, with no query open:
    // from then on only `thread` may use it. Qt 6.8's QSqlDatabase::moveToThread
    // does the same: the connection belongs to the thread its driver lives in.
    void handOverTo(QThread *thread);

    // Runs `work` in one transaction; commits when it returns true, else rolls back.
    bool transaction(const std::function<bool()> &work);

    // A read that failed, from any store (see readquery.h): passed to the
    // listener, which tells the person; never mistaken for "nothing there".
    void setReadFailureListener(std::function<void(const QString &)> listener)
    {
        m_readFailureListener = std::move(listener);
    }
    void reportReadFailure(const QString &problem) const
    {
        m_readFailed = true;
        if (m_readFailureListener)
            m_readFailureListener(problem);
    }

    // When the files `check` describes must be left alone: the state and the
    // notice a start gives then. For `hearth --data-report` as for open().
    struct Refusal
    {
        State state;
        QString notice;
    };
    [[nodiscard]] static std::optional<Refusal> refusalFor(const DataFileCheck::Result &check);

private:
    // An SQLite failure: its words for logs, and its primary result code to decide by.
    struct Problem
    {
        QString text;
        int code = 0; // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_READONLY 8, SQLITE_CORRUPT 11, ...
        int extendedCode = 0;
        static Problem from(const QSqlError &error);
    };
    enum class Health { Sound, Damaged, Unavailable };

    bool openConnection(const QString &path, bool readOnly);
    Health checkIntegrity(Problem *problem);
    void closeAndForget();
    enum class NoteMayVouch { Yes, No };
    void openFolder(const QString &dataDir, NoteMayVouch noteMayVouch);
    [[nodiscard]] bool noteVouches() const;
    void noteFileAsLeft();
    std::optional<int> userVersion(Problem *problem);
    bool refusalForContents(std::optional<Refusal> *refusal, Problem *problem);
    bool probeWritable(Problem *problem);
    bool configure(Problem *problem);
    bool migrate(Problem *problem);
    bool quarantine(const QString &reason);
    bool lookAtExisting(const DataFileCheck::Result &check, bool *recovered, QString *safetyCopy);
    bool keepCopyBeforeRecovery(const DataFileCheck::Result &check, QString *copy);
    void fallBackToMemory(State state, const QString &notice);
    void fallBackForProblem(const Problem &problem);
    void finishOpen(bool recovered, const QString &safetyCopy);

    QString m_connectionName;
    QString m_path;
    QString m_notice;
    QString m_quarantinedPath;
    QString m_setAsidePath;
    LogLoss::Estimate m_logLoss;
    State m_state = State::Closed;
    // The whole check (IntegrityStamp): when the note taken at open says the
    // file was last checked whole (kept only while it let the open skip the
    // check), when it really was (UTC), which file was opened, and SQLite's
    // damage count then.
    std::optional<QDateTime> m_noted;
    QDateTime m_lastWholeCheck;
    std::optional<IntegrityStamp::FileId> m_openedFile;
    quint64 m_damageMetBefore = 0;
    mutable bool m_readFailed = false; // a read failed: the file is not noted as sound at close
    std::function<void(const QString &)> m_readFailureListener;
};
