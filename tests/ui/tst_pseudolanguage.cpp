// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the real window in the pseudo-language (hearth --language
// pseudo, docs/translating.md), with the demo's example couple, at the
// smallest window and at full HD: every word of Hearth's own must come
// through a translation (the pseudo-language wraps each in ⟦…⟧, about 40%
// longer), and nothing may clip at that length (support/layoutcheck.h).
// What is not Hearth's own words is told apart honestly: the texts of the
// loaded content and every text the demo's database holds.
#include "appstate.h"
#include "content/partnerplaceholder.h"
#include "cli/language.h"
#include "cli/showntext.h"
#include "demo/demodata.h"
#include "support/layoutcheck.h"
#include "../core/contenttexts.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QQmlApplicationEngine>
#include <QQmlIncubationController>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtQuickTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every text of the content and of the demo's data, longest first (so a
// sentence goes before a word inside it), in lower case: pages may show a
// title in capitals.
QStringList knownDataTexts(AppState &app)
{
    QSet<QString> texts;
    for (const auto &[where, text] : ContentTexts::readableTexts(app.content()))
        texts.insert(text);
    for (const QString &name : DemoData::names())
        texts.insert(name);
    const QSqlDatabase db = app.database().connection();
    for (const QString &table : db.tables()) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            continue;
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                if (query.value(column).typeId() == QMetaType::QString)
                    texts.insert(query.value(column).toString());
            }
        }
    }
    // An own card's {partner} is shown as Hearth's translated "your partner":
    // the couple's words around it are theirs.
    for (const QString &text : QStringList(texts.cbegin(), texts.cend())) {
        if (PartnerPlaceholder::contains(text)) {
            for (const QString &part : text.split(QString::fromUtf16(PartnerPlaceholder::token)))
                texts.insert(part);
        }
    }
    QStringList list;
    for (const QString &text : std::as_const(texts)) {
        // Each line on its own: a page may show one line of a longer text.
        for (const QString &line : text.split(u'\n')) {
            if (line.simplified().size() >= 2)
                list.append(line.simplified().toLower());
        }
        // A title's short part, before its colon ("Mirror: say back what you heard").
        if (const qsizetype colon = text.indexOf(u':'); colon >= 2)
            list.append(text.left(colon).simplified().toLower());
    }
    // A partner's chip shows the name's initial (matched only as a whole text).
    for (const QString &name : DemoData::names())
        list.append(name.left(1).toLower());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    list.removeDuplicates();
    return list;
}

// What is left of a shown text once the pseudo-language's ⟦…⟧ (and whatever
// a translation put inside them) and the known content and data are taken out.
QString untranslatedPart(const QString &shown, const QStringList &known)
{
    // A key to press, such as "Ctrl+S", written as Qt reads a key sequence:
    // key names are Qt's (qtbase's translation), not Hearth's words.
    const QKeySequence keys = QKeySequence::fromString(shown, QKeySequence::PortableText);
    if (!keys.isEmpty() && keys.toString(QKeySequence::PortableText) == shown)
        return QString();
    static const QRegularExpression tags(u"<[^>]*>"_s);
    const QString withoutTags = QString(shown).remove(tags);
    QString rest;
    int depth = 0;
    for (const QChar c : withoutTags) {
        if (c == u'⟦')
            ++depth;
        else if (c == u'⟧')
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    rest = rest.simplified().toLower();
    for (const QString &text : known) {
        if (rest.isEmpty())
            break;
        if (text.size() == 1 ? rest == text : rest.contains(text))
            rest.replace(text, u" "_s);
    }
    // Numbers, punctuation and symbols say nothing that needs translating.
    for (const QChar c : std::as_const(rest)) {
        if (c.isLetter())
            return rest.simplified();
    }
    return QString();
}

} // namespace

class TestPseudoLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        Language::apply(QString::fromLatin1(Language::pseudo));
        m_app = std::make_unique<AppState>(AppState::Demo{});
        AppState::setInstance(m_app.get());
        m_known = knownDataTexts(*m_app);
        QVERIFY(m_known.size() > 100);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/"_s);
        m_engine->load(QUrl(u"qrc:/Hearth/Main.qml"_s));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = m_window->findChild<QQuickItem *>(u"appShell"_s);
        QVERIFY(m_shell);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // The pseudo-language is built and found: a sentence of Hearth's own
    // comes out wrapped, longer, with its placeholder kept, and English's
    // plural forms are under it.
    void pseudoLanguageIsLoaded()
    {
        const QString added = QCoreApplication::translate("FavouritesModel", "Added %n favourite(s).", nullptr, 1);
        QVERIFY2(added.startsWith(u"⟦"_s) && added.endsWith(u"⟧"_s), qPrintable(added));
        QVERIFY2(added.contains(u"1"_s) && added.size() > int(qstrlen("Added 1 favourite.")) * 13 / 10,
                 qPrintable(added));
        QVERIFY2(!added.contains(u"(s)"_s), qPrintable(added));
    }

    void everyPageIsTranslatedAndFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        const QStringList pages = m_window->property("pageNames").toStringList();
        QVERIFY(pages.contains(u"home"_s));
        for (const QSize &size : {m_window->minimumSize(), QSize(1920, 1080)}) {
            for (const QString &page : pages)
                QTest::addRow("%dx%d, %s", size.width(), size.height(), qPrintable(page)) << size << page;
        }
    }

    void everyPageIsTranslatedAndFits()
    {
        QFETCH(QSize, size);
        QFETCH(QString, page);
        m_window->resize(size);
        bool shown = false;
        QVERIFY(QMetaObject::invokeMethod(m_shell, "showPage", Q_RETURN_ARG(bool, shown), Q_ARG(QString, page)));
        QVERIFY(shown);
        QTRY_COMPARE(m_window->contentItem()->size(), QSizeF(size));
        QVERIFY(LayoutCheck::settle(m_window, m_engine.get()));

        QStringList problems = LayoutCheck::problems(m_window);
        const QList<std::pair<QQuickItem *, QString>> texts = ShownText::collect(m_window);
        QVERIFY(!texts.isEmpty());
        int translated = 0;
        for (const auto &[item, text] : std::as_const(texts)) {
            translated += text.contains(u"⟦"_s) ? 1 : 0;
            if (const QString rest = untranslatedPart(text, m_known); !rest.isEmpty())
                problems.append(u"not translated: “%1” in %2"_s.arg(rest, LayoutCheck::describe(item)));
        }
        QVERIFY2(translated > 0, "no text of Hearth's own on the page");
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n  "_s + problems.join(u"\n  "_s)));
    }

    void cleanupTestCase()
    {
        m_window = nullptr;
        m_engine.reset();
        AppState::setInstance(nullptr);
        m_app.reset();
    }

private:
    std::unique_ptr<AppState> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_shell = nullptr;
    QStringList m_known;
};

QTEST_MAIN(TestPseudoLanguage)

#include "tst_pseudolanguage.moc"
