// SPDX-License-Identifier: GPL-3.0-or-later
#include "contenttranslator.h"

#include "contentrepository.h"
#include "jsonkind.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// What stands for a value filled in when the text is shown ("%1", "{name}"):
// a translation must keep every one, or a value goes missing or shows raw.
QStringList placeholdersIn(const QString &text)
{
    static const QRegularExpression pattern(u"%[0-9]+|\\{[A-Za-z][A-Za-z0-9]*\\}"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? u"none"_s : items.join(u", "_s);
}

// A text field, or a list of texts, that a translation may replace.
template<typename T> struct Field
{
    QLatin1StringView name;
    QString T::*text = nullptr;
    QStringList T::*list = nullptr;
};

using Names = std::initializer_list<QLatin1StringView>;

bool among(Names names, const QString &key)
{
    return std::find(names.begin(), names.end(), key) != names.end();
}

class FileTranslator
{
public:
    FileTranslator(const Sourced<QJsonObject> &source, ContentRepository::Translatable content,
        QHash<QString, QString> &translated, ContentErrors &errors)
        : m_file(source.file)
        , m_content(content)
        , m_translated(translated)
        , m_errors(errors)
    {
        translateFile(source.value);
    }

    [[nodiscard]] int fieldsApplied() const { return m_applied; }

private:
    void fail(const QString &path, const QString &message) { m_errors.append({m_file, path, message}); }

    std::optional<QString> text(const QJsonValue &value, const QString &path, const QString &english)
    {
        if (!value.isString()) {
            fail(path, u"must be text, not "_s + jsonKindOf(value));
            return std::nullopt;
        }
        const QString translation = value.toString().trimmed();
        if (translation.isEmpty()) {
            fail(path, u"must not be empty (leave the field out to keep the English)"_s);
            return std::nullopt;
        }
        if (english.isEmpty()) {
            fail(path, u"has no English to translate here; remove it"_s);
            return std::nullopt;
        }
        const QStringList wanted = placeholdersIn(english);
        if (const QStringList found = placeholdersIn(translation); found != wanted) {
            fail(path,
                u"must keep the English placeholders (%1), not %2"_s.arg(listed(wanted), listed(found)));
            return std::nullopt;
        }
        return translation;
    }

    std::optional<QStringList> list(const QJsonValue &value, const QString &path, const QStringList &english)
    {
        if (!value.isArray()) {
            fail(path, u"must be a list of texts, not "_s + jsonKindOf(value));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.size() != english.size()) {
            fail(path,
                u"must have as many entries as the English (%1), not %2"_s.arg(english.size())
                    .arg(array.size()));
            return std::nullopt;
        }
        QStringList translations;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto entry = text(array.at(i), path + u'[' + QString::number(i) + u']', english.at(i));
            if (!entry)
                return std::nullopt;
            translations.append(*entry);
        }
        return translations;
    }

    // Replaces the fields `object` translates; `nested` keys are the caller's.
    template<typename T>
    void fields(const QJsonObject &object, const QString &path, T &item,
        std::initializer_list<Field<T>> translatable, Names structural, Names nested = {})
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const QString where = join(path, key);
            if (among(nested, key))
                continue;
            const auto field = std::find_if(translatable.begin(), translatable.end(),
                [&key](const Field<T> &f) { return f.name == key; });
            if (field == translatable.end()) {
                QStringList names;
                for (const Field<T> &f : translatable)
                    names.append(f.name);
                for (QLatin1StringView n : nested)
                    names.append(n);
                fail(where,
                    among(structural, key)
                        ? u"is not translated: it stays as the English has it; remove it"_s
                        : u"is not a field a translation can have here (it can have: %1)"_s.arg(
                            listed(names)));
                continue;
            }
            if (field->text) {
                if (auto value = text(it.value(), where, item.*(field->text))) {
                    item.*(field->text) = *value;
                    ++m_applied;
                }
            } else if (auto values = list(it.value(), where, item.*(field->list))) {
                item.*(field->list) = *values;
                ++m_applied;
            }
        }
    }

    // Claims a place once across every file of the language.
    bool firstTime(const QString &where)
    {
        const auto it = m_translated.constFind(where);
        if (it != m_translated.constEnd()) {
            fail(where, u"is translated already in "_s + it.value() + u"; this one was skipped"_s);
            return false;
        }
        m_translated.insert(where, m_file);
        return true;
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, u"must be an object, not "_s + jsonKindOf(value));
            return std::nullopt;
        }
        return value.toObject();
    }

    // An object of translations keyed by the English items' ids.
    template<typename T, typename Id>
    void byId(const QJsonValue &value, const QString &path, QList<T> &items, Id idOf, const QString &what,
        const std::function<void(T &, const QJsonObject &, const QString &)> &translate)
    {
        const auto translations = object(value, path);
        if (!translations)
            return;
        QHash<QString, T *> index;
        for (T &item : items)
            index.insert(idOf(item), &item);
        for (auto it = translations->constBegin(); it != translations->constEnd(); ++it) {
            const QString where = join(path, it.key());
            T *item = index.value(it.key());
            if (!item) {
                fail(where,
                    u"\""_s + it.key() + u"\" is not "_s + what
                        + u" in the English content; this translation was skipped"_s);
                continue;
            }
            if (const auto fieldsOf = object(it.value(), where); fieldsOf && firstTime(where))
                translate(*item, *fieldsOf, where);
        }
    }

    void translateFile(const QJsonObject &root);
    void translateSection(GuideSection &section, const QJsonObject &object, const QString &path);
    void translateEscalating(const QJsonValue &value, const QString &path);
    void translateListening(const QJsonValue &value, const QString &path);

    QString m_file;
    ContentRepository::Translatable m_content;
    QHash<QString, QString> &m_translated;
    ContentErrors &m_errors;
    int m_applied = 0;
};

