// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Owns the connection to the user's database, DIR/hearth.sqlite, and its
// schema. Opening never loses data: a damaged file is moved aside untouched, a
// file from a newer Hearth is left alone, and when nothing can be saved the app
// still runs on an in-memory database and says why.
class Database
{
public:
    enum class State {
        Closed,
        Ready,          // saving to DIR/hearth.sqlite
        Recovered,      // ready, on a fresh file; the damaged one was moved aside
        NewerVersion,   // the file is from a newer Hearth; nothing is saved
        Unwritable,     // the folder cannot be written; nothing is saved
        Locked,         // another program holds the file; nothing is saved
        Failed,         // anything else; nothing is saved
    };

    static constexpr int schemaVersion = 3;
    static QString fileName() { return QStringLiteral("hearth.sqlite"); }

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates `dir` (and its parents) if missing, readable by the owner only.
    // An existing folder is left as it is: it may be shared, like /tmp.
    static bool makePrivateFolder(const QString &dir);

    // Opens (creating if needed) the database in `dataDir`. An empty dataDir
    // means in-memory only, for tests.
    void open(const QString &dataDir);
    void close();

    [[nodiscard]] State state() const { return m_state; }
    // True when what is written will still be there next time.
    [[nodiscard]] bool isPersistent() const { return m_state == State::Ready || m_state == State::Recovered; }
    // For the user, in plain words: what happened and what it means. Empty when all is well.
    [[nodiscard]] QString notice() const { return m_notice; }
    // Where the damaged file was moved, when state() is Recovered.
    [[nodiscard]] QString quarantinedPath() const { return m_quarantinedPath; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const;

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
        if (m_readFailureListener)
            m_readFailureListener(problem);
    }

private:
    bool openConnection(const QString &path, bool readOnly);
    enum class Health { Sound, Damaged, Unavailable };
    Health checkIntegrity(QString *problem);
    int userVersion();
    bool migrate(QString *problem);
    bool quarantine(const QString &reason);
    void fallBackToMemory(State state, const QString &notice);
    void fallBackForProblem(const QString &problem);
    bool configure(QString *problem);

    QString m_connectionName;
    QString m_path;
    QString m_notice;
    QString m_quarantinedPath;
    State m_state = State::Closed;
    std::function<void(const QString &)> m_readFailureListener;
};
