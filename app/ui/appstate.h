// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class ContentRepository;
#include "models/guidemodel.h"

// What every page may ask of the app as a whole: the loaded content, problems
// met while loading it, and where the user's data lives. main() makes one and
// hands it to QML as the `App` singleton.
class AppState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON

    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QStringList contentProblems READ contentProblems CONSTANT)
    Q_PROPERTY(QString careNoteTitle READ careNoteTitle CONSTANT)
    Q_PROPERTY(QString careNoteText READ careNoteText CONSTANT)
    Q_PROPERTY(GuideModel *guide READ guide CONSTANT)

public:
    AppState(const ContentRepository &content, QString dataDir, QObject *parent = nullptr);
    ~AppState() override;

    // The engine asks for the singleton through create(); main() and the tests
    // register the instance they built first.
    static void setInstance(AppState *instance);
    static AppState *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QStringList contentProblems() const;
    [[nodiscard]] QString careNoteTitle() const;
    [[nodiscard]] QString careNoteText() const;
    [[nodiscard]] GuideModel *guide() const { return m_guide; }

private:
    const ContentRepository &m_content;
    QString m_dataDir;
    GuideModel *m_guide;
};
