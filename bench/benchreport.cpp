// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The p-th quantile of sorted values, interpolated between the two nearest.
double quantile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double at = p * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(at));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted.at(below) + (at - double(below)) * (sorted.at(above) - sorted.at(below));
}

QString number(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals);
}

QJsonObject spreadJson(const Spread &spread)
{
    return {{u"median"_s, spread.median}, {u"q1"_s, spread.q1}, {u"q3"_s, spread.q3},
            {u"iqr"_s, spread.q3 - spread.q1}, {u"n"_s, double(spread.count)}};
}

// Pads to a width in characters, not bytes, so "µ" and "×" keep columns straight.
QByteArray padded(const QString &text, int width)
{
    return (text.size() < width ? text.leftJustified(width, u' ') : text + u"  "_s).toUtf8();
}

} // namespace

Spread Spread::of(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {quantile(samples, 0.5), quantile(samples, 0.25), quantile(samples, 0.75), samples.size()};
}

BenchReport::BenchReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        m_arguments.append(QString::fromLocal8Bit(argv[i]));
    m_quick = m_arguments.contains(u"--quick"_s);
    // The table is the output: not the store's "Saving to ..." each time a database opens.
    QLoggingCategory::setFilterRules(u"hearth.*.info=false"_s);
    m_jsonPath = stringOption("json");
}

int BenchReport::option(const char *name, int fallback) const
{
    bool ok = false;
    const int value = stringOption(name).toInt(&ok);
    return ok ? value : fallback;
}

QString BenchReport::stringOption(const char *name) const
{
    const qsizetype at = m_arguments.indexOf(u"--"_s + QLatin1StringView(name));
    return at >= 0 && at + 1 < m_arguments.size() ? m_arguments.at(at + 1) : QString();
}

void BenchReport::add(const Figure &figure)
{
    const Spread spread = Spread::of(figure.samples);
    QString ratioText;
    QJsonObject json = spreadJson(spread);
    json.insert(u"name"_s, figure.name);
    json.insert(u"unit"_s, figure.unit);
    if (!figure.ratioTo.isEmpty() && !figure.ratios.isEmpty()) {
        const Spread ratio = Spread::of(figure.ratios);
        ratioText = u"%1× %2 (%3–%4)"_s.arg(QString::number(ratio.median, 'f', 2), figure.ratioTo,
                                             QString::number(ratio.q1, 'f', 2), QString::number(ratio.q3, 'f', 2));
        QJsonObject ratioJson = spreadJson(ratio);
        ratioJson.insert(u"to"_s, figure.ratioTo);
        json.insert(u"ratio"_s, ratioJson);
    }
    QString targetText = figure.target;
    if (!figure.target.isEmpty()) {
        json.insert(u"target"_s, figure.target);
        if (figure.meetsTarget) {
            json.insert(u"meets_target"_s, *figure.meetsTarget);
            targetText += *figure.meetsTarget ? u"  met"_s : u"  MISSED"_s;
        }
    }
    if (!figure.note.isEmpty())
        json.insert(u"note"_s, figure.note);

    const QString median = number(spread.median) + u' ' + figure.unit;
    const QString iqr = spread.count > 1 ? number(spread.q1) + u'–' + number(spread.q3) : u"(1 sample)"_s;
    std::printf("%s%s%s%s%s\n", padded(figure.name, 60).constData(), padded(median, 12).constData(),
                padded(iqr, 20).constData(), padded(ratioText, 30).constData(), targetText.toUtf8().constData());
    std::fflush(stdout);

    if (m_jsonPath.isEmpty())
        return;
    QFile file(m_jsonPath);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "could not write %s: %s\n", qPrintable(m_jsonPath), qPrintable(file.errorString()));
        return;
    }
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

void BenchReport::say(const QString &text)
{
    std::printf("    %s\n", text.toUtf8().constData());
    std::fflush(stdout);
}
