// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildercontroller.h"

#include "coach/coachcontroller.h"
#include "models/draftsmodel.h"
#include "practice/istatement.h"

using namespace Qt::StringLiterals;

namespace {

QString composed(const Draft &draft)
{
    return IStatement::compose({draft.feeling, draft.situation, draft.need, draft.request});
}

bool sameWords(const Draft &a, const Draft &b)
{
    return a.feeling == b.feeling && a.situation == b.situation && a.need == b.need && a.request == b.request
           && a.text == b.text;
}

} // namespace

BuilderController::BuilderController(DraftsModel *drafts, CoachController *coach, QObject *parent)
    : QObject(parent), m_drafts(drafts), m_coach(coach)
{
    connect(m_drafts, &DraftsModel::countChanged, this, &BuilderController::forgetDeletedDraft);
    connect(m_drafts, &QAbstractItemModel::modelReset, this, &BuilderController::forgetDeletedDraft);
    connect(m_drafts, &DraftsModel::starChanged, this, [this](qint64 id) {
        if (id == m_draft.id)
            emit draftChanged();
    });
}

void BuilderController::setPart(QString Draft::*part, const QString &value)
{
    if (m_draft.*part == value)
        return;
    m_draft.*part = value;
    emit partsChanged();
    emit textChanged();
    emit draftChanged();
}

void BuilderController::setFeeling(const QString &feeling)
{
    setPart(&Draft::feeling, feeling.trimmed());
}

void BuilderController::setSituation(const QString &situation)
{
    setPart(&Draft::situation, situation);
}

void BuilderController::setNeed(const QString &need)
{
    setPart(&Draft::need, need.trimmed());
}

void BuilderController::setRequest(const QString &request)
{
    setPart(&Draft::request, request);
}

void BuilderController::setRequestCanBeRefused(bool canBeRefused)
{
    if (canBeRefused == m_requestCanBeRefused)
        return;
    m_requestCanBeRefused = canBeRefused;
    emit partsChanged();
}

QVariant BuilderController::fauxFeeling() const
{
    return m_coach && !m_draft.feeling.isEmpty() ? m_coach->fauxFeeling(m_draft.feeling) : QVariant(QVariantMap());
}

QString BuilderController::text() const
{
    return m_handEdited ? m_draft.text : composed(m_draft);
}

void BuilderController::setText(const QString &text)
{
    if (text == this->text())
        return;
    // Typing the built sentence back exactly lets the parts lead again.
    m_handEdited = text != composed(m_draft);
    m_draft.text = m_handEdited ? text : QString();
    emit textChanged();
    emit draftChanged();
}

bool BuilderController::empty() const
{
    return !m_handEdited && m_draft.feeling.trimmed().isEmpty() && m_draft.situation.trimmed().isEmpty()
           && m_draft.need.trimmed().isEmpty() && m_draft.request.trimmed().isEmpty();
}

bool BuilderController::saved() const
{
    Draft current = m_draft;
    current.text = text();
    return m_draft.id > 0 && sameWords(current, m_savedAs);
}

bool BuilderController::starred() const
{
    return m_draft.id > 0 && m_drafts->isStarred(m_draft.id);
}

QString BuilderController::save()
{
    if (empty())
        return tr("Fill in at least one step first.");
    Draft draft = m_draft;
    draft.text = text();
    const bool isNew = draft.id == 0;
    const qint64 id = m_drafts->save(draft);
    if (id == 0)
        return tr("Your draft could not be saved.");
    draft.id = id;
    m_draft.id = id;
    m_savedAs = draft;
    emit draftChanged();
    return isNew ? tr("Saved to your drafts.") : tr("Your draft is saved.");
}

QString BuilderController::toggleStar()
{
    // Only a saved draft can be starred: the favourite refers to it.
    if (m_draft.id == 0 || !saved()) {
        const QString message = save();
        if (!saved())
            return message;
    }
    const bool wasStarred = starred();
    if (!m_drafts->toggleStar(m_draft.id))
        return tr("That could not be starred.");
    emit draftChanged();
    return wasStarred ? tr("Removed from favourites.")
                      : tr("Saved, and starred: it is in Favourites as your own words.");
}

QString BuilderController::copy() const
{
    if (m_coach)
        m_coach->copyToClipboard(text());
    return tr("Copied. Paste it wherever you like.");
}

bool BuilderController::open(qint64 draftId)
{
    const auto draft = m_drafts->find(draftId);
    if (!draft)
        return false;
    m_draft = *draft;
    m_savedAs = *draft;
    m_handEdited = draft->text != composed(*draft);
    if (!m_handEdited)
        m_draft.text.clear();
    m_requestCanBeRefused = false;
    emit partsChanged();
    emit textChanged();
    emit draftChanged();
    return true;
}

bool BuilderController::openFavourite(const QString &contentId)
{
    const qint64 id = DraftStore::draftIdOf(contentId);
    return id > 0 && open(id);
}

void BuilderController::startNew()
{
    m_draft = {};
    m_savedAs = {};
    m_handEdited = false;
    m_requestCanBeRefused = false;
    emit partsChanged();
    emit textChanged();
    emit draftChanged();
}

void BuilderController::rebuild()
{
    if (!m_handEdited)
        return;
    m_handEdited = false;
    m_draft.text.clear();
    emit textChanged();
    emit draftChanged();
}

void BuilderController::forgetDeletedDraft()
{
    // The words stay on the page, unsaved, when their draft is deleted.
    if (m_draft.id > 0 && !m_drafts->find(m_draft.id)) {
        m_draft.id = 0;
        m_savedAs = {};
        emit draftChanged();
    }
}
