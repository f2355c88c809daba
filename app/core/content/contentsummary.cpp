// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentsummary.h"

#include "contentrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject ContentSummary::toJson(const ContentRepository &content, const QStringList &languages,
                                   const ContentErrors &translationErrors)
{
    QJsonArray errors;
    for (const ContentError &error : content.errors() + translationErrors)
        errors.append(QJsonObject{{u"file"_s, error.file}, {u"where"_s, error.where}, {u"message"_s, error.message}});

    QJsonObject cardsBySection;
    for (const GuideSection &section : content.sections())
        cardsBySection.insert(section.id, 0);
    for (const Card &card : content.cards())
        cardsBySection.insert(card.section, cardsBySection.value(card.section).toInt() + 1);

    qsizetype escalatingQuestions = 0;
    if (content.escalating()) {
        for (const EscalatingRound &round : content.escalating()->rounds)
            escalatingQuestions += round.questions.size();
    }
    qsizetype listeningStarters = 0;
    if (content.listening()) {
        for (const ListeningStep &step : content.listening()->steps)
            listeningStarters += step.starters.size();
    }

    return {
        {u"ok"_s, content.errors().isEmpty() && translationErrors.isEmpty()},
        {u"errors"_s, errors},
        {u"files"_s, content.filesRead()},
        {u"languages"_s, QJsonArray::fromStringList(languages)},
        {u"sections"_s, content.sections().size()},
        {u"cards"_s, content.cards().size()},
        {u"cardsBySection"_s, cardsBySection},
        {u"decks"_s, content.decks().size()},
        {u"escalatingQuestions"_s, escalatingQuestions},
        {u"listeningStarters"_s, listeningStarters},
        {u"feelings"_s, content.feelings().size()},
        {u"needs"_s, content.needs().size()},
        {u"fauxFeelings"_s, content.fauxFeelings().size()},
        {u"coachPatterns"_s, content.coachPatterns().size()},
        {u"drills"_s, content.drills().size()},
        {u"journalPrompts"_s, content.journalPrompts().size()},
        {u"rituals"_s, content.rituals().size()},
        {u"pauseKinds"_s, content.pauseKinds().size()},
    };
}
