// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/drillprogressstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

class Autosaver;
class CoachController;
class Database;
class ContentRepository;

// The rewrite drills, in the content's order, each with the person's progress:
// whether they rewrote it, their rewrite, and how many things the coach still
// found in it.
class DrillsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Drills come from App.drills")

    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY progressChanged)

public:
    enum Roles {
        DrillIdRole = Qt::UserRole + 1,
        StatementRole,
        SectionIdRole,
        SectionTitleRole,
        RewritesRole, // the content's model rewrites
        TipRole,
        DoneRole,
        RewriteRole,  // the person's own, when done
        FindingsRole, // what the coach found in it; -1 when not done
        CompletedAtRole,
    };
    Q_ENUM(Roles)

    DrillsModel(const ContentRepository &content, Database &database, DrillProgressStore &store,
                CoachController *coach, Autosaver *autosaver, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_drills.size()); }
    [[nodiscard]] int doneCount() const { return int(m_progress.size()); }

    Q_INVOKABLE QVariant get(int row) const;
    // The first drill of a part of the guide not done yet (else its first), or -1.
    Q_INVOKABLE int firstOfSection(const QString &sectionId) const;
    // Records the person's rewrite of the drill at `row`, with what the coach finds in it.
    Q_INVOKABLE bool saveRewrite(int row, const QString &rewrite);
    // A rewrite being written and not saved yet, kept aside so leaving the
    // drill or the page loses nothing: the text, or undefined when none.
    Q_INVOKABLE QVariant unsavedRewrite(int row) const;
    // Keeps `text` aside for the drill at `row` (written after a pause in
    // typing); the same words as the saved rewrite (or nothing, when none was
    // saved) clear what was kept.
    Q_INVOKABLE void keepUnsavedRewrite(int row, const QString &text);
    // Forgets all progress, and any rewrite not saved yet.
    Q_INVOKABLE bool resetProgress();

    // Reads progress again, after a backup import or deleting all data.
    void reload();

signals:
    void progressChanged();
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    struct Entry
    {
        QString id;
        QString statement;
        QString sectionId;
        QString sectionTitle;
        QStringList rewrites;
        QString tip;
    };

    Database &m_database;
    DrillProgressStore &m_store;
    CoachController *m_coach;
    Autosaver *m_autosaver;
    QList<Entry> m_drills;
    QHash<QString, DrillProgress> m_progress;
};
