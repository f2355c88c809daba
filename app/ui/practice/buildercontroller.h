// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"
#include "storage/draftstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class Autosaver;
class CoachController;
class DraftsModel;

// The statement builder: four parts in, one sentence out ("I feel … when …
// because I need … Would you be willing to …?"), which the person may then
// word by hand; saved as a draft, reopened, starred, copied. Words not saved
// as a draft are kept aside as they are typed, and are there after a restart.
class BuilderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The builder comes from App.builder")

    Q_PROPERTY(QString feeling READ feeling WRITE setFeeling NOTIFY partsChanged)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY partsChanged)
    Q_PROPERTY(QString need READ need WRITE setNeed NOTIFY partsChanged)
    Q_PROPERTY(QString request READ request WRITE setRequest NOTIFY partsChanged)
    // The person ticked "Could my partner say no to this?": a request, not a demand.
    Q_PROPERTY(bool requestCanBeRefused READ requestCanBeRefused WRITE setRequestCanBeRefused NOTIFY partsChanged)
    // What may sit under the feeling when it is a thought dressed as one: {word, note, feelings, needs}.
    Q_PROPERTY(QVariant fauxFeeling READ fauxFeeling NOTIFY partsChanged)
    // The whole statement: built from the parts until the person edits it by hand.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool handEdited READ handEdited NOTIFY textChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY textChanged)
    // 0 until saved. An int for QML, whose tools know no qint64; ids stay far below its limit.
    Q_PROPERTY(int draftId READ draftIdForQml NOTIFY draftChanged)
    // Nothing changed since it was saved or opened.
    Q_PROPERTY(bool saved READ saved NOTIFY draftChanged)
    Q_PROPERTY(bool starred READ starred NOTIFY draftChanged)

public:
    BuilderController(DraftsModel *drafts, CoachController *coach, Autosaver *autosaver, QObject *parent = nullptr);

    [[nodiscard]] QString feeling() const { return m_draft.feeling; }
    void setFeeling(const QString &feeling);
    [[nodiscard]] QString situation() const { return m_draft.situation; }
    void setSituation(const QString &situation);
    [[nodiscard]] QString need() const { return m_draft.need; }
    void setNeed(const QString &need);
    [[nodiscard]] QString request() const { return m_draft.request; }
    void setRequest(const QString &request);
    [[nodiscard]] bool requestCanBeRefused() const { return m_draft.requestCanBeRefused; }
    void setRequestCanBeRefused(bool canBeRefused);
    [[nodiscard]] QVariant fauxFeeling() const;

    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    [[nodiscard]] bool handEdited() const { return m_handEdited; }
    [[nodiscard]] bool empty() const;

    [[nodiscard]] qint64 draftId() const { return m_draft.id; }
    [[nodiscard]] int draftIdForQml() const { return int(m_draft.id); }
    [[nodiscard]] bool saved() const;
    [[nodiscard]] bool starred() const;

    Q_INVOKABLE ActionResult save();
    Q_INVOKABLE ActionResult toggleStar();
    // A sentence for the person: copying cannot fail.
    Q_INVOKABLE QString copy() const;

    // Opens a saved draft to work on; false when it is not there.
    Q_INVOKABLE bool open(qint64 draftId);
    // Opens the draft a starred statement came from.
    Q_INVOKABLE bool openFavourite(const QString &contentId);
    // A clean page; what was there stays in the drafts if it was saved.
    Q_INVOKABLE void startNew();
    // Lets go of hand edits: the sentence follows the parts again.
    Q_INVOKABLE void rebuild();

    // Reads the kept words again, after a backup import or deleting all data.
    void reload();

signals:
    void partsChanged();
    void textChanged();
    void draftChanged();

private:
    void setPart(QString Draft::*part, const QString &value);
    void forgetDeletedDraft();
    // Hands the unsaved words to the autosaver, or lets it forget them.
    void keepAside();
    void restore();

    DraftsModel *m_drafts;
    CoachController *m_coach;
    Draft m_draft;        // the parts, and the hand-edited text when handEdited
    Draft m_savedAs;      // as last saved or opened
    bool m_handEdited = false;
    Autosaver *m_autosaver;
};
