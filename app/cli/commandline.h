// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

class QCoreApplication;

// What the user asked for on the command line.
struct CommandLineOptions
{
    enum class Mode { Window, Validate, Check, Backup, Restore, DataReport, ImportPack };

    Mode mode = Mode::Window;
    QStringList validatePaths; // empty: the built-in content
    QStringList checkTexts;    // statements for the phrasing coach; "-" reads standard input
    QString dataDir;
    QString backupPath; // the file --backup writes or --restore reads
    QString packPath;   // the pack --import-pack reads
    QString screenshotPath;
    QString page = QStringLiteral("home");
    QSize windowSize{1280, 800};
    bool sizeGiven = false; // --size overrides the size remembered from last time
    bool quitAfterFirstFrame = false;
    // An example couple's data in memory; no folder is read or written (--demo).
    bool demo = false;
    // --theme: "light", "dark", "evening" or "system" for this run only; empty: as remembered.
    QString theme;
    // The language to speak instead of the desktop's (--language); empty: the desktop's.
    QString language;
};

namespace CommandLine {

// True when the arguments ask only for console work (validate, check, backup,
// restore, help, version),
// which must run without a display.
[[nodiscard]] bool wantsConsoleOnly(int argc, char *argv[]);

// True when the window will be drawn offscreen anyway (a screenshot or a
// smoke run), so no display is needed.
[[nodiscard]] bool rendersOffscreen(int argc, char *argv[]);

// Parses the application's arguments. Prints help, the version or an error
// and exits the process for those, as command-line tools do.
[[nodiscard]] CommandLineOptions parse(const QCoreApplication &app);

} // namespace CommandLine
