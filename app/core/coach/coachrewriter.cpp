// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachrewriter.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Leading words a part keeps from its sentence that the rewrite supplies itself.
QString withoutLeading(QString part, std::initializer_list<QLatin1StringView> words)
{
    part = part.trimmed();
    for (QLatin1StringView word : words) {
        if (part.startsWith(word, Qt::CaseInsensitive) && part.size() > word.size() && part.at(word.size()) == u' ')
            return part.mid(word.size() + 1).trimmed();
    }
    return part;
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Without a closing mark, or a joining word the part was cut at ("... while").
QString withoutEndMark(QString text)
{
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == u'!' || text.back() == u'?' || text.back() == u','))
        text.chop(1);
    text = text.trimmed();
    for (QLatin1StringView joiner : {" while"_L1, " and"_L1, " but"_L1, " because"_L1, " when"_L1, " so"_L1}) {
        if (text.endsWith(joiner, Qt::CaseInsensitive))
            return withoutEndMark(text.chopped(joiner.size()));
    }
    return text;
}

// The sentence that holds [start, end) of `text`, with that span left out:
// "You always leave your dishes out." -> "you leave your dishes out".
QString sentenceWithout(const QString &text, qsizetype start, qsizetype end)
{
    const auto isEnd = [](QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u'\n'; };
    qsizetype first = start;
    while (first > 0 && !isEnd(text.at(first - 1)))
        --first;
    qsizetype last = end;
    while (last < text.size() && !isEnd(text.at(last)))
        ++last;
    QString sentence = text.mid(first, start - first) + u' ' + text.mid(end, last - end);
    sentence = sentence.simplified();
    sentence.replace(u" ,"_s, u","_s);
    while (sentence.startsWith(u',') || sentence.endsWith(u','))
        sentence = sentence.startsWith(u',') ? sentence.mid(1).trimmed() : sentence.chopped(1).trimmed();
    if (sentence.size() > 1 && sentence.at(1).isLower())
        sentence[0] = sentence.at(0).toLower();
    return sentence;
}

// What happened, from a sweeping sentence without its sweeping word ("always",
// "all the time"): the event as a camera would see it. Words that flip the
// meaning when left out ("never", "nothing") are not used.
QString situationFromSweep(const QString &text, const QList<CoachFinding> &findings)
{
    for (const CoachFinding &finding : findings) {
        if (finding.patternId != "absolute-always"_L1)
            continue;
        const QString sentence = sentenceWithout(text, finding.start, finding.end);
        // A statement about the partner, not a question ("why do you ...") or a clause ("when we ...").
        const bool statement = sentence.startsWith(u"you"_s, Qt::CaseInsensitive)
                               || sentence.startsWith(u"it "_s, Qt::CaseInsensitive);
        const qsizetype close = text.indexOf(u'?', finding.end);
        const qsizetype stop = text.indexOf(u'.', finding.end);
        const bool question = close >= 0 && (stop < 0 || close < stop);
        return statement && !question ? sentence : QString();
    }
    return {};
}

// A demand turned into a request: "You need to call back." -> "Would you be
// willing to call back?". Not for "you should have" (the past) or "must not".
QString requestFromDemand(const QString &text, const QList<CoachFinding> &findings)
{
    for (const CoachFinding &finding : findings) {
        // A bare order asks for what it names: "Call her." -> "Would you be willing to call her?"
        if (finding.patternId == "demand-imperative"_L1) {
            qsizetype last = finding.start;
            while (last < text.size() && text.at(last) != u'.' && text.at(last) != u'!' && text.at(last) != u'?'
                   && text.at(last) != u'\n')
                ++last;
            QString order = text.mid(finding.start, last - finding.start).trimmed();
            const QString lower = order.toLower();
            if (order.isEmpty() || lower.startsWith(u"don"_s) || lower.startsWith(u"never"_s) || lower.startsWith(u"do not"_s))
                continue;
            order[0] = order.at(0).toLower();
            return QCoreApplication::translate("Coach", "Would you be willing to %1?",
                                               "a whole kinder sentence: the request").arg(order);
        }
        if (finding.patternId != "demand-should"_L1 && finding.patternId != "demand-must"_L1)
            continue;
        const QString span = text.mid(finding.start, finding.end - finding.start).toLower();
        const bool past = (span.contains(u"have"_s) && !span.contains(u"have to"_s))
                          || (span.contains(u"'ve"_s) && !span.contains(u"got to"_s));
        if (span.contains(u"n't"_s) || span.contains(u"not"_s) || past)
            continue;
        qsizetype last = finding.end;
        while (last < text.size() && text.at(last) != u'.' && text.at(last) != u'!' && text.at(last) != u'?'
               && text.at(last) != u'\n')
            ++last;
        const QString rest = text.mid(finding.end, last - finding.end).trimmed();
        const bool cleft = text.left(finding.start).trimmed().endsWith(u"what"_s, Qt::CaseInsensitive);
        if (rest.isEmpty() || cleft || rest.startsWith(u"have "_s, Qt::CaseInsensitive)
            || rest.startsWith(u"not "_s, Qt::CaseInsensitive))
            continue;
        return QCoreApplication::translate("Coach", "Would you be willing to %1?", "a whole kinder sentence: the request")
            .arg(rest);
    }
    return {};
}

