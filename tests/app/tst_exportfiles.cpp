#include "exchange/exportrunner.h"
#include "exchange/safefilename.h"
#include "exportertest.h"
#include "testdata.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

// Writing exports to disk: safe and unique file names, every format through the runner, and a
// failed or cancelled export that leaves nothing behind.
class TestExportFiles : public ExporterTest {
    Q_OBJECT
private slots:
    void safeFileNames_data();
    void safeFileNames();
    void safeFileNamesAreUniqueInOneExport();
    void safeFileNamesCutLongTitlesAtAWord();
    void runnerWritesEveryFormat();
    void exportedFoldersAndFilesGetTheUsualPermissions();
    void oneFileFormatsGivenAFolderWriteTheirFileInside();
    void unwritableTargetIsAClearErrorAndLeavesNoTemporaryFiles();
    void cancelLeavesNothing();
};

void TestExportFiles::safeFileNames_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("traversal") << u"../../etc/passwd"_s << u"etc passwd"_s;
    QTest::newRow("separators") << u"Xiaomi/Leica: a \\ deal?"_s << u"Xiaomi Leica a deal"_s;
    QTest::newRow("forbidden") << u"a*b\"c<d>e|f"_s << u"a b c d e f"_s;
    QTest::newRow("control") << u"a\u0001b\tc\nd"_s << u"a b c d"_s;
    QTest::newRow("dots") << u"...hidden. "_s << u"hidden"_s;
    QTest::newRow("reserved") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved with extension") << u"com1.txt"_s << u"_com1.txt"_s;
    QTest::newRow("empty") << QString() << u"article-7"_s;
    QTest::newRow("nothing usable") << u"/..//\u0007"_s << u"article-7"_s;
    QTest::newRow("long") << QString(300, u'x') << QString(80, u'x');
    QTest::newRow("long with separators")
        << (u"a/b:"_s + QString(300, u'y')) << (u"a b "_s + QString(76, u'y'));
    QTest::newRow("long title cut after a word")
        << u"Xiaomi and Leica announce a long-term strategic partnership on smartphone cameras "
           "for the whole of next year"_s
        << u"Xiaomi and Leica announce a long-term strategic partnership on smartphone"_s;
    QTest::newRow("no trailing dot after the cut")
        << (QString(70, u'a') + u" bcdefgh. ijklmnopqrstuv"_s)
        << (QString(70, u'a') + u" bcdefgh"_s);
    QTest::newRow("reserved with superscript digit") << u"COM¹"_s << u"_COM¹"_s;
    QTest::newRow("emoji at the cut") << (QString(79, u'a') + u"📷📷"_s) << QString(79, u'a');
    QTest::newRow("mark at the cut") << (QString(79, u'a') + u"e\u0301"_s) << QString(79, u'a');
    QTest::newRow("umlauts stay") << u"Zusammenarbeit: Müller & Söhne"_s
                                  << u"Zusammenarbeit Müller & Söhne"_s;
}

void TestExportFiles::safeFileNames() {
    QFETCH(QString, title);
    QFETCH(QString, expected);
    const QString name = SafeFileName::fromTitle(title, 7);
    QCOMPARE(name, expected);
    QVERIFY(name.size() <= SafeFileName::maxLength);
    QVERIFY(name.toUtf8().size() <= SafeFileName::maxBytes);
    QVERIFY(!name.endsWith(u'.') && !name.endsWith(u' '));
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isHighSurrogate())
            QVERIFY(i + 1 < name.size() && name.at(i + 1).isLowSurrogate());
    }
}

void TestExportFiles::safeFileNamesAreUniqueInOneExport() {
    SafeFileName names;
    names.reserve(u"index"_s);
    QCOMPARE(names.claim(u"Same"_s, 1), u"Same"_s);
    QCOMPARE(names.claim(u"same"_s, 2), u"same-2"_s);
    QCOMPARE(names.claim(u"Same"_s, 3), u"Same-3"_s);
    QCOMPARE(names.claim(u"Index"_s, 4), u"Index-2"_s);
    QCOMPARE(names.claim(QString(), 5), u"article-5"_s);
}

