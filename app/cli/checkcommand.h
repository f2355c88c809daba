// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace CheckCommand {
// Runs the phrasing coach over each text, or over each line of standard input
// where a text is "-", and prints one compact JSON object per line (JSON
// Lines) in input order. A line that is not UTF-8 or is too long gets an
// "error" field instead of findings. Returns 0: finding things is not failing.
int run(const QStringList &texts);
}
