// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsummary.h"

#include "friendlydate.h"
#include "storage/backup.h"
#include "storage/backupreader.h"

#include <QLocale>

BackupSummary::BackupSummary(QObject *parent) : QObject(parent) {}

namespace {

// "a, b and c" as a person lists things.
QString listed(const QStringList &parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    return BackupSummary::tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(u", "), parts.constLast());
}

QString holdsSentence(const BackupReader::Summary &summary)
{
    if (summary.isEmpty())
        return BackupSummary::tr("It holds nothing yet: no favourites, drafts, journal pages or conversations.");
    QStringList parts;
    // Items of the list in "It holds %1.", each with its own plural (%n); English's forms are in translations/hearth_en.ts.
    const auto add = [&](qsizetype count, const char *text) {
        if (count > 0)
            parts.append(BackupSummary::tr(text, nullptr, int(count)));
    };
    add(summary.favourites, QT_TRANSLATE_N_NOOP("BackupSummary", "%n favourite(s)"));
    add(summary.drafts, QT_TRANSLATE_N_NOOP("BackupSummary", "%n draft(s)"));
    add(summary.journalPages, QT_TRANSLATE_N_NOOP("BackupSummary", "%n journal page(s)"));
    add(summary.conversations, QT_TRANSLATE_N_NOOP("BackupSummary", "%n conversation(s)"));
    add(summary.appreciations, QT_TRANSLATE_N_NOOP("BackupSummary", "%n appreciation(s)"));
    add(summary.drillsDone, QT_TRANSLATE_N_NOOP("BackupSummary", "%n drill(s) done"));
    if (summary.freeWrite)
        parts.append(BackupSummary::tr("your free writing"));
    return BackupSummary::tr("It holds %1.").arg(listed(parts));
}

} // namespace

void BackupSummary::setFile(const QUrl &file)
{
    if (file == m_file)
        return;
    m_file = file;
    m_ok = false;
    m_holds.clear();
    m_made.clear();
    QByteArray json;
    QString problem;
    // The file is read, then checked through: either can say why it cannot be restored.
    const auto contents = Backup::readFile(file.toLocalFile(), &json, &problem)
        ? BackupReader::read(json, &problem)
        : std::nullopt;
    if (!contents) {
        m_holds = tr("It cannot be brought back: %1.").arg(problem);
    } else {
        m_ok = true;
        const BackupReader::Summary summary = BackupReader::summarize(*contents);
        m_holds = holdsSentence(summary);
        if (summary.exportedAt.isValid()) {
            const QDateTime local = summary.exportedAt.toLocalTime();
            const QLocale locale;
            m_made = tr("It was made %1 at %2.")
                         .arg(FriendlyDate::day(local.date(), QDate::currentDate(), locale),
                              locale.toString(local.time(), u"HH:mm")); // no seconds: a person says "at 20:15"
        }
    }
    emit fileChanged();
}
