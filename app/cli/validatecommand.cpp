// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "content/contentrepository.h"
#include "content/contentsummary.h"

#include <QJsonDocument>

#include <cstdio>

int ValidateCommand::run(const QStringList &paths)
{
    ContentRepository builtIn;
    builtIn.loadDirectory(ContentRepository::builtInRoot());

    const ContentRepository *checked = &builtIn;
    ContentRepository given;
    if (!paths.isEmpty()) {
        // The given files are checked on their own, with the built-in content
        // standing in for what they refer to but do not define.
        given.loadFiles(paths, &builtIn);
        checked = &given;
    }
    const QByteArray report = QJsonDocument(ContentSummary::toJson(*checked)).toJson(QJsonDocument::Compact);
    std::fwrite(report.constData(), 1, size_t(report.size()), stdout);
    std::fputc('\n', stdout);
    return checked->errors().isEmpty() ? 0 : 1;
}
