// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalidlelock.h"

#include "journal/journalshelf.h"

#include <QCoreApplication>
#include <QEvent>

JournalIdleLock::JournalIdleLock(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(JournalShelf::idleMinutesBeforeRelock * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &JournalIdleLock::idleTooLong);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

JournalIdleLock::~JournalIdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void JournalIdleLock::setWatching(bool watching)
{
    if (watching)
        m_idle.start();
    else
        m_idle.stop();
}

bool JournalIdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_idle.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_idle.start(); // a person is here: count from now
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
