// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardrules.h"

#include "jsonkind.h"
#include "jsonreader.h"
#include "storage/importchecks.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Views rather than trimmed() copies: the same whitespace (QChar::isSpace), no allocation.
bool isBlank(const QString &text)
{
    return QStringView(text).trimmed().isEmpty();
}

QString lengthProblem(const QString &text, qsizetype min, qsizetype max)
{
    const qsizetype length = QStringView(text).trimmed().size();
    if (length < min)
        return u"must be at least %1 characters, not %2"_s.arg(min).arg(length);
    if (length > max)
        return u"must be at most %1 characters, not %2"_s.arg(max).arg(length);
    return {};
}

// Braces are kept for placeholders, so a typo such as "{parnter}" or a lone
// "{" is reported rather than shown to the couple as it is.
QString placeholderProblem(const QString &text)
{
    if (!text.contains(u'{') && !text.contains(u'}'))
        return {};
    QString rest = text;
    rest.remove(CardRules::partnerPlaceholder);
    static const QRegularExpression placeholder(u"\\{[^{}]*\\}"_s);
    if (const QRegularExpressionMatch match = placeholder.match(rest); match.hasMatch())
        return ImportChecks::quoted(match.captured()) + u" is not a placeholder Hearth knows (the only one is {partner})"_s;
    if (rest.contains(u'{') || rest.contains(u'}'))
        return u"has a \"{\" or \"}\" that is not part of the placeholder {partner}"_s;
    return {};
}

// Text a person reads: whole characters only. A lone half of a UTF-16 pair
// ("\ud800" in JSON) cannot be written back as UTF-8, and control
// characters other than a line break or a tab show as nothing or as boxes.
//
// One pass that compares each character instead of looking up its Unicode
// category: the control characters (category Cc, which Unicode promises
// never to change) are exactly U+0000..U+001F and U+007F..U+009F
// (tst_cardrules checks this against QChar::category for every UTF-16 unit).
QString characterProblem(const QString &text)
{
    // Most text is printable ASCII: told in a pass without branches, which
    // the compiler does many characters at a time.
    bool printable = true;
    for (const QChar c : text)
        printable &= c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (printable)
        return {};
    bool surrogates = false;
    qsizetype control = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            if (control < 0 && c != u'\n' && c != u'\t')
                control = i;
        } else if (QChar::isSurrogate(c)) {
            surrogates = true;
        }
    }
    // A broken pair is told first, wherever it is, as it always was.
    if (surrogates && !QStringView(text).isValidUtf16())
        return u"holds a broken character (half of a pair, such as \"\\ud800\"); write the character itself"_s;
    if (control >= 0)
        return u"holds a control character (U+%1), which is not text"_s.arg(
            QString::number(text.at(control).unicode(), 16).toUpper().rightJustified(4, u'0'));
    return {};
}

QString choiceProblem(const QString &value, const QStringList &allowed)
{
    if (isBlank(value))
        return u"must not be empty"_s;
    if (!allowed.contains(value))
        return ImportChecks::quoted(value) + u" is not one of: "_s + allowed.join(u", "_s);
    return {};
}

QString textLikeProblem(const QString &text, qsizetype min, qsizetype max)
{
    if (isBlank(text))
        return u"must not be empty"_s;
    if (QString problem = lengthProblem(text, min, max); !problem.isEmpty())
        return problem;
    if (QString problem = characterProblem(text); !problem.isEmpty())
        return problem;
    return placeholderProblem(text);
}

void report(JsonObjectReader &item, const QString &key, const QString &problem)
{
    if (!problem.isEmpty())
        item.fail(key, problem);
}

