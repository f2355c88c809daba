// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Counts the minutes without a key or a click anywhere in Hearth while a
// locked journal is open, and says when JournalShelf::idleMinutesBeforeRelock
// have passed, so the journal closes again when its writer walks away.
class JournalIdleLock : public QObject
{
    Q_OBJECT

public:
    explicit JournalIdleLock(QObject *parent = nullptr);
    ~JournalIdleLock() override;

    // Counting starts (again) when true, stops when false.
    void setWatching(bool watching);
    [[nodiscard]] bool isWatching() const { return m_idle.isActive(); }
    [[nodiscard]] int idleMs() const { return m_idle.interval(); }

signals:
    void idleTooLong();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_idle;
};
