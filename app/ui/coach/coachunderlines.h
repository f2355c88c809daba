// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QQuickTextDocument>

// Draws the wavy underlines a CoachHighlighter puts on a TextArea's text,
// which Qt Quick 6.4 leaves undrawn. Lay it over the text, at the TextArea's
// padding: it follows the document's own layout, so it keeps up with every
// keystroke and every re-wrap.
class CoachUnderlines : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY textDocumentChanged)

public:
    explicit CoachUnderlines(QQuickItem *parent = nullptr);

    [[nodiscard]] QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);

    void paint(QPainter *painter) override;

signals:
    void textDocumentChanged();

private:
    QPointer<QQuickTextDocument> m_textDocument;
    QList<QMetaObject::Connection> m_connections;
};
