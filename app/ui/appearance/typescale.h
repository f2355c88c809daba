// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

class QFont;

// Hearth's type: its two families and its sizes, which follow the desktop's
// text. The sizes were drawn for a desktop text of 10 pt (13.3 px at Qt's
// logical 96 dpi, the usual default); a larger desktop font scales every size
// in proportion, a smaller one keeps them, since they are already the
// smallest that read comfortably. Theme.qml reads them here, and a start
// opens the first page's fonts before its QML is ready (FontWarmup).
class TypeScale : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.appearance.type is the one TypeScale")
    Q_PROPERTY(QString bodyFamily READ bodyFamily CONSTANT FINAL)
    Q_PROPERTY(QString headingFamily READ headingFamily CONSTANT FINAL)
    // How much larger than the design the desktop's text is (1 or more).
    Q_PROPERTY(double scale READ scale NOTIFY changed FINAL)
    // The type scale, in pixels. textSmall is the smallest: no text in Hearth
    // is smaller (tags, shortcut hints and captions included).
    Q_PROPERTY(int textSmall READ textSmall NOTIFY changed FINAL)
    Q_PROPERTY(int textBody READ textBody NOTIFY changed FINAL)
    Q_PROPERTY(int textLead READ textLead NOTIFY changed FINAL)
    Q_PROPERTY(int textSubtitle READ textSubtitle NOTIFY changed FINAL)
    Q_PROPERTY(int textTitle READ textTitle NOTIFY changed FINAL)
    Q_PROPERTY(int textBrand READ textBrand NOTIFY changed FINAL)
    Q_PROPERTY(int textHeading READ textHeading NOTIFY changed FINAL)
    Q_PROPERTY(int textDisplay READ textDisplay NOTIFY changed FINAL)

public:
    static constexpr const char *bodyFamilyName = "Lato";
    static constexpr const char *headingFamilyName = "EB Garamond";

    // Follows the application's font, which is the desktop's until changed.
    explicit TypeScale(QObject *parent = nullptr);

    [[nodiscard]] static QString bodyFamily() { return QString::fromLatin1(bodyFamilyName); }
    [[nodiscard]] static QString headingFamily() { return QString::fromLatin1(headingFamilyName); }
    [[nodiscard]] double scale() const { return m_scale; }
    // A size drawn at `designPixels`, as this desktop needs it (Theme.scaled).
    [[nodiscard]] Q_INVOKABLE int scaled(double designPixels) const;

    [[nodiscard]] int textSmall() const { return scaled(14); }
    [[nodiscard]] int textBody() const { return scaled(16); }
    [[nodiscard]] int textLead() const { return scaled(19); }
    [[nodiscard]] int textSubtitle() const { return scaled(21); }
    [[nodiscard]] int textTitle() const { return scaled(24); }
    [[nodiscard]] int textBrand() const { return scaled(30); }
    [[nodiscard]] int textHeading() const { return scaled(34); }
    [[nodiscard]] int textDisplay() const { return scaled(46); }

    // The scale for a desktop whose text is `desktopFont`.
    [[nodiscard]] static double scaleFor(const QFont &desktopFont);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(const QFont &desktopFont);

    double m_scale = 1;
};
