// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include "content/contentrepository.h"
#include "content/partnerplaceholder.h"
#include "favouritesmodel.h"

using namespace Qt::StringLiterals;

LibraryModel::LibraryModel(const ContentRepository &content, FavouritesModel *favourites, QObject *parent)
    : QAbstractListModel(parent), m_content(content), m_favourites(favourites)
{
    if (m_favourites)
        connect(m_favourites, &FavouritesModel::starChanged, this, &LibraryModel::refreshStars);
}

void LibraryModel::reload()
{
    beginResetModel();
    m_rows.reset();
    endResetModel();
}

const LibraryModel::Rows &LibraryModel::rows() const
{
    if (!m_rows)
        m_rows = build(m_content);
    return *m_rows;
}

LibraryModel::Rows LibraryModel::build(const ContentRepository &content)
{
    Rows rows;
    for (const GuideSection &section : content.sections())
        rows.sectionTitles.insert(section.id, section.title);
    for (const Deck &deck : content.decks()) {
        rows.deckTitles.insert(deck.id, deck.title);
        if (deck.origin != DeckOrigin::BuiltIn)
            rows.deckOrigins.insert(deck.id, deck.origin == DeckOrigin::Ours ? u"ours"_s : u"pack"_s);
    }

    // Titles repeat on every card of a part or deck: folded once each (the
    // fold of pieces joined by spaces is the pieces' folds joined by spaces).
    QHash<QString, QString> foldedSections;
    for (auto it = rows.sectionTitles.cbegin(); it != rows.sectionTitles.cend(); ++it)
        foldedSections.insert(it.key(), foldForSearch(it.value()));
    QHash<QString, QString> foldedDecks;
    for (auto it = rows.deckTitles.cbegin(); it != rows.deckTitles.cend(); ++it)
        foldedDecks.insert(it.key(), foldForSearch(it.value()));
    const auto searchable = [&](const Entry &e) -> QString {
        const QString words = QStringList{e.text, e.title, e.followUps.join(u' '), e.listenerHint, e.details.join(u' ')}
                                  .join(u' ');
        return foldForSearch(words) + u' ' + foldedSections.value(e.sectionId) + u' ' + foldedDecks.value(e.deckId);
    };
    // Ordered by the guide, as a reader would browse it: cards (decks in the
    // order of the part their first card practises; the couple's own after
    // Hearth's), then journal prompts, drills, rituals.
    QHash<QString, int> sectionOrder;
    for (qsizetype i = 0; i < content.sections().size(); ++i)
        sectionOrder.insert(content.sections().at(i).id, int(i));
    QList<Deck> decks = content.decks();
    const auto deckOrder = [&](const Deck &deck) {
        const int own = deck.origin == DeckOrigin::BuiltIn ? 0 : 1000;
        return own + (deck.cardIds.isEmpty() ? 0 : sectionOrder.value(content.card(deck.cardIds.constFirst())->section));
    };
    std::stable_sort(decks.begin(), decks.end(),
                     [&](const Deck &a, const Deck &b) { return deckOrder(a) < deckOrder(b); });
    rows.entries.reserve(content.cards().size() + content.journalPrompts().size() + content.drills().size()
                      + content.rituals().size());
    for (const Deck &deck : std::as_const(decks)) {
        for (const QString &cardId : deck.cardIds) {
            const Card *card = content.card(cardId);
            // Nobody in particular reads the library: the placeholder reads "your partner".
            Entry e{u"card"_s, card->id, PartnerPlaceholder::render(card->text), {}, card->section, deck.id,
                    card->depth, card->kind, card->answeredBy, PartnerPlaceholder::render(card->followUps),
                    PartnerPlaceholder::render(card->listenerHint), {}, {}};
            e.searchText = searchable(e);
            rows.entries.append(std::move(e));
        }
    }
    for (const JournalPrompt &prompt : content.journalPrompts()) {
        Entry e{u"journal"_s, prompt.id, prompt.text, {}, prompt.section, {}, 0, prompt.practice, {}, {}, {}, {}, {}};
        e.searchText = searchable(e);
        rows.entries.append(std::move(e));
    }
    for (const Drill &drill : content.drills()) {
        Entry e{u"drill"_s, drill.id, drill.statement, {}, drill.section, {}, 0, {}, {}, {}, drill.tip, drill.rewrites, {}};
        e.searchText = searchable(e);
        rows.entries.append(std::move(e));
    }
    for (const Ritual &ritual : content.rituals()) {
        Entry e{u"ritual"_s, ritual.id, ritual.text, ritual.title, ritual.section, {}, 0, ritual.rhythm, {}, {}, {},
                ritual.minutes > 0 ? QStringList{QString::number(ritual.minutes)} : QStringList{}, {}};
        e.searchText = searchable(e);
        rows.entries.append(std::move(e));
    }
    return rows;
}

QString LibraryModel::foldForSearch(const QString &text)
{
    // Nearly all text is ASCII, perhaps with curly quotes: nothing there
    // decomposes and its case folds to plain lower case, so the result is the
    // same as below without the Unicode tables (the slow part of building
    // the Library over a large collection).
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
        else if (u == u'\u2018' || u == u'\u2019')
            *out++ = QChar(u'\'');
        else
            return foldAnyText(text);
    }
    return folded;
}

QString LibraryModel::foldAnyText(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    folded.replace(u'\u2019', u'\'').replace(u'\u2018', u'\'');
    return folded.toCaseFolded();
}

void LibraryModel::refreshStars(const QString &promptKind, const QString &contentId)
{
    if (!m_rows) // nothing shown yet: the stars are read when the rows are
        return;
    for (qsizetype row = 0; row < m_rows->entries.size(); ++row) {
        const Entry &e = m_rows->entries.at(row);
        if (e.promptKind == promptKind && e.contentId == contentId) {
            const QModelIndex changed = index(int(row));
            emit dataChanged(changed, changed, {StarredRole});
            return;
        }
    }
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().entries.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rows &all = rows();
    const Entry &e = all.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return e.text;
    case PromptKindRole: return e.promptKind;
    case ContentIdRole: return e.contentId;
    case TitleRole: return e.title;
    case SectionIdRole: return e.sectionId;
    case SectionTitleRole: return all.sectionTitles.value(e.sectionId);
    case DeckIdRole: return e.deckId;
    case DeckTitleRole: return all.deckTitles.value(e.deckId);
    case DepthRole: return e.depth;
    case CardKindRole: return e.cardKind;
    case AnsweredByRole: return e.answeredBy;
    case FollowUpsRole: return e.followUps;
    case ListenerHintRole: return e.listenerHint;
    case DetailsRole: return e.details;
    case StarredRole: return m_favourites && m_favourites->isStarred(e.promptKind, e.contentId);
    case SearchTextRole: return e.searchText;
    case DeckOriginRole: return all.deckOrigins.value(e.deckId);
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    return {
        {PromptKindRole, "promptKind"},   {ContentIdRole, "contentId"},       {TextRole, "text"},
        {TitleRole, "title"},             {SectionIdRole, "sectionId"},       {SectionTitleRole, "sectionTitle"},
        {DeckIdRole, "deckId"},           {DeckTitleRole, "deckTitle"},       {DepthRole, "depth"},
        {CardKindRole, "cardKind"},       {AnsweredByRole, "answeredBy"},     {FollowUpsRole, "followUps"},
        {ListenerHintRole, "listenerHint"}, {DetailsRole, "details"},       {StarredRole, "starred"},
        {SearchTextRole, "searchText"},   {DeckOriginRole, "deckOrigin"},
    };
}
