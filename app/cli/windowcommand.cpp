// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcommand.h"

#include "appstate.h"
#include "cli/commandline.h"
#include "cli/quitonsignal.h"
#include "cli/singleinstance.h"
#include "content/contentrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWindow, "hearth.window")

namespace {

// Saves the window as it is now; the frame has been drawn when this runs.
bool saveScreenshot(QQuickWindow *window, const QString &path)
{
    const QImage image = window->grabWindow();
    if (image.isNull()) {
        std::fprintf(stderr, "hearth: could not capture the window\n");
        return false;
    }
    if (!image.save(path, "PNG")) {
        std::fprintf(stderr, "hearth: could not write the screenshot to %s\n", qPrintable(path));
        return false;
    }
    std::fprintf(stdout, "Saved %dx%d screenshot of the %s page to %s\n", image.width(),
                 image.height(), qPrintable(window->property("initialPage").toString()),
                 qPrintable(path));
    return true;
}

} // namespace

int WindowCommand::run(const CommandLineOptions &options)
{
    // A logout or a kill quits as closing the window does, saving what is
    // being written; one during start-up waits for the event loop, then quits.
    QuitOnSignal quitOnSignal;
    // What the window prints is only for a person watching; a reader that went
    // away (a closed terminal or pipe) must not end the window with SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    SingleInstance instance(options.dataDir);
    switch (instance.claim()) {
    case SingleInstance::Claim::First:
        break;
    case SingleInstance::Claim::HandedOver:
        std::fprintf(stdout, "Hearth is already open; its window has been asked to come to the front.\n");
        return 0;
    case SingleInstance::Claim::OtherSilent:
        std::fprintf(stderr,
                     "hearth: Hearth is already open on %s, but it did not answer within %d seconds, so its "
                     "window may not have come to the front.\nIf you see no Hearth window, end the other Hearth "
                     "(its process id is in %s) and start again.\n",
                     qPrintable(QDir::toNativeSeparators(options.dataDir)), SingleInstance::answerTimeoutMs / 1000,
                     qPrintable(QDir::toNativeSeparators(QDir(options.dataDir).filePath(InstanceLock::fileName()))));
        return 1;
    }

    AppState appState(options.dataDir);
    AppState::setInstance(&appState);
    for (const ContentError &error : appState.content().errors())
        qCWarning(lcWindow).noquote() << "Content left out:" << error.toString();

    const bool exitAfterFirstFrame = options.quitAfterFirstFrame || !options.screenshotPath.isEmpty();
    // The window's size is not private, so it lives in QSettings; screenshots
    // and smoke runs use the size asked for, not the person's.
    QSettings settings;
    QSize size = options.windowSize;
    if (!exitAfterFirstFrame && !options.sizeGiven)
        size = settings.value(u"window/size"_s, size).toSize().expandedTo(QSize(960, 620));

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    engine.setInitialProperties({{u"initialPage"_s, options.page},
                                 {u"width"_s, size.width()},
                                 {u"height"_s, size.height()}});
    engine.load(QUrl(u"qrc:/Hearth/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "hearth: the main window could not be created (see the messages above)\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window->property("pageFound").toBool()) {
        std::fprintf(stderr, "hearth: there is no page called '%s' (pages: %s)\n", qPrintable(options.page),
                     qPrintable(window->property("pageNames").toStringList().join(u", "_s)));
        return 2;
    }

    QObject::connect(&instance, &SingleInstance::activationRequested, window, [window] {
        std::fprintf(stdout, "Another start of Hearth asked for this window; bringing it to the front.\n");
        std::fflush(stdout);
        window->show();
        window->raise();
        window->requestActivate();
    });

    if (!exitAfterFirstFrame) {
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [window] {
            if (window->visibility() == QWindow::Windowed)
                QSettings().setValue(u"window/size"_s, window->size());
        });
    }
    if (exitAfterFirstFrame) {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, options] {
            // Leave the swap handler before grabbing, which renders once more.
            QTimer::singleShot(0, window, [window, options] {
                const bool saved = options.screenshotPath.isEmpty() || saveScreenshot(window, options.screenshotPath);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        }, Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
