// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in content as the build compiles it (ContentCodec, run by
// hearth_content_compiler) and every start reads it: the very content the
// JSON gives, translations laid over it as over the JSON, damage refused
// without a crash or a huge allocation, and a broken content folder stopping
// the build with the messages `hearth --validate` gives.
#include "content/contentcodec.h"
#include "content/contentrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString describe(const ContentErrors &errors)
{
    QStringList lines;
    for (const ContentError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

ContentRepository fromJson()
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    return content;
}

ContentRepository fromCompiled()
{
    ContentRepository content;
    content.loadBuiltIn();
    return content;
}

QByteArray compiledBytes()
{
    const QResource resource(ContentRepository::compiledBuiltInPath());
    return resource.uncompressedData();
}

// Runs the build's compiler on `root`; its exit code and what it said.
std::pair<int, QString> compile(const QString &root, const QString &output)
{
    QProcess compiler;
    compiler.start(QStringLiteral(HEARTH_CONTENT_COMPILER), {root, output});
    if (!compiler.waitForFinished(60'000))
        return {-1, u"did not finish"_s};
    return {compiler.exitCode(), QString::fromUtf8(compiler.readAllStandardError())};
}

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir())
            copyTree(entry.filePath(), target);
        else
            QVERIFY(QFile::copy(entry.filePath(), target));
    }
}

} // namespace

class TestCompiledContent : public QObject
{
    Q_OBJECT

private slots:
    void theBinaryHoldsTheCompiledContent()
    {
        const QByteArray bytes = compiledBytes();
        QVERIFY2(!bytes.isEmpty(), "the compiled content is not in the binary");
        const ContentRepository content = fromCompiled();
        QVERIFY2(content.errors().isEmpty(), qPrintable(describe(content.errors())));
    }

    // The build compiled exactly what the JSON gives, field by field.
    void compiledIsTheJsonContent()
    {
        const ContentRepository json = fromJson();
        QVERIFY2(json.errors().isEmpty(), qPrintable(describe(json.errors())));
        const ContentRepository compiled = fromCompiled();
        QCOMPARE(ContentCodec::encode(compiled), ContentCodec::encode(json));
        QCOMPARE(compiled.filesRead(), json.filesRead());
        QCOMPARE(compiled.cards().size(), json.cards().size());
        QVERIFY(compiled.cards().size() > 100);
        // Cards are found by id as after a JSON load (the index is rebuilt).
        for (const Card &card : json.cards()) {
            const Card *found = compiled.card(card.id);
            QVERIFY2(found, qPrintable(card.id));
            QCOMPARE(found->text, card.text);
            QCOMPARE(found->deckId, card.deckId);
        }
        QCOMPARE(compiled.decks().size(), json.decks().size());
        QVERIFY(compiled.isBuiltInDeck(json.decks().constFirst().id));
        QCOMPARE(compiled.sections().size(), json.sections().size());
        QCOMPARE(compiled.coachPatterns().size(), json.coachPatterns().size());
        QCOMPARE(compiled.negativeWords(), json.negativeWords());
        QVERIFY(compiled.careNote().has_value());
        QCOMPARE(compiled.prompt(u"card"_s, json.cards().constLast().id).text, json.cards().constLast().text);
    }

    // A start reads the text where the binary holds it: the same content as
    // a copying read, without its text on the heap. Bytes not laid out for
    // that (here moved by one byte) are copied instead, with the same result.
    void permanentBytesAreReadInPlace()
    {
        const QByteArray bytes = compiledBytes();
        const ContentRepository copied = [&bytes] {
            ContentRepository content;
            QString problem;
            [[maybe_unused]] const bool read = ContentCodec::decode(bytes, content, &problem);
            return content;
        }();
        QVERIFY(!copied.cards().isEmpty());
        const auto inside = [](const QString &text, QByteArrayView where) {
            const auto *at = reinterpret_cast<const char *>(text.constData());
            return at >= where.data() && at < where.data() + where.size();
        };
        QVERIFY(!inside(copied.cards().constFirst().text, bytes));

        ContentRepository inPlace;
        QString problem;
        QVERIFY2(ContentCodec::decode(bytes, inPlace, &problem, ContentCodec::Bytes::Permanent), qPrintable(problem));
        QCOMPARE(ContentCodec::encode(inPlace), ContentCodec::encode(copied));
        for (const Card &card : inPlace.cards())
            QVERIFY2(inside(card.text, bytes), qPrintable(card.id));
        QVERIFY(inside(inPlace.sections().constFirst().title, bytes));
        QCOMPARE(inPlace.card(copied.cards().constLast().id)->text, copied.cards().constLast().text);

        const QByteArray shifted = "x" + bytes;
        const QByteArrayView moved = QByteArrayView(shifted).sliced(1);
        ContentRepository fromMoved;
        QVERIFY2(ContentCodec::decode(moved, fromMoved, &problem, ContentCodec::Bytes::Permanent), qPrintable(problem));
        QCOMPARE(ContentCodec::encode(fromMoved), ContentCodec::encode(copied));
        QVERIFY(!inside(fromMoved.cards().constFirst().text, shifted));
    }

