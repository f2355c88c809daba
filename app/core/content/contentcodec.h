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
    // How long the bytes given to decode() live.
    enum class Bytes {
        Temporary, // the decoded text is copied out of them
        // Never freed nor changed (a resource compiled into the binary): the
        // decoded text points into them where it can instead of being copied,
        // which keeps the built-in content's 1.1 MiB of text off the heap.
        Permanent,
    };
    // Replaces what `into` holds with the decoded content. False with a
    // reason, and `into` left empty, when the bytes are not this build's format.
    [[nodiscard]] static bool decode(QByteArrayView bytes, ContentRepository &into, QString *problem,
                                     Bytes lifetime = Bytes::Temporary);
};
