// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coachanalysis.h"
#include "coachlexicon.h"
#include "phrasematcher.h"

#include <QStringList>

class ContentRepository;

// Recognises the parts of an I statement: "I feel hurt (feeling) when the
// plans change without a word (situation), because I need to know where I
// stand (need). Could we ...? (request)". The feelings and needs come from the
// content; the frames around them are grammar.
class CoachPartsFinder
{
public:
    CoachPartsFinder() = default;
    // Interns the vocabularies into `lexicon`, which must then annotate the tokens.
    CoachPartsFinder(const ContentRepository &content, CoachLexicon &lexicon);

    [[nodiscard]] CoachParts find(const QString &text, const CoachTokens &tokens) const;

private:
    [[nodiscard]] QString feeling(const CoachTokens &tokens) const;
    [[nodiscard]] QString situation(const QString &text, const CoachTokens &tokens) const;
    [[nodiscard]] QString need(const QString &text, const CoachTokens &tokens) const;
    [[nodiscard]] QString request(const QString &text, const CoachTokens &tokens) const;
    [[nodiscard]] bool startsRequest(const CoachTokens &tokens, qsizetype at) const;

    QStringList m_feelingWords;
    PhraseMatcher m_feelings; // payload: index in m_feelingWords
    PhraseMatcher m_needs;
    PhraseMatcher m_requests;
};
