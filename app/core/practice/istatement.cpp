// SPDX-License-Identifier: GPL-3.0-or-later
#include "istatement.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Collapses runs of white space (a pasted line break too) and trims.
QString simplified(const QString &text)
{
    return text.simplified();
}

QString withoutClosingPunctuation(QString text)
{
    while (!text.isEmpty() && QStringView(u".?!,;:").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

// Removes the longest of `openings` that starts `text`, ignoring case.
QString withoutOpening(const QString &text, const QStringList &openings)
{
    for (const QString &opening : openings) {
        if (text.startsWith(opening, Qt::CaseInsensitive)
            && (text.size() == opening.size() || text.at(opening.size()).isSpace()))
            return text.mid(opening.size()).trimmed();
    }
    return text;
}

// Words that begin a clause in lower case mid-sentence; anything else (a
// name, "I") keeps its capital.
bool lowersMidSentence(const QString &word)
{
    static const QStringList words = {u"You"_s,  u"Your"_s, u"We"_s,    u"Our"_s,   u"The"_s,  u"A"_s,
                                      u"An"_s,   u"My"_s,   u"It"_s,    u"There"_s, u"This"_s, u"That"_s,
                                      u"He"_s,   u"She"_s,  u"They"_s,  u"Their"_s, u"His"_s,  u"Her"_s,
                                      u"Last"_s, u"Yesterday"_s, u"Today"_s, u"Tonight"_s};
    return words.contains(word);
}

QString lowerFirstWord(const QString &text)
{
    const qsizetype end = text.indexOf(u' ');
    const QString first = end < 0 ? text : text.left(end);
    const QString bare = withoutClosingPunctuation(first);
    if (bare.isEmpty() || !lowersMidSentence(bare))
        return text;
    return text.at(0).toLower() + text.mid(1);
}

QString orGap(const QString &part)
{
    return part.isEmpty() ? IStatement::gap.toString() : part;
}

} // namespace

QString IStatement::tidySituation(const QString &situation)
{
    QString text = withoutClosingPunctuation(simplified(situation));
    text = withoutOpening(text, {u"when"_s});
    return lowerFirstWord(text);
}

QString IStatement::tidyNeed(const QString &need)
{
    QString text = withoutClosingPunctuation(simplified(need));
    text = withoutOpening(text, {u"because I need"_s, u"because"_s, u"I need"_s});
    return text;
}

QString IStatement::tidyRequest(const QString &request)
{
    QString text = withoutClosingPunctuation(simplified(request));
    text = withoutOpening(text, {u"would you be willing to"_s, u"would you be willing"_s, u"would you like to"_s,
                                 u"would you"_s, u"could you"_s, u"will you"_s, u"can you"_s, u"please"_s});
    return lowerFirstWord(text);
}

QString IStatement::compose(const StatementParts &parts)
{
    const QString feeling = withoutClosingPunctuation(simplified(parts.feeling));
    const QString need = tidyNeed(parts.need);
    // Whole sentences for translators. A gap already ends the clause; a full
    // stop after it would read as "….". (The tidying above knows English's
    // openings only: in another language a person's words stay as written.)
    const char *sentence = need.isEmpty()
        ? QT_TRANSLATE_NOOP("IStatement", "I feel %1 when %2 because I need %3 Would you be willing to %4?")
        : QT_TRANSLATE_NOOP("IStatement", "I feel %1 when %2 because I need %3. Would you be willing to %4?");
    return QCoreApplication::translate("IStatement", sentence)
        .arg(orGap(feeling), orGap(tidySituation(parts.situation)), orGap(need), orGap(tidyRequest(parts.request)));
}
