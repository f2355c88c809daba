// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcommand.h"

#include "folderforcommand.h"

#include "content/contentrepository.h"
#include "decks/deckstore.h"
#include "decks/packimport.h"
#include "decks/packreader.h"
#include "storage/boundedfile.h"
#include "storage/database.h"

#include <QDir>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return 1;
}

QSet<QString> sectionsOf(const ContentRepository &content)
{
    QSet<QString> ids;
    for (const GuideSection &section : content.sections())
        ids.insert(section.id);
    return ids;
}

} // namespace

bool PackCommand::isPack(const QString &path)
{
    QByteArray data;
    QString problem;
    return readFileBounded(path, PackReader::maxFileBytes, &data, &problem) && PackReader::looksLikePack(data);
}

void PackCommand::addPackChecks(const QStringList &packPaths, const ContentRepository &builtIn, QJsonObject &report)
{
    const QSet<QString> sections = sectionsOf(builtIn);
    ContentErrors errors;
    for (const QString &path : packPaths)
        (void)PackReader::readFile(path, path, sections, errors);
    QJsonArray listed = report.value(u"errors"_s).toArray();
    for (const ContentError &error : std::as_const(errors))
        listed.append(QJsonObject{{u"file"_s, error.file}, {u"where"_s, error.where}, {u"message"_s, error.message}});
    report.insert(u"errors"_s, listed);
    report.insert(u"packs"_s, packPaths.size());
    report.insert(u"ok"_s, report.value(u"ok"_s).toBool() && listed.isEmpty());
}

int PackCommand::importPack(const QString &file, const QString &dataDir)
{
    ContentRepository builtIn;
    builtIn.loadBuiltIn();
    const QSet<QString> sections = sectionsOf(builtIn);

    // Check the whole pack before touching the folder at all.
    ContentErrors errors;
    if (!PackReader::readFile(file, native(file), sections, errors)) {
        QStringList lines;
        for (const ContentError &error : std::as_const(errors))
            lines.append(error.toString());
        return fail(u"%1 was not imported, and nothing was changed:\n%2"_s.arg(native(file), lines.join(u'\n')));
    }

    FolderForCommand folder(dataDir, u"imported"_s, u"import"_s);
    if (!folder.problem().isEmpty())
        return fail(folder.problem());
    Database &database = folder.database();

    // Read again now the folder is ours: the file may have changed meanwhile.
    DeckStore store(database);
    const PackImport::Result result = PackImport::importFile(file, native(file), sections, store);
    if (!result.saved)
        return fail(u"%1 was not imported, and nothing was changed:\n%2"_s.arg(native(file), result.summary()));
    std::printf("Imported %s into %s: %s\n", qPrintable(native(file)), qPrintable(native(dataDir)),
                qPrintable(result.summary()));
    return 0;
}
