// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedcontent.h"

#include "content/contentrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const QStringList openings = {u"What is"_s, u"Tell your partner about"_s, u"Share"_s, u"Describe"_s,
                              u"Remember"_s, u"Talk about"_s, u"Imagine"_s, u"Name"_s};
const QStringList subjects = {u"a small kindness"_s, u"a quiet evening"_s, u"a favourite meal"_s,
                              u"a time you felt close"_s, u"a worry you carry"_s, u"a dream for next year"_s,
                              u"a habit you admire"_s, u"a song that moves you"_s, u"a place you miss"_s,
                              u"a moment of laughter"_s, u"a hard conversation"_s, u"a tradition"_s};
const QStringList endings = {u"from this week"_s, u"from your childhood"_s, u"you never told anyone"_s,
                             u"that still makes you smile"_s, u"you would like more of"_s,
                             u"that changed how you see things"_s, u"you want to try together"_s};
const QStringList sections = {u"closeness"_s, u"self-awareness"_s, u"vulnerability"_s, u"roadblocks"_s};
const QStringList kinds = {u"question"_s, u"activity"_s, u"reflection"_s, u"appreciation"_s};
const QStringList answerers = {u"each"_s, u"both"_s, u"one"_s};

bool writeFile(const QString &path, const QByteArray &data, qint64 *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    *bytes += data.size();
    return true;
}

QJsonObject card(const QString &deckId, int number, QRandomGenerator &random, const QStringList &sectionIds)
{
    const auto pick = [&](const QStringList &from) { return from.at(random.bounded(int(from.size()))); };
    QJsonObject card{{u"id"_s, u"%1-%2"_s.arg(deckId).arg(number)},
                     {u"section"_s, pick(sectionIds)},
                     {u"depth"_s, 1 + random.bounded(3)},
                     {u"kind"_s, pick(kinds)},
                     {u"answeredBy"_s, pick(answerers)},
                     {u"text"_s, u"%1 %2 %3 (%4)?"_s.arg(pick(openings), pick(subjects), pick(endings)).arg(number)},
                     {u"followUps"_s, QJsonArray{u"What did it teach you about %1?"_s.arg(pick(subjects))}}};
    if (random.bounded(3) == 0)
        card.insert(u"listenerHint"_s, u"Listen for %1 and say back what you heard."_s.arg(pick(subjects)));
    return card;
}

} // namespace

GeneratedContent::GeneratedContent(int cardCount, bool withBuiltIn)
{
    if (!m_dir.isValid())
        return;
    const QDir root(m_dir.path());
    QStringList sectionIds = sections;
    if (withBuiltIn) {
        const QString builtIn = ContentRepository::builtInRoot();
        QDirIterator it(builtIn, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(builtIn).relativeFilePath(path);
            QFile source(path);
            if (!root.mkpath(QFileInfo(root.filePath(relative)).path()) || !source.open(QIODevice::ReadOnly)
                || !writeFile(root.filePath(relative), source.readAll(), &m_bytes))
                return;
        }
        ContentRepository content;
        content.loadDirectory(builtIn);
        sectionIds.clear();
        for (const GuideSection &section : content.sections())
            sectionIds.append(section.id);
    }
    if (!root.mkpath(u"generated"_s))
        return;
    QRandomGenerator random(16); // the same cards every run
    for (int first = 0, deck = 1; first < cardCount; first += cardsPerDeck, ++deck) {
        const QString deckId = u"generated-%1"_s.arg(deck);
        QJsonArray cards;
        for (int number = first; number < std::min(cardCount, first + cardsPerDeck); ++number)
            cards.append(card(deckId, number + 1, random, sectionIds));
        const QJsonObject deckJson{{u"format"_s, u"hearth-deck"_s}, {u"version"_s, 1}, {u"id"_s, deckId},
                                   {u"title"_s, u"Generated deck %1"_s.arg(deck)},
                                   {u"description"_s, u"Cards made up for measuring a large collection."_s},
                                   {u"mood"_s, u"warm"_s}, {u"cards"_s, cards}};
        if (!writeFile(root.filePath(u"generated/%1.json"_s.arg(deckId)), QJsonDocument(deckJson).toJson(), &m_bytes))
            return;
    }
    m_valid = true;
}

QByteArray GeneratedContent::pack(const QString &packId, int cardCount, const QStringList &sectionIds)
{
    QRandomGenerator random(15);
    QJsonArray cards;
    for (int number = 1; number <= cardCount; ++number) {
        QJsonObject one = card(u"c"_s, number, random, sectionIds);
        one.insert(u"id"_s, u"c%1"_s.arg(number)); // local to the pack
        cards.append(one);
    }
    const QJsonObject pack{{u"format"_s, u"hearth-pack"_s}, {u"version"_s, 1}, {u"id"_s, packId},
                           {u"title"_s, u"A generated pack"_s},
                           {u"description"_s, u"Cards made up for measuring a large pack."_s},
                           {u"mood"_s, u"warm"_s}, {u"cards"_s, cards}};
    return QJsonDocument(pack).toJson(QJsonDocument::Compact);
}
