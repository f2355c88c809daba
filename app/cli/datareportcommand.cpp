// SPDX-License-Identifier: GPL-3.0-or-later
#include "datareportcommand.h"

#include "storage/datareport.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

int DataReportCommand::run(const QString &dataDir)
{
    // The report rehearses a start on private copies; what that start would
    // log is in the report's reason, not on the terminal.
    QLoggingCategory::setFilterRules(u"hearth.storage=false"_s);
    const QJsonObject report = DataReport::make(dataDir);
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return report.value(u"saving"_s).toBool() ? 0 : 3;
}
