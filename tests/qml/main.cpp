// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Quick Test runner: gives each test the real built-in content and an
// App singleton over a temporary data folder, never the user's, and a
// temporary home with a Documents folder for the file dialogs to open in.
// A warning from Hearth's own QML (a TypeError, a broken binding) stops the run: tests pass
// over such errors otherwise, and users would meet them.
#include "appstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // Before the application exists, so Qt reads these and not the user's.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        QDir(m_home.path()).mkpath(QStringLiteral("Documents"));
        // As the app names itself: QSettings keeps nothing for an unnamed organisation.
        QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
        // Tests read what a dialog saved through XMLHttpRequest.
        qputenv("QML_XHR_ALLOW_FILE_READ", "1");
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QObject::connect(engine, &QQmlEngine::warnings, engine, [](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                if (warning.url().toString().startsWith(QStringLiteral("qrc:/Hearth/")))
                    qFatal("A warning from Hearth's QML: %s", qPrintable(warning.toString()));
            }
        });
        if (!m_appState) {
            // As the app composes it, over a temporary folder.
            m_appState = std::make_unique<AppState>(m_dataDir.path());
            AppState::setInstance(m_appState.get());
        }
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppState> m_appState;
};

QUICK_TEST_MAIN_WITH_SETUP(hearth, Setup)

#include "main.moc"
