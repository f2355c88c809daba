// SPDX-License-Identifier: GPL-3.0-or-later
// JsonParser, Hearth's own one-pass JSON reader for content and packs: what it
// reads, every error with the offset Qt gives it, escapes and pairs of them,
// deep nesting, numbers at the edges, the byte order mark; and, over real
// files and thousands of broken copies of one, the same answer as
// QJsonDocument::fromJson (value for value, error for error) except where it
// is stricter on purpose (an escape JSON does not have).
#include "content/jsondocument.h"
#include "content/jsonparser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    JsonDocument document;
    QJsonParseError error;
};

Parsed parse(const QByteArray &json)
{
    Parsed parsed;
    parsed.document = JsonParser::parse(json, &parsed.error);
    return parsed;
}

// Equal as Hearth reads values: every number as a double (Qt keeps integers
// beyond 2^53 exactly; Hearth only ever asks for toDouble()).
bool sameValue(const QJsonValue &ours, const QJsonValue &qts)
{
    if (ours.isDouble() && qts.isDouble())
        return ours.toDouble() == qts.toDouble();
    if (ours.type() != qts.type())
        return false;
    if (ours.isArray()) {
        const QJsonArray a = ours.toArray();
        const QJsonArray b = qts.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (ours.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = qts.toObject();
        if (a.keys() != b.keys())
            return false;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (!sameValue(it.value(), b.value(it.key())))
                return false;
        }
        return true;
    }
    return ours == qts;
}

// Where a text has an escape JSON does not know ("\x"), which Qt reads as the letter.
bool isForeignEscapeAt(const QByteArray &json, qsizetype offset)
{
    return offset > 0 && offset < json.size() && json.at(offset - 1) == '\\'
        && !QByteArrayView("\"\\/bfnrtu").contains(json.at(offset));
}

// Fails the test with the input when JsonParser and QJsonDocument disagree.
void compareWithQt(const QByteArray &json)
{
    const Parsed ours = parse(json);
    QJsonParseError qtError;
    const QJsonDocument qts = QJsonDocument::fromJson(json, &qtError);
    const auto describe = [&] {
        return u"input %1: ours %2 at %3, Qt's %4 at %5"_s.arg(QString::fromLatin1(json.left(200).toPercentEncoding()))
            .arg(ours.error.errorString()).arg(ours.error.offset).arg(qtError.errorString()).arg(qtError.offset);
    };
    if (ours.error.error == QJsonParseError::IllegalEscapeSequence && isForeignEscapeAt(json, ours.error.offset)
        && (qtError.error == QJsonParseError::NoError || qtError.offset >= ours.error.offset))
        return; // stricter on purpose, and no later than Qt's own error
    QVERIFY2(ours.error.error == qtError.error, qPrintable(describe()));
    QVERIFY2(ours.error.offset == qtError.offset, qPrintable(describe()));
    if (qtError.error != QJsonParseError::NoError)
        return;
    const QJsonValue qtRoot = qts.isObject() ? QJsonValue(qts.object()) : QJsonValue(qts.array());
    QVERIFY2(sameValue(ours.document.root().toQJsonValue(), qtRoot), qPrintable(describe()));
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

    // Defined below the class: moc misreads raw strings with quotes in them.
private slots:
    void readsValues();
    void theLastOfTwoSameKeysCounts();
    void keysCompareAsText();
    void errorsHaveQtsWordsAndOffsets_data();
    void errorsHaveQtsWordsAndOffsets();
    void escapesAndPairs();
    void utf8AsQtDecodesIt();
    void nestingIsBounded();
    void numbersAtTheEdges();
    void byteOrderMark();
    void sameAsQtOnRealFiles();
    void sameAsQtOnBrokenCopies();
};

void TestJsonParser::readsValues()
{
    const Parsed parsed = parse(R"({"text": "Caf\u00e9 \"quoted\"", "n": -12.5e1, "whole": 3,)"
                                R"("yes": true, "no": false, "nothing": null, "list": [1, "two", [], {}], "empty": {}})");
    QCOMPARE(parsed.error.error, QJsonParseError::NoError);
    const JsonValue root = parsed.document.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 8);
    QCOMPARE(root.value(u"text").toString(), u"Café \"quoted\""_s);
    QCOMPARE(root.value(u"n").toDouble(), -125.0);
    QCOMPARE(root.value(u"whole").toDouble(), 3.0);
    QVERIFY(root.value(u"yes").toBool());
    QVERIFY(root.value(u"no").isBool() && !root.value(u"no").toBool());
    QVERIFY(root.value(u"nothing").isNull());
    QVERIFY(root.value(u"missing").isUndefined());
    QVERIFY(root.value(u"text").value(u"x").isUndefined()); // not an object
    const JsonValue list = root.value(u"list");
    QCOMPARE(list.size(), 4);
    QList<QJsonValue::Type> types;
    for (const JsonValue item : list)
        types.append(item.type());
    QCOMPARE(types, (QList<QJsonValue::Type>{QJsonValue::Double, QJsonValue::String, QJsonValue::Array,
                                             QJsonValue::Object}));
    QStringList keys;
    for (auto member = root.begin(); member != root.end(); ++member)
        keys.append(member.key().toString());
    QCOMPARE(keys, (QStringList{u"text"_s, u"n"_s, u"whole"_s, u"yes"_s, u"no"_s, u"nothing"_s, u"list"_s,
                                u"empty"_s})); // in the file's order
    QVERIFY(JsonValue().isUndefined());
}

