// SPDX-License-Identifier: GPL-3.0-or-later
#include "typescale.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace {
// 10 pt at 96 dpi: the desktop text Hearth's sizes were drawn for.
constexpr double designDesktopPixels = 10.0 * 96 / 72;
} // namespace

TypeScale::TypeScale(QObject *parent) : QObject(parent)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    follow(QGuiApplication::font());
    // The desktop's text size can change while Hearth is open.
    qGuiApp->installEventFilter(this);
}

bool TypeScale::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp && event->type() == QEvent::ApplicationFontChange)
        follow(QGuiApplication::font());
    return QObject::eventFilter(watched, event);
}

int TypeScale::scaled(double designPixels) const
{
    // Halves round up, as QML's Math.round did when the rule lived there.
    return static_cast<int>(std::floor(designPixels * m_scale + 0.5));
}

double TypeScale::scaleFor(const QFont &desktopFont)
{
    const double desktopPixels = desktopFont.pixelSize() > 0 ? desktopFont.pixelSize()
                                                             : desktopFont.pointSizeF() * 96 / 72;
    return std::max(1.0, desktopPixels / designDesktopPixels);
}

void TypeScale::follow(const QFont &desktopFont)
{
    const double scale = scaleFor(desktopFont);
    if (scale == m_scale)
        return;
    m_scale = scale;
    emit changed();
}
