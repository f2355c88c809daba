// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcommand.h"

#include "appearance/fontwarmup.h"
#include "appstate.h"
#include "cli/commandline.h"
#include "cli/quitonsignal.h"
#include "cli/showntext.h"
#include "cli/singleinstance.h"
#include "content/contentrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QEventLoop>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWindow, "hearth.window")
// Off unless asked for (QT_LOGGING_RULES="hearth.startup.debug=true"), as bench/startup_bench does.
Q_LOGGING_CATEGORY(lcStartup, "hearth.startup", QtInfoMsg)

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

// The window as the person left it: its size when not maximised, and whether
// it was maximised. Kept in QSettings (~/.config/Hearth/hearth.conf).
struct WindowPlacement
{
    QSize size;
    bool maximised = false;

    static WindowPlacement load()
    {
        const QSettings settings;
        return {settings.value(u"window/size"_s).toSize(), settings.value(u"window/maximized"_s, false).toBool()};
    }

    void save() const
    {
        QSettings settings;
        if (size.isValid())
            settings.setValue(u"window/size"_s, size);
        settings.setValue(u"window/maximized"_s, maximised);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            qCWarning(lcWindow) << "The window's size could not be saved in" << settings.fileName();
    }
};

// Claims the data folder for this window. Empty when this is the first
// Hearth on it; otherwise the exit status, once the other one was told.
std::optional<int> claimFolder(SingleInstance &instance, const QString &dataDir)
{
    switch (instance.claim()) {
    case SingleInstance::Claim::First:
        return std::nullopt;
    case SingleInstance::Claim::HandedOver:
        std::fprintf(stdout, "Hearth is already open; its window has been asked to come to the front.\n");
        return 0;
    case SingleInstance::Claim::OtherSilent:
        std::fprintf(stderr,
                     "hearth: Hearth is already open on %s, but it did not answer within %d seconds, so its "
                     "window may not have come to the front.\nIf you see no Hearth window, end the other Hearth "
                     "(its process id is in %s) and start again.\n",
                     qPrintable(QDir::toNativeSeparators(dataDir)), SingleInstance::answerTimeoutMs / 1000,
                     qPrintable(QDir::toNativeSeparators(QDir(dataDir).filePath(InstanceLock::fileName()))));
        return 1;
    }
    return 1;
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
    // The demo touches no folder: it takes no lock, opens no socket, and
    // any number of demos may run beside the person's own Hearth.
    std::optional<SingleInstance> instance;
    if (!options.demo) {
        instance.emplace(options.dataDir);
        if (const auto refused = claimFolder(*instance, options.dataDir))
            return *refused;
    }

    // The content and the data are read on a thread of their own (StoredData)
    // while the engine's loader thread compiles the window's QML. A large
    // database's check then no longer adds to a start (bench/README.md).
    StoredData stored;
    std::unique_ptr<QThread> reader(QThread::create([&stored, &options, guiThread = QThread::currentThread()] {
        // The system's fonts are listed here too (fontconfig's configuration
        // and caches, a third of what the first page's creation waited for);
        // QFontDatabase may be used from any thread.
        QFontDatabase::families();
        stored = options.demo ? StoredData::readDemo() : StoredData::read(options.dataDir);
        stored.handOverTo(guiThread);
    }));
    QEventLoop untilRead;
    QObject::connect(reader.get(), &QThread::finished, &untilRead, &QEventLoop::quit);

    const QUrl mainWindow(u"qrc:/Hearth/Main.qml"_s);
    // Declared before the engine so that it outlives the window's QML at the end.
    std::optional<AppState> appState;
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    const QQmlComponent compiledAhead(&engine, mainWindow, QQmlComponent::Asynchronous);
    // Started after the loader: its compiling is what a start waits for longest.
    reader->start();

    // The loader calls into this thread for each QML plugin it imports, so this
    // thread waits in an event loop, not in wait().
    quitOnSignal.hold(true);
    untilRead.exec();
    reader->wait();
    appState.emplace(std::move(stored));
    AppState::setInstance(&*appState);
    // While the loader still compiles, the first page's fonts are opened here
    // (FontWarmup), one between events, so that the loader's calls wait little.
    FontWarmup firstPageFonts(*appState->appearance()->type());
    while (compiledAhead.isLoading()) {
        if (!firstPageFonts.openNext())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        else
            QCoreApplication::processEvents();
    }
    quitOnSignal.hold(false);
    if (const auto theme = Appearance::choiceFromName(options.theme))
        appState->appearance()->useForThisRun(*theme);
    // The demo begins in a conversation; the setup page shows the choosing before one.
    if (options.demo && options.page == "together-setup"_L1)
        appState->together()->reset();
    // Asked to open on the pause, the demo shows one under way.
    if (options.demo && options.page == "pause"_L1)
        appState->pause()->startExample();
    for (const ContentError &error : appState->content().errors())
        qCWarning(lcWindow).noquote() << "Content left out:" << error.toString();

    const bool exitAfterFirstFrame = options.quitAfterFirstFrame || !options.screenshotPath.isEmpty();
    // The window's size is not private, so it lives in QSettings; screenshots,
    // smoke runs and the demo use the size asked for, not the person's, and
    // leave the person's settings as they were.
    const bool remembersPlacement = !exitAfterFirstFrame && !options.demo;
    const WindowPlacement remembered = remembersPlacement ? WindowPlacement::load() : WindowPlacement{};
    QSize size = options.windowSize;
    if (remembersPlacement && !options.sizeGiven && remembered.size.isValid())
        size = remembered.size; // Main.qml's minimum (Theme) keeps it large enough

    engine.setInitialProperties({{u"initialPage"_s, options.page},
                                 {u"width"_s, size.width()},
                                 {u"height"_s, size.height()}});
    engine.load(mainWindow); // the compiling begun above has finished
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

    if (instance) {
        instance->bringForwardWith([window = QPointer(window)] {
            if (!window)
                return;
            std::fprintf(stdout, "Another start of Hearth asked for this window; bringing it to the front.\n");
            std::fflush(stdout);
            window->show();
            window->raise();
            window->requestActivate();
        });
    }

    if (remembersPlacement) {
        if (remembered.maximised && !options.sizeGiven)
            window->setWindowStates(Qt::WindowMaximized);
        // Noted while the window is shown: by aboutToQuit a closed window is
        // hidden, and a maximised one no longer says its own size.
        auto placement = std::make_shared<WindowPlacement>(remembered);
        placement->size = size;
        const auto note = [window, placement] {
            switch (window->visibility()) {
            case QWindow::Windowed:
                placement->size = window->size();
                placement->maximised = false;
                break;
            case QWindow::Maximized:
                placement->maximised = true;
                break;
            default: // hidden, minimised, or full screen for focus mode: keep what was noted
                break;
            }
        };
        // Noted once the window has settled: a window manager may send the
        // maximised geometry before the maximised state, and that size is
        // not the one to come back to.
        auto *settle = new QTimer(window);
        settle->setSingleShot(true);
        settle->setInterval(250);
        QObject::connect(settle, &QTimer::timeout, window, note);
        for (const auto changed : {&QWindow::widthChanged, &QWindow::heightChanged})
            QObject::connect(window, changed, settle, qOverload<>(&QTimer::start));
        QObject::connect(window, &QWindow::visibilityChanged, settle, qOverload<>(&QTimer::start));
        note();
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [placement] { placement->save(); });
    }
    if (exitAfterFirstFrame) {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, options] {
            // On the steady clock another process shares, so bench/startup_bench can time the start.
            qCDebug(lcStartup, "First frame shown; steady clock at %lld ns",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                               std::chrono::steady_clock::now().time_since_epoch())
                                               .count()));
            // Leave the swap handler before grabbing, which renders once more.
            QTimer::singleShot(0, window, [window, options] {
                ShownText::log(window);
                const bool saved = options.screenshotPath.isEmpty() || saveScreenshot(window, options.screenshotPath);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        }, Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}
