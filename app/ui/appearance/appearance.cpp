// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAppearance, "hearth.appearance")

namespace {
const QString themeKey = u"appearance/theme"_s;
const QString reduceMotionKey = u"appearance/reduceMotion"_s;

// What the desktop's palette says: dark, light, or nothing. Without a
// platform theme that gives a palette, Qt uses its own light grey one
// (window #EFEFEF, black text), which says nothing about the desktop.
std::optional<bool> desktopIsDark()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return std::nullopt;
    const QPalette palette = QGuiApplication::palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    if (window == QColor(0xEF, 0xEF, 0xEF) && text == QColor(Qt::black))
        return std::nullopt;
    return window.lightnessF() < text.lightnessF();
}
} // namespace

Appearance::Appearance(bool remembers, QObject *parent)
    : QObject(parent), m_remembers(remembers), m_type(new TypeScale(this))
{
    const QSettings settings;
    m_choice = choiceFromName(settings.value(themeKey).toString()).value_or(FollowSystem);
    m_reduceMotion = settings.value(reduceMotionKey, false).toBool();
    readSystem();
    updateScheme();
    // The desktop's palette can change while Hearth is open.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void Appearance::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    apply(choice);
    remember(themeKey, nameOf(choice));
}

void Appearance::useForThisRun(Choice choice)
{
    apply(choice);
}

void Appearance::apply(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    emit choiceChanged();
    updateScheme();
}

void Appearance::setReduceMotion(bool reduce)
{
    if (reduce == m_reduceMotion)
        return;
    m_reduceMotion = reduce;
    emit reduceMotionChanged();
    remember(reduceMotionKey, reduce);
}

std::optional<Appearance::Choice> Appearance::choiceFromName(const QString &name)
{
    for (const Choice choice : {Light, Dark, Evening, FollowSystem}) {
        if (name == nameOf(choice))
            return choice;
    }
    return std::nullopt;
}

QString Appearance::nameOf(Choice choice)
{
    switch (choice) {
    case Light:
        return u"light"_s;
    case Dark:
        return u"dark"_s;
    case Evening:
        return u"evening"_s;
    case FollowSystem:
        break;
    }
    return u"system"_s;
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance()) {
        readSystem();
        updateScheme();
    }
    return QObject::eventFilter(watched, event);
}

void Appearance::readSystem()
{
    const std::optional<bool> dark = desktopIsDark();
    if (dark == m_systemDark)
        return;
    m_systemDark = dark;
    emit systemChanged();
}

void Appearance::updateScheme()
{
    Palette::Scheme scheme = Palette::Scheme::Light;
    switch (m_choice) {
    case Dark:
        scheme = Palette::Scheme::Dark;
        break;
    case Evening:
        scheme = Palette::Scheme::Evening;
        break;
    case FollowSystem:
        // A desktop that does not say is taken as light, Hearth's first look.
        scheme = m_systemDark.value_or(false) ? Palette::Scheme::Dark : Palette::Scheme::Light;
        break;
    case Light:
        break;
    }
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    emit schemeChanged();
}

void Appearance::remember(const QString &key, const QVariant &value) const
{
    if (!m_remembers)
        return;
    QSettings settings;
    settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcAppearance) << "The appearance could not be kept in" << settings.fileName();
}
