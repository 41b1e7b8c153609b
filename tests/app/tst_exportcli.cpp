#include "clitest.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// `export`: what it writes reads back in, and what it refuses to write over.
class TestExportCli : public CliTest {
    Q_OBJECT
private slots:
    void exportJsonImportsBackIntoEmptyDatabase();
    void exportRefusesUnwritableFolderAndUnknownFormat();
    void exportRefusesToOverwriteTheDatabase();
};

void TestExportCli::exportJsonImportsBackIntoEmptyDatabase() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s,
                  u"Leica"_s, u"--all"_s})
                 .status,
             0);
    QCOMPARE(
        cli({u"--db"_s, db(), u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s})
            .status,
        0);
    const QString first = m_dir->filePath(u"first.json"_s);
    Run run = cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, first});
    QVERIFY2(run.status == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(first));

    const QString other = m_dir->filePath(u"other.sqlite"_s);
    run = cli({u"--db"_s, other, u"import"_s, first});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    const QString second = m_dir->filePath(u"second.json"_s);
    QCOMPARE(
        cli({u"--db"_s, other, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, second}).status,
        0);
    auto withoutTime = [](const QString& path) {
        QJsonObject object = QJsonDocument::fromJson(TestData::readBytes(path)).object();
        object.remove(u"exported_at"_s);
        return object;
    };
    QCOMPARE(withoutTime(second), withoutTime(first));
    const QJsonObject shown =
        QJsonDocument::fromJson(
            cli({u"--db"_s, other, u"--json"_s, u"show"_s, u"1"_s}).out.toUtf8())
            .object();
    QVERIFY(shown[u"mentions"_s].toArray().size() >= 8);
    QCOMPARE(shown[u"partnerships"_s].toArray().size(), 1);
}

void TestExportCli::exportRefusesUnwritableFolderAndUnknownFormat() {
    QCOMPARE(cli({u"--db"_s, db(), u"import"_s, TestData::samplesDir()}).status, 0);
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(TestData::writeBytes(blocker, "x"));
    Run run = cli(
        {u"--db"_s, db(), u"export"_s, u"--format"_s, u"md"_s, u"--out"_s, blocker + u"/notes"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"Cannot write"_s), qPrintable(run.err));
    QCOMPARE(TestData::readBytes(blocker), QByteArray("x"));
    run = cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"docx"_s, u"--out"_s, blocker});
    QCOMPARE(run.status, 2);
    run = cli({u"--db"_s, db(), u"list"_s, u"--format"_s, u"md"_s});
    QCOMPARE(run.status, 2);
}

void TestExportCli::exportRefusesToOverwriteTheDatabase() {
    importSamples();
    const QByteArray before = TestData::readBytes(db());
    for (const QString& out : QStringList{db(), db() + u"-wal"_s}) {
        const Run run =
            cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"it is the database being exported"_s), qPrintable(run.err));
    }
    QCOMPARE(TestData::readBytes(db()), before);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).status, 0);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
