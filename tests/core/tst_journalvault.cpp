// SPDX-License-Identifier: GPL-3.0-or-later
// The lockable journal's cryptography: words sealed with a key made from a
// passphrase open again only with that passphrase and only for their own
// entry; a wrong passphrase is told apart from damage; a new passphrase keeps
// every entry; a locked vault opens nothing.
#include "journal/journalvault.h"

#include <QSet>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VaultParameters)

namespace {

const QString passphrase = u"a quiet morning walk"_s;

// Words as a journal holds them, in several scripts, with a line break.
const QString nonAsciiText = u"Ich habe Angst, dass du gehst. ما زلت هنا.\n日本語も。Ça va 💛"_s;

QString longText(qsizetype atLeastBytes)
{
    const QString sentence = u"Some days I worry that I ask too much of you, and I don’t say it. "_s;
    const qsizetype sentenceBytes = sentence.toUtf8().size();
    QString text;
    qsizetype bytes = 0;
    for (int i = 0; bytes < atLeastBytes; ++i) {
        const QString numbered = sentence + QString::number(i) + u' ';
        text += numbered;
        bytes += sentenceBytes + QString::number(i).size() + 1;
    }
    Q_ASSERT(text.toUtf8().size() == bytes);
    return text;
}

// Every `width`-byte run of `bytes`, to look for any piece of a text in another.
QSet<QByteArray> runsOf(const QByteArray &bytes, qsizetype width)
{
    QSet<QByteArray> runs;
    for (qsizetype at = 0; at + width <= bytes.size(); ++at)
        runs.insert(bytes.mid(at, width));
    return runs;
}

// True when some `width`-byte run of `needle` appears in `haystack`.
bool sharesARun(const QByteArray &haystack, const QByteArray &needle, qsizetype width)
{
    const QSet<QByteArray> runs = runsOf(haystack, width);
    for (qsizetype at = 0; at + width <= needle.size(); ++at) {
        if (runs.contains(needle.mid(at, width)))
            return true;
    }
    return false;
}

QByteArray utf16Of(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray sealOrFail(const JournalVault &vault, qint64 id, const QString &text)
{
    const VaultResult<QByteArray> sealed = vault.seal(id, text);
    if (!sealed.ok())
        qFatal("sealing failed: %d", int(sealed.status));
    return sealed.value;
}

} // namespace

class TestJournalVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const VaultResult<VaultParameters> created = m_vault.create(passphrase);
        QVERIFY(created.ok());
        QVERIFY(m_vault.isUnlocked());
        m_parameters = created.value;
    }

    void aNewLockIsArgon2idWithAtLeastTheInteractiveLimitsAndARandomSalt()
    {
        QCOMPARE(m_parameters.format, VaultParameters::currentFormat);
        QCOMPARE(m_parameters.algorithm, crypto_pwhash_ALG_ARGON2ID13);
        QVERIFY(m_parameters.opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
        QVERIFY(m_parameters.memLimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
        QCOMPARE(m_parameters.salt.size(), qsizetype(crypto_pwhash_SALTBYTES));
        QVERIFY(m_parameters.isSupported());

        JournalVault other;
        const VaultResult<VaultParameters> again = other.create(passphrase);
        QVERIFY(again.ok());
        QVERIFY(again.value.salt != m_parameters.salt); // same passphrase, another key
        QVERIFY(again.value.check != m_parameters.check);
        // Nothing of the passphrase is in what is stored.
        QVERIFY(!m_parameters.toBytes().contains(passphrase.toUtf8()));
    }

    void wordsComeBackAsTheyWere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"I miss our Sunday mornings."_s;
        QTest::newRow("non-ASCII, lines") << nonAsciiText;
        QTest::newRow("long") << longText(64 * 1024);
    }

    void wordsComeBackAsTheyWere()
    {
        QFETCH(QString, text);
        const QByteArray sealed = sealOrFail(m_vault, 7, text);
        QCOMPARE(sealed.size(), text.toUtf8().size() + 1 + 24 + 16); // format, nonce, tag

        const VaultResult<QString> opened = m_vault.open(7, sealed);
        QCOMPARE(opened.status, VaultStatus::Ok);
        QCOMPARE(opened.value, text);

        // As after a restart: the stored record and the passphrase open it.
        const VaultResult<VaultParameters> stored = VaultParameters::fromBytes(m_parameters.toBytes());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value, m_parameters);
        JournalVault later;
        QCOMPARE(later.unlock(stored.value, passphrase), VaultStatus::Ok);
        QCOMPARE(later.open(7, sealed).value, text);
    }

    void sealedBytesHoldNoneOfTheWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << u"I am afraid you will leave"_s;
        QTest::newRow("non-ASCII") << nonAsciiText;
        QTest::newRow("long") << longText(64 * 1024);
    }

    void sealedBytesHoldNoneOfTheWords()
    {
        QFETCH(QString, text);
        const QByteArray sealed = sealOrFail(m_vault, 1, text);
        // Not the words, nor any 8 bytes of them, in UTF-8 or UTF-16.
        QVERIFY(!sealed.contains(text.toUtf8()));
        QVERIFY(!sharesARun(sealed, text.toUtf8(), 8));
        QVERIFY(!sharesARun(sealed, utf16Of(text), 8));
    }

    void sealingTheSameWordsTwiceGivesDifferentBytes()
    {
        const QString text = u"Thank you for last night."_s;
        const QByteArray first = sealOrFail(m_vault, 3, text);
        const QByteArray second = sealOrFail(m_vault, 3, text);
        QVERIFY(first != second);
        QVERIFY(first.mid(1, 24) != second.mid(1, 24)); // a fresh nonce each time
        QCOMPARE(m_vault.open(3, first).value, text);
        QCOMPARE(m_vault.open(3, second).value, text);
    }

    void aWrongPassphraseIsSaidToBeWrongNotDamage_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::newRow("one more character") << passphrase + u'!';
        QTest::newRow("capital") << u"A quiet morning walk"_s;
        QTest::newRow("empty") << QString();
    }

    void aWrongPassphraseIsSaidToBeWrongNotDamage()
    {
        QFETCH(QString, wrong);
        JournalVault vault;
        QCOMPARE(vault.unlock(m_parameters, wrong), VaultStatus::WrongPassphrase);
        QVERIFY(!vault.isUnlocked());
        const QByteArray sealed = sealOrFail(m_vault, 1, u"words"_s);
        QCOMPARE(vault.open(1, sealed).status, VaultStatus::Locked); // not Damaged
        // Trying again with the right one works.
        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        QCOMPARE(vault.open(1, sealed).value, u"words"_s);
    }

    void aPassphraseIsTheSameWhicheverWayItsAccentsWereTyped()
    {
        const QString composed = u"caf\u00e9 au lait"_s;
        const QString decomposed = u"cafe\u0301 au lait"_s;
        QVERIFY(composed != decomposed);
        JournalVault vault;
        const VaultResult<VaultParameters> created = vault.create(composed);
        QVERIFY(created.ok());
        JournalVault again;
        QCOMPARE(again.unlock(created.value, decomposed), VaultStatus::Ok);
    }

    void aChangedByteAnywhereIsDamage()
    {
        const QByteArray sealed = sealOrFail(m_vault, 5, u"We made up by the river."_s);
        for (qsizetype at = 0; at < sealed.size(); ++at) {
            QByteArray changed = sealed;
            changed[at] = char(changed.at(at) ^ 0x01);
            QCOMPARE(m_vault.open(5, changed).status, VaultStatus::Damaged);
        }
    }

    void wordsCutShortOrLengthenedAreDamage_data()
    {
        QTest::addColumn<QByteArray>("changed");
        const QByteArray sealed = sealOrFail(m_vault, 5, u"Long enough to cut."_s);
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("format only") << sealed.left(1);
        QTest::newRow("part of the nonce") << sealed.left(20);
        QTest::newRow("nonce, no tag") << sealed.left(25);
        QTest::newRow("one byte short of a whole seal") << sealed.left(40);
        QTest::newRow("one byte short") << sealed.chopped(1);
        QTest::newRow("one byte more") << QByteArray(sealed + '\0');
        QTest::newRow("twice") << QByteArray(sealed + sealed);
    }

    void wordsCutShortOrLengthenedAreDamage()
    {
        QFETCH(QByteArray, changed);
        QCOMPARE(m_vault.open(5, changed).status, VaultStatus::Damaged);
    }

    void wordsMovedToAnotherEntryDoNotOpen()
    {
        const QByteArray first = sealOrFail(m_vault, 1, u"first"_s);
        const QByteArray second = sealOrFail(m_vault, 2, u"second"_s);
        QCOMPARE(m_vault.open(1, second).status, VaultStatus::Damaged);
        QCOMPARE(m_vault.open(2, first).status, VaultStatus::Damaged);
        QCOMPARE(m_vault.open(1 + (qint64(1) << 32), first).status, VaultStatus::Damaged); // all 64 bits count
        QCOMPARE(m_vault.open(-1, first).status, VaultStatus::Damaged);
        // The key check is sealed with the same key, for another purpose.
        QCOMPARE(m_vault.open(0, m_parameters.check).status, VaultStatus::Damaged);
        QCOMPARE(m_vault.open(1, first).value, u"first"_s);
    }

    void wordsSealedWithAnotherPassphraseAreDamageNotAWrongPassphrase()
    {
        JournalVault someoneElse;
        QVERIFY(someoneElse.create(u"another person's passphrase"_s).ok());
        const QByteArray theirs = sealOrFail(someoneElse, 1, u"mine, not yours"_s);
        QCOMPARE(m_vault.open(1, theirs).status, VaultStatus::Damaged);
    }

    void aChangedRecordIsDamageNotAWrongPassphrase()
    {
        const QByteArray record = m_parameters.toBytes();
        for (qsizetype at = 0; at < record.size(); ++at) {
            QByteArray changed = record;
            changed[at] = char(changed.at(at) ^ 0x80);
            QCOMPARE(VaultParameters::fromBytes(changed).status, VaultStatus::Damaged);
        }
        QCOMPARE(VaultParameters::fromBytes(record.chopped(1)).status, VaultStatus::Damaged);
        QCOMPARE(VaultParameters::fromBytes(QByteArray(record + '\0')).status, VaultStatus::Damaged);
        QCOMPARE(VaultParameters::fromBytes({}).status, VaultStatus::Damaged);
    }

    void aRecordHearthDoesNotWriteIsRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<VaultParameters>("parameters");
        auto changed = [this](auto change) {
            VaultParameters parameters = m_parameters;
            change(parameters);
            return parameters;
        };
        QTest::newRow("newer format") << changed([](VaultParameters &p) { p.format = 2; });
        QTest::newRow("Argon2i") << changed([](VaultParameters &p) { p.algorithm = crypto_pwhash_ALG_ARGON2I13; });
        QTest::newRow("weaker passes") << changed([](VaultParameters &p) { p.opsLimit = 1; });
        QTest::newRow("less memory") << changed([](VaultParameters &p) { p.memLimit = 8 * 1024; });
        // Would keep an unlock busy for hours or take all the memory.
        QTest::newRow("endless passes") << changed([](VaultParameters &p) { p.opsLimit = 1u << 30; });
        QTest::newRow("all the memory") << changed([](VaultParameters &p) { p.memLimit = quint64(1) << 40; });
        QTest::newRow("short salt") << changed([](VaultParameters &p) { p.salt.chop(1); });
        QTest::newRow("no check") << changed([](VaultParameters &p) { p.check.clear(); });
    }

    void aRecordHearthDoesNotWriteIsRefusedBeforeAnyWork()
    {
        QFETCH(VaultParameters, parameters);
        QVERIFY(!parameters.isSupported());
        JournalVault vault;
        QCOMPARE(vault.unlock(parameters, passphrase), VaultStatus::Damaged);
        QVERIFY(!vault.isUnlocked());
    }

    void aNewPassphraseKeepsEveryEntryAndTheOldOneNoLongerOpens()
    {
        const QList<QString> texts {u"first page"_s, QString(), nonAsciiText, longText(16 * 1024)};
        QList<SealedEntry> entries;
        for (qsizetype i = 0; i < texts.size(); ++i)
            entries.append({100 + i, sealOrFail(m_vault, 100 + i, texts.at(i))});

        const QString newPassphrase = u"the lighthouse at dusk"_s;
        VaultResult<JournalVault::Rekeyed> rekeyed = m_vault.rekey(newPassphrase, entries);
        QCOMPARE(rekeyed.status, VaultStatus::Ok);
        QVERIFY(rekeyed.value.vault.isUnlocked());
        QVERIFY(rekeyed.value.parameters.salt != m_parameters.salt);
        QCOMPARE(rekeyed.value.entries.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const SealedEntry &resealed = rekeyed.value.entries.at(i);
            QCOMPARE(resealed.id, entries.at(i).id);
            QVERIFY(resealed.sealed != entries.at(i).sealed);
            QCOMPARE(rekeyed.value.vault.open(resealed.id, resealed.sealed).value, texts.at(i));
            QCOMPARE(rekeyed.value.vault.open(resealed.id, entries.at(i).sealed).status, VaultStatus::Damaged);
        }

        // From the stored record: the old passphrase is wrong, the new one opens all.
        const VaultResult<VaultParameters> stored
            = VaultParameters::fromBytes(rekeyed.value.parameters.toBytes());
        QVERIFY(stored.ok());
        JournalVault later;
        QCOMPARE(later.unlock(stored.value, passphrase), VaultStatus::WrongPassphrase);
        QCOMPARE(later.unlock(stored.value, newPassphrase), VaultStatus::Ok);
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(later.open(100 + i, rekeyed.value.entries.at(i).sealed).value, texts.at(i));

        // Until the caller commits, the old vault and entries are as they were.
        QVERIFY(m_vault.isUnlocked());
        QCOMPARE(m_vault.open(100, entries.at(0).sealed).value, texts.at(0));
    }

    void aNewPassphraseIsAllOrNothing()
    {
        QList<SealedEntry> entries {{1, sealOrFail(m_vault, 1, u"kept"_s)}, {2, sealOrFail(m_vault, 2, u"hurt"_s)}};
        entries[1].sealed[30] = char(entries[1].sealed.at(30) ^ 0x01);
        const VaultResult<JournalVault::Rekeyed> rekeyed = m_vault.rekey(u"new"_s, entries);
        QCOMPARE(rekeyed.status, VaultStatus::Damaged);
        QVERIFY(rekeyed.value.entries.isEmpty());
        QVERIFY(!rekeyed.value.vault.isUnlocked());
        QVERIFY(rekeyed.value.parameters.salt.isEmpty());
    }

    void aTextOfOneMebibyteRoundTrips()
    {
        const QString text = nonAsciiText + longText(1024 * 1024);
        QVERIFY(text.toUtf8().size() >= 1024 * 1024);
        const QByteArray sealed = sealOrFail(m_vault, 9, text);
        QCOMPARE(sealed.size(), text.toUtf8().size() + 41);
        QVERIFY(!sealed.contains(text.toUtf8().left(64)));
        QCOMPARE(m_vault.open(9, sealed).value, text);
    }

    void aLockedVaultOpensNothingUntilUnlockedAgain()
    {
        JournalVault vault;
        QVERIFY(!vault.isUnlocked());
        QCOMPARE(vault.seal(1, u"x"_s).status, VaultStatus::Locked);
        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        const QByteArray sealed = sealOrFail(vault, 1, u"before the lock"_s);

        vault.lock();
        QVERIFY(!vault.isUnlocked());
        QCOMPARE(vault.open(1, sealed).status, VaultStatus::Locked);
        QVERIFY(vault.open(1, sealed).value.isEmpty());
        QCOMPARE(vault.seal(1, u"after the lock"_s).status, VaultStatus::Locked);
        QCOMPARE(vault.rekey(u"new"_s, {{1, sealed}}).status, VaultStatus::Locked);
        vault.lock(); // twice is harmless

        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        QCOMPARE(vault.open(1, sealed).value, u"before the lock"_s);
    }

    void aWrongPassphraseLocksAnUnlockedVault()
    {
        JournalVault vault;
        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        QCOMPARE(vault.unlock(m_parameters, u"not it"_s), VaultStatus::WrongPassphrase);
        QVERIFY(!vault.isUnlocked());
    }

    void aMovedVaultLeavesNoKeyBehind()
    {
        JournalVault vault;
        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        const QByteArray sealed = sealOrFail(vault, 4, u"moved"_s);
        JournalVault moved(std::move(vault));
        QVERIFY(!vault.isUnlocked()); // NOLINT(bugprone-use-after-move): that is what is tested
        QCOMPARE(vault.open(4, sealed).status, VaultStatus::Locked);
        QCOMPARE(moved.open(4, sealed).value, u"moved"_s);

        JournalVault assigned;
        assigned = std::move(moved);
        QVERIFY(!moved.isUnlocked()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(assigned.open(4, sealed).value, u"moved"_s);
    }

    void creatingANewLockForgetsTheOldKey()
    {
        JournalVault vault;
        QCOMPARE(vault.unlock(m_parameters, passphrase), VaultStatus::Ok);
        const QByteArray sealed = sealOrFail(vault, 1, u"old key"_s);
        QVERIFY(vault.create(u"a fresh start"_s).ok());
        QCOMPARE(vault.open(1, sealed).status, VaultStatus::Damaged);
    }

    void everyFailureHasItsOwnSentence()
    {
        QVERIFY(describe(VaultStatus::Ok).isEmpty());
        QSet<QString> sentences;
        for (VaultStatus status : {VaultStatus::Locked, VaultStatus::WrongPassphrase, VaultStatus::Damaged,
                                   VaultStatus::Failed}) {
            const QString sentence = describe(status);
            QVERIFY(!sentence.isEmpty());
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), 4);
    }

private:
    JournalVault m_vault;
    VaultParameters m_parameters;
};

QTEST_GUILESS_MAIN(TestJournalVault)
#include "tst_journalvault.moc"
