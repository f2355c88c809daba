// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "appearance/appearance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (qstrcmp(argv[i], name) == 0)
                return true;
        }
    }
    return false;
}

[[noreturn]] void failWith(const QString &message)
{
    std::fprintf(stderr, "hearth: %s\nTry 'hearth --help' for the options.\n", qPrintable(message));
    std::exit(2);
}

// ~/.local/share/hearth, where Hearth has always kept the person's words.
// Not AppDataLocation: that takes in the organisation's name, which QSettings
// needs, and would move the folder to ~/.local/share/Hearth/hearth.
QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

// "1280x800": three or four digits on each side. Read by hand, not with a
// regular expression, so that a start does not bring in PCRE2's JIT compiler.
std::optional<QSize> windowSizeFrom(QStringView text)
{
    const qsizetype cross = text.indexOf(u'x');
    if (cross < 0)
        return std::nullopt;
    const auto dimension = [](QStringView digits) -> std::optional<int> {
        const bool allDigits = std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (digits.size() < 3 || digits.size() > 4 || !allDigits)
            return std::nullopt;
        return digits.toInt();
    };
    const std::optional<int> width = dimension(text.first(cross));
    const std::optional<int> height = dimension(text.sliced(cross + 1));
    if (!width || !height)
        return std::nullopt;
    return QSize(*width, *height);
}

} // namespace

bool CommandLine::wantsConsoleOnly(int argc, char *argv[])
{
    return hasArgument(argc, argv, {"--validate", "--check", "--backup", "--restore", "--data-report", "--import-pack", "--help", "-h",
                                    "--help-all", "--version", "-v"});
}

bool CommandLine::rendersOffscreen(int argc, char *argv[])
{
    return hasArgument(argc, argv, {"--screenshot", "--quit-after-first-frame"});
}

