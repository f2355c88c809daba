// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/a11ycheck.h"

#include "support/layoutcheck.h"

#include <QAccessible>
#include <QMetaEnum>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace A11yCheck {

namespace {

QString where(QQuickItem *item)
{
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return u"%1 at %2,%3 %4x%5"_s.arg(LayoutCheck::describe(item))
        .arg(qRound(rect.x()))
        .arg(qRound(rect.y()))
        .arg(qRound(rect.width()))
        .arg(qRound(rect.height()));
}

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

QString squashed(const QString &words)
{
    QString letters;
    for (const QChar c : words) {
        if (c.isLetter())
            letters.append(c.toLower());
    }
    return letters;
}

// A name that says no more than what the control is.
bool repeatsRole(const QString &name, QAccessible::Role role)
{
    static const QSet<QString> generic = {u"button"_s,   u"pushbutton"_s, u"checkbox"_s, u"radiobutton"_s,
                                          u"combobox"_s, u"edit"_s,       u"text"_s,     u"editabletext"_s,
                                          u"textfield"_s, u"link"_s,      u"menuitem"_s, u"item"_s,
                                          u"listitem"_s, u"list"_s,       u"tab"_s,      u"pagetab"_s,
                                          u"slider"_s,   u"spinbox"_s,    u"control"_s,  u"field"_s};
    const QString squashedName = squashed(name);
    return generic.contains(squashedName) || squashedName == squashed(roleName(role));
}

bool lacksRole(QAccessible::Role role)
{
    return role == QAccessible::NoRole || role == QAccessible::Client;
}

bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

double effectiveOpacity(QQuickItem *item)
{
    double opacity = 1;
    for (QQuickItem *at = item; at; at = at->parentItem())
        opacity *= at->opacity();
    return opacity;
}

bool shown(QQuickItem *item)
{
    return item->isVisible() && effectiveOpacity(item) > 0.01 && item->width() >= 1 && item->height() >= 1;
}

bool takesTab(QQuickItem *item)
{
    if (!item->isEnabled())
        return false;
    if (item->activeFocusOnTab())
        return true;
    const QVariant policy = item->property("focusPolicy");
    return policy.isValid() && (policy.toInt() & Qt::TabFocus) != 0;
}

bool hasChildOfClass(QObject *object, const char *className)
{
    const QObjectList children = object->children();
    return std::any_of(children.cbegin(), children.cend(),
                       [className](QObject *child) { return child->inherits(className); });
}

// Something a person works with that Qt Quick does not know as a control.
bool isCustomControl(QQuickItem *item)
{
    const bool takesFocus = takesTab(item) || item->hasActiveFocus();
    const bool pointer = item->inherits("QQuickMouseArea") || hasChildOfClass(item, "QQuickTapHandler");
    const bool keys = hasChildOfClass(item, "QQuickKeysAttached");
    return (pointer && takesFocus) || keys;
}

// Inside a list, a row's buttons are reached through the list (its keys), not by Tab.
bool insideList(QQuickItem *item)
{
    for (QQuickItem *at = item->parentItem(); at; at = at->parentItem()) {
        if (at->inherits("QQuickListView") || at->inherits("QQuickGridView"))
            return true;
    }
    return false;
}

void collect(QQuickItem *item, QList<QQuickItem *> &items)
{
    if (!item->isVisible())
        return;
    items.append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}

void walkTree(QAccessibleInterface *node, QSet<QObject *> &seen, QStringList &problems, int depth)
{
    if (!node || depth > 200)
        return;
    const QAccessible::State state = node->state();
    const QAccessible::Role role = node->role();
    if (!state.invisible && state.focusable && isInteractiveRole(role)) {
        auto *item = qobject_cast<QQuickItem *>(node->object());
        const QString name = node->text(QAccessible::Name).trimmed();
        const QString what = item ? where(item) : roleName(role);
        if (item && !seen.contains(item)) {
            seen.insert(item);
            if (name.isEmpty())
                problems.append(u"%1 (%2) has no accessible name"_s.arg(what, roleName(role)));
            else if (repeatsRole(name, role))
                problems.append(u"%1 (%2) is named only \"%3\""_s.arg(what, roleName(role), name));
        }
    }
    for (int i = 0; i < node->childCount(); ++i)
        walkTree(node->child(i), seen, problems, depth + 1);
}

struct Stop
{
    QQuickItem *item;
    QRectF scene;     // where it was on screen when it had the focus
    QRectF document;  // where it is in its scrolling view's content
    QQuickItem *flickable; // its innermost scrolling view, or null
    bool inRail;
};

bool inRail(QQuickItem *item)
{
    for (QQuickItem *at = item; at; at = at->parentItem()) {
        if (QString::fromLatin1(at->metaObject()->className()).startsWith(u"NavigationRail"_s))
            return true;
    }
    return false;
}

Stop stopAt(QQuickItem *item)
{
    Stop stop{item, item->mapRectToScene(QRectF(0, 0, item->width(), item->height())), {}, nullptr, inRail(item)};
    stop.document = stop.scene;
    for (QQuickItem *at = item->parentItem(); at; at = at->parentItem()) {
        if (at->inherits("QQuickFlickable")) {
            if (!stop.flickable)
                stop.flickable = at;
            stop.document.translate(at->property("contentX").toDouble(), at->property("contentY").toDouble());
        }
    }
    return stop;
}

// Whether going from `a` to `b` reads as a person reads: on down the page,
// on to the right within a row, or up into a column to the right.
QString againstReading(const Stop &a, const Stop &b)
{
    constexpr double slack = 4;
    const bool sameView = a.flickable == b.flickable;
    const QRectF from = sameView ? a.document : a.scene;
    const QRectF to = sameView ? b.document : b.scene;
    const bool sameRow = to.center().y() >= from.top() && to.center().y() <= from.bottom()
                         && from.center().y() >= to.top() && from.center().y() <= to.bottom();
    if (sameRow)
        return to.left() < from.left() - slack ? u"goes left within a row"_s : QString();
    if (to.top() < from.top() - slack && to.left() < from.right() - slack)
        return u"goes back up"_s;
    return {};
}

} // namespace

