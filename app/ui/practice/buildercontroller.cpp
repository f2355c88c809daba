// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildercontroller.h"

#include "coach/coachcontroller.h"
#include "models/draftsmodel.h"
#include "practice/istatement.h"
#include "storage/autosaver.h"
#include "storage/workinprogressstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString composed(const Draft &draft)
{
    return IStatement::compose({draft.feeling, draft.situation, draft.need, draft.request});
}

bool sameWords(const Draft &a, const Draft &b)
{
    return a.feeling == b.feeling && a.situation == b.situation && a.need == b.need && a.request == b.request
           && a.requestCanBeRefused == b.requestCanBeRefused && a.text == b.text;
}

// The builder's page as kept aside: the parts, the hand-edited words if any,
// and which draft it was opened from.
QString keptForm(const Draft &draft, bool handEdited)
{
    const QJsonObject object{{u"draftId"_s, draft.id},
                             {u"feeling"_s, draft.feeling},
                             {u"situation"_s, draft.situation},
                             {u"need"_s, draft.need},
                             {u"request"_s, draft.request},
                             {u"requestCanBeRefused"_s, draft.requestCanBeRefused},
                             {u"handEdited"_s, handEdited},
                             {u"text"_s, handEdited ? draft.text : QString()}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Draft> fromKeptForm(const QString &kept, bool *handEdited)
{
    const QJsonObject object = QJsonDocument::fromJson(kept.toUtf8()).object();
    if (object.isEmpty())
        return std::nullopt;
    Draft draft;
    draft.id = object.value(u"draftId"_s).toInteger();
    draft.feeling = object.value(u"feeling"_s).toString();
    draft.situation = object.value(u"situation"_s).toString();
    draft.need = object.value(u"need"_s).toString();
    draft.request = object.value(u"request"_s).toString();
    draft.requestCanBeRefused = object.value(u"requestCanBeRefused"_s).toBool();
    *handEdited = object.value(u"handEdited"_s).toBool();
    draft.text = *handEdited ? object.value(u"text"_s).toString() : QString();
    return draft;
}

} // namespace

BuilderController::BuilderController(DraftsModel *drafts, CoachController *coach, Autosaver *autosaver,
                                     QObject *parent)
    : QObject(parent), m_drafts(drafts), m_coach(coach), m_autosaver(autosaver)
{
    restore();
    connect(this, &BuilderController::draftChanged, this, &BuilderController::keepAside);
    connect(m_drafts, &DraftsModel::countChanged, this, &BuilderController::forgetDeletedDraft);
    connect(m_drafts, &QAbstractItemModel::modelReset, this, &BuilderController::forgetDeletedDraft);
    connect(m_drafts, &DraftsModel::starChanged, this, [this](qint64 id) {
        if (id == m_draft.id)
            emit draftChanged();
    });
}

void BuilderController::keepAside()
{
    // Saved words are in the drafts already; only the rest needs keeping aside.
    if (empty() || saved())
        m_autosaver->forget(WorkInProgressStore::builderSlot());
    else
        m_autosaver->keep(WorkInProgressStore::builderSlot(), keptForm(m_draft, m_handEdited));
}

void BuilderController::restore()
{
    bool handEdited = false;
    const auto kept = m_autosaver->text(WorkInProgressStore::builderSlot());
    const auto draft = kept ? fromKeptForm(*kept, &handEdited) : std::nullopt;
    m_draft = draft.value_or(Draft{});
    m_handEdited = handEdited;
    m_savedAs = {};
    // Still the draft it was opened from, as far as that draft still exists.
    if (m_draft.id > 0) {
        if (const auto saved = m_drafts->find(m_draft.id))
            m_savedAs = *saved;
        else
            m_draft.id = 0;
    }
}

void BuilderController::reload()
{
    restore();
    emit partsChanged();
    emit textChanged();
    emit draftChanged();
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
    if (canBeRefused == m_draft.requestCanBeRefused)
        return;
    m_draft.requestCanBeRefused = canBeRefused;
    emit partsChanged();
    emit draftChanged();
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

ActionResult BuilderController::save()
{
    if (empty())
        return ActionResult::failure(tr("Fill in at least one step first."));
    Draft draft = m_draft;
    draft.text = text();
    const bool isNew = draft.id == 0;
    const qint64 id = m_drafts->save(draft);
    if (id == 0)
        return ActionResult::failure(tr("Your draft could not be saved."));
    draft.id = id;
    m_draft.id = id;
    m_savedAs = draft;
    emit draftChanged();
    return ActionResult::success(isNew ? tr("Saved to your drafts.") : tr("Your draft is saved."));
}

ActionResult BuilderController::toggleStar()
{
    // Only a saved draft can be starred: the favourite refers to it.
    if (m_draft.id == 0 || !saved()) {
        ActionResult saving = save();
        if (!saving.ok)
            return saving;
    }
    const bool wasStarred = starred();
    if (!m_drafts->toggleStar(m_draft.id))
        return ActionResult::failure(tr("That could not be starred."));
    emit draftChanged();
    return ActionResult::success(wasStarred ? tr("Removed from favourites.")
                                            : tr("Saved, and starred: it is in Favourites as your own words."));
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