CommandLineOptions CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hearth: guided conversations that help couples grow closer.\n"
        "Everything you keep stays on this computer."_s);
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Keep your data in <dir> (default: %1)."_s.arg(
                           defaultDataDir()),
        u"dir"_s);
    const QCommandLineOption validateOption(
        u"validate"_s, u"Check the built-in content, or the content files and packs given as arguments, "
                       "print a JSON report and exit (0 when there are no errors)."_s);
    const QCommandLineOption checkOption(
        u"check"_s, u"Run the phrasing coach over each statement given as an argument, or over each line "
                    "of standard input for '-' (the default), and print one JSON object per line."_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Show a page, save the window as a PNG image to <file> and exit. "
                         "Needs no display."_s,
        u"file"_s);
    const QCommandLineOption pageOption(u"page"_s, u"The page to show first: home, guide, together-setup, together "
                                                   "(or conversation: the conversation itself), practice (the "
                                                   "statement builder), coach (free writing with the "
                                                   "phrasing coach), drills, journal, library, favourites, data, "
                                                   "conversations (those you had together), settings or progress (the time you "
                                                   "have given each other)."_s,
                                        u"name"_s, u"home"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"The window size, such as 1920x1080."_s,
                                        u"WxH"_s, u"1280x800"_s);
    const QCommandLineOption firstFrameOption(
        u"quit-after-first-frame"_s, u"Exit as soon as the first frame is shown (for smoke tests)."_s);
    const QCommandLineOption backupOption(
        u"backup"_s, u"Save everything kept in the data folder to <file> (the Data page's backup) and exit. "
                     "Works while Hearth is open."_s,
        u"file"_s);
    const QCommandLineOption restoreOption(
        u"restore"_s, u"Check the backup <file>, then replace the data folder's contents with it and exit. "
                      "A copy of what it replaces is kept in the folder. Close Hearth first."_s,
        u"file"_s);
    parser.addOptions({dataDirOption, validateOption, screenshotOption, pageOption, sizeOption,
                       firstFrameOption, checkOption, backupOption, restoreOption});
    const QCommandLineOption importPackOption(
        u"import-pack"_s, u"Check the pack <file> (a deck to share, content/README.md \"Packs\"), then import it "
                          "into the data folder, print what changed and exit. Importing the same pack again updates "
                          "it. Nothing is changed when the pack has any problem. Close Hearth first."_s,
        u"file"_s);
    parser.addOption(importPackOption);
    const QCommandLineOption dataReportOption(
        u"data-report"_s, u"Print, as JSON, where your data is, whether Hearth can save there (exit 0) or not "
                          "(exit 3) and why, and what the data file holds. Changes nothing."_s);
    parser.addOption(dataReportOption);
    const QCommandLineOption demoOption(
        u"demo"_s, u"Open Hearth with an example couple, Robin and Sam, and what they have kept, to try Hearth out "
                   "or take screenshots. Everything is in memory: your data folder is not read or changed, and "
                   "nothing you do in the demo is kept."_s);
    parser.addOption(demoOption);
    const QCommandLineOption themeOption(
        u"theme"_s, u"Show Hearth in <theme> this time: light, dark, evening or system (as the desktop is). "
                    "Not kept: the Settings page chooses for next time."_s,
        u"theme"_s);
    parser.addOption(themeOption);
    const QCommandLineOption languageOption(
        u"language"_s, u"Speak <code> (such as de or pt_BR) instead of the desktop's language, where Hearth has a "
                       "translation; 'pseudo' shows every word of Hearth's own marked and lengthened, for testing "
                       "translations. HEARTH_LANGUAGE does the same."_s,
        u"code"_s);
    parser.addOption(languageOption);
    parser.addPositionalArgument(u"files"_s, u"With --validate: content files and packs to check."_s,
                                 u"[files...]"_s);
    parser.addPositionalArgument(u"texts"_s, u"With --check: statements to check, - for standard input."_s,
                                 u"[texts...]"_s);
    parser.process(app);

    CommandLineOptions options;
    options.language = parser.value(languageOption);
    if (parser.isSet(validateOption)) {
        options.mode = CommandLineOptions::Mode::Validate;
        options.validatePaths = parser.positionalArguments();
        return options;
    }
    if (parser.isSet(checkOption)) {
        options.mode = CommandLineOptions::Mode::Check;
        options.checkTexts = parser.positionalArguments();
        if (options.checkTexts.isEmpty())
            options.checkTexts = {u"-"_s};
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        failWith(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    options.demo = parser.isSet(demoOption);
    if (options.demo && parser.isSet(importPackOption))
        failWith(u"--demo opens the window with an example; it does not go with --import-pack"_s);
    if (options.demo && (parser.isSet(dataReportOption) || parser.isSet(backupOption) || parser.isSet(restoreOption)))
        failWith(u"--demo opens the window with an example; it does not go with --data-report, --backup or "
                 "--restore"_s);
    options.dataDir = parser.isSet(dataDirOption)
                          ? QDir(parser.value(dataDirOption)).absolutePath()
                          : defaultDataDir();
    if (parser.isSet(importPackOption)) {
        options.mode = CommandLineOptions::Mode::ImportPack;
        if (parser.value(importPackOption).isEmpty())
            failWith(u"--import-pack needs a file name"_s);
        options.packPath = QFileInfo(parser.value(importPackOption)).absoluteFilePath();
        return options;
    }
    if (parser.isSet(dataReportOption)) {
        options.mode = CommandLineOptions::Mode::DataReport;
        return options;
    }
    if (parser.isSet(backupOption) && parser.isSet(restoreOption))
        failWith(u"--backup and --restore cannot be used together"_s);
    if (parser.isSet(backupOption) || parser.isSet(restoreOption)) {
        const bool backup = parser.isSet(backupOption);
        options.mode = backup ? CommandLineOptions::Mode::Backup : CommandLineOptions::Mode::Restore;
        const QString file = parser.value(backup ? backupOption : restoreOption);
        if (file.isEmpty())
            failWith(u"--%1 needs a file name"_s.arg(backup ? u"backup"_s : u"restore"_s));
        options.backupPath = QFileInfo(file).absoluteFilePath();
        return options;
    }
    options.screenshotPath = parser.value(screenshotOption);
    options.page = parser.value(pageOption);
    // "conversation" is what people call it; the window knows it as "together".
    if (options.page == "conversation"_L1)
        options.page = u"together"_s;
    options.quitAfterFirstFrame = parser.isSet(firstFrameOption);
    options.theme = parser.value(themeOption);
    if (parser.isSet(themeOption) && !Appearance::choiceFromName(options.theme))
        failWith(u"--theme must be light, dark, evening or system, not '%1'"_s.arg(options.theme));

    const std::optional<QSize> size = windowSizeFrom(parser.value(sizeOption));
    if (!size)
        failWith(u"--size must look like 1280x800, not '%1'"_s.arg(parser.value(sizeOption)));
    options.windowSize = *size;
    options.sizeGiven = parser.isSet(sizeOption);
    return options;
}