void TestExportFiles::safeFileNamesCutLongTitlesAtAWord() {
    // Three bytes a character in UTF-8: the byte limit cuts before the length limit, and a
    // unique name with its extension stays within ext4's 255 bytes.
    const QString japanese = QString(120, QChar(0x65E5));
    SafeFileName names;
    const QString first = names.claim(japanese, 1);
    QVERIFY(first.toUtf8().size() <= SafeFileName::maxBytes);
    QVERIFY(first.toUtf8().size() > SafeFileName::maxBytes - 3);
    const QString second = names.claim(japanese, 2);
    QCOMPARE(second, first + u"-2"_s);
    QVERIFY((second + u".html"_s).toUtf8().size() <= 255);

    // Words longer than what is left: cut between two characters, as before.
    const QString words = u"Kooperationsvereinbarung "_s + QString(100, u'z');
    QCOMPARE(SafeFileName::fromTitle(words, 1),
             u"Kooperationsvereinbarung "_s.trimmed() + u' ' + QString(80 - 25, u'z'));
    // Emoji and combining marks are never split, and a word ending in one is kept whole.
    const QString emoji = QString(70, u'a') + u" Café 📷📷📷📷📷"_s;
    QCOMPARE(SafeFileName::fromTitle(emoji, 1), QString(70, u'a') + u" Café"_s);
}

void TestExportFiles::runnerWritesEveryFormat() {
    const QString out = m_dir->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(out + u"/notes"_s));
    QVERIFY(TestData::writeBytes(out + u"/notes/keep.txt"_s, "mine"));
    const QList<std::tuple<ExportFormat, QString, QStringList>> cases{
        {ExportFormat::Markdown,
         u"notes"_s,
         {u"Acme and Bolt deal script alert(1) script.md"_s,
          u"Acme and Bolt deal script alert(1) script-2.md"_s, u"keep.txt"_s}},
        {ExportFormat::Markdown, u"all.md"_s, {}},
        {ExportFormat::Json, u"all.json"_s, {}},
        {ExportFormat::Csv, u"csv"_s, {u"mentions.csv"_s, u"partnerships.csv"_s}},
        {ExportFormat::Brat,
         u"brat"_s,
         {u"Acme and Bolt deal script alert(1) script-2.ann"_s,
          u"Acme and Bolt deal script alert(1) script-2.txt"_s,
          u"Acme and Bolt deal script alert(1) script.ann"_s,
          u"Acme and Bolt deal script alert(1) script.txt"_s, u"annotation.conf"_s}},
        {ExportFormat::W3c, u"all.jsonld"_s, {}},
        {ExportFormat::Html,
         u"html"_s,
         {u"Acme and Bolt deal script alert(1) script-2.html"_s,
          u"Acme and Bolt deal script alert(1) script.html"_s, u"index.html"_s}},
        {ExportFormat::Html, u"all.html"_s, {}}};
    for (const auto& [format, name, files] : cases) {
        QList<int> progress;
        auto summary = ExportRunner::run(*m_db, format, out + u'/' + name, {}, nullptr,
                                         [&](int done, int) { progress.append(done); });
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->articles, 2);
        QCOMPARE(progress, (QList<int>{0, 1, 2}));
        if (files.isEmpty())
            QVERIFY(QFileInfo(out + u'/' + name).isFile());
        else
            QCOMPARE(sorted(QDir(out + u'/' + name).entryList(QDir::Files | QDir::Hidden)),
                     sorted(files));
    }
    QCOMPARE(TestData::readBytes(out + u"/brat/Acme and Bolt deal script alert(1) script.txt"_s),
             m_article.article.clean.text().toUtf8());
    QCOMPARE(QDir(out).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot).size(),
             cases.size());
    auto one = ExportRunner::run(*m_db, ExportFormat::Markdown, out + u"/one.md"_s,
                                 {m_article.article.id});
    QVERIFY(one.ok());
    QCOMPARE(one->articles, 1);
    QVERIFY(!ExportRunner::run(*m_db, ExportFormat::Json, out + u"/x.json"_s, {999}).ok());
    QVERIFY(!QFileInfo::exists(out + u"/x.json"_s));
}

