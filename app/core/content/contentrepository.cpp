// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentrepository.h"

#include "cardrules.h"
#include "contentcodec.h"
#include "contentlanguage.h"
#include "contentparser.h"
#include "contenttranslator.h"
#include "storage/boundedfile.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QResource>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Files larger than this are not content someone wrote by hand; refusing them
// keeps a stray file from stalling start-up.
constexpr qint64 maxFileSize = 8 * 1024 * 1024;

// One content file, read in bounded time and memory; a FIFO, a device or a
// folder given by mistake is reported, never waited on or read without end.
std::optional<ContentSource> readSource(const QString &path, const QString &name, ContentErrors &errors)
{
    QByteArray data;
    QString problem;
    if (!readFileBounded(path, maxFileSize, &data, &problem)) {
        // A missing file has nothing to skip; anything else was there and is left out.
        errors.append({name, {}, QFileInfo::exists(path) ? problem + u"; the file was skipped"_s : problem});
        return std::nullopt;
    }
    return ContentSource{name, std::move(data)};
}

QString place(const QString &file, const QString &path)
{
    return path.isEmpty() ? file : file + u": " + path;
}

QString field(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Remembers the first place each key was seen, to report a second use there.
// Places and `what` are spelt out only for a repeat: most keys come once.
class FirstSeen
{
public:
    // True when `key` is new; otherwise reports what() as a duplicate at
    // `field` below `path` in `file`.
    template<typename What>
    bool claim(const QString &key, const QString &file, const QString &path, const QString &fieldKey, What what,
               ContentErrors &errors)
    {
        const auto it = m_places.constFind(key);
        if (it != m_places.constEnd()) {
            const Place &first = it.value();
            errors.append({file, field(path, fieldKey), what() + u" is already used at "
                                                            + place(first.file, field(first.path, first.fieldKey))
                                                            + u"; this one was skipped"_s});
            return false;
        }
        m_places.insert(key, {file, path, fieldKey});
        return true;
    }

private:
    struct Place
    {
        QString file;
        QString path;
        QString fieldKey;
    };
    QHash<QString, Place> m_places;
};

QString normalisedText(const QString &text)
{
    return CardRules::sameTextKey(text);
}

template<typename T, typename Key>
QSet<QString> keysOf(const QList<T> &items, Key key)
{
    QSet<QString> keys;
    for (const T &item : items)
        keys.insert(key(item));
    return keys;
}

} // namespace

QString ContentRepository::builtInRoot()
{
    return u":/content"_s;
}

QString ContentRepository::compiledBuiltInPath()
{
    return u":/compiled-content/english.hcc"_s;
}

void ContentRepository::loadBuiltIn()
{
    const QString path = compiledBuiltInPath();
    const QResource compiled(path);
    QString problem = u"is missing from this build"_s;
    // Stored uncompressed and compiled into the binary: these are the
    // resource's own bytes, there as long as the program runs.
    if (compiled.isValid()
        && ContentCodec::decode(compiled.uncompressedData(), *this, &problem, ContentCodec::Bytes::Permanent))
        return;
    m_errors.append({path, {}, problem + u"; the content was read from its JSON files instead"_s});
    loadDirectory(builtInRoot());
}

