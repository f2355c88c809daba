// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesmodel.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"
#include "librarymodel.h"
#include "storage/draftstore.h"
#include "storage/favouritesexchange.h"
#include "storage/favouritesstore.h"
#include "storage/savefile.h"

#include <QDir>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString savedMessage(qsizetype count, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    return FavouritesModel::tr("Saved %n favourite(s) to %1.", nullptr, int(count)).arg(where);
}
} // namespace

FavouritesModel::FavouritesModel(FavouritesStore &store, const ContentRepository &content, Database &database,
                                 QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_content(content), m_database(database), m_rows(store)
{
    for (qsizetype i = 0; i < content.sections().size(); ++i)
        m_sectionOrder.insert(content.sections().at(i).id, int(i));
}

void FavouritesModel::reload()
{
    beginResetModel();
    m_rows.forget();
    endResetModel();
    setUndo(std::nullopt);
    emit countChanged();
    emit starChanged({}, {});
}

const QList<Favourite> &FavouritesModel::rows() const
{
    const QList<Favourite> &rows = m_rows.rows();
    // Only a failed read or a change behind Hearth's back: the count said otherwise.
    if (!m_rows.readAsCounted() && !m_recountQueued) {
        m_recountQueued = true;
        QMetaObject::invokeMethod(const_cast<FavouritesModel *>(this), &FavouritesModel::recount, Qt::QueuedConnection);
    }
    return rows;
}

void FavouritesModel::recount()
{
    m_recountQueued = false;
    beginResetModel();
    m_rows.adoptReadCount();
    endResetModel();
    emit countChanged();
    emit starChanged({}, {});
}

int FavouritesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count();
}

QVariant FavouritesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Favourite> &favourites = rows();
    if (index.row() >= favourites.size())
        return {}; // fewer than counted; recount() is on its way
    const Favourite &f = favourites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return f.savedText;
    case FavouriteIdRole: return f.id;
    case PromptKindRole: return f.kind;
    case KindLabelRole: return FavouritesExchange::kindLabel(f.kind);
    case ContentIdRole: return f.contentId;
    case SectionIdRole: return f.section;
    case SectionTitleRole: {
        const GuideSection *section = m_content.section(f.section);
        return section ? section->title : QString();
    }
    case SectionOrderRole: return m_sectionOrder.value(f.section, int(m_sectionOrder.size()));
    case NoteRole: return f.note;
    case CreatedAtRole: return f.createdAt;
    case ContentExistsRole:
        // The person's own words are never "gone from the content": they were never in it.
        return FavouritesExchange::isOwnWords(f.kind) || !m_content.prompt(f.kind, f.contentId).text.isEmpty();
    case SearchTextRole: return LibraryModel::foldForSearch(f.savedText + u' ' + f.note);
    }
    return {};
}

bool FavouritesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != NoteRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.row() >= rows().size())
        return false;
    return setNote(rows().at(index.row()).id, value.toString());
}

QHash<int, QByteArray> FavouritesModel::roleNames() const
{
    return {
        {FavouriteIdRole, "favouriteId"},   {PromptKindRole, "promptKind"},     {KindLabelRole, "kindLabel"},
        {ContentIdRole, "contentId"},       {TextRole, "text"},                 {SectionIdRole, "sectionId"},
        {SectionTitleRole, "sectionTitle"}, {SectionOrderRole, "sectionOrder"}, {NoteRole, "note"},
        {CreatedAtRole, "createdAt"},       {ContentExistsRole, "contentExists"}, {SearchTextRole, "searchText"},
    };
}

bool FavouritesModel::isStarred(const QString &promptKind, const QString &contentId) const
{
    return m_rows.isStarred(promptKind, contentId);
}

std::optional<Favourite> FavouritesModel::favouriteOf(const QString &promptKind, const QString &contentId) const
{
    if (!isStarred(promptKind, contentId))
        return std::nullopt;
    return m_store.find(promptKind, contentId);
}

