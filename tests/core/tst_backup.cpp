// SPDX-License-Identifier: GPL-3.0-or-later
// A backup is checked through and through before anything changes: a file
// that is not whole, not Hearth's, from a newer Hearth, or holds anything
// Hearth does not know is refused with words saying what is wrong, and the
// data stays row for row. A good one replaces everything, with a copy kept.
#include "storage/backup.h"
#include "storage/backupreader.h"
#include "storage/backupschema.h"
#include "storage/boundedfile.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/importchecks.h"
#include "storage/migrations.h"
#include "support/storagefolders.h"
#include "support/testfiles.h"
#include "support/userdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace StorageFolders;
using namespace TestFiles;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray write(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// A valid backup with a row in every table, as the seed writes it.
QJsonObject goodBackup()
{
    Database source;
    source.open({});
    if (!UserData::seed(source))
        return {};
    return parse(Backup::exportAll(source));
}

// `root` with one change made at `table`'s first row.
QJsonObject withRowValue(QJsonObject root, const QString &table, const QString &column, const QJsonValue &value)
{
    QJsonObject tables = root.value(u"tables"_s).toObject();
    QJsonArray rows = tables.value(table).toArray();
    QJsonObject row = rows.at(0).toObject();
    if (value.isUndefined())
        row.remove(column);
    else
        row.insert(column, value);
    rows.replace(0, row);
    tables.insert(table, rows);
    root.insert(u"tables"_s, tables);
    return root;
}

QJsonObject withTables(QJsonObject root, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject tables = root.value(u"tables"_s).toObject();
    change(tables);
    root.insert(u"tables"_s, tables);
    return root;
}

// `root` as schema 2 wrote it: no work_in_progress table, the free-write
// kept as coach_drafts row 0, and drafts without the "could they say no" tick;
// one journal without owners, and no rituals (schemas 4 and 5).
QJsonObject asSchema2(const QJsonObject &root)
{
    QJsonObject old = withTables(root, [](QJsonObject &t) {
        for (const QString &later : {u"work_in_progress"_s, u"journals"_s, u"our_rituals"_s, u"ritual_ticks"_s,
                                      u"decks"_s, u"deck_cards"_s})
            t.remove(later);
        QJsonArray entries = t.value(u"journal_entries"_s).toArray();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            QJsonObject entry = it->toObject();
            for (const QString &later : {u"journal_id"_s, u"feeling"_s, u"tags"_s, u"sealed"_s})
                entry.remove(later);
            *it = entry;
        }
        t.insert(u"journal_entries"_s, entries);
        QJsonArray drafts = t.value(u"coach_drafts"_s).toArray();
        QJsonObject draft = drafts.at(0).toObject();
        draft.remove(u"request_can_be_refused"_s);
        drafts.replace(0, draft);
        drafts.append(QJsonObject{{u"id"_s, 0}, {u"text"_s, u"Words still being written"_s},
                                  {u"created_at"_s, u"x"_s}, {u"updated_at"_s, u"y"_s}});
        t.insert(u"coach_drafts"_s, drafts);
    });
    old.insert(u"schemaVersion"_s, 2);
    return old;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    // The schema restated for backups must be the one the migrations build, version by version.
    void theSchemaIsTheMigrations()
    {
        for (int version = 1; version <= Database::schemaVersion; ++version) {
            const QString name = u"schema-%1"_s.arg(version);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(u":memory:"_s);
                QVERIFY(db.open());
                QSqlQuery query(db);
                for (int step = 1; step <= version; ++step) {
                    for (const QString &statement : Migrations::step(step))
                        QVERIFY2(query.exec(statement), qPrintable(statement));
                }
                QSet<QString> live;
                QVERIFY(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
                while (query.next())
                    live.insert(query.value(0).toString());
                QSet<QString> described;
                for (const BackupSchema::Table &table : BackupSchema::tables(version)) {
                    described.insert(table.name);
                    QVERIFY(query.exec(u"PRAGMA table_info(%1)"_s.arg(table.name)));
                    QStringList liveColumns;
                    while (query.next()) {
                        const QString column = query.value(1).toString();
                        const QString type = query.value(2).toString();
                        const bool notNull = query.value(3).toBool();
                        const bool hasDefault = !query.value(4).isNull();
                        const bool primaryKey = query.value(5).toInt() > 0;
                        liveColumns.append(column);
                        const BackupSchema::Column *c = table.column(column);
                        QVERIFY2(c, qPrintable(table.name + u'.' + column));
                        const auto expectedType = type == "INTEGER"_L1 ? BackupSchema::Column::Type::Integer
                                                                       : BackupSchema::Column::Type::Text;
                        QVERIFY2(type == "INTEGER"_L1 || type == "TEXT"_L1, qPrintable(type));
                        QCOMPARE(c->type, expectedType);
                        const bool rowId = primaryKey && type == "INTEGER"_L1;
                        QCOMPARE(c->nullable, !notNull && !primaryKey);
                        QCOMPARE(c->required, !rowId && !hasDefault && (notNull || primaryKey));
                    }
                    QStringList describedColumns;
                    for (const BackupSchema::Column &c : table.columns)
                        describedColumns.append(c.name);
                    QCOMPARE(describedColumns, liveColumns);
                }
                for (const QString &derived : Migrations::derivedTables())
                    live.remove(derived); // worked out again by Hearth, never backed up
                QCOMPARE(described, live);
                QStringList order;
                for (const BackupSchema::Table &table : BackupSchema::tables(Database::schemaVersion))
                    order.append(table.name);
                QCOMPARE(order, Migrations::userTables());
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void aRoundTripLosesNothing()
    {
        Database source;
        source.open({});
        QVERIFY(UserData::seed(source));
        const QByteArray backup = Backup::exportAll(source);
        QCOMPARE(parse(backup).value(u"schemaVersion"_s).toInt(), Database::schemaVersion);

        Database target;
        target.open({});
        QVERIFY(UserData::seed(target, u"replaced"_s));
        const Backup::RestoreResult result = Backup::restore(target, {}, backup);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.safetyCopy.isEmpty()); // in memory: nowhere to keep one
        QCOMPARE(UserData::snapshot(target.connection()), UserData::snapshot(source.connection()));
        QCOMPARE(UserData::rowCount(UserData::snapshot(target.connection())), 16);
    }

    // A backup Hearth writes can always be brought back; data that could not
    // be is refused when backing up, with where it is, not at restore time.
    void aBackupThatCouldNotBeRestoredIsNotWritten()
    {
        Database source;
        source.open({});
        QVERIFY(UserData::seed(source));
        QVERIFY(UserData::exec(source.connection(), u"UPDATE journal_entries SET text = ?"_s,
                               {QString(1024 * 1024 + 1, u'j')}));
        QString error;
        QVERIFY(Backup::exportAll(source, &error).isEmpty());
        QVERIFY2(error.contains(u"table \"journal_entries\", row 1: the field \"text\" is longer than 1 MB"_s),
                 qPrintable(error));
    }

    void integersAtTheEdgeOfExactPassIntact()
    {
        const QJsonObject root = withRowValue(goodBackup(), u"drill_progress"_s, u"findings"_s,
                                              QJsonValue(ImportChecks::maxExactInteger));
        Database target;
        target.open({});
        QString error;
        QVERIFY2(Backup::importAll(target, write(root), &error), qPrintable(error));
        QSqlQuery query(target.connection());
        QVERIFY(query.exec(u"SELECT findings FROM drill_progress"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), ImportChecks::maxExactInteger);
    }

    void exactIntegersOnly_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0") << QByteArray("0") << true;
        QTest::newRow("-7") << QByteArray("-7") << true;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << true;
        QTest::newRow("-2^53") << QByteArray("-9007199254740992") << true;
        QTest::newRow("2.0") << QByteArray("2.0") << true;
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << false;
        QTest::newRow("2^60") << QByteArray("1152921504606846976") << false;
        QTest::newRow("2^64") << QByteArray("18446744073709551616") << false;
        QTest::newRow("1e300") << QByteArray("1e300") << false;
        QTest::newRow("1.5") << QByteArray("1.5") << false;
        QTest::newRow("text") << QByteArray("\"1\"") << false;
        QTest::newRow("true") << QByteArray("true") << false;
    }

    void exactIntegersOnly()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, accepted);
        const QJsonValue value = QJsonDocument::fromJson("[" + number + "]").array().at(0);
        QCOMPARE(ImportChecks::exactInteger(value).has_value(), accepted);
    }

    void aBadBackupIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("backup");
        QTest::addColumn<QString>("message");
        const QJsonObject good = goodBackup();
        QVERIFY(!good.isEmpty());
        auto without = [&](const QString &key) {
            QJsonObject root = good;
            root.remove(key);
            return write(root);
        };
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject root = good;
            root.insert(key, value);
            return write(root);
        };
        const QByteArray whole = write(good);

        QTest::newRow("not JSON") << QByteArray("{nope") << u"not valid JSON"_s;
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("a list") << QByteArray("[1, 2]") << u"not a Hearth backup"_s;
        QTest::newRow("another format") << with(u"format"_s, u"hearth-favourites"_s) << u"not a Hearth backup"_s;
        QTest::newRow("no version") << without(u"version"_s) << u"no \"version\""_s;
        QTest::newRow("negative version") << with(u"version"_s, -1) << u"\"version\" must be a whole number from 1, not -1"_s;
        QTest::newRow("version 0") << with(u"version"_s, 0) << u"\"version\" must be a whole number"_s;
        QTest::newRow("fractional version") << with(u"version"_s, 1.5) << u"not 1.5"_s;
        QTest::newRow("version as text") << with(u"version"_s, u"1"_s) << u"\"version\" must be a whole number"_s;
        QTest::newRow("newer version") << with(u"version"_s, 2) << u"newer Hearth"_s;
        QTest::newRow("huge version") << with(u"version"_s, 1e300) << u"\"version\" must be a whole number"_s;
        QTest::newRow("no schema version") << without(u"schemaVersion"_s) << u"no \"schemaVersion\""_s;
        QTest::newRow("negative schema version") << with(u"schemaVersion"_s, -3) << u"\"schemaVersion\" must be a whole number"_s;
        QTest::newRow("fractional schema version") << with(u"schemaVersion"_s, 2.5) << u"\"schemaVersion\" must be a whole number"_s;
        QTest::newRow("newer schema") << with(u"schemaVersion"_s, Database::schemaVersion + 1) << u"newer Hearth"_s;
        QTest::newRow("no tables") << without(u"tables"_s) << u"no \"tables\""_s;
        QTest::newRow("tables not an object") << with(u"tables"_s, QJsonArray()) << u"\"tables\" must be an object"_s;
        QTest::newRow("one table missing") << write(withTables(good, [](QJsonObject &t) { t.remove(u"journal_entries"_s); }))
                                           << u"the table \"journal_entries\" is missing"_s;
        QTest::newRow("an unknown table") << write(withTables(good, [](QJsonObject &t) { t.insert(u"secrets"_s, QJsonArray()); }))
                                          << u"a table Hearth does not know: \"secrets\""_s;
        QTest::newRow("a table of a later schema") << with(u"schemaVersion"_s, 2) << u"\"deck_cards\""_s;
        QTest::newRow("a table not a list") << write(withTables(good, [](QJsonObject &t) { t.insert(u"couples"_s, 3); }))
                                            << u"\"couples\" must be a list of rows"_s;
        QTest::newRow("a row not an object") << write(withTables(good, [](QJsonObject &t) { t.insert(u"couples"_s, QJsonArray{1}); }))
                                             << u"table \"couples\", row 1 must be an object"_s;
        QTest::newRow("an unknown field") << write(withRowValue(good, u"favourites"_s, u"note); DROP TABLE couples; --"_s, u"x"_s))
                                          << u"not a known field"_s;
        QTest::newRow("a field of a later schema")
            << write(withTables(withRowValue(good, u"coach_drafts"_s, u"request_can_be_refused"_s, 1),
                                [](QJsonObject &t) {
                                    for (const QString &later : {u"work_in_progress"_s, u"journals"_s, u"our_rituals"_s,
                                                                 u"ritual_ticks"_s, u"decks"_s, u"deck_cards"_s})
                                        t.remove(later);
                                    t.insert(u"journal_entries"_s, QJsonArray()); // its rows have later fields too
                                }))
                   .replace(QByteArray("\"schemaVersion\":" + QByteArray::number(Database::schemaVersion)), "\"schemaVersion\":2")
            << u"\"request_can_be_refused\" is not a known field"_s;
        QTest::newRow("2^60 in an integer") << write(withRowValue(good, u"sessions"_s, u"depth_ceiling"_s, QJsonValue(qint64(1) << 60)))
                                            << u"table \"sessions\", row 1: the field \"depth_ceiling\" must be a whole number from -2^53 to 2^53, not 1152921504606846976"_s;
        QTest::newRow("2^53 + 1 in an id") << write(withRowValue(good, u"couples"_s, u"id"_s, QJsonValue((qint64(1) << 53) + 1)))
                                           << u"\"id\" must be a whole number from -2^53"_s;
        QTest::newRow("a fraction in an integer") << write(withRowValue(good, u"appreciations"_s, u"partner"_s, 0.5))
                                                  << u"\"partner\" must be a whole number from -2^53 to 2^53, not 0.5"_s;
        QTest::newRow("text in an integer") << write(withRowValue(good, u"sessions"_s, u"couple_id"_s, u"7"_s))
                                            << u"\"couple_id\" must be a whole number, not text"_s;
        QTest::newRow("a number in a text") << write(withRowValue(good, u"favourites"_s, u"note"_s, 3))
                                            << u"\"note\" must be text, not a number"_s;
        QTest::newRow("an object in a text") << write(withRowValue(good, u"favourites"_s, u"note"_s, QJsonObject()))
                                             << u"\"note\" must be text, not an object"_s;
        QTest::newRow("null where required") << write(withRowValue(good, u"couples"_s, u"partner_a_name"_s, QJsonValue::Null))
                                             << u"\"partner_a_name\" must not be null"_s;
        QTest::newRow("a required field missing") << write(withRowValue(good, u"journal_entries"_s, u"text"_s, QJsonValue::Undefined))
                                                  << u"table \"journal_entries\", row 1: the field \"text\" is missing"_s;
        QTest::newRow("a text over 1 MB") << write(withRowValue(good, u"journal_entries"_s, u"text"_s, QString(1024 * 1024 + 1, u'x')))
                                          << u"\"text\" is longer than 1 MB"_s;
        QTest::newRow("a text over 1 MB in UTF-8") << write(withRowValue(good, u"journal_entries"_s, u"text"_s, QString(400 * 1024, u'\u2615')))
                                                   << u"\"text\" is longer than 1 MB"_s;
        QTest::newRow("larger than 32 MB") << QByteArray(ImportChecks::maxFileBytes + 1, ' ') << u"larger than 32 MB"_s;
        // Checked by the database, inside the transaction that is then rolled back.
        QTest::newRow("a broken reference") << write(withRowValue(good, u"sessions"_s, u"couple_id"_s, 99))
                                            << u"FOREIGN KEY constraint failed"_s;
        QTest::newRow("out of a column's range") << write(withRowValue(good, u"sessions"_s, u"depth_ceiling"_s, 9))
                                                 << u"CHECK constraint failed"_s;
        QTest::newRow("twice the same row") << write(withTables(good, [](QJsonObject &t) {
                                                    QJsonArray rows = t.value(u"couples"_s).toArray();
                                                    rows.append(rows.at(0));
                                                    t.insert(u"couples"_s, rows);
                                                }))
                                            << u"UNIQUE constraint failed"_s;
    }

    void aBadBackupIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, backup);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Database database;
        database.open(dir.path());
        QVERIFY(database.isPersistent());
        QVERIFY(UserData::seed(database, u"kept"_s));
        const UserData::Snapshot before = UserData::snapshot(database.connection());

        QElapsedTimer timer;
        timer.start();
        const Backup::RestoreResult result = Backup::restore(database, dir.path(), backup);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error.left(500)));
        QVERIFY2(result.error.contains(u"Nothing was changed"_s), qPrintable(result.error.left(500)));
        QVERIFY(result.error.size() < 1000); // never the file's contents echoed back
        QVERIFY(result.safetyCopy.isEmpty());
        QCOMPARE(safetyCopiesIn(dir.path()), QStringList());
        QCOMPARE(UserData::snapshot(database.connection()), before);

        QString error;
        QVERIFY(!Backup::importAll(database, backup, &error));
        QVERIFY2(error.contains(message), qPrintable(error.left(500)));
        QCOMPARE(UserData::snapshot(database.connection()), before);
    }

    void aRestoreKeepsACopyOfWhatItReplaced()
    {
        const QByteArray backup = write(goodBackup());
        QTemporaryDir dir;
        Database database;
        database.open(dir.path());
        QVERIFY(UserData::seed(database, u"the old words"_s));
        const UserData::Snapshot old = UserData::snapshot(database.connection());

        const Backup::RestoreResult result = Backup::restore(database, dir.path(), backup);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFileInfo(result.safetyCopy).isFile());
        QCOMPARE(QFileInfo(result.safetyCopy).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(QFileInfo(result.safetyCopy).fileName().startsWith(u"hearth.before-restore-"_s));
        QCOMPARE(modeOf(result.safetyCopy), 0600);
        QCOMPARE(UserData::snapshotOf(result.safetyCopy), old);
        QVERIFY(UserData::snapshot(database.connection()) != old);

        // Listed with the other set-aside copies, so the person can see and remove it.
        const QList<DataFolder::SetAsideFile> listed = DataFolder::setAsideFiles(dir.path());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst().fileName, QFileInfo(result.safetyCopy).fileName());

        // A second restore the same second keeps a second copy, not over the first.
        const Backup::RestoreResult again = Backup::restore(database, dir.path(), backup);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.safetyCopy != result.safetyCopy);
        QCOMPARE(safetyCopiesIn(dir.path()).size(), 2);
    }

    void aRestoreIntoNothingKeepsNoCopy()
    {
        QTemporaryDir dir;
        Database database;
        database.open(dir.path());
        const Backup::RestoreResult result = Backup::restore(database, dir.path(), write(goodBackup()));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.safetyCopy.isEmpty());
        QCOMPARE(safetyCopiesIn(dir.path()), QStringList());
    }

    // Before a restore, the person is told what the backup holds and when it was made.
    void aSummarySaysWhatABackupHoldsAndWhen()
    {
        const QJsonObject root = goodBackup();
        QString problem;
        const auto contents = BackupReader::read(write(root), &problem);
        QVERIFY2(contents, qPrintable(problem));
        const BackupReader::Summary summary = BackupReader::summarize(*contents);
        const QJsonObject tables = root.value(u"tables"_s).toObject();
        const auto rows = [&](const QString &table) { return tables.value(table).toArray().size(); };
        QCOMPARE(summary.favourites, rows(u"favourites"_s));
        QCOMPARE(summary.drafts, rows(u"coach_drafts"_s));
        QCOMPARE(summary.journalPages, rows(u"journal_entries"_s));
        QCOMPARE(summary.conversations, rows(u"sessions"_s));
        QCOMPARE(summary.appreciations, rows(u"appreciations"_s));
        QCOMPARE(summary.drillsDone, rows(u"drill_progress"_s));
        QVERIFY(summary.favourites > 0 && summary.conversations > 0);
        QVERIFY(!summary.isEmpty());
        // Made just now, by exportAll, and said in UTC.
        QVERIFY(summary.exportedAt.isValid());
        QCOMPARE(summary.exportedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(summary.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // A backup that does not say when it was made is still read; the date is unknown.
        QJsonObject undated = root;
        undated.remove(u"exportedAt"_s);
        const auto undatedContents = BackupReader::read(write(undated), &problem);
        QVERIFY2(undatedContents, qPrintable(problem));
        QVERIFY(!BackupReader::summarize(*undatedContents).exportedAt.isValid());

        // An old backup's free-write (coach_drafts row 0) is counted as free writing, not as a draft.
        const QJsonObject old = asSchema2(root);
        const auto oldContents = BackupReader::read(write(old), &problem);
        QVERIFY2(oldContents, qPrintable(problem));
        const BackupReader::Summary oldSummary = BackupReader::summarize(*oldContents);
        QCOMPARE(oldSummary.drafts, rows(u"coach_drafts"_s));
        QVERIFY(oldSummary.freeWrite);

        // Nothing at all is said as nothing.
        const QJsonObject empty = withTables(root, [](QJsonObject &t) {
            for (auto it = t.begin(); it != t.end(); ++it)
                it.value() = QJsonArray();
        });
        const auto emptyContents = BackupReader::read(write(empty), &problem);
        QVERIFY2(emptyContents, qPrintable(problem));
        QVERIFY(BackupReader::summarize(*emptyContents).isEmpty());
    }

    void olderSchemasAreUpgraded()
    {
        // Schema 2 kept the free-write text as coach_drafts row 0.
        const QJsonObject root = asSchema2(goodBackup());
        Database target;
        target.open({});
        QString error;
        QVERIFY2(Backup::importAll(target, write(root), &error), qPrintable(error));
        const UserData::Snapshot restored = UserData::snapshot(target.connection());
        QCOMPARE(restored.value(u"coach_drafts"_s).size(), 1);
        QCOMPARE(restored.value(u"coach_drafts"_s).at(0).last().toInt(), 0); // the default, not given then
        QCOMPARE(restored.value(u"work_in_progress"_s),
                 (QList<QVariantList>{{u"free-write"_s, u"Words still being written"_s, u"y"_s}}));
        // Journals had no owners before schema 4: the entries become journal 1's, as the migration does.
        QCOMPARE(restored.value(u"journals"_s).size(), 1);
        QCOMPARE(restored.value(u"journals"_s).at(0).at(0).toInt(), 1);
        QCOMPARE(restored.value(u"journals"_s).at(0).at(2).toString(), u"own"_s);
        QCOMPARE(restored.value(u"journal_entries"_s).size(), 1);
        QCOMPARE(restored.value(u"journal_entries"_s).at(0).at(1).toInt(), 1);

        // Schema 1 had four tables; the rest start empty.
        QJsonObject first = goodBackup();
        first.insert(u"schemaVersion"_s, 1);
        first = withTables(first, [](QJsonObject &t) {
            for (const QString &table : {u"coach_drafts"_s, u"journal_entries"_s, u"drill_progress"_s,
                                         u"appreciations"_s, u"work_in_progress"_s, u"journals"_s,
                                         u"our_rituals"_s, u"ritual_ticks"_s, u"decks"_s, u"deck_cards"_s})
                t.remove(table);
        });
        QVERIFY2(Backup::importAll(target, write(first), &error), qPrintable(error));
        QCOMPARE(UserData::rowCount(UserData::snapshot(target.connection())), 6);
    }

    void aFileIsReadOnlyWhenItIsAnOrdinaryOneOfBoundedSize_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
        QTest::newRow("FIFO") << u"fifo"_s << u"named pipe (FIFO)"_s;
        QTest::newRow("/dev/zero") << u"device"_s << u"is a device"_s;
        QTest::newRow("60 MB") << u"large"_s << u"is larger than 32 MB (60 MB)"_s;
        QTest::newRow("unreadable") << u"unreadable"_s << u"cannot be opened"_s;
    }

    void aFileIsReadOnlyWhenItIsAnOrdinaryOneOfBoundedSize()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath(u"backup.json"_s);
        if (kind == "folder"_L1) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == "fifo"_L1) {
            QVERIFY(makeFifo(path));
        } else if (kind == "device"_L1) {
            path = u"/dev/zero"_s;
        } else if (kind == "large"_L1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(60 * 1024 * 1024)); // sparse: costs no disk
        } else if (kind == "unreadable"_L1) {
            if (::geteuid() == 0)
                QSKIP("root reads everything");
            writeBytes(path, "{}");
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        }
        QElapsedTimer timer;
        timer.start();
        QByteArray json;
        QString error;
        QVERIFY(!Backup::readFile(path, &json, &error));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(json.isEmpty());
        QVERIFY2(error.startsWith(path + u' '), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));

        Database database;
        database.open({});
        QVERIFY(UserData::seed(database));
        const UserData::Snapshot before = UserData::snapshot(database.connection());
        const Backup::RestoreResult result = Backup::restoreFile(database, {}, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path) && result.error.contains(message), qPrintable(result.error));
        QCOMPARE(UserData::snapshot(database.connection()), before);
    }

    void aFileOfExactlyTheCapIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(1000));
        file.close();
        QByteArray data;
        QString problem;
        QVERIFY(readFileBounded(path, 1000, &data, &problem));
        QCOMPARE(data.size(), 1000);
        QVERIFY(!readFileBounded(path, 999, &data, &problem));
        QVERIFY(problem.contains(u"larger than"_s));
        QVERIFY(data.isEmpty());
    }

    void deleteAllSaysWhatItRemoved()
    {
        QTemporaryDir dir;
        Database database;
        database.open(dir.path());
        QVERIFY(UserData::seed(database));
        QString error;
        QList<Backup::RemovedRows> removed;
        QVERIFY2(Backup::deleteAll(database, &error, &removed), qPrintable(error));
        QCOMPARE(UserData::rowCount(UserData::snapshot(database.connection())), 0);
        QStringList tables;
        qint64 total = 0;
        for (const Backup::RemovedRows &r : removed) {
            tables.append(r.table);
            total += r.rows;
        }
        QCOMPARE(tables, Migrations::userTables());
        QCOMPARE(removed.at(1).table, u"sessions"_s);
        QCOMPARE(removed.at(1).rows, 2);
        QCOMPARE(total, 16);
        // The words are gone from the file and its log too.
        database.close();
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("What made you smile today?"), qPrintable(name));
        }
    }

    void deleteAllSaysWhenTheFileCouldNotBeCompacted()
    {
        QTemporaryDir dir;
        Database database;
        database.open(dir.path());
        QVERIFY(UserData::seed(database));
        // Another program in the middle of reading keeps the log from being emptied.
        const QString name = u"reader"_s;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            reader.setDatabaseName(database.path());
            QVERIFY(reader.open());
            QVERIFY(reader.transaction());
            QSqlQuery read(reader);
            QVERIFY(read.exec(u"SELECT count(*) FROM couples"_s) && read.next());

            QString error;
            QList<Backup::RemovedRows> removed;
            QVERIFY(!Backup::deleteAll(database, &error, &removed));
            QVERIFY2(error.contains(u"could not be compacted"_s), qPrintable(error));
            QVERIFY(error.contains(u"deleted"_s));
            QCOMPARE(UserData::rowCount(UserData::snapshot(database.connection())), 0);
            QCOMPARE(removed.size(), Migrations::userTables().size());
            read.finish();
            reader.rollback();
            reader.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
