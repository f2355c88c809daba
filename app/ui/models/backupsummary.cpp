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
    // Hearth ships no translations yet, so "(s)" plurals would show as written.
    const auto add = [&](qsizetype count, const QString &one, const QString &many) {
        if (count == 1)
            parts.append(one);
        else if (count > 1)
            parts.append(many.arg(count));
    };
    using S = BackupSummary;
    add(summary.favourites, S::tr("1 favourite"), S::tr("%1 favourites"));
    add(summary.drafts, S::tr("1 draft"), S::tr("%1 drafts"));
    add(summary.journalPages, S::tr("1 journal page"), S::tr("%1 journal pages"));
    add(summary.conversations, S::tr("1 conversation"), S::tr("%1 conversations"));
    add(summary.appreciations, S::tr("1 appreciation"), S::tr("%1 appreciations"));
    add(summary.drillsDone, S::tr("1 drill done"), S::tr("%1 drills done"));
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
