// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcheck.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QQmlIncubationController>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>
#include <QtQuickTest>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

// Half a pixel of rounding either way is not a clipped control.
constexpr qreal tolerance = 1.0;

bool inheritsAny(const QObject *object, std::initializer_list<const char *> classNames)
{
    return std::any_of(classNames.begin(), classNames.end(),
                       [object](const char *name) { return object->inherits(name); });
}

// What a person can press, type in, choose from or move to with Tab.
bool isInteractive(const QQuickItem *item)
{
    return item->activeFocusOnTab()
        || inheritsAny(item, {"QQuickAbstractButton", "QQuickComboBox", "QQuickTextInput", "QQuickTextEdit",
                              "QQuickSpinBox", "QQuickSlider", "QQuickScrollBar", "QQuickTabBar"});
}

// Controls that must never lie over each other. Scroll bars are left out:
// Hearth's style shows them over the edge of what they scroll, only while
// scrolling or hovered.
bool isOverlapChecked(const QQuickItem *item)
{
    return inheritsAny(item, {"QQuickAbstractButton", "QQuickComboBox", "QQuickTextInput", "QQuickTextEdit",
                              "QQuickSpinBox", "QQuickSlider"});
}

bool isStaticText(const QQuickItem *item)
{
    return item->inherits("QQuickText") && !item->property("text").toString().isEmpty();
}

// Where a Text item paints its words, which may be wider or taller than the
// item itself when they cannot wrap or are not elided.
QRectF paintedTextRect(const QQuickItem *item)
{
    const qreal left = item->property("leftPadding").toReal();
    const qreal top = item->property("topPadding").toReal();
    const qreal available = item->width() - left - item->property("rightPadding").toReal();
    const qreal availableHeight = item->height() - top - item->property("bottomPadding").toReal();
    const qreal contentWidth = item->property("contentWidth").toReal();
    const qreal contentHeight = item->property("contentHeight").toReal();
    qreal x = left;
    const int horizontal = item->property("effectiveHorizontalAlignment").toInt();
    if (horizontal == Qt::AlignRight)
        x = left + available - contentWidth;
    else if (horizontal == Qt::AlignHCenter)
        x = left + (available - contentWidth) / 2;
    qreal y = top;
    const int vertical = item->property("verticalAlignment").toInt();
    if (vertical == Qt::AlignBottom)
        y = top + availableHeight - contentHeight;
    else if (vertical == Qt::AlignVCenter)
        y = top + (availableHeight - contentHeight) / 2;
    return QRectF(x, y, contentWidth, contentHeight).united(QRectF(left, top, 0, 0));
}

// A list keeps delegates it scrolled past in a pool for reuse: still
// "visible" to QQuickItem, but no longer drawn. Only the delegate the view
// holds at its index is shown.
bool isPooledDelegate(QQuickItem *view, QQuickItem *child)
{
    const QQmlContext *context = qmlContext(child);
    const QObject *modelItem = context ? context->contextObject() : nullptr;
    if (!modelItem || !modelItem->inherits("QQmlDelegateModelItem"))
        return false;
    QQuickItem *shown = nullptr;
    QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, shown),
                              Q_ARG(int, modelItem->property("index").toInt()));
    return shown != child;
}

// The role QML gave with Accessible.role: its attached object is a child of
// the item. (The accessible interface reports a Label as static text until a
// screen reader turns accessibility on.)
QAccessible::Role accessibleRole(const QQuickItem *item)
{
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached"))
            return QAccessible::Role(child->property("role").toInt());
    }
    return QAccessible::NoRole;
}

// The part of `rect` inside `limit`, axis by axis: where the two do not meet
// along one axis (a list scrolled out of an outer scrolling view's sight) that
// axis is left empty (right before left), and the other keeps its edges, so
// what lies in the list is still held to them. QRectF::intersected gives a
// null rectangle then, and every item in the list would seem off the edge.
QRectF clipped(const QRectF &limit, const QRectF &rect)
{
    const qreal left = qMax(limit.left(), rect.left());
    const qreal top = qMax(limit.top(), rect.top());
    return QRectF(QPointF(left, top), QPointF(qMax(left, qMin(limit.right(), rect.right())),
                                              qMax(top, qMin(limit.bottom(), rect.bottom()))));
}

struct Found
{
    QQuickItem *item;
    QRectF rect; // in the window
    QRectF seen; // the part of it inside the window and every clipping ancestor
};

