// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rituals/ritualstore.h"
#include "rituals/weeklysuggestion.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

class ContentRepository;
class Database;

// Every ritual of the content, in its order, with what the couple made of
// it: whether it is one of theirs, when they last kept it and the note they
// wrote then. Choosing, letting go, ticking one off and undoing a tick are
// here; the week's suggestion is WeeklySuggestion's. No role counts anything.
class RitualsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rituals come from App.rituals")

    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int ourCount READ ourCount NOTIFY oursChanged)
    // The one for this week: the ritual's row values (ritualId, title, ...)
    // with `ours` and `keptThisWeek`; empty when the content has no rituals.
    Q_PROPERTY(QVariantMap weeklySuggestion READ weeklySuggestion NOTIFY weeklySuggestionChanged)

public:
    enum Roles {
        RitualIdRole = Qt::UserRole + 1,
        TitleRole,
        TextRole,
        RhythmRole, // daily, weekly, occasional
        SectionIdRole,
        SectionTitleRole,
        MinutesRole, // 0 when the content gives no estimate
        OursRole,
        LastKeptRole, // an invalid date when never kept
        LastNoteRole,
        KeptThisWeekRole,
        CanUndoTickRole, // ticked off in this session, and not undone
        SearchTextRole,
    };
    Q_ENUM(Roles)

    RitualsModel(const ContentRepository &content, Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int ourCount() const;
    [[nodiscard]] QVariantMap weeklySuggestion() const;

    Q_INVOKABLE int rowOf(const QString &ritualId) const;
    // The row's values by role name; empty for a row that is not there.
    Q_INVOKABLE QVariant get(int row) const;
    Q_INVOKABLE bool choose(const QString &ritualId);
    Q_INVOKABLE bool letGo(const QString &ritualId);
    // Keeps the ritual as done now, with an optional note.
    Q_INVOKABLE bool tick(const QString &ritualId, const QString &note);
    // Takes back the tick made last in this session for that ritual.
    Q_INVOKABLE bool undoTick(const QString &ritualId);

    // Reads the couple's rituals again (after a backup import or Delete all),
    // and the week again (a new week may have begun since).
    Q_INVOKABLE void reload();
    // The day "this week" is counted from; today unless a test sets it.
    void setToday(QDate today);

signals:
    void oursChanged();
    void weeklySuggestionChanged();
    // Something could not be saved; `message` says so in plain words.
    void problem(const QString &message);

private:
    struct Row
    {
        Ritual ritual;
        QString sectionTitle;
        QString searchText;
        bool ours = false;
        std::optional<RitualTick> lastTick;
        qint64 undoableTickId = 0;
    };

    [[nodiscard]] QDate today() const;
    [[nodiscard]] bool keptThisWeek(const Row &row) const;
    void changed(int row);
    void refreshSuggestion();

    RitualStore m_store;
    QList<Row> m_rows;
    QDate m_today;
    WeeklySuggestion m_suggestion;
};
