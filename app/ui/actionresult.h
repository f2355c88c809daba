// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

// What an action the person asked for came to: whether it worked, which QML
// and tests read from `ok`, never from the words; and the sentence for the
// person beside it. Failures met in the background (a write after a typing
// pause) reach the UI through App.problem instead.
class ActionResult
{
    Q_GADGET
    QML_VALUE_TYPE(actionResult)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)

public:
    static ActionResult success(const QString &message) { return {true, message}; }
    static ActionResult failure(const QString &message) { return {false, message}; }

    bool ok = false;
    QString message;
};
