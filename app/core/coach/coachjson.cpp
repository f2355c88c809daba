// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QString &part)
{
    return part.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(part);
}

} // namespace

QJsonObject CoachJson::toJson(const QString &text, const CoachAnalysis &analysis)
{
    QJsonArray findings;
    for (const CoachFinding &f : analysis.findings) {
        QJsonObject finding{{u"kind"_s, f.kind},
                            {u"start"_s, qint64(f.start)},
                            {u"end"_s, qint64(f.end)},
                            {u"message"_s, f.message},
                            {u"suggestion"_s, f.suggestion},
                            {u"pattern"_s, f.patternId}};
        if (!f.replacement.isEmpty())
            finding.insert(u"replacement"_s, f.replacement);
        findings.append(finding);
    }
    const QJsonObject parts{{u"feeling"_s, orNull(analysis.parts.feeling)},
                            {u"situation"_s, orNull(analysis.parts.situation)},
                            {u"need"_s, orNull(analysis.parts.need)},
                            {u"request"_s, orNull(analysis.parts.request)}};
    return {{u"text"_s, text}, {u"findings"_s, findings}, {u"parts"_s, parts}, {u"rewrite"_s, orNull(analysis.rewrite)}};
}
