// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalmarkdown.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalMarkdown", text);
}

QString nameOr(const std::function<QString(const QString &)> &name, const QString &id)
{
    const QString found = name ? name(id) : QString();
    return found.isEmpty() ? id : found;
}

} // namespace

QByteArray JournalMarkdown::toMarkdown(const QString &journalName, const QList<JournalEntry> &pages,
                                       const Names &names)
{
    QString out = u"# "_s + journalName + u"\n\n"_s;
    const QLocale locale;
    for (auto it = pages.crbegin(); it != pages.crend(); ++it) {
        const JournalEntry &page = *it;
        out += u"## "_s + locale.toString(page.createdAt.toLocalTime().date(), QLocale::LongFormat) + u"\n\n"_s;
        if (!page.promptId.isEmpty())
            out += u"*"_s + nameOr(names.prompt, page.promptId) + u"*\n\n"_s;
        if (!page.feeling.isEmpty())
            out += tr("Feeling: %1").arg(nameOr(names.feeling, page.feeling)) + u"\n\n"_s;
        if (!page.tags.isEmpty()) {
            QStringList sections;
            for (const QString &tag : page.tags)
                sections.append(nameOr(names.section, tag));
            out += tr("Parts of the guide: %1").arg(sections.join(u", "_s)) + u"\n\n"_s;
        }
        out += page.text.trimmed() + u"\n\n"_s;
    }
    return out.toUtf8();
}
