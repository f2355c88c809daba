// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenterror.h"
#include "contentparser.h"

#include <QJsonObject>
#include <QLatin1StringView>

class ContentRepository;

// Lays translations (format "hearth-translation", described in
// content/README.md) over content already loaded, field by field: only the
// words a person reads change; ids, depths, kinds and links stay as the
// English has them. A field a translation leaves out keeps its English. What
// cannot be used (an unknown id, a field that is not text to translate, a
// placeholder missing or added, a list of another length) is reported with
// its file and JSON path and left in English; nothing in a translation can
// remove or break an item.
class ContentTranslator
{
public:
    static constexpr QLatin1StringView format = ContentParser::translationFormat;

    // Returns how many fields were translated.
    static int apply(
        const QList<Sourced<QJsonObject>> &translations, ContentRepository &content, ContentErrors &errors);
};
