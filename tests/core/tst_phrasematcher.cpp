// SPDX-License-Identifier: GPL-3.0-or-later
// PhraseMatcher on its own: the longest phrase, the first added of two as long,
// at most two skippable words between a phrase's words, and never a clause's end.
#include "coach/phrasematcher.h"

#include <QTest>

namespace {

constexpr quint32 skippable = 1;

// Tokens from "word ids", one clause each group; a negative id is a word no
// phrase knows, and `s` after an id marks it skippable ("3s").
CoachTokens tokensOf(const QList<QList<QByteArray>> &clauses)
{
    CoachTokens tokens;
    for (int clause = 0; clause < clauses.size(); ++clause) {
        for (const QByteArray &word : clauses.at(clause)) {
            CoachToken token;
            token.clause = clause;
            token.classes = word.endsWith('s') ? skippable : 0;
            token.id = word.endsWith('s') ? word.chopped(1).toInt() : word.toInt();
            tokens.append(token);
        }
    }
    return tokens;
}

} // namespace

class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private slots:
    void theLongestPhraseThatStartsHereWins()
    {
        PhraseMatcher matcher;
        matcher.add({1}, 10);
        matcher.add({1, 2, 3}, 30);
        matcher.add({1, 2}, 20);
        const CoachTokens tokens = tokensOf({{"1", "2", "3", "4"}});
        const auto match = matcher.longestAt(tokens, 0);
        QVERIFY(match);
        QCOMPARE(match->end, 3);
        QCOMPARE(match->payload, 30);
        QCOMPARE(matcher.longestAt(tokenOf12(), 0)->payload, 20);
        QVERIFY(!matcher.longestAt(tokens, 1)); // no phrase begins with 2
    }

    void ofTwoAsLongTheFirstAddedWins()
    {
        PhraseMatcher matcher;
        matcher.add({1, 5, 2}, 1);
        matcher.add({1, 2, 3}, 2);
        matcher.add({1, 2, 3}, 3); // the same phrase again: the first keeps it
        // 5 is skippable here, so both phrases match three words.
        const CoachTokens tokens = tokensOf({{"1", "5s", "2", "3"}});
        const auto match = matcher.longestAt(tokens, 0, skippable);
        QVERIFY(match);
        QCOMPARE(match->payload, 1);
        QCOMPARE(match->end, 3);
        PhraseMatcher later;
        later.add({1, 2, 3}, 2);
        later.add({1, 5, 2}, 1);
        QCOMPARE(later.longestAt(tokens, 0, skippable)->payload, 2);
        QCOMPARE(later.longestAt(tokens, 0, skippable)->end, 4);
    }

    void twoSkippableWordsMayStandBetweenAPhrasesWordsAtMost()
    {
        PhraseMatcher matcher;
        matcher.add({1, 2, 3}, 7);
        QCOMPARE(matcher.longestAt(tokensOf({{"1", "8s", "2", "9s", "3"}}), 0, skippable)->end, 5);
        QVERIFY(!matcher.longestAt(tokensOf({{"1", "8s", "2", "9s", "8s", "3"}}), 0, skippable));
        QVERIFY(!matcher.longestAt(tokensOf({{"1", "8s", "2", "3"}}), 0)); // nothing skippable asked for
        QVERIFY(!matcher.longestAt(tokensOf({{"1", "8", "2", "3"}}), 0, skippable)); // not a skippable word
        // Nothing is skipped before the first word or after the last.
        QVERIFY(!matcher.longestAt(tokensOf({{"8s", "1", "2", "3"}}), 0, skippable));
        QCOMPARE(matcher.longestAt(tokensOf({{"1", "2", "3", "8s"}}), 0, skippable)->end, 3);
    }

    void aPhrasesNextWordIsNotSkippedToFindItFurtherOn()
    {
        PhraseMatcher matcher;
        matcher.add({1, 2, 3}, 7);
        // The skippable 2 is the phrase's next word, so it is taken, and 3 must follow it.
        QVERIFY(!matcher.longestAt(tokensOf({{"1", "2s", "2", "3"}}), 0, skippable));
        matcher.add({1, 2, 2, 3}, 8);
        QCOMPARE(matcher.longestAt(tokensOf({{"1", "2s", "2", "3"}}), 0, skippable)->payload, 8);
    }

    void aPhraseNeverCrossesAClause()
    {
        PhraseMatcher matcher;
        matcher.add({1, 2}, 7);
        QVERIFY(!matcher.longestAt(tokensOf({{"1"}, {"2"}}), 0));
        QVERIFY(!matcher.longestAt(tokensOf({{"1", "8s"}, {"2"}}), 0, skippable));
        QVERIFY(!matcher.longestAt(tokensOf({{"-1", "2"}}), 0)); // a word no phrase knows
    }

    void findAllTakesTheLongestAndGoesOnAfterIt()
    {
        PhraseMatcher matcher;
        matcher.add({1, 2}, 12);
        matcher.add({2, 3}, 23);
        matcher.add({3}, 3);
        const QList<PhraseMatch> found = matcher.findAll(tokensOf({{"1", "2", "3", "4", "3"}}));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).payload, 12);
        QCOMPARE(found.at(1).payload, 3); // 2 went with the first match
        QCOMPARE(found.at(1).begin, 2);
        QCOMPARE(found.at(2).begin, 4);
    }

    void theLongestEndingHereIsFoundWordForWord()
    {
        PhraseMatcher matcher;
        matcher.add({2, 3}, 23);
        matcher.add({1, 2, 3}, 123);
        const CoachTokens tokens = tokensOf({{"1", "2", "3"}});
        QCOMPARE(matcher.longestEndingAt(tokens, 2)->payload, 123);
        QCOMPARE(matcher.longestEndingAt(tokensOf({{"1"}, {"2", "3"}}), 2)->payload, 23);
        QVERIFY(!matcher.longestEndingAt(tokens, 1));
    }

private:
    static CoachTokens tokenOf12() { return tokensOf({{"1", "2"}}); }
};

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