    // A translation lays over the compiled English as over the JSON.
    void translationsLayOverTheCompiledContent()
    {
        const QString root = QStringLiteral(HEARTH_TEST_DATA "/content/translations");
        ContentRepository overJson = fromJson();
        overJson.loadTranslation(root, u"de"_s);
        ContentRepository overCompiled = fromCompiled();
        overCompiled.loadTranslation(root, u"de"_s);
        QVERIFY(overCompiled.fieldsTranslated() > 0);
        QCOMPARE(overCompiled.fieldsTranslated(), overJson.fieldsTranslated());
        QCOMPARE(describe(overCompiled.errors()), describe(overJson.errors()));
        QCOMPARE(ContentCodec::encode(overCompiled), ContentCodec::encode(overJson));
        QCOMPARE(overCompiled.language(), u"de"_s);
    }

    void ownDecksJoinTheCompiledContent()
    {
        ContentRepository content = fromCompiled();
        const qsizetype builtInCards = content.cards().size();
        Deck own{u"ours.evenings"_s, u"Our evenings"_s, u"Ours"_s, u"gentle"_s, {}, DeckOrigin::Ours};
        Card card;
        card.id = u"ours.evenings.1"_s;
        card.deckId = own.id;
        card.section = content.sections().constFirst().id;
        card.text = u"What made you smile today?"_s;
        content.setOwnDecks({own}, {card});
        QCOMPARE(content.cards().size(), builtInCards + 1);
        QVERIFY(content.card(card.id));
        QVERIFY(!content.isBuiltInDeck(own.id));
    }

    // Cut anywhere, or with a wrong header, a count no bytes could hold or
    // bytes after the end: refused with a reason, nothing half-read kept.
    void damagedBytesAreRefused()
    {
        const QByteArray bytes = compiledBytes();
        QVERIFY(bytes.size() > 1000);
        const auto refused = [](const QByteArray &damaged) {
            for (const auto lifetime : {ContentCodec::Bytes::Temporary, ContentCodec::Bytes::Permanent}) {
                ContentRepository content = fromCompiled(); // something to be replaced
                QString problem;
                const bool read = ContentCodec::decode(damaged, content, &problem, lifetime);
                if (read || problem.isEmpty() || !content.cards().isEmpty() || !content.sections().isEmpty())
                    return false;
            }
            return true;
        };
        for (qsizetype cut = 0; cut < bytes.size(); cut += 997)
            QVERIFY2(refused(bytes.left(cut)), qPrintable(u"cut at "_s + QString::number(cut)));
        QVERIFY(refused(bytes.left(bytes.size() - 1)));
        QVERIFY(refused(bytes + "x"));

        QByteArray wrongMagic = bytes;
        wrongMagic[0] = char(wrongMagic[0] ^ 0x55);
        QVERIFY(refused(wrongMagic));
        QByteArray newerFormat = bytes;
        newerFormat[4] = char(newerFormat[4] + 1);
        QVERIFY(refused(newerFormat));
        // The first count (after the header, the file count and the care
        // note's presence and fields) made enormous: refused before reserving.
        QByteArray hugeCount = bytes.left(8) + QByteArray(4, '\0') + QByteArray(2, '\0')
                               + QByteArray::fromHex("ffffff7f");
        QVERIFY(refused(hugeCount));
    }

    // The build's own step: good content compiles to what the binary holds;
    // a problem stops it with the message and writes nothing.
    void theCompilerChecksTheContentFolder()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString good = work.filePath(u"content"_s);
        copyTree(QStringLiteral(HEARTH_SOURCE_DIR "/content"), good);
        const QString output = work.filePath(u"english.hcc"_s);
        const auto [code, said] = compile(good, output);
        QVERIFY2(code == 0, qPrintable(said));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), compiledBytes());

        // A card with no text, as a hand edit might leave it.
        QFile guide(QDir(good).filePath(u"guide.json"_s));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        QByteArray text = guide.readAll();
        guide.close();
        const qsizetype title = text.indexOf("\"title\"");
        QVERIFY(title > 0);
        text.insert(title, "\"unknownField\": 1, ");
        QVERIFY(guide.open(QIODevice::WriteOnly | QIODevice::Truncate));
        guide.write(text);
        guide.close();
        const QString refusedOutput = work.filePath(u"refused.hcc"_s);
        const auto [refusedCode, refusedSaid] = compile(good, refusedOutput);
        QCOMPARE(refusedCode, 1);
        QVERIFY2(refusedSaid.contains(u"guide.json"_s) && refusedSaid.contains(u"unknownField"_s),
                 qPrintable(refusedSaid));
        QVERIFY(refusedSaid.contains(u"nothing was written"_s));
        QVERIFY(!QFile::exists(refusedOutput));
    }

    // A broken translation stops the build too.
    void theCompilerChecksTranslations()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString root = work.filePath(u"content"_s);
        copyTree(QStringLiteral(HEARTH_SOURCE_DIR "/content"), root);
        QDir(root).mkpath(u"de"_s);
        QFile broken(QDir(root).filePath(u"de/guide.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "hearth-translation", "version": 1, "sections": [{"id": "no-such-section", "title": "X"}]})");
        broken.close();
        const auto [code, said] = compile(root, work.filePath(u"english.hcc"_s));
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(u"de/guide.json"_s), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestCompiledContent)
#include "tst_compiledcontent.moc"
