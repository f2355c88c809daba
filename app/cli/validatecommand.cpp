// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "packcommand.h"

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
        // Packs among them are checked as packs, with the messages of an import.
        QStringList packPaths;
        QStringList contentPaths;
        for (const QString &path : paths)
            (PackCommand::isPack(path) ? packPaths : contentPaths).append(path);
        ContentRepository given;
        given.loadFiles(contentPaths, &builtIn);
        summary = ContentSummary::toJson(given);
        if (!packPaths.isEmpty())
            PackCommand::addPackChecks(packPaths, builtIn, summary);
    }
    const QByteArray report = QJsonDocument(summary).toJson(QJsonDocument::Compact);
    std::fwrite(report.constData(), 1, size_t(report.size()), stdout);
    std::fputc('\n', stdout);
    return summary.value(u"ok").toBool() ? 0 : 1;
}
