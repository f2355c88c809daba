// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contenttypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

struct ParsedContent;

// A content file's name (as used in errors) and its bytes.
struct ContentSource
{
    QString name;
    QByteArray data;
};

// All of the guide's content, loaded and checked: every field, every id, every
// cross-reference. What fails a check is reported in errors() and left out;
// everything else is kept, so one broken file never takes the rest down.
class ContentRepository
{
public:
    // Where the build puts content/ inside the binary: the English as JSON
    // and the translations below it.
    static QString builtInRoot();
    // Where the build puts the same English, checked and compiled (ContentCodec).
    static QString compiledBuiltInPath();

    // The built-in English, as the build compiled it: no JSON is parsed or
    // checked again. Should that form be missing or damaged, the reason is
    // an error and the JSON below builtInRoot() is read instead.
    void loadBuiltIn();

    // Loads every *.json below `root`; errors name files relative to it.
    void loadDirectory(const QString &root, const ContentRepository *reference = nullptr);
    // Loads the given files; errors name them as given.
    void loadFiles(const QStringList &paths, const ContentRepository *reference = nullptr);
    // Checks references against this content, or against `reference` for what
    // these sources do not define themselves (a lone deck still needs sections).
    void loadSources(const QList<ContentSource> &sources, const ContentRepository *reference = nullptr);

    // Lays the translation in `root`/`language` (a language folder, such as
    // content/de) over this content, item by item; what it leaves out stays
    // English. Errors name files relative to `root` ("de/decks/repair.json").
    void loadTranslation(const QString &root, const QString &language);
    void loadTranslationSources(const QString &language, const QList<ContentSource> &sources);
    // The language folders below `root` checked against this content, each on
    // a copy (for `hearth --validate`); this content is not changed.
    [[nodiscard]] ContentErrors translationErrors(const QString &root) const;
    // The translation laid over the English ("de"), or empty for English alone.
    [[nodiscard]] const QString &language() const { return m_language; }
    [[nodiscard]] int fieldsTranslated() const { return m_fieldsTranslated; }

    [[nodiscard]] const ContentErrors &errors() const { return m_errors; }
    [[nodiscard]] int filesRead() const { return m_filesRead; }

    [[nodiscard]] const std::optional<CareNote> &careNote() const { return m_careNote; }
    [[nodiscard]] const QList<GuideSection> &sections() const { return m_sections; }
    [[nodiscard]] const GuideSection *section(const QString &id) const;

    [[nodiscard]] const QList<Deck> &decks() const { return m_decks; }
    [[nodiscard]] const Deck *deck(const QString &id) const;
    [[nodiscard]] const QList<Card> &cards() const { return m_cards; }
    [[nodiscard]] const Card *card(const QString &id) const;

    // The couple's own decks and pack decks (from the database), shown with
    // the built-in ones. Each call replaces the previous own decks and leaves
    // the built-in content as it is. Cards are given with their deck's id;
    // their order within a deck is the order given. Pointers to cards taken
    // before a call are no longer valid after it.
    void setOwnDecks(const QList<Deck> &decks, const QList<Card> &cards);
    [[nodiscard]] bool isBuiltInDeck(const QString &deckId) const;

    [[nodiscard]] const std::optional<EscalatingConversation> &escalating() const { return m_escalating; }
    [[nodiscard]] const std::optional<ListeningGuide> &listening() const { return m_listening; }

    [[nodiscard]] const QList<FeelingFamily> &feelingFamilies() const { return m_feelingFamilies; }
    [[nodiscard]] const QList<Feeling> &feelings() const { return m_feelings; }
    [[nodiscard]] const QList<NeedGroup> &needGroups() const { return m_needGroups; }
    [[nodiscard]] const QList<Need> &needs() const { return m_needs; }
    [[nodiscard]] const QList<FauxFeeling> &fauxFeelings() const { return m_fauxFeelings; }

    [[nodiscard]] const QList<CoachPattern> &coachPatterns() const { return m_coachPatterns; }
    [[nodiscard]] const QStringList &labelFrames() const { return m_labelFrames; }
    // The valence lexicon's negative words, and those of them that describe a
    // state rather than judge a person (coach/valence.json).
    [[nodiscard]] const QStringList &negativeWords() const { return m_negativeWords; }
    [[nodiscard]] const QStringList &notLabelWords() const { return m_notLabelWords; }

    [[nodiscard]] const QList<Drill> &drills() const { return m_drills; }
    [[nodiscard]] const QList<JournalPrompt> &journalPrompts() const { return m_journalPrompts; }
    [[nodiscard]] const QList<Ritual> &rituals() const { return m_rituals; }
    [[nodiscard]] const QList<PauseKind> &pauseKinds() const { return m_pauseKinds; }
    [[nodiscard]] const PauseKind *pauseKind(const QString &id) const;

    // Any prompt a person can star, by kind (card, journal, drill, ritual, escalating) and id:
    // the words to keep and the section it belongs to. Empty text when unknown.
    struct PromptText
    {
        QString text;
        QString section;
    };
    [[nodiscard]] PromptText prompt(const QString &kind, const QString &id) const;

    // What a translation may change, as ContentTranslator sees it.
    struct Translatable
    {
        std::optional<CareNote> &careNote;
        QList<GuideSection> &sections;
        QList<Deck> &decks;
        QList<Card> &cards;
        std::optional<EscalatingConversation> &escalating;
        std::optional<ListeningGuide> &listening;
        QList<FeelingFamily> &feelingFamilies;
        QList<NeedGroup> &needGroups;
        QList<Drill> &drills;
        QList<JournalPrompt> &journalPrompts;
        QList<Ritual> &rituals;
        QList<PauseKind> &pauseKinds;
    };

private:
    friend class ContentTranslator;
    friend class ContentCodec;
    [[nodiscard]] Translatable translatable();
    void accept(ParsedContent &parsed, const ContentRepository *reference);

    ContentErrors m_errors;
    int m_filesRead = 0;
    QString m_language;
    int m_fieldsTranslated = 0;

    std::optional<CareNote> m_careNote;
    QList<GuideSection> m_sections;
    QList<Deck> m_decks;
    QList<Card> m_cards;
    QHash<QString, qsizetype> m_cardIndex;
    std::optional<EscalatingConversation> m_escalating;
    std::optional<ListeningGuide> m_listening;
    QList<FeelingFamily> m_feelingFamilies;
    QList<Feeling> m_feelings;
    QList<NeedGroup> m_needGroups;
    QList<Need> m_needs;
    QList<FauxFeeling> m_fauxFeelings;
    QList<CoachPattern> m_coachPatterns;
    QStringList m_labelFrames;
    QStringList m_negativeWords;
    QStringList m_notLabelWords;
    QList<Drill> m_drills;
    QList<JournalPrompt> m_journalPrompts;
    QList<Ritual> m_rituals;
    QList<PauseKind> m_pauseKinds;
};
