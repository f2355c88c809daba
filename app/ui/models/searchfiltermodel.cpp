// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfiltermodel.h"

#include "librarymodel.h"
#include "rowvalues.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
// At most this many searches are kept while typing (each a list of rows).
constexpr qsizetype keptSearches = 64;

// Every row that has `wider`'s words has `narrower`'s: each earlier word is
// the beginning of a word now (typing adds letters at a word's end).
bool narrows(const QStringList &wider, const QStringList &narrower)
{
    return std::all_of(wider.cbegin(), wider.cend(), [&](const QString &before) {
        return std::any_of(narrower.cbegin(), narrower.cend(),
                           [&](const QString &now) { return now.startsWith(before); });
    });
}
} // namespace

SearchFilterModel::SearchFilterModel(int searchTextRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchTextRole(searchTextRole)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SearchFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SearchFilterModel::countChanged);
}

void SearchFilterModel::setSourceModel(QAbstractItemModel *source)
{
    // Connected before the proxy's own handlers, so the proxy never tests a
    // changed row against a stale remembered match.
    watchSource(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void SearchFilterModel::watchSource(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetMatches();
    if (!source)
        return;
    for (auto signal : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        m_sourceConnections.append(connect(source, signal, this, &SearchFilterModel::forgetMatches));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, &SearchFilterModel::forgetMatches));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &SearchFilterModel::forgetMatches));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &SearchFilterModel::forgetMatches));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::dataChanged, this,
                                       [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                                           if (roles.isEmpty() || roles.contains(m_searchTextRole))
                                               forgetMatches();
                                       }));
}

void SearchFilterModel::forgetMatches()
{
    m_found.clear();
    m_matches.clear();
}

void SearchFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QStringList words = LibraryModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_searchWords) {
        // A space typed or erased: the same rows.
        emit filtersChanged();
        return;
    }
    m_searchWords = std::move(words);
    findMatches();
    refilter();
}

void SearchFilterModel::findMatches()
{
    while (!m_found.isEmpty() && !narrows(m_found.constLast().words, m_searchWords))
        m_found.removeLast();
    m_matches.clear();
    if (m_searchWords.isEmpty() || !sourceModel())
        return;
    if (m_found.isEmpty() || m_found.constLast().words != m_searchWords) {
        Found found{m_searchWords, {}};
        // Only the rows the last search found can have these words, or every row.
        const QList<int> *narrowing = m_found.isEmpty() ? nullptr : &m_found.constLast().rows;
        const qsizetype candidates = narrowing ? narrowing->size() : sourceModel()->rowCount();
        for (qsizetype i = 0; i < candidates; ++i) {
            const int row = narrowing ? narrowing->at(i) : int(i);
            if (textMatches(sourceSearchText(row)))
                found.rows.append(row);
        }
        if (m_found.size() == keptSearches)
            m_found.removeFirst();
        m_found.append(std::move(found));
    }
    m_matches.fill(false, sourceModel()->rowCount());
    for (const int row : std::as_const(m_found.constLast().rows))
        m_matches[row] = true;
}

void SearchFilterModel::refilter()
{
    // The source changed since the search was found: find it again, once.
    if (m_matches.isEmpty() && !m_searchWords.isEmpty())
        findMatches();
    invalidate();
    emit filtersChanged();
    emit countChanged();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return matchesSearch(sourceRow);
}

bool SearchFilterModel::matchesSearch(int sourceRow) const
{
    if (m_searchWords.isEmpty())
        return true;
    if (sourceRow < m_matches.size())
        return m_matches.at(sourceRow);
    // Not remembered (the source is changing now): tested as it is.
    return textMatches(sourceSearchText(sourceRow));
}

bool SearchFilterModel::textMatches(const QString &haystack) const
{
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&](const QString &word) { return wordMatches(haystack, word); });
}

QString SearchFilterModel::sourceSearchText(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(m_searchTextRole).toString();
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
