// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachpatternfinding.h"

namespace {

// The replacement in the case of the words it replaces: "Always" -> "Often".
QString inCaseOf(const QString &replacement, QStringView original)
{
    if (replacement.isEmpty() || original.isEmpty())
        return replacement;
    const bool allCaps = original.size() > 1 && original.toString().toUpper() == original
                         && original.toString().toLower() != original;
    if (allCaps)
        return replacement.toUpper();
    if (original.front().isUpper() && replacement.front().isLower())
        return replacement.front().toUpper() + replacement.mid(1);
    return replacement;
}

} // namespace

CoachFinding findingFromPattern(const CoachPattern &pattern, const QString &text, const CoachTokens &tokens,
                                qsizetype begin, qsizetype end)
{
    CoachFinding finding;
    finding.kind = pattern.kind;
    finding.start = tokens.at(begin).start;
    finding.end = tokens.at(end - 1).end;
    finding.message = pattern.explanation;
    finding.suggestion = pattern.alternative;
    finding.replacement = inCaseOf(pattern.replacement, QStringView(text).mid(finding.start, finding.end - finding.start));
    finding.patternId = pattern.id;
    return finding;
}
