// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfolder.h"

#include "deckstore.h"
#include "packfilerecords.h"
#include "packimport.h"
#include "packreader.h"
#include "storage/boundedfile.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// A pack passed once may not pass another Hearth (new rules) or another
// guide (a section gone): a record made under anything else is not trusted.
QString checkedWith(const QSet<QString> &sections)
{
    QStringList sorted(sections.cbegin(), sections.cend());
    sorted.sort();
    return QStringLiteral(HEARTH_VERSION) + u'|' + sorted.join(u',');
}

QString packIdOf(const QString &deckId)
{
    const QString prefix = DeckStore::pack + u'.';
    return deckId.startsWith(prefix) ? deckId.mid(prefix.size()) : QString();
}

} // namespace

QString PackFolder::folderName()
{
    return u"decks"_s;
}

QStringList PackFolder::importAll(const QString &dataDir, const QSet<QString> &sections, DeckStore &store,
                                  int *skipped)
{
    QStringList notices;
    if (skipped)
        *skipped = 0;
    if (dataDir.isEmpty())
        return notices;
    const QDir folder(QDir(dataDir).filePath(folderName()));
    if (!folder.exists())
        return notices;
    // Links and odd entries are listed too: readFileBounded() refuses what is not an ordinary file.
    const QStringList names = folder.entryList({u"*.json"_s}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    PackFileRecords records(store.database());
    const QHash<QString, PackFileRecords::Record> known = records.load();
    const QString checks = checkedWith(sections);
    QHash<QString, QString> packFiles; // pack id → the file it came from
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        const QString file = folderName() + u'/' + name;
        if (i == maxFiles) {
            notices.append(u"%1: and the %2 files after it were not loaded; Hearth loads up to %3 packs from %4/"_s
                               .arg(file).arg(names.size() - maxFiles - 1).arg(maxFiles).arg(folderName()));
            break;
        }
        const QString path = folder.filePath(name);
        // Looked at before it is read: a file changed in between is then seen as changed next time.
        std::optional<PackFileIdentity> identity = PackFileRecords::statOf(path);
        ContentErrors errors;
        QByteArray data;
        QString problem;
        if (!readFileBounded(path, PackReader::maxFileBytes, &data, &problem)) {
            errors.append({file, {}, problem});
        } else {
            if (identity)
                identity->hash = PackFileRecords::hashOf(data);
            const auto record = known.constFind(name);
            // The same bytes, checked by the same rules, whose deck is as they left it: nothing to do,
            // unless another file already gave its pack id (then it is read, to say so as always).
            if (identity && record != known.cend() && record->identity == *identity && record->checkedWith == checks
                && !packFiles.contains(packIdOf(record->deckId))) {
                packFiles.insert(packIdOf(record->deckId), file);
                if (skipped)
                    ++*skipped;
                continue;
            }
            const std::optional<Pack> pack = PackReader::read(data, file, sections, errors);
            if (pack && packFiles.contains(pack->id)) {
                errors.append({file, u"id"_s, u"the pack \"%1\" is already loaded from %2; this file was left out"_s.arg(
                                                  pack->id, packFiles.value(pack->id))});
            } else if (pack) {
                packFiles.insert(pack->id, file);
                PackImport::Result result = PackImport::importPack(*pack, store);
                for (ContentError &error : result.errors)
                    error.file = file;
                errors.append(result.errors);
                if (result.saved && identity)
                    (void)records.remember(name, {*identity, checks, result.deckId});
            }
        }
        if (!errors.isEmpty())
            (void)records.forget(name);
        for (const ContentError &error : std::as_const(errors))
            notices.append(error.toString());
    }
    (void)records.forgetAllBut(names.mid(0, maxFiles));
    return notices;
}
