// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class Database;
class WorkInProgressStore;

// The one keeper of words not saved yet (the builder's page, the free-write,
// a drill rewrite, a journal page). Views hand it their text as it is typed;
// it writes after a pause in typing, all pending slots in one transaction,
// and once more when flush() is called on quit. Reading a slot sees what is
// pending first, so nothing typed is ever read back stale.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int pauseMs = 600;

    Autosaver(Database &database, WorkInProgressStore &store, QObject *parent = nullptr);
    ~Autosaver() override;

    // Keeps `text` for `slot`, written after the typing pause.
    void keep(const QString &slot, const QString &text);
    // The slot is done with (saved elsewhere, or started afresh): cleared now.
    bool forget(const QString &slot);
    // Clears every slot whose name starts with `prefix`, now.
    bool forgetAllStartingWith(const QString &prefix);
    [[nodiscard]] std::optional<QString> text(const QString &slot) const;
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }

    // Writes everything pending now, in one transaction. False (and problem())
    // when it could not; what could not be written stays pending.
    bool flush();
    // Drops what is pending unwritten: everything was just deleted or replaced.
    void discardPending();

signals:
    void problem(const QString &message);

private:
    Database &m_database;
    WorkInProgressStore &m_store;
    QHash<QString, QString> m_pending;
    QTimer m_pause;
};
