// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentcodec.h"

#include "contentrepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QSysInfo>

#include <cstring>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 magic = 0x48434331; // "HCC1"
// Raised whenever a content type gains, loses or reorders a field, or the
// layout changes (2: flags and small numbers take two bytes).
constexpr quint32 formatVersion = 2;

// Each type's fields, in the one order both directions use.
#define CONTENT_FIELDS(Type, ...)                                                                                  \
    [[maybe_unused]] auto fields(Type &x) { return std::tie(__VA_ARGS__); }                                        \
    [[maybe_unused]] auto fields(const Type &x) { return std::tie(__VA_ARGS__); }

CONTENT_FIELDS(PracticeTarget, x.kind, x.id)
CONTENT_FIELDS(Practice, x.id, x.title, x.text, x.target)
CONTENT_FIELDS(SelfCheckItem, x.id, x.title, x.question, x.suggestion)
CONTENT_FIELDS(SelfCheck, x.intro, x.items)
CONTENT_FIELDS(GuideSection, x.id, x.title, x.summary, x.ideas, x.practices, x.selfCheck, x.seekHelp)
CONTENT_FIELDS(CareNote, x.title, x.text)
CONTENT_FIELDS(Card, x.id, x.deckId, x.section, x.depth, x.kind, x.answeredBy, x.text, x.followUps, x.listenerHint,
               x.arrival)
CONTENT_FIELDS(Deck, x.id, x.title, x.description, x.mood, x.cardIds, x.origin)
CONTENT_FIELDS(EscalatingQuestion, x.id, x.text)
CONTENT_FIELDS(EscalatingRound, x.id, x.title, x.intro, x.questions)
CONTENT_FIELDS(EscalatingConversation, x.title, x.intro, x.rounds)
CONTENT_FIELDS(ListeningStep, x.id, x.title, x.explanation, x.starters)
CONTENT_FIELDS(ListeningGuide, x.steps, x.checkBacks)
CONTENT_FIELDS(FeelingFamily, x.id, x.title, x.description)
CONTENT_FIELDS(Feeling, x.word, x.family, x.pleasant, x.intensity)
CONTENT_FIELDS(NeedGroup, x.id, x.title)
CONTENT_FIELDS(Need, x.word, x.group)
CONTENT_FIELDS(FauxFeeling, x.word, x.feelings, x.needs, x.note)
CONTENT_FIELDS(CoachPattern, x.id, x.kind, x.phrases, x.explanation, x.alternative, x.replacement)
CONTENT_FIELDS(Drill, x.id, x.section, x.statement, x.rewrites, x.tip)
CONTENT_FIELDS(JournalPrompt, x.id, x.section, x.practice, x.text)
CONTENT_FIELDS(Ritual, x.id, x.section, x.rhythm, x.title, x.text, x.minutes)
CONTENT_FIELDS(PauseStep, x.id, x.text)
CONTENT_FIELDS(PauseKind, x.id, x.title, x.description, x.breathInSeconds, x.breathOutSeconds, x.steps,
               x.journalPromptIds)
#undef CONTENT_FIELDS

template<typename T>
concept Described = requires(const T &x) { fields(x); };

class Writer
{
public:
    explicit Writer(QDataStream &stream) : m_stream(stream) {}

    void put(const QString &text) { m_stream << text; }
    void put(int number) { m_stream << qint32(number); }
    // Two bytes, as every other item takes an even number: each string's
    // UTF-16 then starts two-aligned, where a start can read it in place.
    void put(bool flag) { m_stream << quint16(flag); }
    void put(DeckOrigin origin) { m_stream << quint16(origin); }
    template<typename T>
    void put(const QList<T> &items)
    {
        m_stream << quint32(items.size());
        for (const T &item : items)
            put(item);
    }
    template<typename T>
    void put(const std::optional<T> &value)
    {
        put(value.has_value());
        if (value)
            put(*value);
    }
    template<Described T>
    void put(const T &value)
    {
        std::apply([this](const auto &...field) { (put(field), ...); }, fields(value));
    }

private:
    QDataStream &m_stream;
};

// Reads what Writer wrote, stopping at the first thing that does not fit:
// a count larger than the bytes left could hold, or the end of the data.
class Reader
{
public:
    // With `permanentBytes`, the bytes the stream reads: text is taken from
    // them without a copy where it can be.
    Reader(QDataStream &stream, qsizetype size, const char *permanentBytes)
        : m_stream(stream), m_size(size), m_permanentBytes(permanentBytes)
    {
    }

    [[nodiscard]] bool ok() const { return m_stream.status() == QDataStream::Ok; }