namespace {
// Every *.json below `folder`, sorted, named relative to `base`; with
// `skipLanguages`, none from a language folder directly below `folder`.
QList<ContentSource> readTree(const QString &folder, const QDir &base, bool skipLanguages, ContentErrors &errors,
                              qsizetype *found)
{
    QStringList paths;
    QDirIterator it(folder, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    const QDir top(folder);
    while (it.hasNext()) {
        const QString path = it.next();
        if (skipLanguages && ContentLanguage::isLanguageFolder(top.relativeFilePath(path).section(u'/', 0, 0)))
            continue; // A translation, laid over the English only when chosen.
        paths.append(path);
    }
    paths.sort(); // The same content loads the same way, whatever the file system's order.
    QList<ContentSource> sources;
    for (const QString &path : std::as_const(paths)) {
        if (auto source = readSource(path, base.relativeFilePath(path), errors))
            sources.append(std::move(*source));
    }
    *found = paths.size();
    return sources;
}
} // namespace

void ContentRepository::loadDirectory(const QString &root, const ContentRepository *reference)
{
    qsizetype found = 0;
    const QList<ContentSource> sources = readTree(root, QDir(root), true, m_errors, &found);
    if (found == 0)
        m_errors.append({root, {}, u"holds no content files (*.json)"_s});
    loadSources(sources, reference);
}

void ContentRepository::loadTranslation(const QString &root, const QString &language)
{
    qsizetype found = 0;
    const QList<ContentSource> sources = readTree(QDir(root).filePath(language), QDir(root), false, m_errors, &found);
    if (found == 0)
        m_errors.append({language, {}, u"holds no translation files (*.json)"_s});
    loadTranslationSources(language, sources);
}

void ContentRepository::loadTranslationSources(const QString &language, const QList<ContentSource> &sources)
{
    ParsedContent parsed;
    for (const ContentSource &source : sources) {
        const QString format = ContentParser::parse(source.name, source.data, parsed, m_errors);
        if (!format.isEmpty() && format != ContentTranslator::format)
            m_errors.append({source.name, u"format"_s,
                             u"\""_s + format + u"\" is English content; a language folder holds only translations "
                                                "(format \"hearth-translation\"); the file was skipped"_s});
    }
    m_fieldsTranslated += ContentTranslator::apply(parsed.translations, *this, m_errors);
    m_language = language;
}

ContentErrors ContentRepository::translationErrors(const QString &root) const
{
    ContentErrors errors;
    for (const QString &language : ContentLanguage::available(root)) {
        ContentRepository translated = *this;
        translated.m_errors.clear();
        translated.loadTranslation(root, language);
        errors.append(translated.m_errors);
    }
    return errors;
}

ContentRepository::Translatable ContentRepository::translatable()
{
    return {m_careNote, m_sections,        m_decks,  m_cards,          m_escalating, m_listening,
            m_feelingFamilies, m_needGroups, m_drills, m_journalPrompts, m_rituals, m_pauseKinds};
}

void ContentRepository::loadFiles(const QStringList &paths, const ContentRepository *reference)
{
    QList<ContentSource> sources;
    for (const QString &path : paths) {
        if (auto source = readSource(path, path, m_errors))
            sources.append(std::move(*source));
    }
    loadSources(sources, reference);
}

void ContentRepository::loadSources(const QList<ContentSource> &sources,
                                    const ContentRepository *reference)
{
    ParsedContent parsed;
    for (const ContentSource &source : sources) {
        (void)ContentParser::parse(source.name, source.data, parsed, m_errors);
        ++m_filesRead;
    }
    accept(parsed, reference);
    if (!parsed.translations.isEmpty()) {
        // A translation given among content files (`hearth --validate de/x.json`)
        // is checked against the English it translates, on a copy: only
        // loadTranslation() changes what is shown.
        ContentRepository english = reference ? *reference : *this;
        (void)ContentTranslator::apply(parsed.translations, english, m_errors);
    }
}

const GuideSection *ContentRepository::section(const QString &id) const
{
    for (const GuideSection &s : m_sections) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Deck *ContentRepository::deck(const QString &id) const
{
    for (const Deck &d : m_decks) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

bool ContentRepository::isBuiltInDeck(const QString &deckId) const
{
    const Deck *found = deck(deckId);
    return found && found->origin == DeckOrigin::BuiltIn;
}

void ContentRepository::setOwnDecks(const QList<Deck> &decks, const QList<Card> &cards)
{
    QSet<QString> previous;
    for (const Deck &d : std::as_const(m_decks)) {
        if (d.origin != DeckOrigin::BuiltIn)
            previous.insert(d.id);
    }
    m_decks.removeIf([](const Deck &d) { return d.origin != DeckOrigin::BuiltIn; });
    m_cards.removeIf([&](const Card &c) { return previous.contains(c.deckId); });
    m_cardIndex.clear();
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_cardIndex.insert(m_cards.at(i).id, i);

    QHash<QString, qsizetype> deckRow;
    for (const Deck &given : decks) {
        // A built-in id cannot be taken over: own ids are namespaced and never meet one.
        if (given.origin == DeckOrigin::BuiltIn || deck(given.id))
            continue;
        Deck own = given;
        own.cardIds.clear();
        deckRow.insert(own.id, m_decks.size());
        m_decks.append(own);
    }
    for (const Card &card : cards) {
        const auto row = deckRow.constFind(card.deckId);
        if (row == deckRow.constEnd() || m_cardIndex.contains(card.id))
            continue;
        m_cardIndex.insert(card.id, m_cards.size());
        m_cards.append(card);
        m_decks[row.value()].cardIds.append(card.id);
    }
}

const PauseKind *ContentRepository::pauseKind(const QString &id) const
{
    for (const PauseKind &kind : m_pauseKinds) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

const Card *ContentRepository::card(const QString &id) const
{
    const auto it = m_cardIndex.constFind(id);
    return it == m_cardIndex.constEnd() ? nullptr : &m_cards.at(it.value());
}

ContentRepository::PromptText ContentRepository::prompt(const QString &kind, const QString &id) const
{
    const auto find = [&id](const auto &list) {
        return std::find_if(list.cbegin(), list.cend(), [&id](const auto &item) { return item.id == id; });
    };
    if (kind == "card"_L1) {
        if (const Card *c = card(id))
            return {c->text, c->section};
    } else if (kind == "journal"_L1) {
        if (auto it = find(m_journalPrompts); it != m_journalPrompts.cend())
            return {it->text, it->section};
    } else if (kind == "drill"_L1) {
        if (auto it = find(m_drills); it != m_drills.cend())
            return {it->statement, it->section};
    } else if (kind == "escalating"_L1 && m_escalating) {
        for (const EscalatingRound &round : m_escalating->rounds) {
            for (const EscalatingQuestion &question : round.questions) {
                if (question.id == id)
                    return {question.text, u"vulnerability"_s};
            }
        }
    } else if (kind == "ritual"_L1) {
        if (auto it = find(m_rituals); it != m_rituals.cend())
            return {it->title + u" — "_s + it->text, it->section};
    }
    return {};
}

// Checks what the files hold against each other and keeps what passes. The
// order matters: definitions (sections, families, decks) before what refers to them.
void ContentRepository::accept(ParsedContent &parsed, const ContentRepository *reference)
{
    // What a file refers to is defined by these files, or else by the reference.
    const auto defined = [&](auto own, auto fromReference) {
        QSet<QString> keys = own();
        if (keys.isEmpty() && reference)
            keys = fromReference();
        return keys;
    };

    for (const auto &note : std::as_const(parsed.careNotes)) {
        if (m_careNote)
            m_errors.append({note.file, note.path, u"a second care note was skipped; there is one already"_s});
        else
            m_careNote = note.value;
    }

    FirstSeen sectionIds;
    for (const auto &s : std::as_const(parsed.sections)) {
        if (sectionIds.claim(s.value.id, s.file, s.path, u"id"_s,
                             [&]() -> QString { return u"section id \""_s + s.value.id + u'"'; }, m_errors))
            m_sections.append(s.value);
    }
    const QSet<QString> knownSections = defined(
        [&] { return keysOf(m_sections, [](const GuideSection &s) { return s.id; }); },
        [&] { return keysOf(reference->m_sections, [](const GuideSection &s) { return s.id; }); });
    const auto sectionResolves = [&](const QString &id, const QString &file, const QString &path) {
        const QString problem = CardRules::sectionProblem(id, knownSections);
        if (problem.isEmpty())
            return true;
        m_errors.append({file, field(path, u"section"_s), problem + u"; this item was skipped"_s});
        return false;
    };

    // Prompts are what a couple reads aloud: the same words twice would feel careless.
    FirstSeen promptTexts;
    const auto textIsNew = [&](const QString &text, const QString &file, const QString &path,
                               const QString &key) {
        return promptTexts.claim(normalisedText(text), file, path, key,
                                 []() -> QString { return u"the same text"_s; }, m_errors);
    };

    FirstSeen familyIds;
    for (const auto &f : std::as_const(parsed.feelingFamilies)) {
        if (familyIds.claim(f.value.id, f.file, f.path, u"id"_s,
                            [&]() -> QString { return u"family id \""_s + f.value.id + u'"'; }, m_errors))
            m_feelingFamilies.append(f.value);
    }
    const QSet<QString> families = keysOf(m_feelingFamilies, [](const FeelingFamily &f) { return f.id; });
    FirstSeen feelingWords;
    for (const auto &f : std::as_const(parsed.feelings)) {
        if (!families.contains(f.value.family)) {
            m_errors.append({f.file, field(f.path, u"family"_s),
                             u"\""_s + f.value.family + u"\" is not a feeling family in this file; this feeling was skipped"_s});
            continue;
        }
        if (feelingWords.claim(f.value.word, f.file, f.path, u"word"_s,
                               [&]() -> QString { return u"feeling \""_s + f.value.word + u'"'; }, m_errors))
            m_feelings.append(f.value);
    }

    FirstSeen groupIds;
    for (const auto &g : std::as_const(parsed.needGroups)) {
        if (groupIds.claim(g.value.id, g.file, g.path, u"id"_s,
                           [&]() -> QString { return u"group id \""_s + g.value.id + u'"'; }, m_errors))
            m_needGroups.append(g.value);
    }
    const QSet<QString> groups = keysOf(m_needGroups, [](const NeedGroup &g) { return g.id; });
    FirstSeen needWords;
    for (const auto &n : std::as_const(parsed.needs)) {
        if (!groups.contains(n.value.group)) {
            m_errors.append({n.file, field(n.path, u"group"_s),
                             u"\""_s + n.value.group + u"\" is not a needs group in this file; this need was skipped"_s});
            continue;
        }
        if (needWords.claim(n.value.word, n.file, n.path, u"word"_s,
                            [&]() -> QString { return u"need \""_s + n.value.word + u'"'; }, m_errors))
            m_needs.append(n.value);
    }

    FirstSeen deckIds;
    QSet<QString> acceptedDecks;
    // Each card finds its deck by id here: a walk over every deck for every
    // card was 0.55 G instructions of loading 100,000 cards in 100 decks.
    QHash<QString, qsizetype> deckIndex;
    for (const auto &d : std::as_const(parsed.decks)) {
        if (deckIds.claim(d.value.id, d.file, QString(), u"id"_s,
                          [&]() -> QString { return u"deck id \""_s + d.value.id + u'"'; }, m_errors)) {
            deckIndex.insert(d.value.id, m_decks.size());
            m_decks.append(d.value);
            acceptedDecks.insert(d.file);
        }
    }
    FirstSeen cardIds;
    for (const auto &c : std::as_const(parsed.cards)) {
        if (!acceptedDecks.contains(c.file))
            continue; // Its deck was a duplicate, reported above.
        if (!cardIds.claim(c.value.id, c.file, c.path, u"id"_s,
                           [&]() -> QString { return u"card id \""_s + c.value.id + u'"'; }, m_errors)
            || !sectionResolves(c.value.section, c.file, c.path)
            || !textIsNew(c.value.text, c.file, c.path, u"text"_s))
            continue;
        m_cardIndex.insert(c.value.id, m_cards.size());
        m_cards.append(c.value);
        if (const auto deck = deckIndex.constFind(c.value.deckId); deck != deckIndex.constEnd())
            m_decks[*deck].cardIds.append(c.value.id);
    }

    for (const auto &e : std::as_const(parsed.escalating)) {
        if (m_escalating) {
            m_errors.append({e.file, e.path, u"a second escalating conversation was skipped; there is one already"_s});
            continue;
        }
        bool fresh = true;
        for (qsizetype r = 0; r < e.value.rounds.size(); ++r) {
            const auto &questions = e.value.rounds.at(r).questions;
            for (qsizetype q = 0; q < questions.size(); ++q)
                fresh &= textIsNew(questions.at(q).text, e.file, u"rounds[%1].questions[%2]"_s.arg(r).arg(q), u"text"_s);
        }
        if (fresh)
            m_escalating = e.value;
    }

    for (const auto &l : std::as_const(parsed.listening)) {
        if (m_listening)
            m_errors.append({l.file, l.path, u"a second listening guide was skipped; there is one already"_s});
        else
            m_listening = l.value;
    }

    const QSet<QString> feelingSet = defined(
        [&] { return keysOf(m_feelings, [](const Feeling &f) { return f.word; }); },
        [&] { return keysOf(reference->m_feelings, [](const Feeling &f) { return f.word; }); });
    const QSet<QString> needSet = defined(
        [&] { return keysOf(m_needs, [](const Need &n) { return n.word; }); },
        [&] { return keysOf(reference->m_needs, [](const Need &n) { return n.word; }); });
    FirstSeen fauxWords;
    for (const auto &f : std::as_const(parsed.fauxFeelings)) {
        bool resolves = true;
        const auto check = [&](const QStringList &words, const QSet<QString> &known, const QString &key,
                               const QString &vocabulary) {
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (!known.contains(words.at(i).toLower())) {
                    m_errors.append({f.file, field(f.path, key + u'[' + QString::number(i) + u']'),
                                     u"\""_s + words.at(i) + u"\" is not in the "_s + vocabulary
                                         + u" vocabulary; this item was skipped"_s});
                    resolves = false;
                }
            }
        };
        check(f.value.feelings, feelingSet, u"feelings"_s, u"feelings"_s);
        check(f.value.needs, needSet, u"needs"_s, u"needs"_s);
        if (feelingSet.contains(f.value.word)) {
            m_errors.append({f.file, field(f.path, u"word"_s),
                             u"\""_s + f.value.word + u"\" is also listed as a real feeling; it cannot be both"_s});
            resolves = false;
        }
        if (resolves && fauxWords.claim(f.value.word, f.file, f.path, u"word"_s,
                                        [&]() -> QString { return u"word \""_s + f.value.word + u'"'; }, m_errors))
            m_fauxFeelings.append(f.value);
    }

    FirstSeen patternIds;
    for (const auto &p : std::as_const(parsed.coachPatterns)) {
        if (patternIds.claim(p.value.id, p.file, p.path, u"id"_s,
                             [&]() -> QString { return u"pattern id \""_s + p.value.id + u'"'; }, m_errors))
            m_coachPatterns.append(p.value);
    }
    for (const auto &frame : std::as_const(parsed.labelFrames))
        m_labelFrames.append(frame.value);
    for (const auto &word : std::as_const(parsed.negativeWords))
        m_negativeWords.append(word.value);
    for (const auto &word : std::as_const(parsed.notLabelWords))
        m_notLabelWords.append(word.value);

    FirstSeen drillIds;
    for (const auto &d : std::as_const(parsed.drills)) {
        if (drillIds.claim(d.value.id, d.file, d.path, u"id"_s,
                           [&]() -> QString { return u"drill id \""_s + d.value.id + u'"'; }, m_errors)
            && sectionResolves(d.value.section, d.file, d.path)
            && textIsNew(d.value.statement, d.file, d.path, u"statement"_s))
            m_drills.append(d.value);
    }
    FirstSeen journalIds;
    for (const auto &j : std::as_const(parsed.journalPrompts)) {
        if (journalIds.claim(j.value.id, j.file, j.path, u"id"_s,
                             [&]() -> QString { return u"prompt id \""_s + j.value.id + u'"'; }, m_errors)
            && sectionResolves(j.value.section, j.file, j.path)
            && textIsNew(j.value.text, j.file, j.path, u"text"_s))
            m_journalPrompts.append(j.value);
    }
    FirstSeen ritualIds;
    for (const auto &r : std::as_const(parsed.rituals)) {
        if (ritualIds.claim(r.value.id, r.file, r.path, u"id"_s,
                            [&]() -> QString { return u"ritual id \""_s + r.value.id + u'"'; }, m_errors)
            && sectionResolves(r.value.section, r.file, r.path)
            && textIsNew(r.value.text, r.file, r.path, u"text"_s))
            m_rituals.append(r.value);
    }

    // A pause offers a journal page afterwards: on a mindfulness prompt, as it follows one.
    const QSet<QString> mindfulnessPrompts = defined(
        [&] {
            QSet<QString> ids;
            for (const JournalPrompt &j : std::as_const(m_journalPrompts)) {
                if (j.practice == "mindfulness"_L1)
                    ids.insert(j.id);
            }
            return ids;
        },
        [&] {
            QSet<QString> ids;
            for (const JournalPrompt &j : std::as_const(reference->m_journalPrompts)) {
                if (j.practice == "mindfulness"_L1)
                    ids.insert(j.id);
            }
            return ids;
        });
    FirstSeen pauseIds;
    FirstSeen pauseStepIds;
    for (const auto &p : std::as_const(parsed.pauseKinds)) {
        bool sound = pauseIds.claim(p.value.id, p.file, p.path, u"id"_s,
                                    [&]() -> QString { return u"pause id \""_s + p.value.id + u'"'; }, m_errors);
        for (qsizetype i = 0; i < p.value.steps.size(); ++i) {
            const PauseStep &step = p.value.steps.at(i);
            const QString path = field(p.path, u"steps[%1]"_s.arg(i));
            sound &= pauseStepIds.claim(step.id, p.file, path, u"id"_s,
                                        [&]() -> QString { return u"pause step id \""_s + step.id + u'"'; }, m_errors);
            sound &= textIsNew(step.text, p.file, path, u"text"_s);
        }
        for (qsizetype i = 0; i < p.value.journalPromptIds.size(); ++i) {
            const QString &id = p.value.journalPromptIds.at(i);
            if (!mindfulnessPrompts.contains(id)) {
                m_errors.append({p.file, field(p.path, u"journalPrompts[%1]"_s.arg(i)),
                                 u"\""_s + id + u"\" is not a journal prompt with the practice \"mindfulness\"; this pause was skipped"_s});
                sound = false;
            }
        }
        if (sound)
            m_pauseKinds.append(p.value);
    }

    // Practices point at decks, which are known only now.
    const QSet<QString> deckSet = defined(
        [&] { return keysOf(m_decks, [](const Deck &d) { return d.id; }); },
        [&] { return keysOf(reference->m_decks, [](const Deck &d) { return d.id; }); });
    FirstSeen practiceIds;
    QSet<QString> sectionsDone; // A duplicate section was skipped above; leave the first alone.
    for (const auto &s : std::as_const(parsed.sections)) {
        if (sectionsDone.contains(s.value.id))
            continue;
        sectionsDone.insert(s.value.id);
        GuideSection *kept = nullptr;
        for (GuideSection &candidate : m_sections) {
            if (candidate.id == s.value.id)
                kept = &candidate;
        }
        if (!kept)
            continue;
        kept->practices.clear();
        for (qsizetype i = 0; i < s.value.practices.size(); ++i) {
            const Practice &practice = s.value.practices.at(i);
            const QString path = field(s.path, u"practices[%1]"_s.arg(i));
            if (!practiceIds.claim(practice.id, s.file, path, u"id"_s,
                                   [&]() -> QString { return u"practice id \""_s + practice.id + u'"'; }, m_errors))
                continue;
            if (practice.target.kind == "deck"_L1 && !deckSet.contains(practice.target.id)) {
                m_errors.append({s.file, field(path, u"target.id"_s),
                                 u"\""_s + practice.target.id + u"\" is not a deck; this practice was skipped"_s});
                continue;
            }
            kept->practices.append(practice);
        }
    }
}
