// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentparser.h"

#include "cardrules.h"
#include "jsonparser.h"
#include "jsonreader.h"
#include "storage/importchecks.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QStringList practiceTargetKinds = {u"deck"_s,    u"escalating"_s, u"listening"_s,
                                         u"builder"_s, u"coach"_s,      u"drills"_s,
                                         u"journal"_s, u"rituals"_s};
const QStringList listeningStepIds = {u"mirror"_s, u"validate"_s, u"empathise"_s};
const QStringList coachKinds = {u"absolute"_s, u"you-blame"_s, u"thought-as-feeling"_s, u"label"_s,
                                u"demand"_s, u"contempt"_s, u"defensiveness"_s, u"stonewalling"_s};
const QStringList journalPractices = {u"journaling"_s, u"mindfulness"_s, u"reflection"_s};
const QStringList rhythms = {u"daily"_s, u"weekly"_s, u"occasional"_s};

template<typename T>
void keep(QList<Sourced<T>> &list, const JsonObjectReader &reader, T value)
{
    if (!reader.failed())
        list.append({std::move(value), reader.file(), reader.path()});
}

void parseGuide(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "careNote"_L1, "sections"_L1});
    if (auto note = root.requiredObject(u"careNote"_s)) {
        note->rejectUnknownFields({"title"_L1, "text"_L1});
        CareNote careNote{note->requiredString(u"title"_s), note->requiredString(u"text"_s)};
        keep(out.careNotes, *note, careNote);
    }
    for (JsonObjectReader &item : root.requiredObjectList(u"sections"_s)) {
        item.rejectUnknownFields({"id"_L1, "title"_L1, "summary"_L1, "ideas"_L1, "practices"_L1,
                                  "selfCheck"_L1, "seekHelp"_L1});
        GuideSection section;
        section.id = item.requiredId(u"id"_s);
        section.title = item.requiredString(u"title"_s);
        section.summary = item.requiredString(u"summary"_s);
        section.ideas = item.requiredStringList(u"ideas"_s);
        section.seekHelp = item.optionalString(u"seekHelp"_s);
        for (JsonObjectReader &p : item.requiredObjectList(u"practices"_s)) {
            p.rejectUnknownFields({"id"_L1, "title"_L1, "text"_L1, "target"_L1});
            Practice practice{p.requiredId(u"id"_s), p.requiredString(u"title"_s),
                              p.requiredString(u"text"_s), {}};
            if (auto target = p.requiredObject(u"target"_s)) {
                target->rejectUnknownFields({"kind"_L1, "id"_L1});
                practice.target.kind = target->requiredChoice(u"kind"_s, practiceTargetKinds);
                if (practice.target.kind == "deck"_L1)
                    practice.target.id = target->requiredId(u"id"_s);
                else if (target->contains(u"id"_s))
                    target->fail(u"id"_s, u"is only used when kind is \"deck\""_s);
                if (target->failed())
                    continue;
            }
            if (!p.failed())
                section.practices.append(practice);
        }
        if (auto check = item.optionalObject(u"selfCheck"_s)) {
            check->rejectUnknownFields({"intro"_L1, "items"_L1});
            section.selfCheck.intro = check->requiredString(u"intro"_s);
            for (JsonObjectReader &c : check->requiredObjectList(u"items"_s)) {
                c.rejectUnknownFields({"id"_L1, "title"_L1, "question"_L1, "suggestion"_L1});
                SelfCheckItem checkItem{c.requiredId(u"id"_s), c.requiredString(u"title"_s),
                                        c.requiredString(u"question"_s),
                                        c.requiredString(u"suggestion"_s)};
                if (!c.failed())
                    section.selfCheck.items.append(checkItem);
            }
        }
        keep(out.sections, item, section);
    }
}

void parseDeck(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "id"_L1, "title"_L1, "description"_L1,
                              "mood"_L1, "cards"_L1});
    Deck deck;
    deck.id = root.requiredId(u"id"_s);
    CardRules::readDeckFields(root, deck, true);
    const QList<JsonObjectReader> cardReaders = root.requiredObjectList(u"cards"_s);
    if (root.failed())
        return; // Cards need a sound deck to belong to.
    for (JsonObjectReader item : cardReaders) {
        const Card card = CardRules::read(item, deck.id);
        keep(out.cards, item, card);
    }
    keep(out.decks, root, deck);
}

