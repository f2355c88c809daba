// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

class ContentRepository;

// Packs from the command line: `hearth --validate PACK.json` checks a pack
// with the same messages as an import, and `hearth --import-pack PACK.json`
// imports one into the data folder, as a person writing packs in an editor
// or a script does.
namespace PackCommand {

// True when the file at `path` says it is a pack ("format": "hearth-pack").
// A file that cannot be read is not: the content check says why in its words.
[[nodiscard]] bool isPack(const QString &path);
// Checks each pack against `builtIn`'s guide and adds the result to the
// --validate report: every problem to "errors" (the same messages as an
// import), how many packs were checked to "packs", and "ok" only without errors.
void addPackChecks(const QStringList &packPaths, const ContentRepository &builtIn, QJsonObject &report);

// Checks `file` whole, then, unless Hearth is open on `dataDir`, imports it
// there and prints what changed. A pack with errors changes nothing; each
// error is printed on stderr with its place. Returns 0 when imported, else 1.
int importPack(const QString &file, const QString &dataDir);

} // namespace PackCommand
