// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "coach/coach.h"
#include "coach/coachjson.h"
#include "content/contentrepository.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

// Longer than any one thing a person says in one go; the coach is fast, but a
// pasted book is not a statement.
constexpr qsizetype maxLength = 10000;

void print(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // one line in, one line out: usable as a pipe from another program
}

QJsonObject withError(const QString &text, const QString &error)
{
    QJsonObject object = CoachJson::toJson(text, CoachAnalysis{});
    object.insert(u"error"_s, error);
    return object;
}

QJsonObject check(const Coach &coach, const QString &text)
{
    if (text.size() > maxLength)
        return withError(text, u"the text is longer than %1 characters"_s.arg(maxLength));
    return CoachJson::toJson(text, coach.analyze(text));
}

// Reads raw bytes, so that a line which is not UTF-8 can be told apart from
// one that is, and reported rather than silently mangled.
void checkStandardInput(const Coach &coach)
{
    std::string bytes;
    while (std::getline(std::cin, bytes)) {
        QByteArray line = QByteArray::fromStdString(bytes);
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(line);
        if (decoder.hasError())
            print(withError(text, u"the line is not valid UTF-8"_s));
        else
            print(check(coach, text));
    }
}

} // namespace

int CheckCommand::run(const QStringList &texts)
{
    ContentRepository content;
    content.loadDirectory(ContentRepository::builtInRoot());
    const Coach coach(content);
    for (const QString &text : texts) {
        if (text == u"-"_s)
            checkStandardInput(coach);
        else
            print(check(coach, text));
    }
    return 0;
}