const auto idOf = [](const auto &item) { return item.id; };

void FileTranslator::translateSection(GuideSection &section, const QJsonObject &object, const QString &path)
{
    fields<GuideSection>(object, path, section,
        {{"title"_L1, &GuideSection::title}, {"summary"_L1, &GuideSection::summary},
            {"ideas"_L1, nullptr, &GuideSection::ideas}, {"seekHelp"_L1, &GuideSection::seekHelp}},
        {"id"_L1}, {"practices"_L1, "selfCheck"_L1});
    if (object.contains(u"practices"_s)) {
        byId<Practice>(object.value(u"practices"_s), join(path, u"practices"_s), section.practices, idOf,
            u"a practice of this section"_s,
            [this](Practice &practice, const QJsonObject &o, const QString &where) {
                fields<Practice>(o, where, practice,
                    {{"title"_L1, &Practice::title}, {"text"_L1, &Practice::text}}, {"id"_L1, "target"_L1});
            });
    }
    if (!object.contains(u"selfCheck"_s))
        return;
    const QString checkPath = join(path, u"selfCheck"_s);
    const auto check = this->object(object.value(u"selfCheck"_s), checkPath);
    if (!check)
        return;
    fields<SelfCheck>(
        *check, checkPath, section.selfCheck, {{"intro"_L1, &SelfCheck::intro}}, {}, {"items"_L1});
    if (check->contains(u"items"_s)) {
        byId<SelfCheckItem>(check->value(u"items"_s), join(checkPath, u"items"_s), section.selfCheck.items,
            idOf, u"an item of this self-check"_s,
            [this](SelfCheckItem &item, const QJsonObject &o, const QString &where) {
                fields<SelfCheckItem>(o, where, item,
                    {{"title"_L1, &SelfCheckItem::title}, {"question"_L1, &SelfCheckItem::question},
                        {"suggestion"_L1, &SelfCheckItem::suggestion}},
                    {"id"_L1});
            });
    }
}

