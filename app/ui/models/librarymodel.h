// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

#include <optional>

class ContentRepository;
class FavouritesModel;

// Every prompt Hearth has, in one flat list: conversation cards, journal
// prompts, rewrite drills and rituals. LibraryFilterModel narrows it down.
class LibraryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The library comes from App.library")

public:
    enum Roles {
        PromptKindRole = Qt::UserRole + 1, // card, journal, drill, ritual
        ContentIdRole,
        TextRole,
        TitleRole, // rituals have one; empty otherwise
        SectionIdRole,
        SectionTitleRole,
        DeckIdRole,
        DeckTitleRole,
        DepthRole, // cards only; 0 otherwise
        CardKindRole, // question, activity, reflection, appreciation; journal: its practice; ritual: rhythm
        AnsweredByRole,
        FollowUpsRole,
        ListenerHintRole,
        DetailsRole, // drills: model rewrites; rituals: minutes
        StarredRole,
        SearchTextRole, // folded for matching
        DeckOriginRole, // cards only: "ours" or "pack" for the couple's own decks; empty for Hearth's
    };
    Q_ENUM(Roles)

    LibraryModel(const ContentRepository &content, FavouritesModel *favourites, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Reads the content again: the couple's own decks changed.
    void reload();

    // Text folded for search: lower case, accents removed, curly quotes straightened.
    [[nodiscard]] static QString foldForSearch(const QString &text);

    struct Entry
    {
        QString promptKind;
        QString contentId;
        QString text;
        QString title;
        QString sectionId;
        QString deckId;
        int depth = 0;
        QString cardKind;
        QString answeredBy;
        QStringList followUps;
        QString listenerHint;
        QStringList details;
        QString searchText; // folded
    };
    // A row's values as stored, for filters that test every row (no QVariant).
    [[nodiscard]] const Entry &entry(int row) const { return rows().entries.at(row); }

private:
    struct Rows
    {
        QList<Entry> entries;
        QHash<QString, QString> sectionTitles;
        QHash<QString, QString> deckTitles;
        QHash<QString, QString> deckOrigins;
    };

    [[nodiscard]] static QString foldAnyText(const QString &text);
    [[nodiscard]] static Rows build(const ContentRepository &content);
    [[nodiscard]] const Rows &rows() const;
    void refreshStars(const QString &promptKind, const QString &contentId);

    const ContentRepository &m_content;
    FavouritesModel *m_favourites;
    // Built when a view or filter first asks (the Library page, made when
    // first shown), not at start: a start does not show the Library, and
    // building it was 5 M instructions and 0.34 MiB of the start's heap.
    mutable std::optional<Rows> m_rows;
};
