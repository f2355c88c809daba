// SPDX-License-Identifier: GPL-3.0-or-later
// Hearth's entry point: read the command line and hand over to the command.
#include "cli/applicationfont.h"
#include "cli/backupcommand.h"
#include "cli/packcommand.h"
#include "cli/checkcommand.h"
#include "cli/commandline.h"
#include "cli/standardstreams.h"
#include "cli/datareportcommand.h"
#include "cli/fontscale.h"
#include "cli/language.h"
#include "cli/validatecommand.h"
#include "cli/windowcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQuickStyle>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// glibc gives each thread that allocates an arena of its own, which keeps what
// the thread freed for itself. Their own arenas held about 0.3 MiB more at the
// first frame than one for all; but one for all made QML's loader wait on its
// lock while StoredData's reader allocated, 5 ms of a start (bench/README.md).
// With two, the first other thread to allocate gets the second arena and the
// rest take whichever is free when they first allocate: offscreen, the loader
// has its own and the reader shares this thread's (measured); under X11,
// Qt's event reader allocates first and takes the second.
void limitMallocArenas()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
#endif
}

void describeApplication()
{
    // QSettings keeps its file under the organisation's name: ~/.config/Hearth/hearth.conf,
    // not "Unknown Organization".
    QCoreApplication::setOrganizationName(QStringLiteral("Hearth"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hearth.app"));
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
}

// Without a display Qt would stop with a platform-plugin error; say plainly
// what is wrong instead. A screenshot or smoke run renders offscreen.
bool prepareDisplay(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return true;
    if (CommandLine::rendersOffscreen(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return true;
    }
    std::fputs("Hearth needs a graphical desktop to open its window, and none was found here\n"
               "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
               "Start it from your desktop session, or save a picture of a page without one:\n"
               "    hearth --screenshot home.png --page home\n",
               stderr);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    StandardStreams::ensureOpen();
    if (CommandLine::wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        const CommandLineOptions options = CommandLine::parse(app);
        Language::apply(options.language);
        if (options.mode == CommandLineOptions::Mode::Check)
            return CheckCommand::run(options.checkTexts);
        if (options.mode == CommandLineOptions::Mode::Backup)
            return BackupCommand::backup(options.backupPath, options.dataDir);
        if (options.mode == CommandLineOptions::Mode::Restore)
            return BackupCommand::restore(options.backupPath, options.dataDir);
        if (options.mode == CommandLineOptions::Mode::ImportPack)
            return PackCommand::importPack(options.packPath, options.dataDir);
        if (options.mode == CommandLineOptions::Mode::DataReport)
            return DataReportCommand::run(options.dataDir);
        return ValidateCommand::run(options.validatePaths);
    }

    if (!prepareDisplay(argc, argv))
        return 2;
    limitMallocArenas(); // before the first thread starts
    QGuiApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hearth"));
    // The installed app.hearth.Hearth.desktop (cmake/Install.cmake): the desktop shows
    // the window with that entry's name and icon (on Wayland, Qt sends it as the app id).
    QGuiApplication::setDesktopFileName(QStringLiteral(HEARTH_APP_ID));
    FontScale::applyFromEnvironment();
    ApplicationFont::useBodyFamily();
    // Basic starts faster than Fusion and takes our Theme's colours without a fight.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const CommandLineOptions options = CommandLine::parse(app);
    Language::apply(options.language);
    return WindowCommand::run(options);
}
