// SPDX-License-Identifier: GPL-3.0-or-later
// The app as composed, in the person's language: with the German sample built
// in as content/de (as a translator's folder would be), AppState under a
// German locale shows the translated words through the models the pages use,
// and the English wherever the translation says nothing.
#include "appstate.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The library's row for a prompt, or -1.
int libraryRow(const LibraryModel &library, const QString &kind, const QString &id)
{
    for (int row = 0; row < library.rowCount(); ++row) {
        const QModelIndex index = library.index(row);
        if (index.data(LibraryModel::PromptKindRole).toString() == kind
            && index.data(LibraryModel::ContentIdRole).toString() == id)
            return row;
    }
    return -1;
}

QVariant libraryData(const AppState &app, const QString &id, int role)
{
    const int row = libraryRow(*app.library(), u"card"_s, id);
    return row < 0 ? QVariant() : app.library()->index(row).data(role);
}

} // namespace

class TestContentLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aGermanLocaleShowsTheGermanCards()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Switzerland));
        QTemporaryDir dir;
        AppState app(dir.path());
        QVERIFY2(app.contentProblems().isEmpty(), qPrintable(app.contentProblems().join(u'\n')));
        QCOMPARE(app.content().language(), u"de"_s);

        QVERIFY(libraryData(app, u"warm-up-01"_s, LibraryModel::TextRole)
                    .toString()
                    .startsWith(u"Welche kleine, alltägliche Geste"_s));
        QCOMPARE(
            libraryData(app, u"warm-up-01"_s, LibraryModel::DeckTitleRole).toString(), u"Sanft ankommen"_s);
        QCOMPARE(
            libraryData(app, u"warm-up-01"_s, LibraryModel::SectionTitleRole).toString(), u"Was Nähe ist"_s);
        QCOMPARE(app.guide()->index(0).data(GuideModel::TitleRole).toString(), u"Was Nähe ist"_s);
        QCOMPARE(app.careNoteTitle(), u"Bevor ihr beginnt: sich sicher fühlen"_s);

        // The card in play at the Together page.
        SessionController *together = app.together();
        QVERIFY(together->saveCouple(u"Robin"_s, u"#B4552F"_s, u"Sam"_s, u"#3F6E9A"_s));
        QVERIFY(together->startWithCard(u"warm-up-01"_s));
        QVERIFY(together->cardText().startsWith(u"Welche kleine, alltägliche Geste"_s));
        QVERIFY(together->listenerHint().startsWith(u"Nimm es einfach an."_s));
        QCOMPARE(together->followUps(), QStringList {u"Wann ist sie dir zuletzt aufgefallen?"_s});
    }

    void whatIsNotTranslatedStaysEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTemporaryDir dir;
        AppState app(dir.path());
        QCOMPARE(libraryData(app, u"warm-up-03"_s, LibraryModel::TextRole).toString(),
            app.content().card(u"warm-up-03"_s)->text);
        QVERIFY(libraryData(app, u"warm-up-03"_s, LibraryModel::TextRole)
                    .toString()
                    .startsWith(u"Each name a smell"_s));
        QVERIFY(app.careNoteText().startsWith(u"Everything in Hearth assumes"_s));
    }

    void anEnglishLocaleShowsTheEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTemporaryDir dir;
        AppState app(dir.path());
        QVERIFY(app.content().language().isEmpty());
        QVERIFY(libraryData(app, u"warm-up-01"_s, LibraryModel::TextRole)
                    .toString()
                    .startsWith(u"What's a small, everyday thing"_s));
        QCOMPARE(app.guide()->index(0).data(GuideModel::TitleRole).toString(), u"What closeness is"_s);
    }
};

QTEST_MAIN(TestContentLanguage)
#include "tst_contentlanguage.moc"
