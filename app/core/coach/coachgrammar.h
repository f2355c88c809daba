// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachlexicon.h"
#include "coachtokenizer.h"

#include <span>

// Questions the coach asks of a statement's annotated tokens: who is the
// subject here, is this negated, is this appreciation. Heuristics, kept small
// and tested against tests/data/coach/corpus.tsv.
namespace CoachGrammar {

// True when tokens a and b are in the same clause (no punctuation between them).
[[nodiscard]] bool sameClause(const CoachTokens &tokens, qsizetype a, qsizetype b);

// True when a token from `begin` up to `end` has any of `classes`.
[[nodiscard]] bool anyIn(const CoachTokens &tokens, qsizetype begin, qsizetype end, quint32 classes);
// The word at `i`, or an empty one when `i` is outside the statement.
[[nodiscard]] const QString &wordAt(const CoachTokens &tokens, qsizetype i);
// The word at `i` when it is in the clause of `of`, else an empty one.
[[nodiscard]] const QString &inClause(const CoachTokens &tokens, qsizetype of, qsizetype i);

// The first token of the part of the clause that holds `at`: after the last
// punctuation or joining word ("when", "that", "like") before it.
[[nodiscard]] qsizetype segmentStart(const CoachTokens &tokens, qsizetype at);

// Who the clause part before `at` is about: the person class (CoachWordClass::
// Speaker, Partner, Shared, Other or Thing) of its first personal word, or 0.
// "I told you everything" is about the speaker; "you never ask me" the partner.
[[nodiscard]] quint32 subjectBefore(const CoachTokens &tokens, qsizetype at);

// Who does what an adverb at `at` describes ("you never ask", "the reason we
// never go out"): the nearest personal subject before it in the clause part,
// passing over objects and possessives ("you forget our plans all the time");
// failing that, the owner in a possessive ("your phone is always out"), or 0.
[[nodiscard]] quint32 actorBefore(const CoachTokens &tokens, qsizetype at);

// The person class of the nearest personal word before `at` in its clause part
// ("you make me feel": me), or 0.
[[nodiscard]] quint32 nearestPersonBefore(const CoachTokens &tokens, qsizetype at);

// True when a negation governs what starts at `at`: "not always", "I don't
// think you're ...", "I'm not saying it's ...". Only words that let a negation
// through (pronouns, "think", "that", auxiliaries, hedges) may stand between.
[[nodiscard]] bool negatedBefore(const CoachTokens &tokens, qsizetype at);

// True when token i is "you" acting: "you're", or "you" at the start of a
// clause part, after a joining word or an auxiliary ("did you").
[[nodiscard]] bool isPartnerSubject(const CoachTokens &tokens, qsizetype i);

// Any partner subject in the sentence of token `at`.
[[nodiscard]] bool partnerSubjectInSentence(const CoachTokens &tokens, qsizetype at);
// Any mention of the partner (you, your, yourself) in the clause of token `at`.
[[nodiscard]] bool partnerInClause(const CoachTokens &tokens, qsizetype at);
// Any mention of the partner (you, your, yourself) in the sentence of token `at`.
[[nodiscard]] bool partnerInSentence(const CoachTokens &tokens, qsizetype at);

// True when what the speaker would have done, in tokens [from, to), is a
// kindness to the partner: "I would have baked you a cake", "I'd have picked
// you up", warm words. "If you'd told me ..." then regrets a missed chance.
[[nodiscard]] bool kindnessToThePartner(const CoachTokens &tokens, qsizetype from, qsizetype to);

// True when tokens [from, to) hold appreciation (thank, love, a pleasant
// feeling) that no negation right before it takes back.
[[nodiscard]] bool warmBetween(const CoachTokens &tokens, qsizetype from, qsizetype to);

// The first and one-past-last token index of the sentence holding `at`.
[[nodiscard]] qsizetype sentenceStart(const CoachTokens &tokens, qsizetype at);
[[nodiscard]] qsizetype sentenceEnd(const CoachTokens &tokens, qsizetype at);
// The same, looking at most `reach` tokens away from `at`, so that asking it
// of every word of a run-on text stays linear.
[[nodiscard]] qsizetype sentenceStartWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach);
[[nodiscard]] qsizetype sentenceEndWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach);
// One past the last token of the clause holding `at`.
[[nodiscard]] qsizetype clauseEnd(const CoachTokens &tokens, qsizetype at);

