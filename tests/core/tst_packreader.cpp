// SPDX-License-Identifier: GPL-3.0-or-later
// Pack files as anyone may write them: the example loads, every broken one
// gets its message with its place, and hostile files (huge, deep, truncated,
// binary, a FIFO, a device, a folder, 100,000 cards) are answered in bounded
// time and memory.
#include "content/contentrepository.h"
#include "decks/packreader.h"
#include "support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString packs = QStringLiteral(HEARTH_TEST_DATA "/packs");

QSet<QString> guideSections()
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    QSet<QString> ids;
    for (const GuideSection &section : content.sections())
        ids.insert(section.id);
    return ids;
}

QStringList lines(const ContentErrors &errors)
{
    QStringList result;
    for (const ContentError &error : errors)
        result.append(error.toString());
    return result;
}

// A pack of `count` cards, each with follow-ups and a hint, as a generator would write it.
QByteArray bigPack(int count)
{
    QByteArray json = R"({"format": "hearth-pack", "version": 1, "id": "big", "title": "Big", "mood": "light", "cards": [)";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        const QByteArray n = QByteArray::number(i);
        json += R"({"id": "c)" + n + R"(", "section": "closeness", "depth": 1, "kind": "question", "answeredBy": "each", )"
                R"("text": "Question number )" + n + R"( for {partner}?", "followUps": ["Why )" + n + R"(?", "And then?"], )"
                R"("listenerHint": "Listen."})";
    }
    return json + "]}";
}

} // namespace

class TestPackReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_sections = guideSections(); }

    void theExampleLoads()
    {
        ContentErrors errors;
        const auto pack = PackReader::readFile(packs + u"/evenings.json"_s, u"evenings.json"_s, m_sections, errors);
        QVERIFY2(pack, qPrintable(lines(errors).join(u'\n')));
        QCOMPARE(pack->id, u"slow-evenings"_s);
        QCOMPARE(pack->deck.title, u"Slow evenings"_s);
        QCOMPARE(pack->deck.mood, u"warm"_s);
        QCOMPARE(pack->deck.cardIds, (QStringList{u"arrive"_s, u"small-joy"_s, u"quiet-wish"_s, u"being-heard"_s}));
        QCOMPARE(pack->cards.size(), 4);
        QVERIFY(pack->cards.at(0).arrival);
        QCOMPARE(pack->cards.at(2).followUps.size(), 2);
        QCOMPARE(pack->cards.at(3).depth, 3);
        QVERIFY(PackReader::looksLikePack(TestFiles::bytesOf(packs + u"/evenings.json"_s)));
    }

    void eachBrokenPackGetsItsMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QFile list(packs + u"/broken/messages.txt"_s);
        QVERIFY(list.open(QIODevice::ReadOnly));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString file = line.section(u": "_s, 0, 0);
            QTest::newRow(qPrintable(file)) << file << line;
        }
    }

    void eachBrokenPackGetsItsMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        ContentErrors errors;
        const auto pack = PackReader::readFile(packs + u"/broken/"_s + file, file, m_sections, errors);
        QVERIFY(!pack); // all or nothing
        QVERIFY2(lines(errors).contains(message), qPrintable(lines(errors).join(u'\n')));
    }

    void everyProblemIsListedNotJustTheFirst()
    {
        QByteArray json = TestFiles::bytesOf(packs + u"/evenings.json"_s);
        json.replace(R"("depth": 3)", R"("depth": 0)").replace(R"("kind": "reflection")", R"("kind": "poem")");
        ContentErrors errors;
        QVERIFY(!PackReader::read(json, u"p.json"_s, m_sections, errors));
        QCOMPARE(lines(errors), (QStringList{u"p.json: cards[2].kind: \"poem\" is not one of: question, activity, "
                                             "reflection, appreciation"_s,
                                             u"p.json: cards[3].depth: must be 1, 2 or 3"_s}));
    }

    // Texts are the same when they differ only in spacing and case, in any
    // script; ids are lowercase letters, digits and single hyphens. (Both are
    // checked by hand-written loops, so their edges are pinned here.)
    void repeatsAndIdsAreFoundAsBefore()
    {
        // Plain literals, not raw ones: moc misreads these raw strings and then finds no class at all.
        const QByteArray head = "{\"format\": \"hearth-pack\", \"version\": 1, \"id\": \"p\", \"title\": \"P\", "
                                "\"mood\": \"light\", \"cards\": [";
        const auto card = [](const QByteArray &id, const QByteArray &text) -> QByteArray {
            return "{\"id\": \"" + id + "\", \"section\": \"closeness\", \"depth\": 1, \"kind\": \"question\", "
                   "\"answeredBy\": \"each\", \"text\": \"" + text + "\"}";
        };
        const QByteArray json = head + card("a", "What  do you\tNEED?") + ',' + card("b", " what do\nyou need? ") + ','
                                + card("c", "Was brauchst DU, Ärger?") + ',' + card("d", "was   brauchst du, ärger?") + ','
                                + card("e", "What do you need\u00a0now?") + ',' + card("f", "what do you need now?") + ','
                                + card("g-1", "One more?") + ',' + card("-h", "Two more?") + ',' + card("i--j", "Three more?")
                                + ',' + card("k-", "Four more?") + ',' + card("L", "Five more?") + ',' + card("m\n", "Six?")
                                + ',' + card("g-1", "Seven more?") + "]}";
        ContentErrors errors;
        QVERIFY(!PackReader::read(json, u"p.json"_s, m_sections, errors));
        const QString notId = u" is not a valid id (use lowercase letters, digits and single hyphens)"_s;
        QCOMPARE(lines(errors), (QStringList{
                                    u"p.json: cards[1].text: the same text is already used at cards[0].text"_s,
                                    u"p.json: cards[3].text: the same text is already used at cards[2].text"_s,
                                    u"p.json: cards[5].text: the same text is already used at cards[4].text"_s,
                                    u"p.json: cards[7].id: \"-h\""_s + notId,
                                    u"p.json: cards[8].id: \"i--j\""_s + notId,
                                    u"p.json: cards[9].id: \"k-\""_s + notId,
                                    u"p.json: cards[10].id: \"L\""_s + notId,
                                    u"p.json: cards[12].id: card id \"g-1\" is already used at cards[6].id"_s,
                                }));
    }

    void hostileFilesAreRefusedInBoundedTime_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("huge") << u"huge.json"_s << u"huge.json: is larger than 64 MB (1024 MB); Hearth does not read files that large"_s;
        QTest::newRow("nested") << u"nested.json"_s
                                << u"nested.json: nests lists and objects deeper than 4 levels, deeper than this kind of file ever does"_s;
        QTest::newRow("binary") << u"binary.json"_s << u"binary.json: holds binary data, not text"_s;
        QTest::newRow("latin-1") << u"latin1.json"_s << u"latin1.json: is not UTF-8 text"_s;
        QTest::newRow("empty") << u"empty.json"_s << u"empty.json: is empty"_s;
        QTest::newRow("fifo") << u"fifo.json"_s << u"fifo.json: is a named pipe (FIFO), not an ordinary file"_s;
        QTest::newRow("folder") << u"folder.json"_s << u"folder.json: is a folder, not a file"_s;
        QTest::newRow("device") << u"/dev/zero"_s << u"/dev/zero: is a device, not an ordinary file"_s;
        QTest::newRow("missing") << u"missing.json"_s << u"missing.json: does not exist"_s;
    }

    void hostileFilesAreRefusedInBoundedTime()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = name.startsWith(u'/') ? name : dir.filePath(name);
        if (name == "huge.json"_L1) {
            QFile huge(path); // sparse: a gigabyte that takes no room on disk
            QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(1024) * 1024 * 1024));
        } else if (name == "nested.json"_L1) {
            TestFiles::writeBytes(path, QByteArray(100000, '[') + QByteArray(100000, ']'));
        } else if (name == "binary.json"_L1) {
            TestFiles::writeBytes(path, QByteArray("{\"format\": \"hearth-pack\"\0\x01\x02}", 28));
        } else if (name == "latin1.json"_L1) {
            TestFiles::writeBytes(path, "{\"title\": \"Caf\xe9\"}");
        } else if (name == "empty.json"_L1) {
            TestFiles::writeBytes(path, {});
        } else if (name == "fifo.json"_L1) {
            QVERIFY(TestFiles::makeFifo(path));
        } else if (name == "folder.json"_L1) {
            QVERIFY(QDir(dir.path()).mkdir(name));
        }
        QVERIFY(!QTest::currentTestFailed());
        ContentErrors errors;
        QVERIFY(!PackReader::readFile(path, name, m_sections, errors));
        QCOMPARE(lines(errors), QStringList{message});
    }

    void aPackOfAHundredThousandCardsLoads()
    {
        ContentErrors errors;
        const auto pack = PackReader::read(bigPack(PackReader::maxCards), u"big.json"_s, m_sections, errors);
        QVERIFY2(pack, qPrintable(lines(errors).mid(0, 5).join(u'\n')));
        QCOMPARE(pack->cards.size(), PackReader::maxCards);
        QCOMPARE(pack->cards.last().id, u"c99999"_s);

        ContentErrors tooMany;
        QVERIFY(!PackReader::read(bigPack(PackReader::maxCards + 1), u"big.json"_s, m_sections, tooMany));
        QCOMPARE(lines(tooMany), QStringList{u"big.json: cards: must have from 1 to 100000 entries, not 100001"_s});
    }

    void aHugeBrokenPackListsABoundedNumberOfProblems()
    {
        QByteArray json = bigPack(5000);
        json.replace(R"("depth": 1)", R"("depth": 9)");
        ContentErrors errors;
        QVERIFY(!PackReader::read(json, u"big.json"_s, m_sections, errors));
        QVERIFY(errors.size() <= PackReader::maxErrors + 2);
        QCOMPARE(errors.last().toString(), u"big.json: has more problems than these; fix these first"_s);
    }

private:
    QSet<QString> m_sections;
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
