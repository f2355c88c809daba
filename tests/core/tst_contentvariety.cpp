// SPDX-License-Identifier: GPL-3.0-or-later
// Content with no filler: a couple playing through every deck and the
// escalating conversation never meets the same question twice, and every
// card speaks in one voice.
#include "contenttexts.h"

#include "content/contentrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// How alike two questions are, from 0 to 1. Each text becomes the set of its
// content words: lowercased, apostrophes straightened, a plural or verb
// ending ("-s", "-es", "-ed", "-ing") cut from words longer than the ending
// plus three letters, and function words and the frame words every card uses
// ("partner", "tell", "share", "time"…) left out. The score is the mean of
// the overlap coefficient (shared words over the smaller set: a short
// question restated inside a longer one scores high) and the Dice
// coefficient (shared words over the average size: two long texts that only
// share a theme score low).
//
// A pair scoring kSimilarityLimit or more fails. The limit was set at 0.6
// by reading every pair above 0.5: real restatements ("When do you feel most
// like yourself?" in two decks, 0.9) scored 0.6 or more; pairs below it shared
// a theme but asked something different.
constexpr double kSimilarityLimit = 0.6;

QSet<QString> contentWords(const QString &text)
{
    static const QSet<QString> stop = [] {
        QSet<QString> words;
        const QString list = u"a an the and or but of to in on at for with by from as is are was were be it its this "
                             "that what what's which who when how do does did you your you're you've you'd i i'm me my "
                             "we us our they them their if so there can could would will partner partner's tell about "
                             "time moment one thing something someone share think"_s;
        for (const QString &w : list.split(u' '))
            words.insert(w);
        return words;
    }();
    static const QRegularExpression word(u"[a-z']+"_s);
    QSet<QString> words;
    QString lower = text.toLower();
    lower.replace(QChar(0x2019), u'\'');
    for (auto it = word.globalMatch(lower); it.hasNext();) {
        QString w = it.next().captured();
        if (stop.contains(w))
            continue;
        for (const QString &suffix : {u"ing"_s, u"ed"_s, u"es"_s, u"s"_s}) {
            if (w.size() > suffix.size() + 3 && w.endsWith(suffix)) {
                w.chop(suffix.size());
                break;
            }
        }
        words.insert(w);
    }
    return words;
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const auto shared = static_cast<double>(QSet<QString>(a).intersect(b).size());
    const auto smaller = static_cast<double>(std::min(a.size(), b.size()));
    const auto both = static_cast<double>(a.size() + b.size());
    const double overlap = shared / smaller;
    const double dice = 2 * shared / both;
    return (overlap + dice) / 2;
}

// The voice rule: every card speaks as Hearth to the one answering ("you"),
// and names the other as "your partner", "they" or "the two of you". Outside
// “quoted words” (sentences a person might say), no card text, follow-up or
// listener hint speaks in the first person: no "I", "me", "my", "we", "us",
// "our" or "let's". So no card can mix "your partner" with "me".
const QRegularExpression firstPerson(u"\\b(i|i'm|i'd|i've|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|"
                                     "our|ours|ourselves|let's)\\b"_s,
                                     QRegularExpression::CaseInsensitiveOption);

QString outsideQuotes(QString text)
{
    static const QRegularExpression quoted(u"“[^”]*”"_s);
    text.replace(QChar(0x2019), u'\'');
    return text.remove(quoted);
}

} // namespace

class TestContentVariety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
    }

    void theSimilarityScoreFindsRestatements()
    {
        const auto a = contentWords(u"When do you feel most like yourself?"_s);
        const auto b = contentWords(u"When, in an ordinary week, do you feel most like yourself?"_s);
        const auto c = contentWords(u"What did you want to be when you were small?"_s);
        QVERIFY(similarity(a, b) >= kSimilarityLimit);
        QVERIFY(similarity(a, c) < kSimilarityLimit);
        QCOMPARE(contentWords(u"Partners’ laughing"_s), QSet<QString>({u"partners'"_s, u"laugh"_s}));
    }

    void noTwoQuestionsAreTheSame()
    {
        QList<std::pair<QString, QString>> questions;
        for (const Card &c : m_content.cards())
            questions.append({c.id, c.text});
        QVERIFY(m_content.escalating());
        for (const EscalatingRound &r : m_content.escalating()->rounds) {
            for (const EscalatingQuestion &q : r.questions)
                questions.append({q.id, q.text});
        }
        QList<QSet<QString>> words;
        for (const auto &q : std::as_const(questions))
            words.append(contentWords(q.second));
        QStringList alike;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            for (qsizetype j = i + 1; j < questions.size(); ++j) {
                const double score = similarity(words.at(i), words.at(j));
                if (score >= kSimilarityLimit) {
                    alike.append(u"%1 and %2 (%3): \"%4\" / \"%5\""_s.arg(questions.at(i).first, questions.at(j).first)
                                     .arg(score, 0, 'f', 2)
                                     .arg(questions.at(i).second, questions.at(j).second));
                }
            }
        }
        QVERIFY2(alike.isEmpty(), qPrintable(u"Questions too alike (limit %1):\n"_s.arg(kSimilarityLimit)
                                             + alike.join(u'\n')));
    }

    void everyCardSpeaksInOneVoice()
    {
        QStringList mixed;
        for (const Card &c : m_content.cards()) {
            QStringList parts = {c.text, c.listenerHint};
            parts += c.followUps;
            for (const QString &part : std::as_const(parts)) {
                const auto match = firstPerson.match(outsideQuotes(part));
                if (match.hasMatch())
                    mixed.append(u"%1: \"%2\" in \"%3\""_s.arg(c.id, match.captured(), part));
            }
        }
        QVERIFY2(mixed.isEmpty(), qPrintable(u"Cards speak to \"you\" about \"your partner\", never as \"me\" or "
                                             "\"us\" (see content/README.md):\n"_s + mixed.join(u'\n')));
    }

private:
    ContentRepository m_content;
};

QTEST_GUILESS_MAIN(TestContentVariety)
#include "tst_contentvariety.moc"
