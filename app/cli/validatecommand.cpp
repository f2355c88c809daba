// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "content/contentlanguage.h"
#include "content/contentrepository.h"
#include "content/contentsummary.h"

#include <QJsonDocument>

#include <cstdio>

int ValidateCommand::run(const QStringList &paths)
{
    ContentRepository builtIn;
    builtIn.loadDirectory(ContentRepository::builtInRoot());

    QJsonObject summary;
    if (paths.isEmpty()) {
        // Every language folder built in is checked against the English too.
        const QString root = ContentRepository::builtInRoot();
        summary = ContentSummary::toJson(builtIn, ContentLanguage::available(root), builtIn.translationErrors(root));
    } else {
        // The given files are checked on their own, with the built-in content
        // standing in for what they refer to but do not define, and for what
        // a translation among them translates.
        ContentRepository given;
        given.loadFiles(paths, &builtIn);
        summary = ContentSummary::toJson(given);
    }
    const QByteArray report = QJsonDocument(summary).toJson(QJsonDocument::Compact);
    std::fwrite(report.constData(), 1, size_t(report.size()), stdout);
    std::fputc('\n', stdout);
    return summary.value(u"ok").toBool() ? 0 : 1;
}