// A field that is one of a few words (a kind, who answers): the list's own
// string is kept, shared, rather than a new one for each of 100,000 cards.
// Anything else goes the long way and its problem is reported.
QString chosen(JsonObjectReader &item, const QString &key, const QStringList &allowed,
               QString (*problemOf)(const QString &))
{
    const JsonValue entry = item.value(key);
    for (const QString &choice : allowed) {
        if (entry.equals(choice))
            return choice;
    }
    QString value = item.requiredString(key);
    if (!value.isEmpty())
        report(item, key, problemOf(value));
    return value;
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

const QStringList &CardRules::kinds()
{
    static const QStringList list = {u"question"_s, u"activity"_s, u"reflection"_s, u"appreciation"_s};
    return list;
}

const QStringList &CardRules::answerers()
{
    static const QStringList list = {u"each"_s, u"both"_s, u"one"_s};
    return list;
}

const QStringList &CardRules::moods()
{
    static const QStringList list = {u"light"_s, u"warm"_s, u"deep"_s, u"playful"_s, u"repair"_s};
    return list;
}

QString CardRules::sectionProblem(const QString &section, const QSet<QString> &knownSections)
{
    if (isBlank(section))
        return u"must not be empty"_s;
    if (knownSections.contains(section))
        return {};
    QStringList known = knownSections.values();
    known.sort();
    return ImportChecks::quoted(section) + u" is not a section of the guide (known: "_s
           + (known.isEmpty() ? u"none"_s : known.join(u", "_s)) + u')';
}

QString CardRules::depthProblem(int depth)
{
    return depth >= 1 && depth <= 3 ? QString() : u"must be 1, 2 or 3"_s;
}

QString CardRules::kindProblem(const QString &kind)
{
    return choiceProblem(kind, kinds());
}

QString CardRules::answeredByProblem(const QString &answeredBy)
{
    return choiceProblem(answeredBy, answerers());
}

QString CardRules::textProblem(const QString &text)
{
    return textLikeProblem(text, minTextLength, maxTextLength);
}

QString CardRules::followUpsCountProblem(qsizetype count)
{
    return count <= maxFollowUps ? QString() : u"must have from 0 to %1 entries, not %2"_s.arg(maxFollowUps).arg(count);
}

QString CardRules::followUpProblem(const QString &followUp)
{
    return textLikeProblem(followUp, 1, maxFollowUpLength);
}

QString CardRules::listenerHintProblem(const QString &hint)
{
    return isBlank(hint) ? QString() : textLikeProblem(hint, 1, maxHintLength);
}

QString CardRules::arrivalProblem(bool arrival, int depth)
{
    // Arriving is light by nature: a deep card at the very start would rush the couple.
    return arrival && depth != 1 ? u"an arrival card must be light (depth 1)"_s : QString();
}

QString CardRules::titleProblem(const QString &title)
{
    if (isBlank(title))
        return u"must not be empty"_s;
    if (QString problem = lengthProblem(title, 1, maxTitleLength); !problem.isEmpty())
        return problem;
    return characterProblem(title);
}

QString CardRules::descriptionProblem(const QString &description)
{
    if (isBlank(description))
        return {};
    if (QString problem = lengthProblem(description, 1, maxDescriptionLength); !problem.isEmpty())
        return problem;
    return characterProblem(description);
}

QString CardRules::moodProblem(const QString &mood)
{
    return choiceProblem(mood, moods());
}

// In one pass for ASCII text (most text), with the same whitespace
// (QChar::isSpace: tab to carriage return, and space) and the same folding
// (A-Z only) as simplified() and toCaseFolded(); anything else goes the long way.
QString CardRules::sameTextKey(const QString &text)
{
    char16_t allBits = 0; // without a branch a character, as in characterProblem
    for (const QChar c : text)
        allBits |= c.unicode();
    if (allBits >= 0x80)
        return text.simplified().toCaseFolded();
    QString folded(text.size(), Qt::Uninitialized);
    QChar *const begin = folded.data();
    QChar *out = begin;
    bool spaceBefore = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            spaceBefore = out != begin;
            continue;
        }
        if (spaceBefore) {
            *out++ = QChar(u' ');
            spaceBefore = false;
        }
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    folded.truncate(out - begin);
    return folded;
}