// Walks back from `at - 1` over tokens of the given classes (at most `max`)
// in the same clause; returns the index of the first other token, or -1.
[[nodiscard]] qsizetype skipBack(const CoachTokens &tokens, qsizetype at, quint32 classes, int max);
// Walks forward from `after + 1` likewise, in the clause of `after`; returns
// the index of the first other token, or -1.
[[nodiscard]] qsizetype skipForward(const CoachTokens &tokens, qsizetype after, quint32 classes, int max);

// True when the word at `at` says how the speaker is: after "I feel", "I'm",
// "I've been", "I get", "makes me", with hedges ("so", "a bit") and "being"
// between, and not negated. A plain "I was" counts only when `plainPast`
// ("I was so let down" is a feeling, "I was interrupted" mostly a report).
[[nodiscard]] bool speakerStateBefore(const CoachTokens &tokens, qsizetype at, bool plainPast);

// A list of words kept as data (the horsemen's *words.h), read like a braced list.
using WordList = std::span<const QLatin1StringView>;

// True when `word` is one of `words`.
[[nodiscard]] bool isOneOf(const QString &word, std::initializer_list<QLatin1StringView> words);
[[nodiscard]] bool isOneOf(const QString &word, WordList words);
// True when token `at` is the first word of its sentence.
[[nodiscard]] bool opensSentence(const CoachTokens &tokens, qsizetype at);
// True when the sentence holding `at` is put as a question (a "?" after its
// last word); a run-on of more than 64 words from `at` is taken as no question.
[[nodiscard]] bool asksQuestion(const QString &text, const CoachTokens &tokens, qsizetype at);
// One past the last token of the clause holding `at`, looking at most `reach`
// tokens ahead (so asking it of every word stays linear): at most at + reach.
[[nodiscard]] qsizetype clauseEndWithin(const CoachTokens &tokens, qsizetype at, qsizetype reach);
// True when token `at` opens its sentence, after interjections at most ("Oh, well, that's ...").
[[nodiscard]] bool headsSentence(const CoachTokens &tokens, qsizetype at);
// True when a word among the `reach` before `at` in its sentence is one of `words`.
[[nodiscard]] bool anyWordBefore(const CoachTokens &tokens, qsizetype at, qsizetype reach,
                                 std::initializer_list<QLatin1StringView> words);
[[nodiscard]] bool anyWordBefore(const CoachTokens &tokens, qsizetype at, qsizetype reach, WordList words);
// Laughter written out ("haha", "lol", "that tickles"): what it is said with is play.
[[nodiscard]] bool isLaughter(const QString &word);
// True when a word in tokens [from, to) is laughter.
[[nodiscard]] bool laughsBetween(const CoachTokens &tokens, qsizetype from, qsizetype to);
// Words that may open a sentence before what it says: "oh", "look", "honestly".
[[nodiscard]] bool isInterjection(const QString &word);
// The first token of the sentence [first, end) after its interjections
// ("Oh, well, fine." -> "fine"); `end` when there is nothing else.
[[nodiscard]] qsizetype sentenceHead(const CoachTokens &tokens, qsizetype first, qsizetype end);
// True when tokens [begin, end) are a whole clause: "Typical." but not "a typical day".
[[nodiscard]] bool wholeClause(const CoachTokens &tokens, qsizetype begin, qsizetype end);
// True when any token in [from, to) is one of `words`.
[[nodiscard]] bool anyWordIn(const CoachTokens &tokens, qsizetype from, qsizetype to,
                             std::initializer_list<QLatin1StringView> words);
[[nodiscard]] bool anyWordIn(const CoachTokens &tokens, qsizetype from, qsizetype to, WordList words);

// "What kind of person forgets ...", "what sort of idiot does that": the end of
// "what kind of <person>" at `i` when a deed of the partner's follows with no
// subject of its own and no one else is named (not "what kind of person do you
// want to be?", "what kind of man would I be"), or -1. In coachlabelshapes.cpp.
[[nodiscard]] qsizetype kindOfPersonAt(const CoachTokens &tokens, qsizetype i);

// True for a compound insult by how it ends: "dimwit", "bonehead",
// "numbskull", "smart-arse" (not "forehead", "handbag"). In coachinsultshapes.cpp.
[[nodiscard]] bool isCompoundInsult(const QString &word);

// True for a word of the "-ing" form that reads as an activity ("going"),
// not a sweeping pronoun ("nothing").
[[nodiscard]] bool isGerund(const CoachToken &token);

} // namespace CoachGrammar
