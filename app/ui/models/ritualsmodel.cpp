// SPDX-License-Identifier: GPL-3.0-or-later
#include "ritualsmodel.h"

#include "librarymodel.h"
#include "rowvalues.h"

#include "content/contentrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

RitualsModel::RitualsModel(const ContentRepository &content, Database &database, QObject *parent)
    : QAbstractListModel(parent), m_store(database)
{
    for (const Ritual &ritual : content.rituals()) {
        const GuideSection *section = content.section(ritual.section);
        Row row{ritual, section ? section->title : QString(), {}, false, std::nullopt, 0};
        row.searchText = LibraryModel::foldForSearch(ritual.title + u' ' + ritual.text + u' ' + row.sectionTitle);
        m_rows.append(row);
    }
    reload();
}

void RitualsModel::reload()
{
    QSet<QString> ours;
    for (const OurRitual &chosen : m_store.ours())
        ours.insert(chosen.ritualId);
    const QHash<QString, RitualTick> lastTicks = m_store.lastTicks();
    for (Row &row : m_rows) {
        row.ours = ours.contains(row.ritual.id);
        row.lastTick = lastTicks.contains(row.ritual.id) ? std::optional(lastTicks.value(row.ritual.id)) : std::nullopt;
        row.undoableTickId = 0; // what was ticked before is not this session's to take back
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit oursChanged();
    refreshSuggestion();
}

void RitualsModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

QDate RitualsModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int RitualsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool RitualsModel::keptThisWeek(const Row &row) const
{
    return row.lastTick
           && WeeklySuggestion::weekOf(row.lastTick->doneAt.toLocalTime().date()) == WeeklySuggestion::weekOf(today());
}

QVariant RitualsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.ritual.title;
    case RitualIdRole:
        return row.ritual.id;
    case TextRole:
        return row.ritual.text;
    case RhythmRole:
        return row.ritual.rhythm;
    case SectionIdRole:
        return row.ritual.section;
    case SectionTitleRole:
        return row.sectionTitle;
    case MinutesRole:
        return row.ritual.minutes;
    case OursRole:
        return row.ours;
    case LastKeptRole:
        return row.lastTick ? row.lastTick->doneAt : QDateTime();
    case LastNoteRole:
        return row.lastTick ? row.lastTick->note : QString();
    case KeptThisWeekRole:
        return keptThisWeek(row);
    case CanUndoTickRole:
        return row.undoableTickId != 0;
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QHash<int, QByteArray> RitualsModel::roleNames() const
{
    return {
        {RitualIdRole, "ritualId"},
        {TitleRole, "title"},
        {TextRole, "text"},
        {RhythmRole, "rhythm"},
        {SectionIdRole, "sectionId"},
        {SectionTitleRole, "sectionTitle"},
        {MinutesRole, "minutes"},
        {OursRole, "ours"},
        {LastKeptRole, "lastKept"},
        {LastNoteRole, "lastNote"},
        {KeptThisWeekRole, "keptThisWeek"},
        {CanUndoTickRole, "canUndoTick"},
        {SearchTextRole, "searchText"},
    };
}

int RitualsModel::ourCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.ours; }));
}

int RitualsModel::rowOf(const QString &ritualId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ritual.id == ritualId)
            return int(i);
    }
    return -1;
}

QVariant RitualsModel::get(int row) const
{
    return rowValues(*this, row);
}

bool RitualsModel::choose(const QString &ritualId)
{
    const int row = rowOf(ritualId);
    if (row < 0)
        return false;
    if (!m_store.choose(ritualId)) {
        emit problem(tr("That ritual could not be made one of yours: %1").arg(m_store.lastError()));
        return false;
    }
    m_rows[row].ours = true;
    changed(row);
    emit oursChanged();
    return true;
}

bool RitualsModel::letGo(const QString &ritualId)
{
    const int row = rowOf(ritualId);
    if (row < 0 || !m_rows.at(row).ours)
        return false;
    if (!m_store.letGo(ritualId)) {
        emit problem(tr("That ritual could not be let go: %1").arg(m_store.lastError()));
        return false;
    }
    m_rows[row].ours = false;
    changed(row);
    emit oursChanged();
    return true;
}

bool RitualsModel::tick(const QString &ritualId, const QString &note)
{
    const int row = rowOf(ritualId);
    if (row < 0)
        return false;
    const std::optional<RitualTick> tick = m_store.tick(ritualId, note);
    if (!tick) {
        emit problem(tr("That ritual could not be ticked off: %1").arg(m_store.lastError()));
        return false;
    }
    m_rows[row].lastTick = tick;
    m_rows[row].undoableTickId = tick->id;
    changed(row);
    return true;
}

bool RitualsModel::undoTick(const QString &ritualId)
{
    const int row = rowOf(ritualId);
    if (row < 0 || m_rows.at(row).undoableTickId == 0)
        return false;
    if (!m_store.removeTick(m_rows.at(row).undoableTickId)) {
        emit problem(tr("That tick could not be taken back: %1").arg(m_store.lastError()));
        return false;
    }
    // The tick before it, if any, is the last again.
    const QHash<QString, RitualTick> lastTicks = m_store.lastTicks();
    m_rows[row].lastTick
        = lastTicks.contains(ritualId) ? std::optional(lastTicks.value(ritualId)) : std::nullopt;
    m_rows[row].undoableTickId = 0;
    changed(row);
    return true;
}

void RitualsModel::changed(int row)
{
    emit dataChanged(index(row), index(row));
    refreshSuggestion();
}

void RitualsModel::refreshSuggestion()
{
    QStringList ours;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.ours)
            ours.append(row.ritual.id);
    }
    QList<Ritual> rituals;
    for (const Row &row : std::as_const(m_rows))
        rituals.append(row.ritual);
    const WeeklySuggestion suggestion = WeeklySuggestion::choose(rituals, ours, m_store.ticks(), today());
    if (suggestion.ritualId == m_suggestion.ritualId && suggestion.ours == m_suggestion.ours
        && suggestion.keptThisWeek == m_suggestion.keptThisWeek)
        return;
    m_suggestion = suggestion;
    emit weeklySuggestionChanged();
}

QVariantMap RitualsModel::weeklySuggestion() const
{
    const int row = rowOf(m_suggestion.ritualId);
    if (row < 0)
        return {};
    QVariantMap values = rowValues(*this, row);
    values.insert(u"ours"_s, m_suggestion.ours);
    values.insert(u"keptThisWeek"_s, m_suggestion.keptThisWeek);
    return values;
}
