// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachlexicon.h"

#include "coachgrammar.h"

using namespace Qt::StringLiterals;
using namespace CoachWordClass;

namespace {

struct ClassList
{
    quint32 classes;
    std::initializer_list<QLatin1StringView> words;
};

// Closed classes of English; the content's phrases decide what is flagged.
const std::initializer_list<ClassList> grammar = {
    {Speaker, {"i"_L1, "i'm"_L1, "i've"_L1, "i'd"_L1, "i'll"_L1, "me"_L1, "my"_L1, "mine"_L1, "myself"_L1}},
    {Partner, {"you"_L1, "you're"_L1, "you've"_L1, "you'd"_L1, "you'll"_L1, "your"_L1, "yours"_L1, "yourself"_L1,
               "yourselves"_L1}},
    {Shared, {"we"_L1, "we're"_L1, "we've"_L1, "we'd"_L1, "we'll"_L1, "us"_L1, "our"_L1, "ours"_L1, "ourselves"_L1,
              "let's"_L1}},
    {Other, {"he"_L1, "she"_L1, "they"_L1, "he's"_L1, "she's"_L1, "they're"_L1, "they've"_L1, "they'd"_L1, "him"_L1,
             "her"_L1, "them"_L1, "his"_L1, "their"_L1, "someone"_L1, "somebody"_L1, "people"_L1}},
    {Thing, {"it"_L1, "it's"_L1, "its"_L1, "this"_L1, "that's"_L1, "there"_L1, "there's"_L1, "here"_L1, "what's"_L1}},
    {Negator, {"not"_L1, "never"_L1, "no"_L1, "none"_L1, "nor"_L1, "neither"_L1, "cannot"_L1}},
    {Hedge, {"just"_L1, "really"_L1, "so"_L1, "very"_L1, "actually"_L1, "honestly"_L1, "seriously"_L1, "truly"_L1,
             "literally"_L1, "totally"_L1, "completely"_L1, "absolutely"_L1, "simply"_L1, "quite"_L1, "pretty"_L1,
             "rather"_L1, "utterly"_L1, "deeply"_L1, "incredibly"_L1, "such"_L1, "bit"_L1, "little"_L1, "kinda"_L1,
             "sorta"_L1, "somewhat"_L1, "bloody"_L1, "plain"_L1, "extremely"_L1, "terribly"_L1, "awfully"_L1,
             "super"_L1, "definitely"_L1, "genuinely"_L1, "starting"_L1, "beginning"_L1}},
    {Frequency, {"always"_L1, "constantly"_L1, "sometimes"_L1, "often"_L1, "usually"_L1, "still"_L1, "also"_L1,
                 "even"_L1, "ever"_L1, "now"_L1, "again"_L1, "continually"_L1, "lately"_L1, "then"_L1}},
    {Joiner, {"and"_L1, "but"_L1, "or"_L1, "because"_L1, "cause"_L1, "cos"_L1, "when"_L1, "whenever"_L1, "if"_L1,
              "while"_L1, "whilst"_L1, "until"_L1, "till"_L1, "unless"_L1, "although"_L1, "though"_L1, "since"_L1,
              "after"_L1, "before"_L1, "that"_L1, "like"_L1, "as"_L1, "whereas"_L1, "where"_L1, "wherever"_L1,
              "why"_L1, "how"_L1, "what"_L1, "whatever"_L1, "who"_L1, "whoever"_L1, "which"_L1, "whether"_L1}},
    {Subordinator, {"if"_L1, "when"_L1, "whenever"_L1, "while"_L1, "whilst"_L1, "until"_L1, "till"_L1, "unless"_L1,
                    "once"_L1, "before"_L1, "after"_L1, "because"_L1, "cause"_L1, "cos"_L1, "since"_L1, "whatever"_L1,
                    "wherever"_L1, "however"_L1, "whoever"_L1, "what"_L1, "where"_L1, "how"_L1, "why"_L1, "who"_L1,
                    "which"_L1, "whether"_L1, "as"_L1, "than"_L1, "case"_L1, "long"_L1, "anything"_L1,
                    "everything"_L1, "something"_L1, "nothing"_L1, "all"_L1}},
    {Preposition, {"of"_L1, "to"_L1, "for"_L1, "with"_L1, "about"_L1, "at"_L1, "from"_L1, "without"_L1, "by"_L1,
                   "on"_L1, "around"_L1, "near"_L1, "towards"_L1, "toward"_L1, "into"_L1, "onto"_L1, "upon"_L1,
                   "through"_L1, "against"_L1, "behind"_L1, "beside"_L1, "besides"_L1, "between"_L1, "among"_L1,
                   "over"_L1, "under"_L1, "in"_L1, "within"_L1, "across"_L1, "past"_L1}},
    {Auxiliary, {"do"_L1, "does"_L1, "did"_L1, "can"_L1, "could"_L1, "would"_L1, "will"_L1, "shall"_L1, "should"_L1,
                 "may"_L1, "might"_L1, "must"_L1, "is"_L1, "are"_L1, "was"_L1, "were"_L1, "am"_L1, "be"_L1,
                 "been"_L1, "have"_L1, "has"_L1, "had"_L1}},
    {Article, {"a"_L1, "an"_L1, "the"_L1}},
    {Determiner, {"a"_L1, "an"_L1, "the"_L1, "some"_L1, "my"_L1, "your"_L1, "our"_L1, "their"_L1, "his"_L1, "her"_L1,
                  "this"_L1, "that"_L1, "these"_L1, "those"_L1, "any"_L1, "another"_L1, "one"_L1, "two"_L1}},
    {FeelVerb, {"feel"_L1, "feels"_L1, "felt"_L1, "feeling"_L1, "feelin"_L1}},
    {StateVerb, {"i'm"_L1, "am"_L1, "was"_L1, "been"_L1, "get"_L1, "gets"_L1, "got"_L1, "getting"_L1, "become"_L1,
                 "became"_L1, "becoming"_L1, "grown"_L1, "growing"_L1}},
    {Warm, {"thank"_L1, "thanks"_L1, "love"_L1, "loves"_L1, "loved"_L1, "lovely"_L1, "appreciate"_L1,
            "appreciated"_L1, "laugh"_L1, "laughs"_L1, "laughing"_L1, "smile"_L1, "smiles"_L1, "smiling"_L1,
            "cheer"_L1, "nice"_L1, "sweet"_L1, "wonderful"_L1, "amazing"_L1, "beautiful"_L1, "brilliant"_L1,
            "adore"_L1, "admire"_L1, "special"_L1, "generous"_L1, "thoughtful"_L1, "kindest"_L1, "best"_L1,
            "welcome"_L1, "inspire"_L1, "inspires"_L1, "gorgeous"_L1}},
    {Everyone, {"nothing"_L1, "everything"_L1, "nobody"_L1, "everyone"_L1, "everybody"_L1}},
    {Reporting, {"think"_L1, "thinks"_L1, "thinking"_L1, "thought"_L1, "believe"_L1, "believes"_L1, "say"_L1,
                 "says"_L1, "saying"_L1, "said"_L1,
                 "mean"_L1, "meant"_L1, "suppose"_L1, "reckon"_L1, "claim"_L1, "claiming"_L1, "blame"_L1,
                 "blaming"_L1, "try"_L1, "trying"_L1, "to"_L1, "suggest"_L1, "suggesting"_L1, "imply"_L1,
                 "implying"_L1, "sure"_L1, "that"_L1, "of"_L1}},
    {NeedVerb, {"need"_L1, "needed"_L1, "value"_L1, "valued"_L1, "want"_L1, "wanted"_L1, "miss"_L1, "crave"_L1,
                "long"_L1, "care"_L1}},
    {Causative, {"make"_L1, "makes"_L1, "made"_L1, "making"_L1}},
};

// Common spellings without the apostrophe, as people type in a hurry.
const std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>> spellings = {
    {"youre"_L1, "you're"_L1}, {"youve"_L1, "you've"_L1}, {"youll"_L1, "you'll"_L1}, {"youd"_L1, "you'd"_L1},
    {"dont"_L1, "don't"_L1}, {"doesnt"_L1, "doesn't"_L1}, {"didnt"_L1, "didn't"_L1}, {"isnt"_L1, "isn't"_L1},
    {"arent"_L1, "aren't"_L1}, {"wasnt"_L1, "wasn't"_L1}, {"werent"_L1, "weren't"_L1}, {"cant"_L1, "can't"_L1},
    {"wont"_L1, "won't"_L1}, {"wouldnt"_L1, "wouldn't"_L1}, {"couldnt"_L1, "couldn't"_L1},
    {"shouldnt"_L1, "shouldn't"_L1}, {"havent"_L1, "haven't"_L1}, {"hasnt"_L1, "hasn't"_L1}, {"im"_L1, "i'm"_L1},
    {"ive"_L1, "i've"_L1}, {"theyre"_L1, "they're"_L1}, {"thats"_L1, "that's"_L1}, {"whats"_L1, "what's"_L1},
    {"u"_L1, "you"_L1}, {"r"_L1, "are"_L1}, {"shouldve"_L1, "should've"_L1}, {"youd've"_L1, "you'd've"_L1}, {"cos"_L1, "because"_L1},
    {"coz"_L1, "because"_L1}, {"cuz"_L1, "because"_L1}, {"wouldve"_L1, "would've"_L1}, {"couldve"_L1, "could've"_L1},
    // Texting's shorthand for one word: "SO not doing this rn", "ngl ur being selfish".
    {"rn"_L1, "now"_L1}, {"ngl"_L1, "honestly"_L1}, {"tbh"_L1, "honestly"_L1}, {"wtv"_L1, "whatever"_L1}, {"whatevr"_L1, "whatever"_L1}, {"watever"_L1, "whatever"_L1}, {"wateva"_L1, "whatever"_L1},
    {"whatevs"_L1, "whatever"_L1}, {"bout"_L1, "about"_L1}, {"abt"_L1, "about"_L1}, {"convo"_L1, "conversation"_L1},
};

// Texting's shorthand for a whole clause, read as its words ("idc anymore"
// is "I don't care anymore").
const std::initializer_list<std::pair<QLatin1StringView, QLatin1StringView>> shorthands = {
    {"idc"_L1, "i don't care"_L1}, {"idk"_L1, "i don't know"_L1}, {"nvm"_L1, "never mind"_L1}, {"ofc"_L1, "of course"_L1},
    {"wanna"_L1, "want to"_L1},
};

// Each shorthand token replaced by its words, all with the token's span.
void expandShorthands(CoachTokens &tokens)
{
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        for (const auto &[typed, meant] : shorthands) {
            if (tokens.at(i).word != typed)
                continue;
            const CoachToken shorthand = tokens.takeAt(i);
            const QStringList words = QString(meant).split(u' ');
            for (qsizetype w = 0; w < words.size(); ++w) {
                CoachToken token = shorthand;
                token.word = words.at(w);
                tokens.insert(i + w, token);
            }
            break;
        }
    }
}

} // namespace