void FavouritesModel::insertStored(const Favourite &favourite)
{
    const int row = m_rows.rowFor(favourite);
    m_rows.startInserting(favourite, row);
    beginInsertRows({}, row, row);
    m_rows.finishChange();
    endInsertRows();
    emit countChanged();
    emit starChanged(favourite.kind, favourite.contentId);
}

bool FavouritesModel::removeStored(const Favourite &favourite, int row)
{
    if (!m_store.remove(favourite.id)) {
        emit problem(tr("That favourite could not be removed: %1").arg(m_store.lastError()));
        return false;
    }
    m_rows.startRemoving(favourite, row);
    beginRemoveRows({}, row, row);
    m_rows.finishChange();
    endRemoveRows();
    emit countChanged();
    emit starChanged(favourite.kind, favourite.contentId);
    setUndo(UndoStep{UndoStep::Kind::Restore, favourite});
    return true;
}

bool FavouritesModel::toggleStar(const QString &promptKind, const QString &contentId)
{
    if (isStarred(promptKind, contentId)) {
        // The store finds it by its key without reading every favourite.
        const std::optional<Favourite> starred = m_store.find(promptKind, contentId);
        const std::optional<int> row = starred ? m_rows.rowOf(starred->id) : std::nullopt;
        return row && removeStored(*starred, *row);
    }
    const auto prompt = m_content.prompt(promptKind, contentId);
    if (prompt.text.isEmpty())
        return false;
    Favourite favourite;
    favourite.kind = promptKind;
    favourite.contentId = contentId;
    // Kept words are read later by anyone: a placeholder reads "your partner".
    favourite.savedText = PartnerPlaceholder::render(prompt.text);
    favourite.section = prompt.section;
    return star(favourite);
}

bool FavouritesModel::star(Favourite favourite)
{
    if (!m_store.add(favourite)) {
        emit problem(tr("That could not be starred: %1").arg(m_store.lastError()));
        return false;
    }
    insertStored(favourite);
    setUndo(UndoStep{UndoStep::Kind::Unstar, favourite});
    return true;
}

bool FavouritesModel::starOwnWords(const QString &contentId, const QString &text)
{
    const QString kind = DraftStore::favouriteKind();
    if (isStarred(kind, contentId) || text.trimmed().isEmpty())
        return false;
    Favourite favourite;
    favourite.kind = kind;
    favourite.contentId = contentId;
    favourite.savedText = text;
    return star(favourite);
}

void FavouritesModel::showOwnWords(const QString &contentId, const QString &text)
{
    // Before the rows are read there is nothing shown to change: they will be read with these words.
    QList<Favourite> *favourites = m_rows.rowsIfRead();
    for (qsizetype row = 0; favourites && row < favourites->size(); ++row) {
        const Favourite &f = favourites->at(row);
        if (FavouritesExchange::isOwnWords(f.kind) && f.contentId == contentId && f.savedText != text)
            showChangedText(int(row), text);
    }
}

void FavouritesModel::showChangedText(int row, const QString &text)
{
    (*m_rows.rowsIfRead())[row].savedText = text;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {Qt::DisplayRole, TextRole, SearchTextRole});
}

void FavouritesModel::refreshOwnCardWords()
{
    // Before the rows are read, only the starred cards are read, and saved; nothing is shown yet.
    const QList<Favourite> cards = m_rows.rowsRead() ? rows() : m_store.ofKind(u"card"_s);
    for (const Favourite &f : cards) {
        if (f.kind != "card"_L1)
            continue;
        const Card *card = m_content.card(f.contentId);
        if (!card || m_content.isBuiltInDeck(card->deckId))
            continue; // gone cards keep the words saved when starred; built-in words do not change here
        const QString text = PartnerPlaceholder::render(card->text);
        if (text == f.savedText)
            continue;
        if (!m_store.setSavedText(f.id, text)) {
            emit problem(tr("A starred card's new words could not be saved with it: %1").arg(m_store.lastError()));
            continue;
        }
        if (m_rows.rowsRead()) {
            if (const std::optional<int> row = m_rows.rowOf(f.id))
                showChangedText(*row, text);
        }
    }
    // A deleted own card's favourite stays, now marked as gone from the content.
    if (m_rows.rowsRead() && m_rows.count() > 0)
        emit dataChanged(index(0), index(m_rows.count() - 1), {ContentExistsRole});
}