void FileTranslator::translateEscalating(const QJsonValue &value, const QString &path)
{
    const auto translation = object(value, path);
    if (!translation || !firstTime(path))
        return;
    if (!m_content.escalating) {
        fail(path, u"has no English escalating conversation to translate"_s);
        return;
    }
    EscalatingConversation &conversation = *m_content.escalating;
    fields<EscalatingConversation>(*translation, path, conversation,
        {{"title"_L1, &EscalatingConversation::title}, {"intro"_L1, &EscalatingConversation::intro}}, {},
        {"rounds"_L1});
    if (!translation->contains(u"rounds"_s))
        return;
    byId<EscalatingRound>(translation->value(u"rounds"_s), join(path, u"rounds"_s), conversation.rounds, idOf,
        u"a round"_s, [this](EscalatingRound &round, const QJsonObject &o, const QString &where) {
            fields<EscalatingRound>(o, where, round,
                {{"title"_L1, &EscalatingRound::title}, {"intro"_L1, &EscalatingRound::intro}}, {"id"_L1},
                {"questions"_L1});
            if (o.contains(u"questions"_s)) {
                byId<EscalatingQuestion>(o.value(u"questions"_s), join(where, u"questions"_s),
                    round.questions, idOf, u"a question of this round"_s,
                    [this](EscalatingQuestion &q, const QJsonObject &qo, const QString &qwhere) {
                        fields<EscalatingQuestion>(
                            qo, qwhere, q, {{"text"_L1, &EscalatingQuestion::text}}, {"id"_L1});
                    });
            }
        });
}

void FileTranslator::translateListening(const QJsonValue &value, const QString &path)
{
    const auto translation = object(value, path);
    if (!translation || !firstTime(path))
        return;
    if (!m_content.listening) {
        fail(path, u"has no English listening guide to translate"_s);
        return;
    }
    ListeningGuide &guide = *m_content.listening;
    fields<ListeningGuide>(*translation, path, guide,
        {{"checkBacks"_L1, nullptr, &ListeningGuide::checkBacks}}, {}, {"steps"_L1});
    if (!translation->contains(u"steps"_s))
        return;
    byId<ListeningStep>(translation->value(u"steps"_s), join(path, u"steps"_s), guide.steps, idOf,
        u"a step"_s, [this](ListeningStep &step, const QJsonObject &o, const QString &where) {
            fields<ListeningStep>(o, where, step,
                {{"title"_L1, &ListeningStep::title}, {"explanation"_L1, &ListeningStep::explanation},
                    {"starters"_L1, nullptr, &ListeningStep::starters}},
                {"id"_L1});
        });
}

