// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

#include <optional>

class ContentRepository;

// The words a statement can be built from, grouped as the vocabulary groups
// them: feelings by family, or needs by group. The feelings end with the
// thoughts that pass for feelings ("ignored", "let down"), each with what may
// sit under it. VocabularyFilterModel narrows it down as the person types.
// The rows are made when first asked for, as the builder opens, not at start.
class VocabularyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Vocabularies come from App.feelings and App.needs")

public:
    enum class Kind { Feelings, Needs };

    enum Roles {
        WordRole = Qt::UserRole + 1,
        GroupIdRole,
        GroupTitleRole,
        FauxRole,      // a thought dressed as a feeling
        NoteRole,      // faux: what it says, and what may be underneath
        FeelingsRole,  // faux: real feelings that may be underneath
        NeedsRole,     // faux: needs that may be underneath
        PleasantRole,  // feelings only
        SearchTextRole,
        // The first row of its group, to be headed by the group's title. Always
        // true here; VocabularyFilterModel answers for the rows it shows.
        FirstInGroupRole,
    };
    Q_ENUM(Roles)

    VocabularyModel(Kind kind, const ContentRepository &content, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The row of a word, ignoring case, or -1.
    Q_INVOKABLE int indexOfWord(const QString &word) const;

private:
    struct Entry
    {
        QString word;
        QString groupId;
        QString groupTitle;
        bool faux = false;
        QString note;
        QStringList feelings;
        QStringList needs;
        bool pleasant = false;
        QString searchText;
    };

    [[nodiscard]] static QList<Entry> build(Kind kind, const ContentRepository &content);
    [[nodiscard]] const QList<Entry> &entries() const;

    const Kind m_kind;
    const ContentRepository &m_content;
    mutable std::optional<QList<Entry>> m_entries;
};