// `checkParts`: leave blank each part that would not pass on its own; without
// it every found part is used (cheaper, and usually clean).
QString gentleStartUp(const QString &text, const CoachAnalysis &analysis,
                      const std::function<bool(const QString &)> &isClean, bool checkParts)
{
    const CoachParts &parts = analysis.parts;
    const QString blank = CoachRewriter::blank();
    // A part longer than a sentence or two is not what a blank stands for.
    constexpr qsizetype longest = 240;
    const auto usable = [&](const QString &part) {
        return !part.isEmpty() && part.size() <= longest && (!checkParts || isClean(part));
    };
    // A word of the feelings vocabulary: nothing in it to find.
    const QString feeling = parts.feeling.isEmpty() ? blank : parts.feeling;
    QString situation = situationFromSweep(text, analysis.findings);
    if (!usable(situation))
        situation = withoutEndMark(withoutLeading(parts.situation, {"whenever"_L1, "when"_L1}));
    if (!usable(situation))
        situation = blank;
    QString need = withoutEndMark(withoutLeading(parts.need, {"because"_L1, "cause"_L1, "cos"_L1, "since"_L1, "as"_L1}));
    need = usable(need) ? sentenceCase(need) + u'.'
                        : QCoreApplication::translate("Coach", "I need %1.", "a whole kinder sentence: the need").arg(blank);
    QString request = withoutEndMark(parts.request);
    if (usable(request)) {
        request = sentenceCase(request) + u'?';
    } else {
        request = requestFromDemand(text, analysis.findings);
        if (!usable(request))
            request = QCoreApplication::translate("Coach", "Would you be willing to %1?",
                                                  "a whole kinder sentence: the request").arg(blank);
    }
    return QCoreApplication::translate("Coach", "I felt %1 when %2. %3 %4",
                                       "a whole kinder sentence: feeling, situation, need, request")
        .arg(feeling, situation, need, request);
}

// Gottman's antidote to stonewalling: a break to calm down, with a time to come back.
QString aBreak()
{
    return QCoreApplication::translate("Coach", "I'm feeling %1 and I need a break. Can we come back to this "
                                                "in twenty minutes?", "a whole kinder sentence: a break")
        .arg(CoachRewriter::blank());
}

// Gottman's antidote to defensiveness: taking responsibility for a part, however small.
QString responsibility()
{
    return QCoreApplication::translate("Coach", "I can see my part in %1, and I'm sorry. What would help now?",
                                       "a whole kinder sentence: taking responsibility")
        .arg(CoachRewriter::blank());
}

} // namespace

QStringList CoachRewriter::templates()
{
    return {aBreak(), responsibility(), gentleStartUp(QString(), CoachAnalysis{}, nullptr, false)};
}

QString CoachRewriter::blank()
{
    return u"___"_s;
}

QString CoachRewriter::placeholder()
{
    return u"something"_s;
}

QString CoachRewriter::filled(const QString &rewrite)
{
    QString text = rewrite;
    return text.replace(blank(), placeholder());
}

QString CoachRewriter::rewrite(const QString &text, const CoachAnalysis &analysis,
                               const std::function<bool(const QString &)> &isClean)
{
    if (analysis.findings.isEmpty())
        return {};
    QSet<QString> kinds;
    for (const CoachFinding &finding : analysis.findings)
        kinds.insert(finding.kind);
    QString kinder;
    if (kinds == QSet<QString>{u"stonewalling"_s}) {
        kinder = aBreak();
    } else if (kinds == QSet<QString>{u"defensiveness"_s}) {
        kinder = responsibility();
    } else {
        kinder = gentleStartUp(text, analysis, isClean, false);
    }
    if (isClean(filled(kinder)))
        return kinder;
    kinder = gentleStartUp(text, analysis, isClean, true);
    if (isClean(filled(kinder)))
        return kinder;
    return gentleStartUp(QString(), CoachAnalysis{}, isClean, false); // every part blank
}