bool FavouritesModel::remove(qint64 favouriteId)
{
    const std::optional<int> row = m_rows.rowOf(favouriteId);
    if (!row)
        return false;
    const std::optional<Favourite> favourite = m_rows.rowsRead() ? std::optional(rows().at(*row))
                                                                 : m_store.find(favouriteId);
    return favourite && removeStored(*favourite, *row);
}

bool FavouritesModel::setNote(qint64 favouriteId, const QString &note)
{
    const std::optional<int> row = m_rows.rowOf(favouriteId);
    if (!row)
        return false;
    QList<Favourite> *favourites = m_rows.rowsIfRead();
    if (favourites && favourites->at(*row).note == note)
        return true;
    if (!m_store.setNote(favouriteId, note)) {
        emit problem(tr("Your note could not be saved: %1").arg(m_store.lastError()));
        return false;
    }
    // Before the rows are read nothing shows the note yet: it will be read from the store.
    if (favourites) {
        (*favourites)[*row].note = note;
        const QModelIndex changed = index(*row);
        emit dataChanged(changed, changed, {NoteRole, SearchTextRole});
    }
    return true;
}

QString FavouritesModel::undoText() const
{
    if (!m_undo)
        return {};
    return m_undo->kind == UndoStep::Kind::Unstar ? tr("Added to favourites.") : tr("Removed from favourites.");
}

void FavouritesModel::setUndo(std::optional<UndoStep> step)
{
    m_undo = std::move(step);
    emit undoChanged();
}

bool FavouritesModel::undo()
{
    if (!m_undo)
        return false;
    const UndoStep step = *m_undo;
    if (step.kind == UndoStep::Kind::Unstar) {
        const bool done = remove(step.favourite.id);
        setUndo(std::nullopt); // Undo is one step, not a toggle.
        return done;
    }
    if (!m_store.restore(step.favourite)) {
        emit problem(tr("That favourite could not be put back: %1").arg(m_store.lastError()));
        return false;
    }
    insertStored(step.favourite);
    setUndo(std::nullopt);
    return true;
}

ActionResult FavouritesModel::exportMarkdown(const QUrl &file) const
{
    return writeExport(file, FavouritesExchange::toMarkdown(rows(), m_content.sections()));
}

ActionResult FavouritesModel::exportJson(const QUrl &file) const
{
    return writeExport(file, FavouritesExchange::toJson(rows()));
}

ActionResult FavouritesModel::writeExport(const QUrl &file, const QByteArray &data) const
{
    const QString path = file.toLocalFile();
    QString error;
    if (path.isEmpty() || !writeFileAtomically(path, data, &error))
        return ActionResult::failure(
            tr("Your favourites could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
    return ActionResult::success(savedMessage(rows().size(), path));
}

ActionResult FavouritesModel::importJson(const QUrl &file)
{
    const auto result = FavouritesExchange::importFile(file.toLocalFile(), m_store, m_database);
    reload();
    if (!result.errors.isEmpty() && result.added + result.merged + result.skipped == 0)
        return ActionResult::failure(result.errors.join(u' '));
    QString message = tr("Added %n favourite(s).", nullptr, result.added);
    if (const int already = result.merged + result.skipped; already > 0)
        message += u' ' + tr("%n was already here.", "favourites already kept", already);
    if (!result.errors.isEmpty())
        message += u' ' + result.errors.join(u' ');
    return ActionResult::success(message);
}