void TestJsonParser::theLastOfTwoSameKeysCounts()
{
    const Parsed parsed = parse(R"({"a": 1, "b": 2, "a": 3})");
    const JsonValue root = parsed.document.root();
    QCOMPARE(root.value(u"a").toDouble(), 3.0);
    QCOMPARE(root.toQJsonValue().toObject(), QJsonDocument::fromJson(R"({"a": 1, "b": 2, "a": 3})").object());
}

void TestJsonParser::keysCompareAsText()
{
    const Parsed parsed = parse(R"({"\u0069d": 1, "café": 2})");
    const JsonValue root = parsed.document.root();
    QCOMPARE(root.value(u"id").toDouble(), 1.0); // an escaped key is the same key
    QCOMPARE(root.value(u"café").toDouble(), 2.0);
    QVERIFY(root.begin().key().equals("id"_L1));
    QVERIFY(!root.begin().key().equals("i"_L1));
}

void TestJsonParser::errorsHaveQtsWordsAndOffsets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("offset");
    using E = QJsonParseError;
    QTest::newRow("empty") << QByteArray() << int(E::IllegalValue) << 0;
    QTest::newRow("only space") << QByteArray(" \n") << int(E::IllegalValue) << 2;
    QTest::newRow("a bare value") << QByteArray("1") << int(E::IllegalValue) << 1;
    QTest::newRow("trailing comma in a list") << QByteArray("[1,]") << int(E::MissingObject) << 4;
    QTest::newRow("trailing comma in an object") << QByteArray(R"({"a":1,})") << int(E::MissingObject) << 8;
    QTest::newRow("a comment") << QByteArray("[// no\n1]") << int(E::IllegalNumber) << 1;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << int(E::MissingNameSeparator) << 6;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << int(E::MissingValueSeparator) << 4;
    QTest::newRow("cut in an object") << QByteArray(R"({"a":1,)") << int(E::UnterminatedObject) << 7;
    QTest::newRow("cut in a list") << QByteArray(R"(["a",)") << int(E::UnterminatedArray) << 5;
    QTest::newRow("cut in a string") << QByteArray(R"(["a)") << int(E::UnterminatedString) << 4;
    QTest::newRow("cut after an escape") << QByteArray(R"(["\)") << int(E::UnterminatedString) << 3;
    QTest::newRow("cut in a number") << QByteArray("[1") << int(E::TerminationByNumber) << 2;
    QTest::newRow("a misspelt word") << QByteArray("[nulx]") << int(E::IllegalValue) << 5;
    QTest::newRow("not a number") << QByteArray("[+1]") << int(E::IllegalNumber) << 1;
    QTest::newRow("too large a number") << QByteArray("[1.8e308]") << int(E::IllegalNumber) << 8;
    QTest::newRow("too small a number") << QByteArray("[1e-400]") << int(E::IllegalNumber) << 7;
    QTest::newRow("a leading zero") << QByteArray("[01]") << int(E::MissingValueSeparator) << 3;
    QTest::newRow("a short \\u") << QByteArray(R"(["\u12"])") << int(E::IllegalEscapeSequence) << 6;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << int(E::IllegalUTF8String) << 2;
    QTest::newRow("a surrogate in UTF-8") << QByteArray("[\"\xed\xa0\x80\"]") << int(E::IllegalUTF8String) << 2;
    QTest::newRow("an overlong encoding") << QByteArray("[\"\xc0\xaf\"]") << int(E::IllegalUTF8String) << 2;
    QTest::newRow("garbage after") << QByteArray(R"({"a":1}x)") << int(E::GarbageAtEnd) << 7;
    QTest::newRow("too deep") << nested(1025) << int(E::DeepNesting) << 1025;
    // Stricter than Qt, which reads "\x" as "x": at the letter.
    QTest::newRow("an escape JSON has not") << QByteArray(R"(["a\x"])") << int(E::IllegalEscapeSequence) << 4;
}

void TestJsonParser::errorsHaveQtsWordsAndOffsets()
{
    QFETCH(QByteArray, json);
    QFETCH(int, error);
    QFETCH(int, offset);
    const Parsed parsed = parse(json);
    QCOMPARE(int(parsed.error.error), error);
    QCOMPARE(parsed.error.offset, offset);
    QVERIFY(parsed.document.root().isUndefined());
    compareWithQt(json);
}

