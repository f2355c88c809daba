// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class ContentRepository;

// The built-in content in a compact binary form. The build checks content/
// with every rule of ContentRepository and writes this form of it
// (tools/contentcompiler.cpp); each start then reads it back without parsing
// or checking JSON again. It is read only from Hearth's own binary, so it
// carries no compatibility promise: a format version guards against mixing
// builds, nothing more.
class ContentCodec
{
public:
    // The content as it is, errors aside (the build writes only content
    // without any).
    [[nodiscard]] static QByteArray encode(const ContentRepository &content);
    // Replaces what `into` holds with the decoded content. False with a
    // reason, and `into` left empty, when the bytes are not this build's format.
    [[nodiscard]] static bool decode(QByteArrayView bytes, ContentRepository &into, QString *problem);
};