CoachLexicon::CoachLexicon()
{
    for (const ClassList &list : grammar) {
        for (QLatin1StringView word : list.words)
            addClasses(QString(word), list.classes);
    }
    for (const auto &[typed, meant] : spellings)
        m_spellings.insert(QString(typed), QString(meant));
}

int CoachLexicon::intern(const QString &word)
{
    Entry &entry = m_words[word];
    if (entry.id < 0)
        entry.id = m_nextId++;
    return entry.id;
}

QList<int> CoachLexicon::internPhrase(const QString &phrase)
{
    CoachTokens tokens = CoachTokenizer::tokenize(phrase);
    QList<int> ids;
    ids.reserve(tokens.size());
    for (CoachToken &token : tokens)
        ids.append(intern(canonical(token.word)));
    return ids;
}

void CoachLexicon::addClasses(const QString &word, quint32 classes)
{
    const QString spelt = canonical(word);
    intern(spelt);
    m_words[spelt].classes |= classes;
}

quint32 CoachLexicon::classesOf(const QString &word) const
{
    return m_words.value(canonical(word)).classes;
}

QString CoachLexicon::canonical(const QString &word) const
{
    const auto spelling = m_spellings.constFind(word);
    if (spelling != m_spellings.cend())
        return *spelling;
    // British -ise for -ize ("criticized", "apologizing"); short words such as
    // "size" and "prize" are left alone.
    if (word.size() < 7 || !word.contains(u"iz"_s))
        return word.startsWith(u"judgment"_s) ? u"judgement"_s + word.mid(8) : word;
    for (QLatin1StringView ending : {"ize"_L1, "izes"_L1, "ized"_L1, "izing"_L1, "ization"_L1}) {
        if (word.size() >= ending.size() + 4 && word.endsWith(ending)) {
            QString spelt = word;
            spelt[word.size() - ending.size() + 1] = u's';
            return spelt;
        }
    }
    if (word.startsWith(u"judgment"_s))
        return u"judgement"_s + word.mid(8);
    return word;
}