QStringList problems(QQuickWindow *window)
{
    QStringList found;
    QSet<QObject *> seen;
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    for (QQuickItem *item : std::as_const(items)) {
        if (!shown(item))
            continue;
        const bool focusable = takesTab(item);
        const bool custom = isCustomControl(item);
        if (!focusable && !custom)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
        if (!accessible) {
            found.append(u"%1 has no accessible interface"_s.arg(where(item)));
            continue;
        }
        seen.insert(item);
        const QAccessible::Role role = accessible->role();
        const QString name = accessible->text(QAccessible::Name).trimmed();
        if (qEnvironmentVariableIsSet("A11Y_DUMP"))
            qInfo("%s role %s name \"%s\"", qPrintable(where(item)), qPrintable(roleName(role)), qPrintable(name));
        if (lacksRole(role))
            found.append(u"%1 is a custom control without a role"_s.arg(where(item)));
        if (focusable && name.isEmpty())
            found.append(u"%1 (%2) takes the focus but has no accessible name"_s.arg(where(item), roleName(role)));
        else if (focusable && repeatsRole(name, role))
            found.append(u"%1 (%2) is named only \"%3\""_s.arg(where(item), roleName(role), name));
    }
    // What a screen reader is offered, whether Tab reaches it or not.
    walkTree(QAccessible::queryAccessibleInterface(window), seen, found, 0);
    return found;
}

QStringList tabProblems(QQuickWindow *window)
{
    QStringList found;
    const QRectF windowRect(0, 0, window->width(), window->height());
    QList<Stop> stops;
    QSet<QQuickItem *> visited;
    QSet<QQuickItem *> reached;
    QQuickItem *previous = window->activeFocusItem();
    for (int press = 0; press < 200; ++press) {
        QTest::keyClick(window, Qt::Key_Tab);
        QCoreApplication::processEvents();
        QQuickItem *item = window->activeFocusItem();
        if (!item) {
            found.append(u"Tab from %1 leaves no item with the focus"_s.arg(where(previous)));
            break;
        }
        if (item == previous) {
            found.append(u"Tab is stuck on %1"_s.arg(where(item)));
            break;
        }
        if (visited.contains(item))
            break; // round again
        visited.insert(item);
        // A list (or a control made of parts) is reached when its row or part is.
        for (QQuickItem *at = item->parentItem(); at; at = at->parentItem())
            reached.insert(at);
        const Stop stop = stopAt(item);
        if (qEnvironmentVariableIsSet("A11Y_DUMP"))
            qInfo("stop %s", qPrintable(where(item)));
        if (!shown(item))
            found.append(u"Tab lands on %1, which cannot be seen"_s.arg(where(item)));
        else if (!windowRect.intersects(stop.scene))
            found.append(u"Tab lands on %1, outside the window"_s.arg(where(item)));
        stops.append(stop);
        previous = item;
    }
    if (stops.isEmpty())
        return found;

    // Read from the rail's first stop, as the window reads.
    qsizetype first = 0;
    while (first < stops.size() && !stops.at(first).inRail)
        ++first;
    if (first < stops.size())
        std::rotate(stops.begin(), stops.begin() + first, stops.end());
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QString wrong = againstReading(stops.at(i - 1), stops.at(i));
        if (!wrong.isEmpty())
            found.append(u"Tab %1: from %2 to %3"_s.arg(wrong, where(stops.at(i - 1).item), where(stops.at(i).item)));
    }

    // Every control on show that takes Tab is one of the stops.
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    for (QQuickItem *item : std::as_const(items)) {
        if (shown(item) && takesTab(item) && !visited.contains(item) && !reached.contains(item)
            && !insideList(item))
            found.append(u"Tab never reaches %1"_s.arg(where(item)));
    }
    return found;
}

} // namespace A11yCheck
