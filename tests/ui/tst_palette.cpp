// SPDX-License-Identifier: GPL-3.0-or-later
// Every text/background pair the palettes define, in every palette, has the
// contrast WCAG 2.1 asks for: 4.5:1 for body text, 3:1 for large text and
// for what must be seen but is not text (focus rings, underlines, a
// partner's colour). A failure names the pair, the palette and the ratio.
#include "appearance/palette.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(Palette::Scheme)
Q_DECLARE_METATYPE(Palette::PairKind)

using namespace Qt::StringLiterals;

namespace {

// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QString kindName(Palette::PairKind kind)
{
    switch (kind) {
    case Palette::PairKind::BodyText:
        return u"body text"_s;
    case Palette::PairKind::LargeText:
        return u"large text"_s;
    case Palette::PairKind::NonText:
        break;
    }
    return u"focus indicator or non-text"_s;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    // The formula itself, on pairs whose ratios are known.
    void contrastIsWcags()
    {
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    // Each palette names every role, finding and partner colour the others do.
    void everyPaletteHasEveryColour()
    {
        const QVariantMap light = Palette::colours(Palette::Scheme::Light);
        QVERIFY(light.contains(u"ink"_s));
        for (const Palette::Scheme scheme : Palette::schemes) {
            QCOMPARE(Palette::colours(scheme).keys(), light.keys());
            QCOMPARE(Palette::findingColours(scheme).keys(), Palette::findingColours(Palette::Scheme::Light).keys());
            QCOMPARE(Palette::partnerColours(scheme).size(), Palette::partnerIdentities().size());
            for (const QVariant &value : Palette::colours(scheme))
                QVERIFY(value.value<QColor>().isValid());
        }
        // A couple's kept colour is found whatever its case.
        QVERIFY(Palette::colour(Palette::Scheme::Dark, u"partner:#b4552f"_s).isValid());
        QVERIFY(!Palette::colour(Palette::Scheme::Dark, u"no such colour"_s).isValid());
    }

    void everyPairReads_data()
    {
        QTest::addColumn<Palette::Scheme>("scheme");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<Palette::PairKind>("kind");
        const QList<Palette::ContrastPair> pairs = Palette::contrastPairs();
        QVERIFY(pairs.size() > 50);
        for (const Palette::Scheme scheme : Palette::schemes) {
            for (const Palette::ContrastPair &pair : pairs) {
                QTest::addRow("%s: %s on %s (%s)", qPrintable(Palette::schemeName(scheme)), qPrintable(pair.foreground),
                              qPrintable(pair.background), qPrintable(kindName(pair.kind)))
                    << scheme << pair.foreground << pair.background << pair.kind;
            }
        }
    }

    void everyPairReads()
    {
        QFETCH(Palette::Scheme, scheme);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(Palette::PairKind, kind);
        const QColor front = Palette::colour(scheme, foreground);
        const QColor back = Palette::colour(scheme, background);
        QVERIFY2(front.isValid(), qPrintable(foreground));
        QVERIFY2(back.isValid(), qPrintable(background));
        QVERIFY2(front.alpha() == 255 && back.alpha() == 255, "contrast is measured between solid colours");
        const double ratio = contrast(front, back);
        const double needed = Palette::requiredContrast(kind);
        QVERIFY2(ratio >= needed, qPrintable(u"%1 on %2 in %3 is %4:1, below %5:1 for %6"_s.arg(
                                      foreground, background, Palette::schemeName(scheme), QString::number(ratio, 'f', 2),
                                      QString::number(needed), kindName(kind))));
    }
};

QTEST_GUILESS_MAIN(TestPalette)

#include "tst_palette.moc"