void FileTranslator::translateFile(const QJsonObject &root)
{
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "format"_L1 || key == "version"_L1)
            continue;
        if (key == "careNote"_L1) {
            const auto note = object(value, key);
            if (!note || !firstTime(key))
                continue;
            if (!m_content.careNote) {
                fail(key, u"has no English care note to translate"_s);
                continue;
            }
            fields<CareNote>(*note, key, *m_content.careNote,
                {{"title"_L1, &CareNote::title}, {"text"_L1, &CareNote::text}}, {});
        } else if (key == "sections"_L1) {
            byId<GuideSection>(value, key, m_content.sections, idOf, u"a section of the guide"_s,
                [this](GuideSection &s, const QJsonObject &o, const QString &where) {
                    translateSection(s, o, where);
                });
        } else if (key == "decks"_L1) {
            byId<Deck>(value, key, m_content.decks, idOf, u"a deck"_s,
                [this](Deck &deck, const QJsonObject &o, const QString &where) {
                    fields<Deck>(o, where, deck,
                        {{"title"_L1, &Deck::title}, {"description"_L1, &Deck::description}},
                        {"id"_L1, "mood"_L1, "cards"_L1});
                });
        } else if (key == "cards"_L1) {
            byId<Card>(value, key, m_content.cards, idOf, u"a card"_s,
                [this](Card &card, const QJsonObject &o, const QString &where) {
                    fields<Card>(o, where, card,
                        {{"text"_L1, &Card::text}, {"followUps"_L1, nullptr, &Card::followUps},
                            {"listenerHint"_L1, &Card::listenerHint}},
                        {"id"_L1, "section"_L1, "depth"_L1, "kind"_L1, "answeredBy"_L1, "arrival"_L1});
                });
        } else if (key == "escalating"_L1) {
            translateEscalating(value, key);
        } else if (key == "listening"_L1) {
            translateListening(value, key);
        } else if (key == "feelingFamilies"_L1) {
            byId<FeelingFamily>(value, key, m_content.feelingFamilies, idOf, u"a feeling family"_s,
                [this](FeelingFamily &family, const QJsonObject &o, const QString &where) {
                    fields<FeelingFamily>(o, where, family,
                        {{"title"_L1, &FeelingFamily::title},
                            {"description"_L1, &FeelingFamily::description}},
                        {"id"_L1});
                });
        } else if (key == "needGroups"_L1) {
            byId<NeedGroup>(value, key, m_content.needGroups, idOf, u"a needs group"_s,
                [this](NeedGroup &group, const QJsonObject &o, const QString &where) {
                    fields<NeedGroup>(o, where, group, {{"title"_L1, &NeedGroup::title}}, {"id"_L1});
                });
        } else if (key == "drills"_L1) {
            byId<Drill>(value, key, m_content.drills, idOf, u"a drill"_s,
                [this](Drill &drill, const QJsonObject &o, const QString &where) {
                    fields<Drill>(o, where, drill,
                        {{"statement"_L1, &Drill::statement}, {"rewrites"_L1, nullptr, &Drill::rewrites},
                            {"tip"_L1, &Drill::tip}},
                        {"id"_L1, "section"_L1});
                });
        } else if (key == "journal"_L1) {
            byId<JournalPrompt>(value, key, m_content.journalPrompts, idOf, u"a journal prompt"_s,
                [this](JournalPrompt &prompt, const QJsonObject &o, const QString &where) {
                    fields<JournalPrompt>(o, where, prompt, {{"text"_L1, &JournalPrompt::text}},
                        {"id"_L1, "section"_L1, "practice"_L1});
                });
        } else if (key == "rituals"_L1) {
            byId<Ritual>(value, key, m_content.rituals, idOf, u"a ritual"_s,
                [this](Ritual &ritual, const QJsonObject &o, const QString &where) {
                    fields<Ritual>(o, where, ritual,
                        {{"title"_L1, &Ritual::title}, {"text"_L1, &Ritual::text}},
                        {"id"_L1, "section"_L1, "rhythm"_L1, "minutes"_L1});
                });
        } else if (key == "pause"_L1) {
            byId<PauseKind>(value, key, m_content.pauseKinds, idOf, u"a kind of pause"_s,
                [this](PauseKind &kind, const QJsonObject &o, const QString &where) {
                    fields<PauseKind>(o, where, kind,
                        {{"title"_L1, &PauseKind::title}, {"description"_L1, &PauseKind::description}},
                        {"id"_L1, "breath"_L1, "journalPrompts"_L1}, {"steps"_L1});
                    if (o.contains(u"steps"_s)) {
                        byId<PauseStep>(o.value(u"steps"_s), join(where, u"steps"_s), kind.steps, idOf,
                            u"a step of this pause"_s,
                            [this](PauseStep &step, const QJsonObject &so, const QString &swhere) {
                                fields<PauseStep>(so, swhere, step, {{"text"_L1, &PauseStep::text}}, {"id"_L1});
                            });
                    }
                });
        } else if (among({"feelings"_L1, "needs"_L1, "fauxFeelings"_L1, "patterns"_L1, "coachPatterns"_L1,
                             "labelFrames"_L1},
                       key)) {
            // The coach reads English grammar, and the builder puts these words into its sentences.
            fail(key,
                u"is not translated yet: the phrasing coach and the words of the feelings and needs "
                "vocabularies work in English only"_s);
        } else {
            fail(key,
                u"is not a part a translation can have (it can have: careNote, sections, decks, cards, "
                "escalating, listening, feelingFamilies, needGroups, drills, journal, rituals, pause)"_s);
        }
    }
}

} // namespace

int ContentTranslator::apply(
    const QList<Sourced<QJsonObject>> &translations, ContentRepository &content, ContentErrors &errors)
{
    QHash<QString, QString> translated;
    int applied = 0;
    for (const Sourced<QJsonObject> &translation : translations)
        applied += FileTranslator(translation, content.translatable(), translated, errors).fieldsApplied();
    return applied;
}
