// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "favouriterows.h"

#include "storage/favourite.h"

#include "actionresult.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

#include <optional>

class ContentRepository;
class Database;
class FavouritesStore;

// The user's starred prompts, newest first, with starring, notes, removal,
// one step of undo, and export and import. Favourites whose content no longer
// exists stay, shown with the words saved when they were starred.
// At start only the count is read; which prompts are starred is read when
// first asked, and the favourites themselves when first shown (FavouriteRows).
class FavouritesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Favourites come from App.favourites")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)

public:
    enum Roles {
        FavouriteIdRole = Qt::UserRole + 1,
        PromptKindRole,
        KindLabelRole,
        ContentIdRole,
        TextRole,
        SectionIdRole,
        SectionTitleRole,
        SectionOrderRole,
        NoteRole,
        CreatedAtRole,
        ContentExistsRole,
        SearchTextRole,
    };
    Q_ENUM(Roles)

    FavouritesModel(FavouritesStore &store, const ContentRepository &content, Database &database,
                    QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return m_rows.count(); }
    // Whether every favourite's words have been read yet (they are when first shown).
    [[nodiscard]] bool rowsRead() const { return m_rows.rowsRead(); }
    [[nodiscard]] bool canUndo() const { return m_undo.has_value(); }
    [[nodiscard]] QString undoText() const;

    Q_INVOKABLE bool isStarred(const QString &promptKind, const QString &contentId) const;
    // The favourite of one prompt, found by its key: looking at one card's
    // star or note never reads every favourite.
    [[nodiscard]] std::optional<Favourite> favouriteOf(const QString &promptKind, const QString &contentId) const;
    // Stars or unstars; either can be undone.
    Q_INVOKABLE bool toggleStar(const QString &promptKind, const QString &contentId);
    // Stars the person's own words (kind "statement"), which no content holds.
    bool starOwnWords(const QString &contentId, const QString &text);
    // Shows a starred statement's new words; DraftStore saved them with the draft.
    void showOwnWords(const QString &contentId, const QString &text);
    // The couple's own cards can be edited after starring: their favourites
    // show (and keep) the cards' words as they are now. Called after own decks load.
    void refreshOwnCardWords();
    Q_INVOKABLE bool remove(qint64 favouriteId);
    Q_INVOKABLE bool setNote(qint64 favouriteId, const QString &note);
    Q_INVOKABLE bool undo();

    // Each returns a sentence for the person: what happened, or what went wrong.
    Q_INVOKABLE ActionResult exportMarkdown(const QUrl &file) const;
    Q_INVOKABLE ActionResult exportJson(const QUrl &file) const;
    Q_INVOKABLE ActionResult importJson(const QUrl &file);

    // Reads everything again, after a backup import or deleting all data.
    Q_INVOKABLE void reload();

signals:
    void countChanged();
    void undoChanged();
    void starChanged(const QString &promptKind, const QString &contentId);
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    [[nodiscard]] ActionResult writeExport(const QUrl &file, const QByteArray &data) const;
    struct UndoStep
    {
        enum class Kind { Unstar, Restore } kind;
        Favourite favourite;
    };

    // Every favourite, read the first time they are needed.
    [[nodiscard]] const QList<Favourite> &rows() const;
    // After rows() read another number than was counted: the model says so with a reset.
    void recount();
    // Saves a new favourite, shows it, and offers to undo it.
    bool star(Favourite favourite);
    // Shows a favourite the store holds now.
    void insertStored(const Favourite &favourite);
    // Removes it from the store, then from view, and offers to undo it.
    bool removeStored(const Favourite &favourite, int row);
    void showChangedText(int row, const QString &text);
    void setUndo(std::optional<UndoStep> step);

    FavouritesStore &m_store;
    const ContentRepository &m_content;
    Database &m_database;
    FavouriteRows m_rows;
    mutable bool m_recountQueued = false;
    QHash<QString, int> m_sectionOrder;
    std::optional<UndoStep> m_undo;
};
