// SPDX-License-Identifier: GPL-3.0-or-later
// Content per language: a translation laid over the built-in English item by
// item, with the English kept wherever it says nothing or says it wrongly.
#include "content/contentlanguage.h"
#include "content/contentrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString sampleRoot = QStringLiteral(HEARTH_TEST_DATA "/content/translations");

QByteArray translation(const QByteArray &parts)
{
    return R"({"format": "hearth-translation", "version": 1, )" + parts + "}";
}

const ContentRepository &english()
{
    static const ContentRepository content = [] {
        ContentRepository loaded;
        loaded.loadDirectory(ContentRepository::builtInRoot());
        return loaded;
    }();
    return content;
}

// The English with the given German files laid over it.
ContentRepository translated(const QList<ContentSource> &sources)
{
    ContentRepository content = english();
    content.loadTranslationSources(u"de"_s, sources);
    return content;
}

QString describe(const ContentErrors &errors)
{
    QStringList lines;
    for (const ContentError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

} // namespace

class TestContentTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(english().errors().isEmpty(), qPrintable(describe(english().errors()))); }

    void theSampleOverridesWhatItTranslates()
    {
        ContentRepository content = english();
        content.loadTranslation(sampleRoot, u"de"_s);
        QVERIFY2(content.errors().isEmpty(), qPrintable(describe(content.errors())));
        QCOMPARE(content.language(), u"de"_s);
        QCOMPARE(content.fieldsTranslated(), 11);

        const Card *first = content.card(u"warm-up-01"_s);
        QVERIFY(first);
        QVERIFY(first->text.startsWith(u"Welche kleine, alltägliche Geste"_s));
        QCOMPARE(first->followUps, QStringList {u"Wann ist sie dir zuletzt aufgefallen?"_s});
        QVERIFY(first->listenerHint.startsWith(u"Nimm es einfach an."_s));
        QCOMPARE(content.deck(u"warm-up"_s)->title, u"Sanft ankommen"_s);
        QCOMPARE(content.careNote()->title, u"Bevor ihr beginnt: sich sicher fühlen"_s);
        QCOMPARE(content.section(u"closeness"_s)->title, u"Was Nähe ist"_s);
        QCOMPARE(content.section(u"closeness"_s)->practices.first().title, u"Leicht beginnen"_s);
        QVERIFY(
            content.prompt(u"journal"_s, u"journal-01"_s).text.startsWith(u"Schreib über einen Moment"_s));
        QVERIFY(content.prompt(u"card"_s, u"warm-up-02"_s)
                    .text.startsWith(u"Denk an einen gewöhnlichen Moment"_s));
    }

    void whatTheSampleLeavesOutStaysEnglish()
    {
        ContentRepository content = english();
        content.loadTranslation(sampleRoot, u"de"_s);
        // A field left out of a translated item.
        QCOMPARE(content.card(u"warm-up-02"_s)->followUps, english().card(u"warm-up-02"_s)->followUps);
        QCOMPARE(content.careNote()->text, english().careNote()->text);
        QCOMPARE(content.section(u"closeness"_s)->summary, english().section(u"closeness"_s)->summary);
        // Items it does not name.
        QCOMPARE(content.card(u"warm-up-03"_s)->text, english().card(u"warm-up-03"_s)->text);
        QCOMPARE(content.section(u"roadblocks"_s)->title, english().section(u"roadblocks"_s)->title);
        QCOMPARE(content.drills().first().statement, english().drills().first().statement);
    }

    void theStructureStaysAsTheEnglishHasIt()
    {
        ContentRepository content = english();
        content.loadTranslation(sampleRoot, u"de"_s);
        QCOMPARE(content.cards().size(), english().cards().size());
        for (qsizetype i = 0; i < content.cards().size(); ++i) {
            const Card &card = content.cards().at(i);
            const Card &base = english().cards().at(i);
            QCOMPARE(card.id, base.id);
            QCOMPARE(card.deckId, base.deckId);
            QCOMPARE(card.section, base.section);
            QCOMPARE(card.depth, base.depth);
            QCOMPARE(card.kind, base.kind);
            QCOMPARE(card.answeredBy, base.answeredBy);
            QCOMPARE(card.arrival, base.arrival);
        }
        QCOMPARE(content.deck(u"warm-up"_s)->cardIds, english().deck(u"warm-up"_s)->cardIds);
        const Practice &practice = content.section(u"closeness"_s)->practices.first();
        QCOMPARE(practice.target.kind, u"deck"_s);
        QCOMPARE(practice.target.id, u"warm-up"_s);
    }

    void problemsAreReportedWithTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown id") << translation(R"("cards": {"no-such-card": {"text": "Hallo?"}})")
                                    << u"cards.no-such-card"_s << u"is not a card in the English content"_s;
        QTest::newRow("structure") << translation(R"("cards": {"warm-up-01": {"depth": 3}})")
                                   << u"cards.warm-up-01.depth"_s
                                   << u"is not translated: it stays as the English"_s;
        QTest::newRow("misspelt field")
            << translation(R"("cards": {"warm-up-01": {"txet": "Hallo?"}})") << u"cards.warm-up-01.txet"_s
            << u"is not a field a translation can have"_s;
        QTest::newRow("placeholder added")
            << translation(R"("cards": {"warm-up-01": {"text": "Was tut %1 für dich?"}})")
            << u"cards.warm-up-01.text"_s << u"must keep the English placeholders (none), not %1"_s;
        QTest::newRow("list of another length")
            << translation(R"("cards": {"warm-up-01": {"followUps": ["Wann?", "Wo?"]}})")
            << u"cards.warm-up-01.followUps"_s << u"as many entries as the English (1), not 2"_s;
        QTest::newRow("empty") << translation(R"("cards": {"warm-up-01": {"text": "  "}})")
                               << u"cards.warm-up-01.text"_s << u"must not be empty"_s;
        QTest::newRow("nothing to translate")
            << translation(R"("sections": {"closeness": {"selfCheck": {"intro": "Prüft euch."}}})")
            << u"sections.closeness.selfCheck.intro"_s << u"has no English to translate"_s;
        QTest::newRow("nested unknown id")
            << translation(R"("sections": {"closeness": {"practices": {"nope": {"title": "Nein"}}}})")
            << u"sections.closeness.practices.nope"_s << u"is not a practice of this section"_s;
        QTest::newRow("wrong kind") << translation(R"("cards": ["Hallo?"])") << u"cards"_s
                                    << u"must be an object, not a list"_s;
        QTest::newRow("coach") << translation(R"("coachPatterns": {})") << u"coachPatterns"_s
                               << u"is not translated yet"_s;
        QTest::newRow("unknown part")
            << translation(R"("kards": {})") << u"kards"_s << u"is not a part a translation can have"_s;
        QTest::newRow("English in a language folder")
            << QByteArray(R"({"format": "hearth-journal", "version": 1, "items": [
                {"id": "j-1", "section": "closeness", "practice": "journaling", "text": "Hallo."}]})")
            << u"format"_s << u"is English content"_s;
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"line 1, column 12"_s
                                  << u"is not valid JSON"_s;
    }

    void problemsAreReportedWithTheirPlace()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const ContentRepository content = translated({{u"de/cards.json"_s, file}});
        QCOMPARE(content.errors().size(), 1);
        const ContentError &error = content.errors().first();
        QCOMPARE(error.file, u"de/cards.json"_s);
        QCOMPARE(error.where, where);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        // Whatever went wrong, the English is whole.
        QCOMPARE(content.cards().size(), english().cards().size());
        QCOMPARE(content.card(u"warm-up-01"_s)->text, english().card(u"warm-up-01"_s)->text);
    }

    void aFaultyFieldKeepsItsEnglishAndTheRestApplies()
    {
        const ContentRepository content = translated({{u"de/a.json"_s,
            translation(
                R"("cards": {"warm-up-01": {"text": "Was %1?", "listenerHint": "Hör einfach zu."}})")}});
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.card(u"warm-up-01"_s)->text, english().card(u"warm-up-01"_s)->text);
        QCOMPARE(content.card(u"warm-up-01"_s)->listenerHint, u"Hör einfach zu."_s);
    }

    void anItemTranslatedTwiceKeepsTheFirst()
    {
        const ContentRepository content = translated(
            {{u"de/a.json"_s, translation(R"("cards": {"warm-up-01": {"text": "Erste Fassung?"}})")},
                {u"de/b.json"_s, translation(R"("cards": {"warm-up-01": {"text": "Zweite Fassung?"}})")}});
        QCOMPARE(content.errors().size(), 1);
        QCOMPARE(content.errors().first().file, u"de/b.json"_s);
        QCOMPARE(content.errors().first().where, u"cards.warm-up-01"_s);
        QVERIFY(content.errors().first().message.contains(u"translated already in de/a.json"_s));
        QCOMPARE(content.card(u"warm-up-01"_s)->text, u"Erste Fassung?"_s);
    }

    void theEnglishLoadLeavesLanguageFoldersOut()
    {
        ContentRepository content;
        content.loadDirectory(sampleRoot); // Holds only de/.
        QCOMPARE(content.filesRead(), 0);
        QVERIFY(content.language().isEmpty());
    }

    void everyLanguageFolderIsChecked()
    {
        QVERIFY2(english().translationErrors(sampleRoot).isEmpty(),
            qPrintable(describe(english().translationErrors(sampleRoot))));

        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"fr/decks"_s));
        QFile file(root.filePath(u"fr/decks/repair.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(translation(R"("decks": {"repair": {"mood": "light"}})"));
        file.close();
        const ContentErrors errors = english().translationErrors(root.path());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().file, u"fr/decks/repair.json"_s);
        QCOMPARE(errors.first().where, u"decks.repair.mood"_s);
    }

    void aTranslationAmongContentFilesIsCheckedAgainstTheEnglish()
    {
        ContentRepository given;
        given.loadFiles({sampleRoot + u"/de/decks/warm-up.json"_s}, &english());
        QVERIFY2(given.errors().isEmpty(), qPrintable(describe(given.errors())));

        ContentRepository broken;
        broken.loadSources(
            {{u"x.json"_s, translation(R"("rituals": {"no-such-ritual": {"text": "Hallo."}})")}}, &english());
        QCOMPARE(broken.errors().size(), 1);
        QCOMPARE(broken.errors().first().where, u"rituals.no-such-ritual"_s);
    }

    void languageFolders()
    {
        for (const char *name : {"de", "fr", "pt-br", "sr-latn", "yue"})
            QVERIFY2(ContentLanguage::isLanguageFolder(QString::fromLatin1(name)), name);
        for (const char *name : {"decks", "coach", "vocabulary", "DE", "d", "de_CH", ""})
            QVERIFY2(!ContentLanguage::isLanguageFolder(QString::fromLatin1(name)), name);
        QCOMPARE(ContentLanguage::available(sampleRoot), QStringList {u"de"_s});
        QCOMPARE(ContentLanguage::available(ContentRepository::builtInRoot()), QStringList {});
    }

    void choosingALanguage_data()
    {
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("chosen");

        const QStringList german {u"de"_s};
        QTest::newRow("region falls back") << QStringList {u"de-CH"_s} << german << u"de"_s;
        QTest::newRow("script and region") << QStringList {u"de-Latn-CH"_s} << german << u"de"_s;
        QTest::newRow("underscore") << QStringList {u"de_AT"_s} << german << u"de"_s;
        QTest::newRow("a later preference") << QStringList {u"fr-FR"_s, u"de-DE"_s} << german << u"de"_s;
        QTest::newRow("English first") << QStringList {u"en-GB"_s, u"de"_s} << german << QString();
        QTest::newRow("none available") << QStringList {u"fr"_s, u"it"_s} << german << QString();
        QTest::newRow("nothing preferred") << QStringList {} << german << QString();
        const QStringList portuguese {u"pt"_s, u"pt-br"_s};
        QTest::newRow("exact region first") << QStringList {u"pt-BR"_s} << portuguese << u"pt-br"_s;
        QTest::newRow("other region") << QStringList {u"pt-PT"_s} << portuguese << u"pt"_s;
    }

    void choosingALanguage()
    {
        QFETCH(QStringList, preferred);
        QFETCH(QStringList, available);
        QFETCH(QString, chosen);
        QCOMPARE(ContentLanguage::choose(preferred, available), chosen);
    }
};

QTEST_GUILESS_MAIN(TestContentTranslation)
#include "tst_contenttranslation.moc"