void CoachLexicon::annotate(CoachTokens &tokens) const
{
    expandShorthands(tokens);
    for (CoachToken &token : tokens) {
        token.word = canonical(token.word);
        const auto entry = m_words.constFind(token.word);
        if (entry != m_words.cend()) {
            token.id = entry->id;
            token.classes = entry->classes;
        }
        if (token.word.endsWith(u"n't"_s))
            token.classes |= Negator | Auxiliary;
    }
    // Classes that depend on the neighbours.
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        CoachToken &token = tokens[i];
        const QString &next = tokens.at(i + 1).word;
        if ((token.word == "kind"_L1 || token.word == "sort"_L1) && next == "of"_L1) {
            token.classes |= Hedge;
            tokens[i + 1].classes |= Hedge;
        } else if (token.word == "a"_L1 && (next == "bit"_L1 || next == "little"_L1)) {
            token.classes |= Hedge;
        } else if (token.word == "ur"_L1) {
            // Texting's "ur" is "you're" before what someone is ("ur so needy", "ur a legend",
            // "ur ignoring me", "ur always late") and "your" before a thing ("ur mum", "ur phone").
            // After a preposition it is "your" before a doing too: "thanks to ur driving",
            // "sick of ur moaning", "because of ur snoring".
            const CoachToken &then = tokens.at(i + 1);
            const bool afterPreposition = i > 0 && CoachGrammar::isOneOf(tokens.at(i - 1).word,
                {"to"_L1, "of"_L1, "about"_L1, "at"_L1, "by"_L1, "with"_L1, "for"_L1, "from"_L1, "on"_L1});
            // (A fault or a choice is owned: "its ur fault", "ur call", "ur problem".)
            const bool owned = CoachGrammar::isOneOf(next, {"fault"_L1, "problem"_L1, "call"_L1, "choice"_L1, "mess"_L1});
            const bool youAre = !owned
                                && ((then.classes & (Hedge | Negator | Article | Frequency | Negative))
                                    || CoachGrammar::isOneOf(next, {"such"_L1, "being"_L1, "not"_L1, "the"_L1, "right"_L1, "wrong"_L1})
                                    || (next.size() > 4 && next.endsWith("ing"_L1) && !afterPreposition));
            token.word = youAre ? u"you're"_s : u"your"_s;
            const auto entry = m_words.constFind(token.word);
            token.id = entry != m_words.cend() ? entry->id : token.id;
            token.classes = entry != m_words.cend() ? entry->classes : token.classes;
        } else if (token.word == "its"_L1) {
            // Texting's "its" is "it's" before what cannot be owned ("its ur fault", "its not
            // my problem", "its over", "its just a text"); before a noun it owns ("its lid").
            const CoachToken &then = tokens.at(i + 1);
            const bool itIs = (then.classes & (Hedge | Negator | Article | Frequency | Partner | Speaker))
                              || CoachGrammar::isOneOf(next, {"your"_L1, "ur"_L1, "my"_L1, "all"_L1, "over"_L1, "fine"_L1,
                                                              "ok"_L1, "okay"_L1, "only"_L1, "so"_L1, "too"_L1, "been"_L1,
                                                              "like"_L1, "because"_L1, "on"_L1, "up"_L1, "done"_L1});
            if (itIs) {
                token.word = u"it's"_s;
                const auto entry = m_words.constFind(token.word);
                token.id = entry != m_words.cend() ? entry->id : token.id;
                token.classes = entry != m_words.cend() ? entry->classes : token.classes;
            }
        } else if (token.word == "no"_L1 && next == "one"_L1) {
            token.classes |= Everyone;
            tokens[i + 1].classes |= Everyone;
        }
    }
}
