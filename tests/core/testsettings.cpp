// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/settings.h"

using namespace Batchsmith;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString iniFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }

    static QStringList numberedFiles(int from, int to)
    {
        QStringList paths;
        for (int i = from; i <= to; ++i)
            paths.append(QStringLiteral("/data/file%1.csv").arg(i));
        return paths;
    }

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void testDefaults()
    {
        Settings settings(iniFile(QStringLiteral("defaults")));
        QCOMPARE(settings.concurrency(), 0); // automatic
        QCOMPARE(settings.batchSize(), 100);
        QCOMPARE(settings.requestTimeoutMs(), 60000);
        QCOMPARE(settings.language(), QString());
        QVERIFY(settings.uiState(QStringLiteral("mainWindowGeometry")).isEmpty());
        QCOMPARE(settings.lastObjectType(), QStringLiteral("contacts"));
        QCOMPARE(settings.lastWriteMode(), WriteMode::Create);
        QCOMPARE(settings.lastIdProperty(), QString());
        QCOMPARE(settings.lastApiVersion(), ApiVersion::V2026_03);
        QVERIFY(settings.recentFiles().isEmpty());
    }

    void testValuesPersistAcrossInstances()
    {
        const QString file = iniFile(QStringLiteral("persist"));
        const QByteArray state("\x00\x01\xff binary", 10);
        {
            Settings settings(file);
            settings.setConcurrency(8);
            settings.setBatchSize(25);
            settings.setRequestTimeoutMs(15000);
            settings.setLanguage(QStringLiteral("ja"));
            settings.setUiState(QStringLiteral("mainWindowState"), state);
            settings.setLastObjectType(QStringLiteral("2-3508482"));
            settings.setLastWriteMode(WriteMode::Upsert);
            settings.setLastIdProperty(QStringLiteral("vin"));
            settings.setLastApiVersion(ApiVersion::V3);
            settings.addRecentFile(QStringLiteral("/data/cars.csv"));
        }
        Settings settings(file);
        QCOMPARE(settings.concurrency(), 8);
        QCOMPARE(settings.batchSize(), 25);
        QCOMPARE(settings.requestTimeoutMs(), 15000);
        QCOMPARE(settings.language(), QStringLiteral("ja"));
        QCOMPARE(settings.uiState(QStringLiteral("mainWindowState")), state);
        QVERIFY(settings.uiState(QStringLiteral("mainWindowGeometry")).isEmpty());
        QCOMPARE(settings.lastObjectType(), QStringLiteral("2-3508482"));
        QCOMPARE(settings.lastWriteMode(), WriteMode::Upsert);
        QCOMPARE(settings.lastIdProperty(), QStringLiteral("vin"));
        QCOMPARE(settings.lastApiVersion(), ApiVersion::V3);
        QCOMPARE(settings.recentFiles(), QStringList { QStringLiteral("/data/cars.csv") });
    }

    void testKeysAreGroupedBySection()
    {
        const QString file = iniFile(QStringLiteral("sections"));
        {
            Settings settings(file);
            settings.setUiState(QStringLiteral("rowsHeader"), QByteArray("header"));
            settings.setLastWriteMode(WriteMode::Upsert);
            settings.setLastApiVersion(ApiVersion::V3);
            settings.addRecentFile(QStringLiteral("/data/a.csv"));
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("Window/rowsHeader")).toByteArray(), QByteArray("header"));
        // Stored as the words of files and the command line, so a reordered enum cannot change them.
        QCOMPARE(raw.value(QStringLiteral("Batch/lastMode")).toString(), QStringLiteral("upsert"));
        QCOMPARE(raw.value(QStringLiteral("Batch/lastApiVersion")).toString(), QStringLiteral("v3"));
        QVERIFY(raw.contains(QStringLiteral("Files/recent")));
    }

    void testUnknownStoredWordsFallBackToDefaults()
    {
        const QString file = iniFile(QStringLiteral("garbage"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("Batch/lastMode"), QStringLiteral("merge"));
            raw.setValue(QStringLiteral("Batch/lastApiVersion"), QStringLiteral("v1"));
            raw.setValue(QStringLiteral("Batch/lastObjectType"), QString());
        }
        Settings settings(file);
        QCOMPARE(settings.lastWriteMode(), WriteMode::Create);
        QCOMPARE(settings.lastApiVersion(), ApiVersion::V2026_03);
        QCOMPARE(settings.lastObjectType(), QStringLiteral("contacts"));
    }

    void testRecentFilesMostRecentFirstWithoutDuplicates()
    {
        Settings settings(iniFile(QStringLiteral("recent")));
        settings.addRecentFile(QStringLiteral("/data/a.csv"));
        settings.addRecentFile(QStringLiteral("/data/b.csv"));
        settings.addRecentFile(QStringLiteral("/data/c.csv"));
        settings.addRecentFile(QStringLiteral("/data/a.csv"));
        QCOMPARE(settings.recentFiles(),
            (QStringList {
                QStringLiteral("/data/a.csv"), QStringLiteral("/data/c.csv"), QStringLiteral("/data/b.csv") }));
        settings.removeRecentFile(QStringLiteral("/data/c.csv"));
        QCOMPARE(
            settings.recentFiles(), (QStringList { QStringLiteral("/data/a.csv"), QStringLiteral("/data/b.csv") }));
        settings.addRecentFile(QString());
        QCOMPARE(settings.recentFiles().size(), 2);
    }

    void testRecentFilesCappedAtTen()
    {
        Settings settings(iniFile(QStringLiteral("cap")));
        for (const QString &path : numberedFiles(1, 12))
            settings.addRecentFile(path);
        QCOMPARE(settings.recentFiles().size(), Settings::MaxRecentFiles);
        QCOMPARE(settings.recentFiles().constFirst(), QStringLiteral("/data/file12.csv"));
        QCOMPARE(settings.recentFiles().constLast(), QStringLiteral("/data/file3.csv"));

        settings.setRecentFiles(numberedFiles(1, 15));
        QCOMPARE(settings.recentFiles(), numberedFiles(1, 10));
    }

    void testOldDefaultConcurrencyBecomesAutomatic_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("storedConcurrency");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("keyKept");
        // Version 1 wrote the dialog's 4 whenever Settings was confirmed: it was the default, not a choice.
        QTest::newRow("v1 old default 4") << QByteArray("1") << QByteArray("4") << 0 << false;
        QTest::newRow("v1 chosen 8") << QByteArray("1") << QByteArray("8") << 8 << true;
        QTest::newRow("v1 chosen 1") << QByteArray("1") << QByteArray("1") << 1 << true;
        QTest::newRow("v1 chosen 32") << QByteArray("1") << QByteArray("32") << 32 << true;
        QTest::newRow("no version, 4") << QByteArray() << QByteArray("4") << 0 << false;
        // Written by this version: a 4 is the person's choice now, and stays.
        QTest::newRow("v2 chosen 4") << QByteArray("2") << QByteArray("4") << 4 << true;
    }

    void testOldDefaultConcurrencyBecomesAutomatic()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, storedConcurrency);
        QFETCH(int, expected);
        QFETCH(bool, keyKept);
        // The file as the older version left it after OK in Settings: QSettings keeps General/ keys under [%General].
        // A file of its own per row: QSettings caches a file by path, size and time, and "8" and "1" are the same size.
        const QString file
            = iniFile(QStringLiteral("old-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
            if (!schema.isEmpty())
                old.write(QByteArray("[%General]\nschemaVersion=" + schema + "\nactiveProfile=p1\n\n"));
            old.write(QByteArray("[Interface]\nlanguage=fr\n\n[Send]\nbatchSize=50\nconcurrency=" + storedConcurrency
                + "\nkeepRevertValues=true\nrequestTimeoutMs=60000\n"));
        }
        {
            Settings settings(file);
            QCOMPARE(settings.concurrency(), expected);
            // Nothing else is touched.
            QCOMPARE(settings.batchSize(), 50);
            QCOMPARE(settings.language(), QStringLiteral("fr"));
            QCOMPARE(settings.backend().value(QStringLiteral("General/activeProfile")).toString(),
                schema.isEmpty() ? QString() : QStringLiteral("p1"));
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.contains(QStringLiteral("Send/concurrency")), keyKept);
        QCOMPARE(raw.value(QStringLiteral("General/schemaVersion")).toInt(), Settings::CurrentSchemaVersion);
    }

    void testConcurrencyMigrationRunsOnce()
    {
        const QString file = iniFile(QStringLiteral("once"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("General/schemaVersion"), 1);
            raw.setValue(QStringLiteral("Send/concurrency"), 4);
        }
        {
            Settings settings(file);
            QCOMPARE(settings.concurrency(), 0);
            // Chosen again in this version's dialog: an upper bound of 4 from now on.
            settings.setConcurrency(4);
        }
        Settings settings(file);
        QCOMPARE(settings.concurrency(), 4);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "testsettings.moc"
