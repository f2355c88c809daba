// SPDX-License-Identifier: GPL-3.0-or-later
// Care that reaches every corner: wherever Hearth meets words that can name
// fear, control or harm, it points to real help first (content/safety.txt
// lists them); the care note says where that help is; whatever recommends
// couples counselling says it is only for two people who feel safe; deep
// cards that can reach despair tell the listener what to do. And Hearth's own
// example statements pass Hearth's own coach.
#include "contenttexts.h"

#include "coach/coach.h"
#include "content/contentrepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContentSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        QVERIFY(m_content.careNote());

        QFile file(QStringLiteral(HEARTH_SOURCE_DIR "/content/safety.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u"sentence:"_s))
                m_sentence = line.mid(9).trimmed();
            else
                m_words.append(line);
        }
        QVERIFY(!m_sentence.isEmpty());
        QVERIFY(m_words.size() >= 20);
    }

    void theSafetySentenceLeadsToTheCareNote()
    {
        QVERIFY2(m_sentence.contains(u"“"_s + m_content.careNote()->title + u"”"_s),
                 qPrintable(u"The safety sentence must name the care note by its title: "_s + m_sentence));
    }

    // Each word on the list is met by Hearth somewhere (a faux feeling, or a
    // coach finding when it is said), and wherever it is met, the safety
    // sentence comes first.
    void everyWordThatCanNameHarmComesWithTheSafetySentence()
    {
        const Coach coach(m_content);
        QStringList problems;
        for (const QString &word : std::as_const(m_words)) {
            bool met = false;
            for (const FauxFeeling &faux : m_content.fauxFeelings()) {
                if (faux.word != word)
                    continue;
                met = true;
                if (!faux.note.startsWith(m_sentence))
                    problems.append(u"faux feeling \"%1\": its note does not start with the safety sentence"_s.arg(word));
            }
            const QStringList said = {u"I feel %1."_s, u"I'm %1."_s, u"You're so %1."_s, u"You're a %1."_s,
                                      u"You are %1."_s};
            for (const QString &frame : said) {
                const QString text = frame.arg(word);
                for (const CoachFinding &finding : coach.analyze(text).findings) {
                    const QString span = text.mid(finding.start, finding.end - finding.start).toLower();
                    if (!span.contains(word))
                        continue;
                    met = true;
                    if (!finding.message.startsWith(m_sentence))
                        problems.append(u"\"%1\": the coach's %2 finding (%3) does not start with the safety sentence"_s
                                            .arg(text, finding.kind, finding.patternId));
                }
            }
            if (!met)
                problems.append(u"\"%1\" is on the safety list, but no faux feeling or coach finding meets it"_s.arg(word));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theCareNoteSaysWhereHelpIs()
    {
        const QString text = m_content.careNote()->text;
        const QStringList musts = {u"afraid of the other"_s, u"on your own"_s, u"rather than from couples counselling"_s,
                                   u"local emergency number"_s, u"crisis line"_s, u"pass on any card"_s,
                                   u"shared computer"_s};
        for (const QString &must : musts)
            QVERIFY2(text.contains(must), qPrintable(u"The care note must say \"%1\""_s.arg(must)));
        // No country's numbers: Hearth is used everywhere.
        static const QRegularExpression digits(u"\\d{3}"_s);
        QVERIFY2(!text.contains(digits), "The care note gives no phone numbers");
    }

    void couplesCounsellingIsOnlyForTwoWhoFeelSafe()
    {
        static const QRegularExpression couples(u"couples counsell|counsellor to help us"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        // The caveat may sit in another text of the same item (a drill's tip
        // for its rewrite), but it must be there.
        const auto texts = ContentTexts::readableTexts(m_content);
        QSet<QString> withCaveat;
        for (const auto &[where, text] : texts) {
            if (text.contains(u"afraid of the other"_s))
                withCaveat.insert(where);
        }
        QStringList missing;
        for (const auto &[where, text] : texts) {
            if (text.contains(couples) && !withCaveat.contains(where))
                missing.append(where + u": "_s + text.left(80));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"Recommends couples counselling without saying it is not for "
                                               "a partner who is afraid:\n"_s + missing.join(u'\n')));
    }

    void deepCardsThatCanReachDespairTellTheListenerWhatToDo()
    {
        static const QRegularExpression despair(u"at your lowest|don't like yourself|hopeless about|despair|"
                                                "not want to be here|worst days"_s,
                                                QRegularExpression::CaseInsensitiveOption);
        QStringList missing;
        int found = 0;
        for (const Card &card : m_content.cards()) {
            if (!card.text.contains(despair))
                continue;
            ++found;
            if (!card.listenerHint.contains(u"crisis line"_s))
                missing.append(card.id);
        }
        QVERIFY(found >= 2);
        QVERIFY2(missing.isEmpty(), qPrintable(u"No listener hint on what to do if the answer frightens: "_s
                                               + missing.join(u", "_s)));
    }

    void everyExampleStatementPassesTheCoach()
    {
        const Coach coach(m_content);
        const auto examples = ContentTexts::exampleStatements(m_content);
        QVERIFY(examples.size() >= 100);
        QStringList flagged;
        for (const auto &[where, example] : examples) {
            for (const CoachFinding &finding : coach.analyze(example).findings) {
                flagged.append(u"%1: \"%2\": %3 on \"%4\""_s.arg(where, example, finding.kind,
                                                               example.mid(finding.start, finding.end - finding.start)));
            }
        }
        QVERIFY2(flagged.isEmpty(), qPrintable(u"Hearth's own examples must pass its coach:\n"_s + flagged.join(u'\n')));
    }

private:
    ContentRepository m_content;
    QString m_sentence;
    QStringList m_words;
};

QTEST_GUILESS_MAIN(TestContentSafety)
#include "tst_contentsafety.moc"