// The walk's state below one item: what its children must fit in, per axis.
struct Bounds
{
    QRectF limit;   // the window and every clipping ancestor, intersected
    bool freeX = false; // inside content that scrolls sideways
    bool freeY = false; // inside content that scrolls up and down
    QQuickItem *itemView = nullptr; // set on a list's content item: its children are delegates
};

bool scrolls(const QQuickItem *flickable, Qt::Orientation orientation)
{
    const int direction = flickable->property("flickableDirection").toInt();
    constexpr int autoDirection = 0;
    constexpr int autoIfNeeded = 0xc;
    const bool automatic = direction == autoDirection || direction == autoIfNeeded;
    if (orientation == Qt::Horizontal)
        return (automatic || (direction & 1) != 0)
            && flickable->property("contentWidth").toReal() > flickable->width() + tolerance;
    return (automatic || (direction & 2) != 0)
        && flickable->property("contentHeight").toReal() > flickable->height() + tolerance;
}

class Walker
{
public:
    void walk(QQuickItem *item, const Bounds &bounds)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (isInteractive(item))
            checkFits(item, rect, bounds, u"reaches outside"_s);
        if (isStaticText(item)) {
            const QRectF painted = item->mapRectToScene(paintedTextRect(item));
            checkFits(item, painted, bounds, u"has text outside"_s);
            const QRectF wordsSeen = clipped(bounds.limit, painted);
            if (wordsSeen.width() > tolerance && wordsSeen.height() > tolerance)
                m_words.append({item, painted, wordsSeen});
            checkNotCutShort(item);
            checkHeadingKeepsTogether(item);
        }
        const QRectF seen = clipped(bounds.limit, rect);
        if (isOverlapChecked(item) && seen.width() > tolerance && seen.height() > tolerance)
            m_controls.append({item, rect, seen});

        Bounds inner = bounds;
        if (item->clip())
            inner.limit = clipped(inner.limit, rect);
        const bool flickable = item->inherits("QQuickFlickable");
        const auto *content = flickable ? item->property("contentItem").value<QQuickItem *>() : nullptr;
        for (QQuickItem *child : item->childItems()) {
            if (bounds.itemView && isPooledDelegate(bounds.itemView, child))
                continue;
            Bounds childBounds = inner;
            childBounds.itemView = nullptr;
            if (flickable) {
                // A flickable always clips what it scrolls as far as a person sees it.
                childBounds.limit = clipped(childBounds.limit, rect);
                if (child == content) {
                    childBounds.itemView = item->inherits("QQuickItemView") ? item : nullptr;
                    childBounds.freeX = childBounds.freeX || scrolls(item, Qt::Horizontal);
                    childBounds.freeY = childBounds.freeY || scrolls(item, Qt::Vertical);
                }
            }
            walk(child, childBounds);
        }
    }

    void checkOverlaps()
    {
        // Words drawn over other words or over a control (a question running
        // over its card's buttons) are as unreadable as two controls in one place.
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            const Found &a = m_words.at(i);
            const auto check = [&](const Found &b) {
                if (a.item->isAncestorOf(b.item) || b.item->isAncestorOf(a.item))
                    return;
                const QRectF shared = a.seen.intersected(b.seen);
                if (shared.width() > tolerance && shared.height() > tolerance)
                    m_problems.append(u"%1 lies over the words of %2 (%3)"_s.arg(
                        LayoutCheck::describe(b.item), LayoutCheck::describe(a.item), rectText(shared)));
            };
            for (qsizetype j = i + 1; j < m_words.size(); ++j)
                check(m_words.at(j));
            for (const Found &control : m_controls)
                check(control);
        }
        for (qsizetype i = 0; i < m_controls.size(); ++i) {
            for (qsizetype j = i + 1; j < m_controls.size(); ++j) {
                const Found &a = m_controls.at(i);
                const Found &b = m_controls.at(j);
                if (a.item->isAncestorOf(b.item) || b.item->isAncestorOf(a.item))
                    continue;
                const QRectF shared = a.seen.intersected(b.seen);
                if (shared.width() > tolerance && shared.height() > tolerance)
                    m_problems.append(u"%1 lies over %2 (%3)"_s.arg(LayoutCheck::describe(b.item),
                                                                     LayoutCheck::describe(a.item), rectText(shared)));
            }
        }
    }

    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    static QString rectText(const QRectF &rect)
    {
        return u"%1,%2 %3x%4"_s.arg(qRound(rect.x())).arg(qRound(rect.y())).arg(qRound(rect.width()))
            .arg(qRound(rect.height()));
    }

    void checkFits(QQuickItem *item, const QRectF &rect, const Bounds &bounds, const QString &what)
    {
        const QRectF &limit = bounds.limit;
        const bool outX = !bounds.freeX
            && (rect.left() < limit.left() - tolerance || rect.right() > limit.right() + tolerance);
        const bool outY = !bounds.freeY
            && (rect.top() < limit.top() - tolerance || rect.bottom() > limit.bottom() + tolerance);
        if (outX || outY)
            m_problems.append(u"%1 %2 what shows it (at %3, visible area %4)"_s.arg(
                LayoutCheck::describe(item), what, rectText(rect), rectText(limit)));
    }

    // A heading broken over more than two lines reads word by word: its
    // column is too narrow for it.
    void checkHeadingKeepsTogether(QQuickItem *text)
    {
        constexpr int mostLines = 2;
        const int lines = text->property("lineCount").toInt();
        if (lines <= mostLines)
            return;
        if (accessibleRole(text) == QAccessible::Heading)
            m_problems.append(u"%1 is a heading broken over %2 lines"_s.arg(LayoutCheck::describe(text)).arg(lines));
    }

    // A button's, a tab's or a choice's own words must be read whole; a
    // preview beside them (a part's summary on its tile) may end in "…".
    void checkNotCutShort(QQuickItem *text)
    {
        if (!text->property("truncated").toBool())
            return;
        QQuickItem *owner = text->parentItem();
        for (int depth = 0; owner && depth < 3 && !owner->inherits("QQuickControl"); ++depth)
            owner = owner->parentItem();
        if (!owner || !inheritsAny(owner, {"QQuickAbstractButton", "QQuickComboBox"}))
            return;
        // Its own words: the button's text or the choice shown, not a preview beside them.
        const QString words = text->property("text").toString();
        if (words != owner->property("text").toString() && words != owner->property("displayText").toString())
            return;
        m_problems.append(u"%1 is cut short in %2"_s.arg(LayoutCheck::describe(text),
                                                         LayoutCheck::describe(owner)));
    }

    QList<Found> m_controls;
    QList<Found> m_words;
    QStringList m_problems;
};

} // namespace

