// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "coach/coach.h"
#include "coach/coachjson.h"
#include "content/contentrepository.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Longer than any one thing a person says in one go; the coach is fast, but a
// pasted book is not a statement.
constexpr qsizetype maxLength = 10000;
// A line longer than this in bytes is longer than maxLength characters in any
// encoding (UTF-8 takes at most 3 bytes per UTF-16 unit), so no more is kept.
constexpr qsizetype maxLineBytes = 3 * maxLength;

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

// Named by its number and length, never echoed: it may be megabytes.
QJsonObject tooLong(qint64 lineNumber, qint64 length, const QString &unit)
{
    QJsonObject object = withError(QString(), u"line %1 is %2 %3 long, longer than %4 characters; it was not checked"_s
                                                  .arg(lineNumber)
                                                  .arg(length)
                                                  .arg(unit)
                                                  .arg(maxLength));
    object.insert(u"line"_s, lineNumber);
    object.insert(u"length"_s, length);
    return object;
}

QJsonObject check(const Coach &coach, const QString &text)
{
    if (text.size() > maxLength)
        return withError(QString(), u"the text is %1 characters long, longer than %2; it was not checked"_s
                                           .arg(text.size())
                                           .arg(maxLength));
    return CoachJson::toJson(text, coach.analyze(text));
}

// Reads standard input in fixed chunks and keeps at most maxLineBytes of a
// line, so a line of any length costs bounded memory. Reads raw bytes, so
// that a line which is not UTF-8 is reported rather than silently mangled.
class LineChecker
{
public:
    explicit LineChecker(const Coach &coach) : m_coach(coach) {}

    void run()
    {
        char buffer[64 * 1024];
        while (true) {
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            take(buffer, qsizetype(got));
        }
        if (m_length > 0)
            finishLine();
    }

private:
    void take(const char *bytes, qsizetype size)
    {
        while (size > 0) {
            const char *end = static_cast<const char *>(std::memchr(bytes, '\n', size_t(size)));
            const qsizetype part = end ? qsizetype(end - bytes) : size;
            const qsizetype room = std::max<qsizetype>(0, maxLineBytes + 1 - m_line.size());
            m_line.append(bytes, std::min(part, room)); // one byte past the cap marks it too long
            m_length += part;
            if (!end)
                return;
            finishLine();
            bytes += part + 1;
            size -= part + 1;
        }
    }

    void finishLine()
    {
        ++m_lineNumber;
        if (m_line.size() == m_length && m_line.endsWith('\r')) { // a Windows line ending
            m_line.chop(1);
            --m_length;
        }
        if (m_length > maxLineBytes) {
            print(tooLong(m_lineNumber, m_length, u"bytes"_s));
        } else {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder(m_line);
            if (decoder.hasError())
                print(withError(text.size() > maxLength ? QString() : text, u"the line is not valid UTF-8"_s));
            else if (text.size() > maxLength)
                print(tooLong(m_lineNumber, text.size(), u"characters"_s));
            else
                print(check(m_coach, text));
        }
        m_line.clear();
        m_length = 0;
    }

    const Coach &m_coach;
    QByteArray m_line;      // at most maxLineBytes + 1 bytes of the current line
    qint64 m_length = 0;    // the whole current line's length in bytes
    qint64 m_lineNumber = 0;
};

} // namespace

int CheckCommand::run(const QStringList &texts)
{
    ContentRepository content;
    content.loadBuiltIn();
    const Coach coach(content);
    for (const QString &text : texts) {
        if (text == u"-"_s)
            LineChecker(coach).run();
        else
            print(check(coach, text));
    }
    return 0;
}