void TestJsonParser::escapesAndPairs()
{
    const Parsed parsed = parse(R"(["\"\\\/\b\f\n\r\t", "\uD83D\uDE00 \u00e9\u20AC", "\ud800 alone", "\udc00\ud800", "a\u0000b"])");
    const JsonValue list = parsed.document.root();
    QStringList texts;
    for (const JsonValue item : list)
        texts.append(item.toString());
    QCOMPARE(texts.at(0), u"\"\\/\b\f\n\r\t"_s);
    QCOMPARE(texts.at(1), u"😀 é€"_s);
    // Half a pair is kept as Qt keeps it, for the card rules to name.
    QCOMPARE(texts.at(2), QString(QChar(0xD800)) + u" alone"_s);
    QCOMPARE(texts.at(3), QString(QChar(0xDC00)) + QChar(0xD800));
    QCOMPARE(texts.at(4), QString(u"a\0b"_s));
    QCOMPARE(texts.at(4).size(), 3);
}

void TestJsonParser::utf8AsQtDecodesIt()
{
    const QList<QByteArray> sequences = {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\x9F\xBF", "\xE0\xA0\x80",
                                         "\xED\x9F\xBF", "\xED\xBF\xBF", "\xEE\x80\x80", "\xEF\xBF\xBE",
                                         "\xEF\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF0\x90\x80\x80",
                                         "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                         "\xC1\xBF", "\x80", "\xC3", "\xE2\x82", "\xF0\x9F\x98"};
    for (const QByteArray &sequence : sequences) {
        compareWithQt("[\"" + sequence + "\"]");
        compareWithQt("[\"" + sequence);
    }
}

void TestJsonParser::nestingIsBounded()
{
    QCOMPARE(parse(nested(JsonParser::maxNesting)).error.error, QJsonParseError::NoError);
    // Far deeper input stops at the limit, without going deeper on the stack.
    const Parsed deep = parse(QByteArray(10000000, '['));
    QCOMPARE(deep.error.error, QJsonParseError::DeepNesting);
    QCOMPARE(deep.error.offset, JsonParser::maxNesting + 1);
}

void TestJsonParser::numbersAtTheEdges()
{
    const Parsed parsed = parse("[1e308, -0, -0.0, 9007199254740993, 99999999999999999999, 0.5, .5, 1., 5e-324]");
    const JsonValue list = parsed.document.root();
    QList<double> numbers;
    for (const JsonValue item : list)
        numbers.append(item.toDouble());
    QCOMPARE(numbers, (QList<double>{1e308, 0, 0, 9007199254740992.0, 1e20, 0.5, 0.5, 1, 5e-324}));
    QVERIFY(!std::signbit(numbers.at(1)) && !std::signbit(numbers.at(2))); // no -0, as Qt
}

void TestJsonParser::byteOrderMark()
{
    const QByteArray bom("\xEF\xBB\xBF");
    QCOMPARE(parse(bom + "{}").error.error, QJsonParseError::NoError);
    const Parsed spaced = parse(bom + " [1]");
    QCOMPARE(spaced.document.root().size(), 1);
    // Alone, or before nothing that could be a document, it is not skipped (as in Qt).
    for (const QByteArray &json : QByteArrayList{bom, bom + bom + "{}", " " + bom + "{}"}) {
        QVERIFY(parse(json).error.error != QJsonParseError::NoError);
        compareWithQt(json);
    }
}

void TestJsonParser::sameAsQtOnRealFiles()
{
    int files = 0;
    // The content, and every test file: packs, broken packs, fuzzers' findings, backups.
    const QList<std::pair<QString, QStringList>> roots = {{QStringLiteral(HEARTH_SOURCE_DIR "/content"), {u"*.json"_s}},
                                                          {QStringLiteral(HEARTH_TEST_DATA), {}}};
    for (const auto &[root, patterns] : roots) {
        QDirIterator it(root, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            compareWithQt(file.readAll());
            ++files;
        }
    }
    QVERIFY(files > 60);
}

// Every cut, and thousands of random changes, of a pack with every kind of value.
void TestJsonParser::sameAsQtOnBrokenCopies()
{
    const QByteArray sample = R"({"format": "hearth-pack", "version": 1, "id": "p-1", "mood": "warm",)" "\n"
        R"( "cards": [{"id": "a", "depth": 2, "arrival": false, "hint": null, "text": "Caf\u00e9 \"x\" \ud83d\ude0a ok?",)"
        R"( "followUps": ["One?", "Two\n?"], "n": [-0.5e-3, 12, 1E+2, 0]}], "more": {"a": {"b": [true, []]}}})";
    for (qsizetype cut = 0; cut <= sample.size(); ++cut)
        compareWithQt(sample.left(cut));
    QRandomGenerator random(16);
    const QByteArray awkward = "{}[]:,\"\\/ \n0123456789.eE+-tfnulx\xC3\xA9\xED\xF0\x80\xFF";
    for (int round = 0; round < 20000; ++round) {
        QByteArray copy = sample;
        const int changes = 1 + random.bounded(3);
        for (int i = 0; i < changes; ++i) {
            const qsizetype at = random.bounded(copy.size());
            switch (random.bounded(3)) {
            case 0: copy[at] = awkward.at(random.bounded(awkward.size())); break;
            case 1: copy.remove(at, 1 + random.bounded(4)); break;
            default: copy.insert(at, awkward.at(random.bounded(awkward.size()))); break;
            }
        }
        compareWithQt(copy);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
