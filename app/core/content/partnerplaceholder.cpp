// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerplaceholder.h"

#include <QCoreApplication>

namespace {
// True when `at` begins a sentence: the text's start, or after . ! ? and spaces.
bool startsSentence(const QString &text, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && (text.at(i).isSpace() || text.at(i) == u'\u201C' || text.at(i) == u'"'))
        --i;
    return i < 0 || text.at(i) == u'.' || text.at(i) == u'!' || text.at(i) == u'?';
}
} // namespace

namespace PartnerPlaceholder {

bool contains(const QString &text)
{
    return text.contains(QStringView(token));
}

QString yourPartner()
{
    return QCoreApplication::translate("PartnerPlaceholder", "your partner");
}

QString render(const QString &text, const QString &name)
{
    const QStringView placeholder(token);
    if (!text.contains(placeholder))
        return text;
    const QString given = name.trimmed();
    const QString general = yourPartner();
    QString out;
    out.reserve(text.size() + 16);
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, from)) {
        out += QStringView(text).mid(from, at - from);
        if (!given.isEmpty()) {
            out += given;
        } else if (startsSentence(text, at) && !general.isEmpty()) {
            out += general.at(0).toUpper() + general.mid(1);
        } else {
            out += general;
        }
        from = at + placeholder.size();
    }
    out += QStringView(text).mid(from);
    return out;
}

QStringList render(const QStringList &texts, const QString &name)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out.append(render(text, name));
    return out;
}

namespace {
QString nameOf(const QStringList &names, int partner)
{
    return partner >= 0 && partner < names.size() ? names.at(partner) : QString();
}
} // namespace

QString forSpeaker(const QString &text, const QStringList &names, int speaker)
{
    return render(text, speaker < 0 ? QString() : nameOf(names, 1 - speaker));
}

QStringList forSpeaker(const QStringList &texts, const QStringList &names, int speaker)
{
    return render(texts, speaker < 0 ? QString() : nameOf(names, 1 - speaker));
}

QString forListener(const QString &text, const QStringList &names, int speaker)
{
    return render(text, nameOf(names, speaker));
}

} // namespace PartnerPlaceholder