    void take(QString &text)
    {
        if (!m_permanentBytes) {
            m_stream >> text;
            return;
        }
        // QDataStream's own layout: a byte count (all ones for a null
        // string), then UTF-16 in the stream's byte order, here the machine's.
        quint32 byteCount = 0;
        m_stream >> byteCount;
        if (!ok())
            return;
        if (byteCount == 0xffffffff) {
            text = QString();
            return;
        }
        const qsizetype at = m_stream.device()->pos();
        if (byteCount % 2 != 0 || byteCount > quint64(m_size - at)) {
            m_stream.setStatus(QDataStream::ReadCorruptData);
            return;
        }
        const char *start = m_permanentBytes + at;
        if (byteCount == 0) {
            text = u""_s; // empty, not null, as QDataStream reads it
        } else if (reinterpret_cast<quintptr>(start) % alignof(char16_t) == 0) {
            text = QString::fromRawData(reinterpret_cast<const QChar *>(start), byteCount / 2);
        } else {
            text.resize(byteCount / 2);
            std::memcpy(text.data(), start, byteCount);
        }
        m_stream.skipRawData(int(byteCount));
    }
    void take(int &number)
    {
        qint32 read = 0;
        m_stream >> read;
        number = read;
    }
    void take(bool &flag)
    {
        quint16 read = 0;
        m_stream >> read;
        if (read > 1)
            m_stream.setStatus(QDataStream::ReadCorruptData);
        flag = read == 1;
    }
    void take(DeckOrigin &origin)
    {
        quint16 read = 0;
        m_stream >> read;
        if (read > quint16(DeckOrigin::Pack))
            m_stream.setStatus(QDataStream::ReadCorruptData);
        origin = DeckOrigin(read);
    }
    template<typename T>
    void take(QList<T> &items)
    {
        quint32 count = 0;
        m_stream >> count;
        // Every item takes at least one byte: a larger count is damage, and
        // reserving for it could ask for gigabytes.
        if (!ok() || count > quint64(m_size - m_stream.device()->pos())) {
            m_stream.setStatus(QDataStream::ReadCorruptData);
            return;
        }
        items.resize(count);
        for (T &item : items) {
            take(item);
            if (!ok())
                return;
        }
    }
    template<typename T>
    void take(std::optional<T> &value)
    {
        bool present = false;
        take(present);
        if (present) {
            value.emplace();
            take(*value);
        } else {
            value.reset();
        }
    }
    template<Described T>
    void take(T &value)
    {
        std::apply([this](auto &...field) { (take(field), ...); }, fields(value));
    }

private:
    QDataStream &m_stream;
    qsizetype m_size;
    const char *m_permanentBytes;
};

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    // The order of the machine it was built on and runs on: no byte swapping.
    stream.setByteOrder(QDataStream::LittleEndian);
}

} // namespace

// Every field of the repository that content sets, in one order for both
// directions. Errors, the language and the card index are not content: the
// build writes only content without errors, in English, and decode() indexes.
#define REPOSITORY_CONTENT(r)                                                                                      \
    std::tie(r.m_filesRead, r.m_careNote, r.m_sections, r.m_decks, r.m_cards, r.m_escalating, r.m_listening,       \
             r.m_feelingFamilies, r.m_feelings, r.m_needGroups, r.m_needs, r.m_fauxFeelings, r.m_coachPatterns,   \
             r.m_labelFrames, r.m_negativeWords, r.m_notLabelWords, r.m_drills, r.m_journalPrompts, r.m_rituals,  \
             r.m_pauseKinds)

QByteArray ContentCodec::encode(const ContentRepository &content)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    prepare(stream);
    stream << magic << formatVersion;
    Writer writer(stream);
    std::apply([&writer](const auto &...part) { (writer.put(part), ...); }, REPOSITORY_CONTENT(content));
    return bytes;
}

bool ContentCodec::decode(QByteArrayView bytes, ContentRepository &into, QString *problem, Bytes lifetime)
{
    into = ContentRepository();
    const QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream stream(data);
    prepare(stream);
    quint32 foundMagic = 0;
    quint32 foundVersion = 0;
    stream >> foundMagic >> foundVersion;
    if (foundMagic != magic || foundVersion != formatVersion) {
        *problem = u"is not compiled content of this version of Hearth"_s;
        return false;
    }
    // Text can point into the bytes only where they are laid out as QString
    // holds it: UTF-16 in the machine's order.
    constexpr bool machineOrder = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    Reader reader(stream, data.size(), lifetime == Bytes::Permanent && machineOrder ? data.constData() : nullptr);
    ContentRepository decoded;
    std::apply([&reader](auto &...part) { (reader.take(part), ...); }, REPOSITORY_CONTENT(decoded));
    if (!reader.ok() || !stream.atEnd()) {
        *problem = reader.ok() ? u"has bytes after the end of the content"_s : u"is damaged or cut short"_s;
        return false;
    }
    for (qsizetype i = 0; i < decoded.m_cards.size(); ++i)
        decoded.m_cardIndex.insert(decoded.m_cards.at(i).id, i);
    into = std::move(decoded);
    return true;
}
#undef REPOSITORY_CONTENT
