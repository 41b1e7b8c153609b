#include "clitest.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
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
    void exportWritesWikiLinksWhenAsked();
    void exportRefusesWikiLinksWhereThereAreNoLinks();
    void exportJsonIntoAFolderSaysWhichFile();
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

void TestExportCli::exportWritesWikiLinksWhenAsked() {
    importSamples();
    QCOMPARE(
        ok({u"annotate"_s, u"1"_s, u"--company"_s, u"Leica"_s, u"--quote"_s, u"Leica"_s}).status,
        0);
    QCOMPARE(ok({u"annotate"_s, u"1"_s, u"--partnership"_s, u"Xiaomi"_s, u"Leica"_s}).status, 0);
    const QString linked = m_dir->filePath(u"vault"_s);
    QCOMPARE(
        ok({u"export"_s, u"--format"_s, u"md"_s, u"--wiki-links"_s, u"--out"_s, linked}).status, 0);
    const QStringList notes = QDir(linked).entryList({u"*.md"_s});
    QCOMPARE(notes.size(), 1);
    const QString note = QString::fromUtf8(TestData::readBytes(linked + u'/' + notes.first()));
    QVERIFY2(note.contains(u"- **[[Xiaomi]] – [[Leica]]**"_s), qPrintable(note));
    QVERIFY(note.contains(u"  - \"[[Leica]]\"\n"_s));
    // One file: the same option.
    const QString one = m_dir->filePath(u"one.md"_s);
    QCOMPARE(ok({u"export"_s, u"--format"_s, u"md"_s, u"--out"_s, one, u"--wiki-links"_s, u"1"_s})
                 .status,
             0);
    QVERIFY(TestData::readBytes(one).contains("[[Leica]]"));
    // Without it: plain names.
    const QString plain = m_dir->filePath(u"plain"_s);
    QCOMPARE(ok({u"export"_s, u"--format"_s, u"md"_s, u"--out"_s, plain}).status, 0);
    QVERIFY(!TestData::readBytes(plain + u'/' + notes.first()).contains("[["));
}

void TestExportCli::exportRefusesWikiLinksWhereThereAreNoLinks() {
    importSamples();
    const QString out = m_dir->filePath(u"x.json"_s);
    Run run = cli({u"--db"_s, db(), u"export"_s, u"--format"_s, u"json"_s, u"--wiki-links"_s,
                   u"--out"_s, out});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--wiki-links applies to --format md only"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
    run = cli({u"--db"_s, db(), u"list"_s, u"--wiki-links"_s});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(u"--wiki-links applies to 'export' only"_s), qPrintable(run.err));
}

void TestExportCli::exportJsonIntoAFolderSaysWhichFile() {
    importSamples();
    const QString folder = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));
    Run run = ok({u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, folder});
    const QString file = folder + u"/folio-export.json"_s;
    QVERIFY2(run.out.contains(u"to "_s + file + u" (1 file)"_s), qPrintable(run.out));
    QVERIFY(QFileInfo(file).isFile());
    run = ok({u"--json"_s, u"export"_s, u"--format"_s, u"w3c"_s, u"--out"_s, folder + u'/'});
    const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(printed[u"out"_s].toString(), folder + u"/folio-export.jsonld"_s);
    QCOMPARE(printed[u"files"_s].toArray(), QJsonArray{u"folio-export.jsonld"_s});
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