void parseEscalating(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "title"_L1, "intro"_L1, "rounds"_L1});
    EscalatingConversation conversation;
    conversation.title = root.requiredString(u"title"_s);
    conversation.intro = root.requiredString(u"intro"_s);
    for (JsonObjectReader &r : root.requiredObjectList(u"rounds"_s, 3, 3)) {
        r.rejectUnknownFields({"id"_L1, "title"_L1, "intro"_L1, "questions"_L1});
        EscalatingRound round{r.requiredId(u"id"_s), r.requiredString(u"title"_s),
                              r.requiredString(u"intro"_s), {}};
        for (JsonObjectReader &q : r.requiredObjectList(u"questions"_s, 12, 12)) {
            q.rejectUnknownFields({"id"_L1, "text"_L1});
            EscalatingQuestion question{q.requiredId(u"id"_s), q.requiredString(u"text"_s)};
            if (q.failed())
                r.fail({}, u"has a question that could not be read"_s);
            round.questions.append(question);
        }
        if (r.failed())
            root.fail({}, u"has a round that could not be read"_s);
        conversation.rounds.append(round);
    }
    // The rounds only make sense whole and in order, so any fault drops the conversation.
    keep(out.escalating, root, conversation);
}

void parseListening(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "steps"_L1, "checkBacks"_L1});
    ListeningGuide guide;
    for (JsonObjectReader &s : root.requiredObjectList(u"steps"_s)) {
        s.rejectUnknownFields({"id"_L1, "title"_L1, "explanation"_L1, "starters"_L1});
        ListeningStep step{s.requiredChoice(u"id"_s, listeningStepIds), s.requiredString(u"title"_s),
                           s.requiredString(u"explanation"_s),
                           s.requiredStringList(u"starters"_s, 3)};
        if (!s.failed())
            guide.steps.append(step);
    }
    guide.checkBacks = root.requiredStringList(u"checkBacks"_s);
    keep(out.listening, root, guide);
}

void parseFeelings(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "families"_L1, "feelings"_L1});
    for (JsonObjectReader &f : root.requiredObjectList(u"families"_s)) {
        f.rejectUnknownFields({"id"_L1, "title"_L1, "description"_L1});
        FeelingFamily family{f.requiredId(u"id"_s), f.requiredString(u"title"_s),
                             f.requiredString(u"description"_s)};
        keep(out.feelingFamilies, f, family);
    }
    for (JsonObjectReader &f : root.requiredObjectList(u"feelings"_s)) {
        f.rejectUnknownFields({"word"_L1, "family"_L1, "pleasant"_L1, "intensity"_L1});
        Feeling feeling{f.requiredString(u"word"_s).toLower(), f.requiredId(u"family"_s),
                        f.requiredBool(u"pleasant"_s), f.requiredInt(u"intensity"_s, 1, 3)};
        keep(out.feelings, f, feeling);
    }
}

void parseNeeds(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "groups"_L1, "needs"_L1});
    for (JsonObjectReader &g : root.requiredObjectList(u"groups"_s)) {
        g.rejectUnknownFields({"id"_L1, "title"_L1});
        NeedGroup group{g.requiredId(u"id"_s), g.requiredString(u"title"_s)};
        keep(out.needGroups, g, group);
    }
    for (JsonObjectReader &n : root.requiredObjectList(u"needs"_s)) {
        n.rejectUnknownFields({"word"_L1, "group"_L1});
        Need need{n.requiredString(u"word"_s).toLower(), n.requiredId(u"group"_s)};
        keep(out.needs, n, need);
    }
}

void parseFauxFeelings(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "items"_L1});
    for (JsonObjectReader &i : root.requiredObjectList(u"items"_s)) {
        i.rejectUnknownFields({"word"_L1, "feelings"_L1, "needs"_L1, "note"_L1});
        FauxFeeling faux{i.requiredString(u"word"_s).toLower(), i.requiredStringList(u"feelings"_s),
                         i.requiredStringList(u"needs"_s), i.requiredString(u"note"_s)};
        keep(out.fauxFeelings, i, faux);
    }
}

