// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionresult.h"
#include "coach/coachfinding.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>
#include <optional>

class Autosaver;
class Coach;
class ContentRepository;

// The phrasing coach for QML: what it finds in a text, as plain values (maps
// handed over as QVariant, so QML reads them as JavaScript objects), the
// free-write coach's text, and the clipboard. The Coach itself is built on
// first use, so a start that never opens the Practice page does not pay for it.
class CoachController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The coach comes from App.coach")

    Q_PROPERTY(QString freeWrite READ freeWrite NOTIFY freeWriteChanged)
    Q_PROPERTY(bool hasFreeWrite READ hasFreeWrite NOTIFY freeWriteChanged)
    Q_PROPERTY(QString example READ example CONSTANT)

public:
    CoachController(const ContentRepository &content, Autosaver *autosaver, QObject *parent = nullptr);
    ~CoachController() override;

    [[nodiscard]] const Coach &coach() const;
    // Paragraph by paragraph, as a highlighter sees a document; spans count in the whole text.
    [[nodiscard]] QList<CoachFinding> findings(const QString &text) const;

    // {findings: [{kind, kindLabel, start, end, excerpt, message, suggestion,
    // replacement}], parts: {feeling, situation, need, request} (empty when
    // absent), rewrite (a whole kinder sentence with "___" blanks, empty when
    // clean), clean, verdict}: the verdict is one line for the person.
    Q_INVOKABLE QVariant analyze(const QString &text) const;
    // The finding whose replacement Ctrl+Return would use: the one at
    // `position`, else the first that has one. {index, start, end, replacement}, or empty.
    Q_INVOKABLE QVariant suggestionAt(const QString &text, int position) const;
    // The index in analyze()'s findings of the one that holds `position`, or -1.
    Q_INVOKABLE int findingAt(const QVariantList &findings, int position) const;
    // Every finding that holds `position` (findings may overlap: "always" can
    // be a sweeping word inside a blaming sentence), as indexes, in order.
    Q_INVOKABLE QVariantList findingsAt(const QVariantList &findings, int position) const;
    Q_INVOKABLE QString kindLabel(const QString &kind) const;
    // What may sit under a thought dressed as a feeling: {word, note, feelings,
    // needs}, or empty when `word` is a real feeling.
    Q_INVOKABLE QVariant fauxFeeling(const QString &word) const;
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    // Writes `text` to `file` as plain UTF-8 text, replacing what is there
    // (SaveFileDialog asked first); the result says where, or why not.
    Q_INVOKABLE ActionResult saveToFile(const QString &text, const QUrl &file) const;

    [[nodiscard]] QString freeWrite() const;
    [[nodiscard]] bool hasFreeWrite() const;
    // A few blaming sentences from the drills, for a first look at the coach.
    [[nodiscard]] QString example() const;
    // Keeps the free-write as it is typed; written after a pause in typing.
    Q_INVOKABLE void keepFreeWrite(const QString &text);
    // Reads the free-write again, after a backup import or deleting all data.
    void reload();

signals:
    void freeWriteChanged();
    void problem(const QString &message);

private:
    const ContentRepository &m_content;
    Autosaver *m_autosaver;
    mutable std::unique_ptr<Coach> m_coach;
    mutable QString m_example;
};
