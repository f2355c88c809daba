// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journalstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

class Autosaver;
class ContentRepository;

// The person's journal, most recently written first, and the guide's
// journaling prompts to write to. A page not kept yet is kept aside as it is
// written, so leaving or closing loses nothing.
class JournalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The journal comes from App.journal")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int promptCount READ promptCount CONSTANT)

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        PromptIdRole,
        PromptTextRole, // empty when written freely, or the prompt is no longer in Hearth
        TextRole,
        CreatedAtRole,
        UpdatedAtRole,
    };
    Q_ENUM(Roles)

    JournalModel(const ContentRepository &content, Database &database, Autosaver *autosaver,
                 QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] int promptCount() const;

    Q_INVOKABLE QVariant get(int row) const;
    // The row of a kept page, or -1.
    Q_INVOKABLE int rowOf(int entryId) const;
    // The prompt at `index`: {id, text, sectionId, sectionTitle, practice}, or empty.
    Q_INVOKABLE QVariantMap promptAt(int index) const;
    Q_INVOKABLE int promptIndexOf(const QString &promptId) const;
    // The prompt after `index` (of one part of the guide, when given), round again at the end.
    Q_INVOKABLE int nextPrompt(int index, const QString &sectionId = QString()) const;

    // Keeps a page: a new one (entryId 0) or new words for one kept before.
    // Returns its id, or 0 when it could not be saved.
    Q_INVOKABLE int save(int entryId, const QString &promptId, const QString &text);
    Q_INVOKABLE bool remove(int entryId);

    // The page being written and not kept yet: {entryId, promptId, text}, or empty.
    Q_INVOKABLE QVariantMap unsaved() const;
    Q_INVOKABLE void keepUnsaved(int entryId, const QString &promptId, const QString &text);

    // Reads everything again, after a backup import or deleting all data.
    void reload();

signals:
    void countChanged();
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    [[nodiscard]] QList<JournalEntry>::const_iterator find(qint64 entryId) const;

    const ContentRepository &m_content;
    JournalStore m_store;
    Database &m_database;
    Autosaver *m_autosaver;
    QList<JournalEntry> m_entries;
};
