// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The median and the interquartile range of some samples: what every figure
// of the benchmarks reports, since a busy machine skews a mean.
struct Spread
{
    double median = 0;
    double q1 = 0; // the 25th percentile
    double q3 = 0; // the 75th percentile
    qsizetype count = 0;

    static Spread of(QList<double> samples);
};

// One line of the table: a measured figure, and where there is a floor the
// ratio to it, taken pair by pair from the same run.
struct Figure
{
    QString name;
    QString unit; // "ms", "MiB", "us"
    QList<double> samples;
    QString ratioTo; // what the ratio is against, empty when there is none
    QList<double> ratios;
    QString target; // as the issue states it, for reading; empty when none
    std::optional<bool> meetsTarget;
    QString note;
};

// What every benchmark program shares: its command line (--quick for one
// brief run, as the tests do; --json PATH to add each figure to a file, one
// JSON object a line) and printing each figure as a row of one table, which
// bench/run.sh puts together. Prints; asserts nothing.
class BenchReport
{
public:
    BenchReport(int argc, char *argv[]);

    [[nodiscard]] bool quick() const { return m_quick; }
    // A number given as --NAME N, or `fallback`.
    [[nodiscard]] int option(const char *name, int fallback) const;
    [[nodiscard]] QString stringOption(const char *name) const;

    void add(const Figure &figure);
    // A line said under the table (what was measured how).
    void say(const QString &text);

private:
    QStringList m_arguments;
    bool m_quick = false;
    QString m_jsonPath;
};