void TestExportFiles::unwritableTargetIsAClearErrorAndLeavesNoTemporaryFiles() {
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QVERIFY(TestData::writeBytes(blocker, "a file"));
    const QStringList before = entries();
    for (ExportFormat format : ExportFormats::all()) {
        const QString target = blocker + u"/sub/export"_s;
        auto summary = ExportRunner::run(*m_db, format, target, {});
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().startsWith(u"Cannot write to "_s + target + u": "_s),
                 qPrintable(summary.errorMessage()));
        QVERIFY2(summary.errorMessage().contains(blocker + u" is a file"_s),
                 qPrintable(summary.errorMessage()));
    }
    auto intoFile = ExportRunner::run(*m_db, ExportFormat::Csv, blocker, {});
    QVERIFY(!intoFile.ok());
    QCOMPARE(intoFile.errorMessage(),
             u"Cannot write to "_s + blocker + u": it is a file, not a folder"_s);
    QCOMPARE(entries(), before);
    QCOMPARE(TestData::readBytes(blocker), QByteArray("a file"));
}

void TestExportFiles::exportedFoldersAndFilesGetTheUsualPermissions() {
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix thing");
#else
    const mode_t before = ::umask(022);
    const auto restore = qScopeGuard([before] { ::umask(before); });
    constexpr QFile::Permissions mask(0x7777 & ~0x0700); // owner, group, others; not "user"
    const QFile::Permissions folderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther;
    const QFile::Permissions fileMode =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    for (ExportFormat format :
         {ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Brat, ExportFormat::Html}) {
        const QString folder = m_dir->filePath(u"new/"_s + ExportFormats::name(format));
        auto summary = ExportRunner::run(*m_db, format, folder, {});
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(QFileInfo(folder).permissions() & mask, folderMode); // drwxr-xr-x
        QCOMPARE(QFileInfo(m_dir->filePath(u"new"_s)).permissions() & mask, folderMode);
        for (const QString& file : std::as_const(summary->files))
            QCOMPARE(QFileInfo(folder + u'/' + file).permissions() & mask, fileMode); // -rw-r--r--
    }
    const QString json = m_dir->filePath(u"json/all.json"_s);
    QVERIFY(ExportRunner::run(*m_db, ExportFormat::Json, json, {}).ok());
    QCOMPARE(QFileInfo(json).permissions() & mask, fileMode);
    QCOMPARE(QFileInfo(m_dir->filePath(u"json"_s)).permissions() & mask, folderMode);
    // A stricter umask is the user's choice, and it is kept.
    ::umask(077);
    const QString private_ = m_dir->filePath(u"private"_s);
    QVERIFY(ExportRunner::run(*m_db, ExportFormat::Csv, private_, {}).ok());
    QCOMPARE(QFileInfo(private_).permissions() & mask,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
}

void TestExportFiles::oneFileFormatsGivenAFolderWriteTheirFileInside() {
    const QString existing = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(existing));
    const QString missing = m_dir->filePath(u"not yet"_s) + u'/';
    const QList<std::tuple<ExportFormat, QString, QString>> cases{
        {ExportFormat::Json, existing, existing + u"/folio-export.json"_s},
        {ExportFormat::W3c, existing, existing + u"/folio-export.jsonld"_s},
        {ExportFormat::Json, missing, missing + u"folio-export.json"_s},
        {ExportFormat::W3c, missing, missing + u"folio-export.jsonld"_s}};
    for (const auto& [format, out, written] : cases) {
        auto summary = ExportRunner::run(*m_db, format, out, {});
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->outPath, written);
        QCOMPARE(summary->files, QStringList{QFileInfo(written).fileName()});
        QVERIFY2(summary->message().contains(QDir::toNativeSeparators(written)),
                 qPrintable(summary->message()));
        QVERIFY(QFileInfo(written).isFile());
        QJsonParseError error;
        QJsonDocument::fromJson(TestData::readBytes(written), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    QCOMPARE(
        sorted(QDir(existing).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)),
        (QStringList{u"folio-export.json"_s, u"folio-export.jsonld"_s}));
    // A named file is still that file.
    auto named = ExportRunner::run(*m_db, ExportFormat::Json, existing + u"/mine.json"_s, {});
    QVERIFY(named.ok());
    QCOMPARE(named->outPath, existing + u"/mine.json"_s);
}

void TestExportFiles::cancelLeavesNothing() {
    const QStringList before = entries();
    for (ExportFormat format : ExportFormats::all()) {
        std::atomic_bool cancel = false;
        auto summary = ExportRunner::run(*m_db, format, m_dir->filePath(u"cancelled"_s), {},
                                         &cancel, [&](int done, int) { cancel = done == 1; });
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->message(), u"Export cancelled; nothing was written."_s);
        QCOMPARE(entries(), before);
    }
}

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
