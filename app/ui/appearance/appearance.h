// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "palette.h"
#include "typescale.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// How Hearth looks, as the person chose it: light, dark, evening or as the
// desktop is, and whether things move. Theme.qml binds every colour to
// `colours`, so a change shows at once, on every page, without a restart.
// Kept in QSettings (appearance/theme, appearance/reduceMotion): a look is
// not private, so it lives beside the window's size, not in the data folder.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.appearance is the one Appearance")

    Q_PROPERTY(Choice choice READ choice WRITE setChoice NOTIFY choiceChanged)
    // The palette in use: "light", "dark" or "evening".
    Q_PROPERTY(QString scheme READ scheme NOTIFY schemeChanged)
    // Whether the desktop says if it is light or dark (Qt 6.4 can only tell
    // from the palette a platform theme gives; without one it cannot).
    Q_PROPERTY(bool systemKnown READ systemKnown NOTIFY systemChanged)
    Q_PROPERTY(bool systemDark READ systemDark NOTIFY systemChanged)
    Q_PROPERTY(QVariantMap colours READ colours NOTIFY schemeChanged)
    Q_PROPERTY(QVariantMap findingColours READ findingColours NOTIFY schemeChanged)
    Q_PROPERTY(QVariantMap partnerColours READ partnerColours NOTIFY schemeChanged)
    Q_PROPERTY(QStringList partnerIdentities READ partnerIdentities CONSTANT)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY reduceMotionChanged)
    // The families and sizes of text, following the desktop's (Theme.qml).
    Q_PROPERTY(TypeScale *type READ type CONSTANT FINAL)

public:
    enum Choice { Light, Dark, Evening, FollowSystem };
    Q_ENUM(Choice)

    // `remembers`: whether choices are kept for next time (not in the demo).
    explicit Appearance(bool remembers, QObject *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }
    void setChoice(Choice choice);
    // For this run only, not kept: `hearth --theme dark`.
    void useForThisRun(Choice choice);
    [[nodiscard]] QString scheme() const { return Palette::schemeName(m_scheme); }
    [[nodiscard]] Palette::Scheme currentScheme() const { return m_scheme; }
    [[nodiscard]] bool systemKnown() const { return m_systemDark.has_value(); }
    [[nodiscard]] bool systemDark() const { return m_systemDark.value_or(false); }
    [[nodiscard]] QVariantMap colours() const { return Palette::colours(m_scheme); }
    [[nodiscard]] QVariantMap findingColours() const { return Palette::findingColours(m_scheme); }
    [[nodiscard]] QVariantMap partnerColours() const { return Palette::partnerColours(m_scheme); }
    [[nodiscard]] QStringList partnerIdentities() const { return Palette::partnerIdentities(); }
    [[nodiscard]] bool reduceMotion() const { return m_reduceMotion; }
    void setReduceMotion(bool reduce);
    [[nodiscard]] TypeScale *type() const { return m_type; }

    // "light", "dark", "evening", "system": as --theme and the settings file spell them.
    [[nodiscard]] static std::optional<Choice> choiceFromName(const QString &name);
    [[nodiscard]] static QString nameOf(Choice choice);

signals:
    void choiceChanged();
    void schemeChanged();
    void systemChanged();
    void reduceMotionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(Choice choice);
    void readSystem();
    void updateScheme();
    void remember(const QString &key, const QVariant &value) const;

    bool m_remembers;
    Choice m_choice = FollowSystem;
    Palette::Scheme m_scheme = Palette::Scheme::Light;
    std::optional<bool> m_systemDark;
    bool m_reduceMotion = false;
    TypeScale *m_type;
};
