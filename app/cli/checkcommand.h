// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace CheckCommand {
// Runs the phrasing coach over each text, or over each line of standard input
// where a text is "-", and prints one compact JSON object per line (JSON
// Lines) in input order. A line that is not UTF-8 gets an "error" field
// instead of findings; one longer than the coach takes gets an "error", its
// "line" number and "length", and is never echoed back. Standard input is read
// in chunks, so a line of any length costs bounded memory. Returns 0: finding
// things is not failing.
int run(const QStringList &texts);
}