void parseCoachPatterns(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "patterns"_L1, "labelFrames"_L1});
    for (JsonObjectReader &p : root.requiredObjectList(u"patterns"_s)) {
        p.rejectUnknownFields({"id"_L1, "kind"_L1, "phrases"_L1, "explanation"_L1, "alternative"_L1,
                               "replacement"_L1});
        CoachPattern pattern{p.requiredId(u"id"_s),
                             p.requiredChoice(u"kind"_s, coachKinds),
                             p.requiredStringList(u"phrases"_s),
                             p.requiredString(u"explanation"_s),
                             p.requiredString(u"alternative"_s),
                             p.optionalString(u"replacement"_s)};
        for (QString &phrase : pattern.phrases)
            phrase = phrase.toLower();
        keep(out.coachPatterns, p, pattern);
    }
    const QStringList frames = root.requiredStringList(u"labelFrames"_s);
    for (qsizetype i = 0; i < frames.size(); ++i)
        out.labelFrames.append({frames.at(i).toLower(), root.file(),
                                root.pathOf(u"labelFrames[%1]"_s.arg(i))});
}

// The valence lexicon's negative words (coach/valence.json): data from outside,
// so its source and licence are required and travel with it into the binary.
void parseCoachValence(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "source"_L1, "licence"_L1, "selection"_L1,
                            "notLabels"_L1, "words"_L1});
    (void)root.requiredString(u"source"_s);
    (void)root.requiredString(u"licence"_s);
    (void)root.requiredString(u"selection"_s);
    const auto append = [&](const QString &key, QList<Sourced<QString>> &to, qsizetype minCount) {
        const QStringList words = root.requiredStringList(key, minCount);
        // Thousands of words: each place is put together directly, not through arg().
        const QString list = root.pathOf(key);
        to.reserve(to.size() + words.size());
        for (qsizetype i = 0; i < words.size(); ++i)
            to.append({words.at(i).toLower(), root.file(), list + u'[' + QString::number(i) + u']'});
    };
    append(u"words"_s, out.negativeWords, 1);
    append(u"notLabels"_s, out.notLabelWords, 0);
}

void parseDrills(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "items"_L1});
    for (JsonObjectReader &i : root.requiredObjectList(u"items"_s)) {
        i.rejectUnknownFields({"id"_L1, "section"_L1, "statement"_L1, "rewrites"_L1, "tip"_L1});
        Drill drill{i.requiredId(u"id"_s), i.requiredId(u"section"_s), i.requiredString(u"statement"_s),
                    i.requiredStringList(u"rewrites"_s, 1, 2), i.optionalString(u"tip"_s)};
        keep(out.drills, i, drill);
    }
}

void parseJournal(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "items"_L1});
    for (JsonObjectReader &i : root.requiredObjectList(u"items"_s)) {
        i.rejectUnknownFields({"id"_L1, "section"_L1, "practice"_L1, "text"_L1});
        JournalPrompt prompt{i.requiredId(u"id"_s), i.requiredId(u"section"_s),
                             i.requiredChoice(u"practice"_s, journalPractices),
                             i.requiredString(u"text"_s)};
        keep(out.journalPrompts, i, prompt);
    }
}

void parseRituals(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "items"_L1});
    for (JsonObjectReader &i : root.requiredObjectList(u"items"_s)) {
        i.rejectUnknownFields({"id"_L1, "section"_L1, "rhythm"_L1, "title"_L1, "text"_L1, "minutes"_L1});
        Ritual ritual{i.requiredId(u"id"_s),         i.requiredId(u"section"_s),
                      i.requiredChoice(u"rhythm"_s, rhythms), i.requiredString(u"title"_s),
                      i.requiredString(u"text"_s),   i.optionalInt(u"minutes"_s, 1, 24 * 60).value_or(0)};
        keep(out.rituals, i, ritual);
    }
}

