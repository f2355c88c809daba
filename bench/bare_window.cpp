// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for start-up: the smallest Qt Quick Controls window, in the
// same style Hearth uses, that quits after its first frame. It says when that
// frame was shown, on the steady clock, as `hearth --quit-after-first-frame`
// does with QT_LOGGING_RULES=hearth.startup.debug=true (bench/startup_bench).
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <chrono>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 1280; height: 800; visible: true; Label { text: "Hello" } })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::fprintf(stderr, "First frame shown; steady clock at %lld ns\n",
                         static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
