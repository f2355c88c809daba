// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfolder.h"

#include "packimport.h"
#include "packreader.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

QString PackFolder::folderName()
{
    return u"decks"_s;
}

QStringList PackFolder::importAll(const QString &dataDir, const QSet<QString> &sections, DeckStore &store)
{
    QStringList notices;
    if (dataDir.isEmpty())
        return notices;
    const QDir folder(QDir(dataDir).filePath(folderName()));
    if (!folder.exists())
        return notices;
    // Links and odd entries are listed too: readFileBounded() refuses what is not an ordinary file.
    const QStringList names = folder.entryList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    QHash<QString, QString> packFiles; // pack id → the file it came from
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString file = folderName() + u'/' + names.at(i);
        if (i == maxFiles) {
            notices.append(u"%1: and the %2 files after it were not loaded; Hearth loads up to %3 packs from %4/"_s
                               .arg(file).arg(names.size() - maxFiles - 1).arg(maxFiles).arg(folderName()));
            break;
        }
        ContentErrors errors;
        const std::optional<Pack> pack = PackReader::readFile(folder.filePath(names.at(i)), file, sections, errors);
        if (pack && packFiles.contains(pack->id)) {
            errors.append({file, u"id"_s, u"the pack \"%1\" is already loaded from %2; this file was left out"_s.arg(
                                              pack->id, packFiles.value(pack->id))});
        } else if (pack) {
            packFiles.insert(pack->id, file);
            PackImport::Result result = PackImport::importPack(*pack, store);
            for (ContentError &error : result.errors)
                error.file = file;
            errors.append(result.errors);
        }
        for (const ContentError &error : std::as_const(errors))
            notices.append(error.toString());
    }
    return notices;
}