void parsePause(JsonObjectReader &root, ParsedContent &out)
{
    root.rejectUnknownFields({"format"_L1, "version"_L1, "kinds"_L1});
    for (JsonObjectReader &k : root.requiredObjectList(u"kinds"_s)) {
        k.rejectUnknownFields({"id"_L1, "title"_L1, "description"_L1, "breath"_L1, "steps"_L1, "journalPrompts"_L1});
        PauseKind kind;
        kind.id = k.requiredId(u"id"_s);
        kind.title = k.requiredString(u"title"_s);
        kind.description = k.requiredString(u"description"_s);
        if (auto breath = k.optionalObject(u"breath"_s)) {
            breath->rejectUnknownFields({"in"_L1, "out"_L1});
            // Slower than two seconds is calming; longer than ten leaves a person short of air.
            kind.breathInSeconds = breath->requiredInt(u"in"_s, 2, 10);
            kind.breathOutSeconds = breath->requiredInt(u"out"_s, 2, 10);
            if (breath->failed())
                k.fail({}, u"has a breath that could not be read"_s);
        }
        for (JsonObjectReader &s : k.requiredObjectList(u"steps"_s)) {
            s.rejectUnknownFields({"id"_L1, "text"_L1});
            PauseStep step{s.requiredId(u"id"_s), s.requiredString(u"text"_s)};
            // A pause with a step missing would skip part of the body, or of the rhythm's words.
            if (s.failed())
                k.fail({}, u"has a step that could not be read"_s);
            kind.steps.append(step);
        }
        kind.journalPromptIds = k.requiredStringList(u"journalPrompts"_s);
        keep(out.pauseKinds, k, kind);
    }
}

QString lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

QString ContentParser::parse(const QString &file, const QByteArray &data, ParsedContent &out,
                             ContentErrors &errors)
{
    // Parsed JSON takes more memory than its text: the parser counts as it
    // goes, whatever the bytes came from (a file, a test, a fuzzer).
    QString tooComplex;
    QJsonParseError parseError;
    const JsonDocument document = JsonParser::parse(data, ImportChecks::JsonLimits{}, &tooComplex, &parseError);
    if (!tooComplex.isEmpty()) {
        errors.append({file, {}, tooComplex + u"; the file was skipped"_s});
        return {};
    }
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({file, lineAndColumn(data, parseError.offset),
                       u"is not valid JSON ("_s + parseError.errorString() + u"); the file was skipped"_s});
        return {};
    }
    if (!document.root().isObject()) {
        errors.append({file, {}, u"must hold one JSON object; the file was skipped"_s});
        return {};
    }
    JsonObjectReader root(file, {}, document.root(), &errors);
    const QString format = root.requiredString(u"format"_s);
    const int version = root.requiredInt(u"version"_s, 1, std::numeric_limits<int>::max());
    if (root.failed())
        return {};
    if (version > formatVersion) {
        root.fail(u"version"_s, u"is %1, newer than this Hearth understands (%2); the file was skipped"_s
                                    .arg(version)
                                    .arg(formatVersion));
        return {};
    }

    if (format == translationFormat) {
        // Translations are small and read their own way, through Qt's classes.
        out.translations.append({document.root().toQJsonValue().toObject(), file, {}});
        return format;
    }

    using Parser = void (*)(JsonObjectReader &, ParsedContent &);
    static const QHash<QString, Parser> parsers = {
        {u"hearth-guide"_s, parseGuide},
        {u"hearth-deck"_s, parseDeck},
        {u"hearth-escalating"_s, parseEscalating},
        {u"hearth-listening"_s, parseListening},
        {u"hearth-feelings"_s, parseFeelings},
        {u"hearth-needs"_s, parseNeeds},
        {u"hearth-faux-feelings"_s, parseFauxFeelings},
        {u"hearth-coach-patterns"_s, parseCoachPatterns},
        {u"hearth-coach-valence"_s, parseCoachValence},
        {u"hearth-drills"_s, parseDrills},
        {u"hearth-journal"_s, parseJournal},
        {u"hearth-rituals"_s, parseRituals},
        {u"hearth-pause"_s, parsePause},
    };
    const Parser parser = parsers.value(format);
    if (!parser) {
        QStringList known = parsers.keys();
        known.append(translationFormat);
        known.sort();
        root.fail(u"format"_s, u"\""_s + format + u"\" is not a known content format (known: "_s
                                   + known.join(u", "_s) + u"); the file was skipped"_s);
        return {};
    }
    parser(root, out);
    return format;
}
