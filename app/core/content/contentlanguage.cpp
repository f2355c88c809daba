// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlanguage.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isLowerAsciiLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isLowerAsciiLetterOrDigit(QChar c)
{
    return isLowerAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

} // namespace

// A BCP 47 shape, lower case: "de", "yue", "pt-br", "sr-latn". Checked by hand
// rather than by a regular expression: this runs at every start, and a first
// match would bring in PCRE2's JIT compiler, 0.4 MiB of memory, for one folder.
bool ContentLanguage::isLanguageFolder(const QString &name)
{
    const QList<QStringView> subtags = QStringView(name).split(u'-');
    const QStringView language = subtags.first();
    if (language.size() < 2 || language.size() > 3 || !std::all_of(language.begin(), language.end(), isLowerAsciiLetter))
        return false;
    return std::all_of(subtags.begin() + 1, subtags.end(), [](QStringView subtag) {
        return subtag.size() >= 2 && subtag.size() <= 8
            && std::all_of(subtag.begin(), subtag.end(), isLowerAsciiLetterOrDigit);
    });
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