namespace LayoutCheck {

QStringList problems(QQuickWindow *window)
{
    Walker walker;
    walker.walk(window->contentItem(), {QRectF(QPointF(0, 0), window->size()), false, false});
    walker.checkOverlaps();
    return walker.problems();
}

QString describe(QQuickItem *item)
{
    static const QRegularExpression generatedSuffix(u"_QML(TYPE)?_\\d+$"_s);
    QString type = QString::fromLatin1(item->metaObject()->className());
    type.remove(generatedSuffix);
    const auto shortened = [](const QString &words) {
        return words.size() > 60 ? words.left(57) + u"..."_s : words;
    };
    QStringList names;
    if (!item->objectName().isEmpty())
        names.append(u"objectName \"%1\""_s.arg(item->objectName()));
    QString name;
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item))
        name = accessible->text(QAccessible::Name);
    if (!name.isEmpty())
        names.append(u"named \"%1\""_s.arg(shortened(name)));
    const QString text = item->property("text").toString();
    if (!text.isEmpty() && text != name)
        names.append(u"text \"%1\""_s.arg(shortened(text)));
    QString where;
    for (QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (!ancestor->objectName().isEmpty()) {
            where = u" in \"%1\""_s.arg(ancestor->objectName());
            break;
        }
    }
    return type + (names.isEmpty() ? QString() : u" "_s + names.join(u", "_s)) + where;
}

} // namespace LayoutCheck

bool LayoutCheck::settle(QQuickWindow *window, QQmlEngine *engine)
{
    for (int frame = 0; frame < 3; ++frame) {
        QCoreApplication::processEvents();
        if (QQmlIncubationController *incubation = engine->incubationController()) {
            if (!QTest::qWaitFor([incubation] { return incubation->incubatingObjectCount() == 0; }))
                return false;
        }
        if (!QQuickTest::qWaitForPolish(window) || window->grabWindow().isNull())
            return false;
    }
    return true;
}
