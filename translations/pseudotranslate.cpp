// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the pseudo-language from the English source: every message becomes
// "⟦Šåvéð ţö ýöür fîlé ·····⟧", wrapped, accented and about 40% longer, with
// its placeholders (%1, %n, %L2), HTML tags and entities left as they are.
// Run at build time by translations/translations.cmake:
//     hearth_pseudotranslate hearth_en.ts hearth_pseudo.ts
// Wrapped text shows which words went through tr/qsTr; the extra length shows
// where a longer language would clip.
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> accents = {
        {u'a', u'å'}, {u'e', u'é'}, {u'i', u'î'}, {u'o', u'ö'}, {u'u', u'ü'}, {u'y', u'ý'},
        {u'c', u'ç'}, {u'n', u'ñ'}, {u's', u'š'}, {u'z', u'ž'}, {u'A', u'Å'}, {u'E', u'É'},
        {u'I', u'Î'}, {u'O', u'Ö'}, {u'U', u'Ü'}, {u'C', u'Ç'}, {u'N', u'Ñ'}, {u'S', u'Š'}};
    return accents.value(c, c);
}

// Length of the placeholder, tag or entity starting at `i`, or 0 for plain text.
qsizetype untouchableLength(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == u'%') {
        qsizetype end = i + 1;
        if (end < text.size() && text.at(end) == u'L')
            ++end;
        if (end < text.size() && text.at(end) == u'n')
            return end + 1 - i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        return end > i + 1 ? end - i : 0;
    }
    if (c == u'<') {
        const qsizetype close = text.indexOf(u'>', i);
        return close < 0 ? 0 : close + 1 - i;
    }
    if (c == u'&') {
        const qsizetype semicolon = text.indexOf(u';', i);
        if (semicolon > i + 1 && semicolon - i <= 8) {
            bool entity = true;
            for (qsizetype k = i + 1; k < semicolon; ++k)
                entity = entity && (text.at(k).isLetterOrNumber() || text.at(k) == u'#');
            if (entity)
                return semicolon + 1 - i;
        }
    }
    return 0;
}

// A date format (its translator comment says so) keeps its letters, which
// QDate::toString reads as fields; it is only wrapped.
bool isDateFormat(const QString &comment)
{
    return comment.contains(u"QDate::toString"_s);
}

QString pseudo(const QString &english)
{
    if (english.isEmpty())
        return english;
    QString out;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < english.size();) {
        if (const qsizetype skip = untouchableLength(english, i)) {
            out += english.mid(i, skip);
            i += skip;
            continue;
        }
        const QChar c = english.at(i++);
        letters += c.isLetter() ? 1 : 0;
        out += accented(c);
    }
    // About 40% longer, in short words that can wrap as a longer language's would.
    const qsizetype extra = (letters * 2 + 4) / 5;
    QString padding;
    for (qsizetype k = 0; k < extra; ++k)
        padding += (k % 6 == 0) ? u' ' : u'·';
    return u"⟦"_s + out + padding + u"⟧"_s;
}

struct Message
{
    QString source;
    QString comment;
    bool numerus = false;
    QStringList englishForms; // the English plural forms, when the source .ts has them
};

void writeMessage(QXmlStreamWriter &out, const Message &message)
{
    out.writeStartElement(u"message"_s);
    if (message.numerus)
        out.writeAttribute(u"numerus"_s, u"yes"_s);
    out.writeTextElement(u"source"_s, message.source);
    if (!message.comment.isEmpty())
        out.writeTextElement(u"comment"_s, message.comment);
    out.writeStartElement(u"translation"_s);
    if (message.numerus) {
        // English rules: one form for 1, one for the rest.
        const QStringList forms = message.englishForms.size() == 2 ? message.englishForms
                                                                   : QStringList{message.source, message.source};
        for (const QString &form : forms)
            out.writeTextElement(u"numerusform"_s, pseudo(form));
    } else if (isDateFormat(message.comment)) {
        out.writeCharacters(u"⟦"_s + message.source + u"⟧"_s);
    } else {
        out.writeCharacters(pseudo(message.source));
    }
    out.writeEndElement();
    out.writeEndElement();
}

// Reads <message> (the reader is on its start) to its end.
Message readMessage(QXmlStreamReader &in)
{
    Message message;
    message.numerus = in.attributes().value(u"numerus"_s) == u"yes"_s;
    while (in.readNextStartElement()) {
        if (in.name() == u"source"_s) {
            message.source = in.readElementText();
        } else if (in.name() == u"comment"_s) {
            message.comment = in.readElementText();
        } else if (in.name() == u"translation"_s) {
            while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"translation"_s) {
                if (in.atEnd())
                    return message;
                if (in.isStartElement() && in.name() == u"numerusform"_s) {
                    const QString form = in.readElementText();
                    if (!form.isEmpty())
                        message.englishForms.append(form);
                }
            }
        } else {
            in.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fputs("usage: hearth_pseudotranslate SOURCE.ts PSEUDO.ts\n", stderr);
        return 2;
    }
    QFile source(QString::fromLocal8Bit(argv[1]));
    if (!source.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "hearth_pseudotranslate: cannot read %s\n", argv[1]);
        return 1;
    }
    QSaveFile target(QString::fromLocal8Bit(argv[2]));
    if (!target.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "hearth_pseudotranslate: cannot write %s\n", argv[2]);
        return 1;
    }
    QXmlStreamReader in(&source);
    QXmlStreamWriter out(&target);
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeDTD(u"<!DOCTYPE TS>"_s);
    out.writeStartElement(u"TS"_s);
    out.writeAttribute(u"version"_s, u"2.1"_s);
    // English plural rules: the pseudo-language has English's forms.
    out.writeAttribute(u"language"_s, u"en"_s);
    out.writeAttribute(u"sourcelanguage"_s, u"en"_s);
    int messages = 0;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isEndElement() && in.name() == u"context"_s)
            out.writeEndElement();
        if (!in.isStartElement())
            continue;
        if (in.name() == u"context"_s) {
            out.writeStartElement(u"context"_s);
        } else if (in.name() == u"name"_s) {
            out.writeTextElement(u"name"_s, in.readElementText());
        } else if (in.name() == u"message"_s) {
            writeMessage(out, readMessage(in));
            ++messages;
        }
    }
    out.writeEndDocument();
    if (in.hasError() || messages == 0) {
        std::fprintf(stderr, "hearth_pseudotranslate: %s: %s\n", argv[1],
                     in.hasError() ? qPrintable(in.errorString()) : "no messages");
        target.cancelWriting();
        return 1;
    }
    return target.commit() ? 0 : 1;
}
