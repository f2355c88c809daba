// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupcheck.h"

using namespace Qt::StringLiterals;

namespace SetupCheck {

Missing missing(const QString &firstName, const QString &secondName, const QString &by, const QStringList &ids)
{
    const bool first = !firstName.trimmed().isEmpty();
    const bool second = !secondName.trimmed().isEmpty();
    if (!first && !second)
        return Missing::BothNames;
    if (!first)
        return Missing::FirstName;
    if (!second)
        return Missing::SecondName;
    if (ids.isEmpty() && by == "decks"_L1)
        return Missing::Decks;
    if (ids.isEmpty() && by == "sections"_L1)
        return Missing::Sections;
    return Missing::Nothing;
}

QString firstSentence(const QString &description)
{
    QString text = description.simplified();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && text.at(i + 1) == u' ')
            return text.first(i + 1);
    }
    return text;
}

} // namespace SetupCheck
