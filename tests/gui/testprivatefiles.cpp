// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the app leaves in its data folder (the embedded sandbox's portal, run journals, autosaved drafts) is
// readable by its owner only, folders included: started as main.cpp starts it, with a data folder of its own.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/privatefiles.h"
#include "core/settings/datafolder.h"
#include "core/settings/settings.h"
#include "core/table/recordtablemodel.h"
#include "core/tokens/tokenstore.h"
#include "gui/appcontext.h"
#include "gui/batch/sendcontroller.h"
#include "gui/document/autosaver.h"
#include "gui/document/documentcontroller.h"
#include "gui/editor/recordtableview.h"
#include "gui/mainwindow.h"
#include "gui/settings/languagemanager.h"
#include "support/testsupport.h"

#include <sys/stat.h>

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    return files;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The usual umask: files 0644, folders 0755, unless the app makes them private itself.
        ::umask(022);
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        DataFolder::nameApplication();
    }

    void testMakeFolderRestrictsWhatItCreates()
    {
        const QString deep = m_home.filePath(u"made/a/b"_s);
        QVERIFY(PrivateFiles::makeFolder(deep));
        QCOMPARE(Test::notOwnerOnly(m_home.filePath(u"made"_s)), QStringList());
        const QString file = deep + u"/new.sqlite"_s;
        QVERIFY(PrivateFiles::prepareFile(file));
        QCOMPARE(QFileInfo(file).size(), 0);
        QCOMPARE(Test::notOwnerOnly(m_home.filePath(u"made"_s)), QStringList());
    }

    void testEveryFileOfTheAppsDataFolderIsOwnerOnly()
    {
        const QString data = DataFolder::path();
        QVERIFY(data.startsWith(m_home.path()));
        // As main.cpp does.
        PrivateFiles::makeFolder(data);
        Settings settings;
        TokenStore tokens(settings);
        tokens.ensureFirstLaunchProfile();
        LanguageManager languages;
        AppContext context(settings, tokens, &languages, QDir(data).filePath(u"sandbox.sqlite"_s));
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::propertiesLoaded);
        QVERIFY(!window.properties().isEmpty() || loaded.wait(10000));

        // A send (its journal) and an autosave.
        auto *view = window.findChild<RecordTableView *>(u"rowsTableView"_s);
        view->setCurrentIndex(view->model()->index(0, RecordTableModel::FirstDataColumn));
        view->pasteCells({ { u"private.owner@example.com"_s, u"Private"_s, u"Owner"_s } });
        SendController *send = window.sendController();
        QSignalSpy finished(send, &SendController::finished);
        window.findChild<QAction *>(u"sendAction"_s)->trigger();
        QVERIFY(send->isRunning() ? finished.wait(20000) : !finished.isEmpty());
        QVERIFY(window.document()->autosaver()->saveNow());

        const QStringList files = filesUnder(data);
        const auto has
            = [&files](const QString &pattern) { return !files.filter(QRegularExpression(pattern)).isEmpty(); };
        QVERIFY2(has(u"^sandbox\\.sqlite$"_s), qPrintable(files.join(u", "_s)));
        QVERIFY2(has(u"^runs/.+"_s), qPrintable(files.join(u", "_s)));
        QVERIFY2(has(u"^autosave/autosave-.+\\.batchsmith$"_s), qPrintable(files.join(u", "_s)));
        const QStringList open = Test::notOwnerOnly(data);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }
};

QTEST_MAIN(TestPrivateFiles)
#include "testprivatefiles.moc"
