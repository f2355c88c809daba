// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: checks content/ (the English and every translation) with the
// rules Hearth loads it with, and writes the English in ContentCodec's form
// for the binary. Any problem stops the build with the messages
// `hearth --validate` would give.
//   hearth_content_compiler CONTENT-FOLDER OUTPUT
#include "content/contentcodec.h"
#include "content/contentrepository.h"

#include <QSaveFile>
#include <QString>

#include <cstdio>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "hearth_content_compiler: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3)
        return fail(QStringLiteral("usage: hearth_content_compiler CONTENT-FOLDER OUTPUT"));
    const QString root = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);

    ContentRepository content;
    content.loadDirectory(root);
    ContentErrors errors = content.errors();
    errors.append(content.translationErrors(root));
    if (!errors.isEmpty()) {
        for (const ContentError &error : std::as_const(errors))
            std::fprintf(stderr, "%s/%s\n", qPrintable(root), qPrintable(error.toString()));
        return fail(QStringLiteral("%1 problem(s) in the content; nothing was written").arg(errors.size()));
    }

    const QByteArray compiled = ContentCodec::encode(content);
    // What the start will read must give back the very same content.
    ContentRepository decoded;
    QString problem;
    if (!ContentCodec::decode(compiled, decoded, &problem) || ContentCodec::encode(decoded) != compiled)
        return fail(QStringLiteral("the compiled content does not read back as written (%1)").arg(problem));

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(compiled) != compiled.size() || !file.commit())
        return fail(QStringLiteral("could not write %1: %2").arg(output, file.errorString()));
    return 0;
}
