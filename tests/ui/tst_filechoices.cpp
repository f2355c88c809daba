// SPDX-License-Identifier: GPL-3.0-or-later
// The rules behind the file dialogs, without a window: the suggested name, the
// folder a dialog opens in, and the file a dialog's answer means, including
// the URL Qt 6.4.2's own dialog makes of a typed name.
#include "files/filechoices.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Never the real user's folders: HOME and the XDG settings point here.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
        QVERIFY(QDir().mkpath(m_home.filePath(u".config"_s)));
    }

    void suggestedNameHasTheDay()
    {
        QCOMPARE(FileRules::suggestedName(u"hearth-backup"_s, u"json"_s, QDate(2026, 11, 30)),
                 u"hearth-backup-2026-11-30.json"_s);
        QCOMPARE(FileRules::suggestedName(u"hearth-favourites"_s, u"md"_s, QDate(2027, 1, 2)),
                 u"hearth-favourites-2027-01-02.md"_s);
    }

    void defaultFolderIsDocumentsOrHome()
    {
        const QString documents = m_home.filePath(u"Documents"_s);
        QDir(documents).removeRecursively();
        QFile::remove(m_home.filePath(u".config/user-dirs.dirs"_s));
        QCOMPARE(FileRules::defaultFolder(), m_home.path());

        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(FileRules::defaultFolder(), documents);

        // The folder the person named as Documents, in another language too.
        const QString papers = m_home.filePath(u"Dokumente"_s);
        QVERIFY(QDir().mkpath(papers));
        QFile dirs(m_home.filePath(u".config/user-dirs.dirs"_s));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        dirs.close();
        QCOMPARE(FileRules::defaultFolder(), papers);
        QVERIFY(dirs.remove());
    }

    void suggestedFileIsInTheFolder()
    {
        FileChoices choices;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QUrl file = choices.suggestedFile(u"hearth-backup"_s, u"json"_s);
        QVERIFY(file.isLocalFile());
        QCOMPARE(file.toLocalFile(), QDir(FileRules::defaultFolder()).filePath(u"hearth-backup-"_s + today + u".json"_s));
        QCOMPARE(choices.defaultFolder(), QUrl::fromLocalFile(FileRules::defaultFolder()));

        // Where the last file went, while that folder is there.
        const QString elsewhere = m_home.filePath(u"Backups"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QCOMPARE(choices.suggestedFile(u"x"_s, u"md"_s, QUrl::fromLocalFile(elsewhere)).toLocalFile(),
                 elsewhere + u"/x-"_s + today + u".md"_s);
        QCOMPARE(choices.suggestedFile(u"x"_s, u"md"_s, QUrl::fromLocalFile(elsewhere + u"/gone"_s)).toLocalFile(),
                 QDir(FileRules::defaultFolder()).filePath(u"x-"_s + today + u".md"_s));
    }

    // What Qt 6.4.2's QQuickFileDialogImpl::setFileName makes of a typed name:
    // QUrl(currentFolder().path() + u'/' + fileName), without a scheme.
    void typedName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"my backup.json"_s << u"my backup.json"_s;
        QTest::newRow("no suffix") << u"my backup"_s << u"my backup.json"_s;
        QTest::newRow("other suffix kept") << u"notes.txt"_s << u"notes.txt"_s;
        QTest::newRow("hash") << u"us #2"_s << u"us #2.json"_s;
        QTest::newRow("question mark") << u"why?.json"_s << u"why?.json"_s;
        QTest::newRow("percent") << u"100% us.json"_s << u"100% us.json"_s;
        QTest::newRow("accents") << u"Sicherung für uns.json"_s << u"Sicherung für uns.json"_s;
    }

    void typedName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const QString folder = m_home.filePath(u"a folder"_s);
        const QUrl fromDialog(QUrl::fromLocalFile(folder).path() + u'/' + typed);
        QVERIFY(fromDialog.toLocalFile().isEmpty()); // why the backup had no path
        QCOMPARE(FileRules::localPath(fromDialog, u"json"_s), folder + u'/' + expected);

        FileChoices choices;
        const QUrl file = choices.chosenFile(fromDialog, u"json"_s);
        QVERIFY(file.isLocalFile());
        QCOMPARE(file.toLocalFile(), folder + u'/' + expected);
        QCOMPARE(choices.fileName(file), expected);
        QCOMPARE(choices.folderName(file), folder);
        QCOMPARE(choices.folderOf(file), QUrl::fromLocalFile(folder));
    }

    void chosenFromTheList()
    {
        const QUrl listed = QUrl::fromLocalFile(m_home.filePath(u"old backup.json"_s));
        QCOMPARE(FileRules::localPath(listed, u"json"_s), m_home.filePath(u"old backup.json"_s));
        // A suffix goes on a name only when it has none.
        QCOMPARE(FileRules::localPath(QUrl::fromLocalFile(m_home.filePath(u"backup"_s)), u"json"_s),
                 m_home.filePath(u"backup.json"_s));
        QCOMPARE(FileRules::localPath(QUrl::fromLocalFile(m_home.filePath(u"backup"_s))), m_home.filePath(u"backup"_s));
    }

    void notALocalFile()
    {
        QVERIFY(FileRules::localPath(QUrl()).isEmpty());
        QVERIFY(FileRules::localPath(QUrl(u"https://example.org/backup.json"_s)).isEmpty());
        QVERIFY(FileRules::localPath(QUrl(u"backup.json"_s)).isEmpty());
        FileChoices choices;
        QVERIFY(choices.chosenFile(QUrl(u"https://example.org/b.json"_s)).isEmpty());
        QVERIFY(!choices.exists(QUrl()));
    }

    void existsSaysWhetherSavingReplaces()
    {
        FileChoices choices;
        const QString path = m_home.filePath(u"there.json"_s);
        QVERIFY(!choices.exists(QUrl::fromLocalFile(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(choices.exists(QUrl::fromLocalFile(path)));
        // As the dialog gives it, and without the suffix the save adds.
        QVERIFY(choices.exists(choices.chosenFile(QUrl(QUrl::fromLocalFile(m_home.path()).path() + u"/there"_s), u"json"_s)));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestFileChoices)

#include "tst_filechoices.moc"
