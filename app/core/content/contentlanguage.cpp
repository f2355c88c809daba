// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlanguage.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool ContentLanguage::isLanguageFolder(const QString &name)
{
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[a-z0-9]{2,8})*$"_s);
    return tag.match(name).hasMatch();
}

QStringList ContentLanguage::available(const QString &root)
{
    QStringList languages;
    const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (isLanguageFolder(folder))
            languages.append(folder);
    }
    return languages;
}

QString ContentLanguage::choose(const QStringList &preferred, const QStringList &available)
{
    for (const QString &wanted : preferred) {
        QString tag = wanted.toLower().replace(u'_', u'-');
        while (!tag.isEmpty()) {
            // English is the base: preferring it over a later language keeps the content as it is.
            if (tag == base)
                return {};
            if (available.contains(tag))
                return tag;
            const qsizetype cut = tag.lastIndexOf(u'-');
            tag.truncate(cut < 0 ? 0 : cut);
        }
    }
    return {};
}