ContentErrors CardRules::check(const Card &card, const QSet<QString> *knownSections, const QString &file,
                               const QString &path)
{
    ContentErrors errors;
    const auto add = [&](const QString &key, const QString &problem) {
        if (!problem.isEmpty())
            errors.append({file, joined(path, key), problem});
    };
    if (knownSections)
        add(u"section"_s, sectionProblem(card.section, *knownSections));
    add(u"depth"_s, depthProblem(card.depth));
    add(u"kind"_s, kindProblem(card.kind));
    add(u"answeredBy"_s, answeredByProblem(card.answeredBy));
    add(u"text"_s, textProblem(card.text));
    add(u"followUps"_s, followUpsCountProblem(card.followUps.size()));
    for (qsizetype i = 0; i < card.followUps.size() && i < maxFollowUps; ++i) {
        if (const QString problem = followUpProblem(card.followUps.at(i)); !problem.isEmpty())
            add(u"followUps[%1]"_s.arg(i), problem);
    }
    add(u"listenerHint"_s, listenerHintProblem(card.listenerHint));
    if (depthProblem(card.depth).isEmpty())
        add(u"arrival"_s, arrivalProblem(card.arrival, card.depth));
    return errors;
}

ContentErrors CardRules::checkDeck(const Deck &deck, const QString &file, const QString &path)
{
    ContentErrors errors;
    const auto add = [&](const QString &key, const QString &problem) {
        if (!problem.isEmpty())
            errors.append({file, joined(path, key), problem});
    };
    add(u"title"_s, titleProblem(deck.title));
    add(u"description"_s, descriptionProblem(deck.description));
    add(u"mood"_s, moodProblem(deck.mood));
    return errors;
}

Card CardRules::read(JsonObjectReader &item, const QString &deckId)
{
    item.rejectUnknownFields({"id"_L1, "section"_L1, "depth"_L1, "kind"_L1, "answeredBy"_L1, "text"_L1,
                              "followUps"_L1, "listenerHint"_L1, "arrival"_L1});
    Card card;
    card.id = item.requiredId(u"id"_s);
    card.deckId = deckId;
    card.section = item.requiredId(u"section"_s);

    // Any whole number reads, so that 0 or 7 gets the rule's words, not a range's.
    const JsonValue depth = item.value(u"depth"_s);
    bool depthRead = false;
    if (depth.isUndefined()) {
        item.fail(u"depth"_s, u"is required but missing"_s);
    } else if (!depth.isDouble() || depth.toDouble() != std::trunc(depth.toDouble())) {
        item.fail(u"depth"_s, u"must be a whole number, not "_s + jsonKindOf(depth));
    } else {
        const double number = depth.toDouble();
        card.depth = number >= 1 && number <= 3 ? int(number) : 0;
        report(item, u"depth"_s, depthProblem(card.depth));
        depthRead = card.depth != 0;
    }

    card.kind = chosen(item, u"kind"_s, kinds(), kindProblem);
    card.answeredBy = chosen(item, u"answeredBy"_s, answerers(), answeredByProblem);
    card.text = item.requiredString(u"text"_s);
    if (!card.text.isEmpty())
        report(item, u"text"_s, textProblem(card.text));
    card.followUps = item.optionalStringList(u"followUps"_s, 0, maxFollowUps);
    for (qsizetype i = 0; i < card.followUps.size(); ++i) {
        // The place is spelt out only for a problem: most cards have none.
        if (const QString problem = followUpProblem(card.followUps.at(i)); !problem.isEmpty())
            item.fail(u"followUps[%1]"_s.arg(i), problem);
    }
    card.listenerHint = item.optionalString(u"listenerHint"_s);
    report(item, u"listenerHint"_s, listenerHintProblem(card.listenerHint));
    card.arrival = item.contains(u"arrival"_s) && item.requiredBool(u"arrival"_s);
    if (depthRead)
        report(item, u"arrival"_s, arrivalProblem(card.arrival, card.depth));
    return card;
}

void CardRules::readDeckFields(JsonObjectReader &root, Deck &deck, bool descriptionRequired)
{
    deck.title = root.requiredString(u"title"_s);
    if (!deck.title.isEmpty())
        report(root, u"title"_s, titleProblem(deck.title));
    // A pack's deck may leave its description out or empty; anything else must be text.
    const JsonValue description = root.value(u"description"_s);
    const bool leftOut = description.isUndefined() || (description.isString() && isBlank(description.toString()));
    if (descriptionRequired || !leftOut)
        deck.description = root.requiredString(u"description"_s);
    if (!deck.description.isEmpty())
        report(root, u"description"_s, descriptionProblem(deck.description));
    deck.mood = root.requiredString(u"mood"_s);
    if (!deck.mood.isEmpty())
        report(root, u"mood"_s, moodProblem(deck.mood));
}
