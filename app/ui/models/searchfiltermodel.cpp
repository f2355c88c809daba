// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfiltermodel.h"

#include "librarymodel.h"
#include "rowvalues.h"

#include <QList>

using namespace Qt::StringLiterals;

SearchFilterModel::SearchFilterModel(int searchTextRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchTextRole(searchTextRole)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SearchFilterModel::countChanged);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void SearchFilterModel::refilter()
{
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return matchesSearch(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool SearchFilterModel::matchesSearch(const QModelIndex &sourceIndex) const
{
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = sourceIndex.data(m_searchTextRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return wordMatches(haystack, word); });
}

bool SearchFilterModel::wordMatches(const QString &haystack, const QString &word) const
{
    return haystack.contains(word);
}

QVariant SearchFilterModel::get(int row) const
{
    return rowValues(*this, row);
}

QString SearchFilterModel::highlighted(const QString &text, const QString &search, const QColor &colour) const
{
    return highlightedText(text, search, colour);
}

QString SearchFilterModel::highlightedText(const QString &text, const QString &search, const QColor &colour)
{
    const QString open = u"<b><font color=\"%1\">"_s.arg(colour.name());
    const QString close = u"</font></b>"_s;
    const QStringList words = LibraryModel::foldForSearch(search).split(u' ', Qt::SkipEmptyParts);
    // Folded one character at a time, remembering where each folded character
    // came from, so a match in the folded text marks the right original ones.
    QString folded;
    QList<qsizetype> origin;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString piece = LibraryModel::foldForSearch(QString(text.at(i)));
        folded += piece;
        for (qsizetype k = 0; k < piece.size(); ++k)
            origin.append(i);
    }
    QList<bool> marked(text.size(), false);
    for (const QString &word : words) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            for (qsizetype k = at; k < at + word.size(); ++k)
                marked[origin.at(k)] = true;
        }
    }
    QString html;
    bool inMark = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (marked.at(i) != inMark) {
            html += inMark ? close : open;
            inMark = marked.at(i);
        }
        html += QString(text.at(i)).toHtmlEscaped();
    }
    if (inMark)
        html += close;
    return html;
}
