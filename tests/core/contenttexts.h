// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the content tests read: every text a person sees, with where it came
// from, and the example statements Hearth offers as models.
#include "content/contentrepository.h"

#include <QList>
#include <QSet>
#include <QRegularExpression>
#include <QString>

#include <utility>

namespace ContentTexts {

using namespace Qt::StringLiterals;

// Every sentence a person reads, with where it came from.
inline QList<std::pair<QString, QString>> readableTexts(const ContentRepository &content)
{
    QList<std::pair<QString, QString>> texts;
    const auto add = [&](const QString &where, const QString &text) { texts.append({where, text}); };
    const auto addAll = [&](const QString &where, const QStringList &list) {
        for (const QString &text : list)
            add(where, text);
    };
    if (content.careNote()) {
        add(u"careNote"_s, content.careNote()->title);
        add(u"careNote"_s, content.careNote()->text);
    }
    for (const GuideSection &s : content.sections()) {
        add(s.id, s.title);
        add(s.id, s.summary);
        addAll(s.id, s.ideas);
        add(s.id, s.seekHelp);
        add(s.id, s.selfCheck.intro);
        for (const Practice &p : s.practices) {
            add(p.id, p.title);
            add(p.id, p.text);
        }
        for (const SelfCheckItem &i : s.selfCheck.items) {
            add(i.id, i.title);
            add(i.id, i.question);
            add(i.id, i.suggestion);
        }
    }
    for (const Deck &d : content.decks()) {
        add(d.id, d.title);
        add(d.id, d.description);
    }
    for (const Card &c : content.cards()) {
        add(c.id, c.text);
        addAll(c.id, c.followUps);
        add(c.id, c.listenerHint);
    }
    if (content.escalating()) {
        add(u"escalating"_s, content.escalating()->title);
        add(u"escalating"_s, content.escalating()->intro);
        for (const EscalatingRound &r : content.escalating()->rounds) {
            add(r.id, r.title);
            add(r.id, r.intro);
            for (const EscalatingQuestion &q : r.questions)
                add(q.id, q.text);
        }
    }
    if (content.listening()) {
        for (const ListeningStep &s : content.listening()->steps) {
            add(s.id, s.title);
            add(s.id, s.explanation);
            addAll(s.id, s.starters);
        }
        addAll(u"checkBacks"_s, content.listening()->checkBacks);
    }
    for (const FeelingFamily &f : content.feelingFamilies()) {
        add(f.id, f.title);
        add(f.id, f.description);
    }
    for (const Feeling &f : content.feelings())
        add(u"feelings"_s, f.word);
    for (const NeedGroup &g : content.needGroups())
        add(g.id, g.title);
    for (const Need &n : content.needs())
        add(u"needs"_s, n.word);
    for (const FauxFeeling &f : content.fauxFeelings()) {
        add(f.word, f.word);
        add(f.word, f.note);
    }
    for (const CoachPattern &p : content.coachPatterns()) {
        add(p.id, p.explanation);
        add(p.id, p.alternative);
        add(p.id, p.replacement);
    }
    for (const Drill &d : content.drills()) {
        add(d.id, d.statement);
        addAll(d.id, d.rewrites);
        add(d.id, d.tip);
    }
    for (const JournalPrompt &j : content.journalPrompts())
        add(j.id, j.text);
    for (const Ritual &r : content.rituals()) {
        add(r.id, r.title);
        add(r.id, r.text);
    }
    for (const PauseKind &k : content.pauseKinds()) {
        add(k.id, k.title);
        add(k.id, k.description);
        for (const PauseStep &step : k.steps)
            add(step.id, step.text);
    }
    texts.removeIf([](const auto &entry) { return entry.second.isEmpty(); });
    return texts;
}

// The passages inside “curly quotes” in a text.
inline QStringList quotedPassages(const QString &text)
{
    static const QRegularExpression quoted(u"“([^”]*)”"_s);
    QStringList passages;
    for (auto it = quoted.globalMatch(text); it.hasNext();)
        passages.append(it.next().captured(1));
    return passages;
}

// Every example statement in the content: wording Hearth offers as a model,
// which must pass Hearth's own coach. These are the drills' model rewrites,
// the listening starters and check-backs, and every quoted passage anywhere,
// except where a quote shows the wording being changed: a drill's statement
// and tip, a coach pattern's explanation and a faux feeling's note.
inline QList<std::pair<QString, QString>> exampleStatements(const ContentRepository &content)
{
    QList<std::pair<QString, QString>> examples;
    QSet<QString> exempt;
    for (const Drill &d : content.drills()) {
        for (const QString &r : d.rewrites)
            examples.append({d.id, r});
        exempt.insert(d.statement);
        exempt.insert(d.tip);
    }
    for (const CoachPattern &p : content.coachPatterns())
        exempt.insert(p.explanation);
    for (const FauxFeeling &f : content.fauxFeelings())
        exempt.insert(f.note);
    if (content.listening()) {
        for (const ListeningStep &s : content.listening()->steps) {
            for (const QString &starter : s.starters)
                examples.append({s.id, starter});
        }
        for (const QString &check : content.listening()->checkBacks)
            examples.append({u"checkBacks"_s, check});
    }
    for (const auto &[where, text] : readableTexts(content)) {
        if (exempt.contains(text))
            continue;
        for (const QString &passage : quotedPassages(text))
            examples.append({where, passage});
    }
    return examples;
}

} // namespace ContentTexts
