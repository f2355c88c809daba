// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckfieldcheck.h"

#include "content/cardrules.h"
#include "content/contentrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace DeckFieldCheck {

namespace {
QVariantMap byField(const ContentErrors &errors)
{
    QVariantMap problems;
    for (const ContentError &error : errors) {
        const QString previous = problems.value(error.where).toString();
        problems.insert(error.where, previous.isEmpty() ? error.message : previous + u"; "_s + error.message);
    }
    return problems;
}
} // namespace

QVariantMap deckProblems(const Deck &deck)
{
    return byField(CardRules::checkDeck(deck));
}

QVariantMap cardProblems(const Card &card, const ContentRepository &content, const QList<int> &followUpBoxes)
{
    QSet<QString> sections;
    for (const GuideSection &section : content.sections())
        sections.insert(section.id);
    ContentErrors errors = CardRules::check(card, &sections);
    // "followUps[1]" is the second follow-up written, which may sit in the third box.
    static const QRegularExpression followUp(u"^followUps\\[(\\d+)\\]$"_s);
    for (ContentError &error : errors) {
        const auto match = followUp.match(error.where);
        const int written = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (written >= 0 && written < followUpBoxes.size())
            error.where = u"followUps[%1]"_s.arg(followUpBoxes.at(written));
    }
    return byField(errors);
}

QString summary(const QVariantMap &problems)
{
    QStringList parts;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        parts.append(it.key() + u": "_s + it.value().toString());
    return parts.join(u"; "_s);
}

} // namespace DeckFieldCheck
