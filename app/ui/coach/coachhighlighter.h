// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QTextBlockUserData>
#include <QVariantMap>

class CoachController;

// The underlines of one paragraph, kept on its block for CoachUnderlines.
// Findings can overlap ("always" is a sweeping word inside a blaming
// sentence); each overlapping one gets the next lane, drawn a little lower,
// so both lines stay visible instead of merging into one.
class CoachBlockUnderlines : public QTextBlockUserData
{
public:
    struct Underline
    {
        int start = 0; // in the block
        int length = 0;
        QColor colour;
        int lane = 0; // 0 nearest the text
    };
    QList<Underline> underlines;
};

// Marks what the phrasing coach finds in a TextArea as the person types: a
// wavy underline in the colour of its kind, on the characters it is about.
// Each paragraph is read on its own, in microseconds, so typing never waits.
// Qt Quick 6.4 does not draw wavy underlines itself; CoachUnderlines does.
class CoachHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY textDocumentChanged)
    Q_PROPERTY(CoachController *coach READ coach WRITE setCoach NOTIFY coachChanged)
    // Finding kind -> colour; kinds not named use a default.
    Q_PROPERTY(QVariantMap colours READ colours WRITE setColours NOTIFY coloursChanged)

public:
    // The finding's kind, kept on its format for whoever paints or tests it.
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;

    explicit CoachHighlighter(QObject *parent = nullptr);

    [[nodiscard]] QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);
    [[nodiscard]] CoachController *coach() const { return m_coach; }
    void setCoach(CoachController *coach);
    [[nodiscard]] QVariantMap colours() const { return m_colours; }
    void setColours(const QVariantMap &colours);

signals:
    void textDocumentChanged();
    void coachChanged();
    void coloursChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    [[nodiscard]] QColor colourOf(const QString &kind) const;

    QPointer<QQuickTextDocument> m_textDocument;
    QPointer<CoachController> m_coach;
    QVariantMap m_colours;
};
