// SPDX-License-Identifier: GPL-3.0-or-later
// Packs in DIR/decks at each start (PackFolder over a real database file):
// a file unchanged since it was imported is not read again, and everything
// else (a changed, new or removed file, a deck changed or removed in the
// database, Delete all, a restore) behaves as if every file were read.
#include "content/contentrepository.h"
#include "decks/deckstore.h"
#include "decks/packfolder.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "support/testfiles.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString example = QStringLiteral(HEARTH_TEST_DATA "/packs/evenings.json");
const QString deckId = u"pack.slow-evenings"_s;
const QByteArray firstText = "What is one thing from today you would like to leave at the door?";

struct timespec modifiedTime(const QString &path)
{
    struct stat info = {};
    (void)::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mtim;
}

bool setModifiedTime(const QString &path, const struct timespec &when)
{
    const struct timespec times[2] = {when, when};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace

class TestPackFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ContentRepository content;
        content.loadDirectory(ContentRepository::builtInRoot());
        for (const GuideSection &section : content.sections())
            m_sections.insert(section.id);
        QVERIFY(TestFiles::bytesOf(example).contains(firstText));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkdir(u"decks"_s));
        m_pack = m_dir->filePath(u"decks/evenings.json"_s);
        TestFiles::copyFile(example, m_pack);
        restart();
    }

    void cleanup()
    {
        m_store.reset();
        m_database.reset();
        m_dir.reset();
    }

    void anUnchangedPackIsNotReadAgain()
    {
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));
        // Changed behind Hearth's back: were the file read again, its words would come back.
        alterFirstCardInTheDatabase();
        QCOMPARE(start(), 1);
        QCOMPARE(firstCardText(), u"Altered"_s);
        QCOMPARE(start(), 1);
    }

    void aChangeOfTheSameSizeAndTimeIsSeenByItsHash()
    {
        QCOMPARE(start(), 0);
        const struct timespec when = modifiedTime(m_pack);
        QByteArray bytes = TestFiles::bytesOf(m_pack);
        TestFiles::writeBytes(m_pack, bytes.replace(firstText, QByteArray(firstText).replace("door", "gate")));
        QVERIFY(setModifiedTime(m_pack, when));
        QCOMPARE(QFileInfo(m_pack).size(), TestFiles::bytesOf(example).size());
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), u"What is one thing from today you would like to leave at the gate?"_s);
        QCOMPARE(start(), 1);
    }

    void aChangedPackIsImportedAgain()
    {
        QCOMPARE(start(), 0);
        TestFiles::writeBytes(m_pack, TestFiles::bytesOf(m_pack).replace(firstText, "What was good today, for you?"));
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), u"What was good today, for you?"_s);
    }

    void aDeckRemovedOrChangedInHearthIsImportedAgain()
    {
        QCOMPARE(start(), 0);
        QVERIFY(m_store->removeDeck(deckId));
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));

        Card card = m_store->deck(deckId)->cards.constFirst();
        card.text = u"Changed in Hearth"_s;
        QVERIFY(m_store->updateCard(card));
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));
    }

    void deleteAllThenStartImportsAgain()
    {
        QCOMPARE(start(), 0);
        QString error;
        QVERIFY2(Backup::deleteAll(*m_database, &error), qPrintable(error));
        QVERIFY(!m_store->deck(deckId));
        restart();
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));
    }

    // A backup brings back the deck as it was; the file as it is now must win again.
    void aRestoreLeavesNoRecordToSkipBy()
    {
        QCOMPARE(start(), 0);
        QString error;
        const QByteArray backup = Backup::exportAll(*m_database, &error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        TestFiles::writeBytes(m_pack, TestFiles::bytesOf(m_pack).replace(firstText, "What was good today, for you?"));
        QCOMPARE(start(), 0);
        QVERIFY2(Backup::importAll(*m_database, backup, &error), qPrintable(error));
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));
        restart();
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), u"What was good today, for you?"_s);
    }

    // Notices of bad and repeated files come at every start, skipped or not.
    void problemsAreToldAtEveryStart()
    {
        TestFiles::copyFile(QStringLiteral(HEARTH_TEST_DATA "/packs/broken/bad-depth.json"),
                            m_dir->filePath(u"decks/b-broken.json"_s));
        TestFiles::copyFile(example, m_dir->filePath(u"decks/f-same-id.json"_s));
        const QStringList expected{
            u"decks/b-broken.json: cards[3].depth: must be 1, 2 or 3"_s,
            u"decks/f-same-id.json: id: the pack \"slow-evenings\" is already loaded from decks/evenings.json; "
            "this file was left out"_s,
        };
        int skipped = -1;
        QCOMPARE(PackFolder::importAll(m_dir->path(), m_sections, *m_store, &skipped), expected);
        QCOMPARE(skipped, 0);
        restart();
        QCOMPARE(PackFolder::importAll(m_dir->path(), m_sections, *m_store, &skipped), expected);
        QCOMPARE(skipped, 1);
    }

    // A new file earlier in name order takes the pack id over; when it goes, the old file's deck comes back.
    void aFileThatTakesAPackIdOverIsFollowed()
    {
        QCOMPARE(start(), 0);
        const QString earlier = m_dir->filePath(u"decks/a-evenings.json"_s);
        TestFiles::writeBytes(earlier, TestFiles::bytesOf(example).replace(firstText, "What was good today, for you?"));
        int skipped = -1;
        QCOMPARE(PackFolder::importAll(m_dir->path(), m_sections, *m_store, &skipped),
                 QStringList{u"decks/evenings.json: id: the pack \"slow-evenings\" is already loaded from "
                             "decks/a-evenings.json; this file was left out"_s});
        QCOMPARE(skipped, 0);
        QCOMPARE(firstCardText(), u"What was good today, for you?"_s);
        QVERIFY(QFile::remove(earlier));
        QCOMPARE(start(), 0);
        QCOMPARE(firstCardText(), QString::fromUtf8(firstText));
        QCOMPARE(start(), 1);
    }

private:
    void restart()
    {
        m_store.reset();
        m_database = std::make_unique<Database>();
        m_database->open(m_dir->path());
        QCOMPARE(m_database->state(), Database::State::Ready);
        m_store = std::make_unique<DeckStore>(*m_database);
    }

    // One start's import, which must have nothing to say: the files skipped.
    int start()
    {
        int skipped = -1;
        const QStringList notices = PackFolder::importAll(m_dir->path(), m_sections, *m_store, &skipped);
        if (!notices.isEmpty())
            qWarning() << notices;
        return notices.isEmpty() ? skipped : -1;
    }

    QString firstCardText() const
    {
        const auto deck = m_store->deck(deckId);
        return deck && !deck->cards.isEmpty() ? deck->cards.constFirst().text : QString();
    }

    void alterFirstCardInTheDatabase()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"UPDATE deck_cards SET text = 'Altered' WHERE deck_id = '%1' AND position = 0"_s.arg(deckId)));
        QCOMPARE(query.numRowsAffected(), 1);
    }

    QSet<QString> m_sections;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeckStore> m_store;
    QString m_pack;
};

QTEST_GUILESS_MAIN(TestPackFolder)
#include "tst_packfolder.moc"
