// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class Database;

// Words the person is still writing and has not saved anywhere yet: the
// free-write text, the builder's statement, a drill rewrite. Each lives in a
// named slot, so closing the window or leaving a page never loses them.
class WorkInProgressStore
{
public:
    static QString freeWriteSlot() { return QStringLiteral("free-write"); }
    static QString builderSlot() { return QStringLiteral("builder"); }
    static QString journalSlot() { return QStringLiteral("journal"); }
    [[nodiscard]] static QString drillSlot(const QString &drillId) { return QStringLiteral("drill:") + drillId; }

    explicit WorkInProgressStore(Database &database);

    // nullopt when nothing was ever kept in the slot (or it was cleared).
    [[nodiscard]] std::optional<QString> text(const QString &slot) const;
    // Keeps the text; one committed write. An empty text is kept too: an
    // emptied free-write is not the same as one never started.
    bool setText(const QString &slot, const QString &text);
    bool clear(const QString &slot);
    // Clears every slot whose name starts with `prefix` ("drill:"), in one write.
    bool clearAllStartingWith(const QString &prefix);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    Database &m_database;
    QString m_lastError;
};
