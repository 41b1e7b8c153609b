#include "testdata.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// Several folio-cli programs on one database file at the same time, as scripts and the window
// use it: every writer must wait its turn (never "database is locked"), nothing may be lost.
class TestConcurrentCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void concurrentAnnotateAllNeverLocked();
    void concurrentImportsOfOneFolderOnNewDatabase();
    void eightMixedWritersAllStored();
    void unknownDatabaseSchemeIsRefusedAndCreatesNothing_data();
    void unknownDatabaseSchemeIsRefusedAndCreatesNothing();
    void fileUrlDatabaseIsAccepted();

private:
    struct Run {
        QStringList args;
        int status = -1; // -1: crashed or did not finish in time
        QString out;
        QString err;
    };
    // Starts every command at once (none waits for another) and waits for all of them.
    static QList<Run> runAtOnce(const QList<QStringList>& commands,
                                const QString& workingDirectory = {});
    static Run cli(const QStringList& args, const QString& workingDirectory = {}) {
        return runAtOnce({args}, workingDirectory).first();
    }
    static QString describe(const Run& run, int index, qsizetype count);
    static QJsonDocument json(const QString& db, const QStringList& args);
    static bool writeArticles(const QString& folder, int from, int to);

    std::unique_ptr<QTemporaryDir> m_dir;
};

QList<TestConcurrentCli::Run> TestConcurrentCli::runAtOnce(const QList<QStringList>& commands,
                                                           const QString& workingDirectory) {
    std::vector<std::unique_ptr<QProcess>> processes;
    QEventLoop loop;
    qsizetype running = commands.size();
    const auto oneDone = [&] {
        if (--running == 0)
            loop.quit();
    };
    for (const QStringList& args : commands) {
        auto process = std::make_unique<QProcess>();
        if (!workingDirectory.isEmpty())
            process->setWorkingDirectory(workingDirectory);
        connect(process.get(), &QProcess::finished, &loop, oneDone);
        connect(process.get(), &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                oneDone();
        });
        process->start(TestData::cliPath(), args);
        processes.push_back(std::move(process));
    }
    // The event loop reads every process's pipes while they run, so none blocks on a full pipe
    // (perhaps holding the write lock) while another is waited for.
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();

    QList<Run> runs;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        QProcess& process = *processes[size_t(i)];
        Run run;
        run.args = commands[i];
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        } else if (process.exitStatus() == QProcess::NormalExit &&
                   process.error() != QProcess::FailedToStart) {
            run.status = process.exitCode();
        }
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        runs.append(run);
    }
    return runs;
}

QString TestConcurrentCli::describe(const Run& run, int index, qsizetype count) {
    return u"process %1 of %2 (folio-cli %3): exit %4\nstderr: %5\nstdout: %6"_s.arg(index + 1)
        .arg(count)
        .arg(run.args.join(u' '))
        .arg(run.status)
        .arg(run.err, run.out.left(2000));
}

QJsonDocument TestConcurrentCli::json(const QString& db, const QStringList& args) {
    const Run run = cli(QStringList{u"--db"_s, db, u"--json"_s} + args);
    if (run.status != 0)
        qWarning("%s", qPrintable(describe(run, 0, 1)));
    return QJsonDocument::fromJson(run.out.toUtf8());
}

bool TestConcurrentCli::writeArticles(const QString& folder, int from, int to) {
    for (int n = from; n < to; ++n) {
        if (!TestData::writeBytes(folder + u"/a%1.txt"_s.arg(n, 3, 10, QChar(u'0')),
                                  TestData::generatedArticle(n).toUtf8()))
            return false;
    }
    return true;
}

void TestConcurrentCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConcurrentCli::concurrentAnnotateAllNeverLocked() {
    // Ten annotating programs at once, five times over: a lost race shows up only sometimes.
    for (int round = 0; round < 5; ++round) {
        const QString db = m_dir->filePath(u"round%1.sqlite"_s.arg(round));
        const Run imported = cli({u"--db"_s, db, u"import"_s, TestData::samplesDir()});
        QVERIFY2(imported.status == 0, qPrintable(describe(imported, 0, 1)));
        const QString text = json(db, {u"show"_s, u"1"_s}).object()[u"text"_s].toString();

        // The first ten distinct capitalised words of five letters or more: always the same.
        QStringList words;
        static const QRegularExpression word(u"(?<![\\w@])\\p{Lu}\\w{4,}(?![\\w])"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = word.globalMatch(text); it.hasNext() && words.size() < 10;) {
            const QString found = it.next().captured();
            if (!words.contains(found, Qt::CaseInsensitive))
                words << found;
        }
        QCOMPARE(words.size(), 10);

        QList<QStringList> commands;
        for (const QString& w : std::as_const(words))
            commands << QStringList{u"--db"_s,    db, u"annotate"_s, u"1"_s, u"--company"_s, w,
                                    u"--quote"_s, w,  u"--all"_s};
        const QList<Run> runs = runAtOnce(commands);
        for (int i = 0; i < runs.size(); ++i) {
            const QString why = u"round %1, "_s.arg(round) + describe(runs[i], i, runs.size());
            QVERIFY2(runs[i].status == 0, qPrintable(why));
            QVERIFY2(runs[i].err.isEmpty(), qPrintable(why));
        }

        QSet<QString> companies;
        for (const QJsonValue& company : json(db, {u"companies"_s}).array())
            companies << company[u"name"_s].toString();
        QCOMPARE(companies, QSet<QString>(words.begin(), words.end()));

        // Each program marked every occurrence of its word, and none of them twice.
        const QJsonArray mentions = json(db, {u"show"_s, u"1"_s}).object()[u"mentions"_s].toArray();
        QVERIFY2(mentions.size() >= 10, qPrintable(QString::number(mentions.size())));
        for (const QString& w : std::as_const(words)) {
            int marked = 0;
            for (const QJsonValue& mention : mentions)
                marked += mention[u"company"_s].toString() == w ? 1 : 0;
            QVERIFY2(marked == TestData::wholeWordCount(text, w),
                     qPrintable(u"round %1, %2: %3 mentions, %4 in the text"_s.arg(round)
                                    .arg(w)
                                    .arg(marked)
                                    .arg(TestData::wholeWordCount(text, w))));
        }
        const Run check = cli({u"--db"_s, db, u"check"_s});
        QVERIFY2(check.status == 0, qPrintable(describe(check, 0, 1)));
    }
}

void TestConcurrentCli::concurrentImportsOfOneFolderOnNewDatabase() {
    const QString folder = m_dir->filePath(u"articles"_s);
    QVERIFY(writeArticles(folder, 0, 400));
    static const QRegularExpression imported(u"Imported (\\d+) article"_s);
    // Both programs create the schema of the same new file, then race for the same files.
    for (int round = 0; round < 3; ++round) {
        const QString db = m_dir->filePath(u"new%1/folio.sqlite"_s.arg(round));
        QVERIFY(!QFile::exists(db));
        const QStringList args{u"--db"_s, db, u"import"_s, folder};
        const QList<Run> runs = runAtOnce({args, args});
        int total = 0;
        for (int i = 0; i < runs.size(); ++i) {
            const QString why = u"round %1, "_s.arg(round) + describe(runs[i], i, runs.size());
            QVERIFY2(runs[i].status == 0, qPrintable(why));
            for (const char* word : {"locked", "already exists", "schema"})
                QVERIFY2(!runs[i].err.contains(QLatin1String(word), Qt::CaseInsensitive),
                         qPrintable(why));
            total += imported.match(runs[i].out).captured(1).toInt();
        }
        // What one stored the other reports as a duplicate: each file is added exactly once.
        QCOMPARE(total, 400);
        QCOMPARE(json(db, {u"stats"_s}).object()[u"articles"_s].toInt(), 400);
        const Run check = cli({u"--db"_s, db, u"check"_s});
        QVERIFY2(check.status == 0, qPrintable(describe(check, 0, 1)));
    }
}

void TestConcurrentCli::eightMixedWritersAllStored() {
    const QString db = m_dir->filePath(u"folio.sqlite"_s);
    const QString base = m_dir->filePath(u"base"_s);
    QVERIFY(writeArticles(base, 0, 200));
    for (const QString& path : {TestData::samplesDir(), base}) {
        const Run run = cli({u"--db"_s, db, u"import"_s, path});
        QVERIFY2(run.status == 0, qPrintable(describe(run, 0, 1)));
    }
    const int before = json(db, {u"stats"_s}).object()[u"articles"_s].toInt();
    QVERIFY(before > 200);

    // Names the sample and many generated articles use, so the annotators touch every article.
    const QStringList words{u"Xiaomi"_s, u"Leica"_s, u"Zeiss"_s, u"Hasselblad"_s};
    const QString sample = json(db, {u"show"_s, u"1"_s}).object()[u"text"_s].toString();
    for (const QString& w : words)
        QVERIFY2(TestData::wholeWordCount(sample, w) > 0, qPrintable(w));

    QList<QStringList> commands;
    for (const QString& w : words)
        commands << QStringList{u"--db"_s,    db, u"annotate"_s, u"all"_s, u"--company"_s, w,
                                u"--quote"_s, w,  u"--all"_s};
    QStringList folders;
    for (int i = 0; i < 4; ++i) {
        folders << m_dir->filePath(u"new%1"_s.arg(i));
        QVERIFY(writeArticles(folders.last(), 200 + 150 * i, 350 + 150 * i));
        commands << QStringList{u"--db"_s, db, u"import"_s, folders.last()};
    }
    const QList<Run> runs = runAtOnce(commands);
    for (int i = 0; i < runs.size(); ++i) {
        const QString why = describe(runs[i], i, runs.size());
        QVERIFY2(runs[i].status == 0, qPrintable(why));
        QVERIFY2(runs[i].err.isEmpty(), qPrintable(why));
        QVERIFY2(!runs[i].out.contains(u"locked"_s), qPrintable(why));
    }
    QCOMPARE(json(db, {u"stats"_s}).object()[u"articles"_s].toInt(), before + 600);

    // Every article that was there before the annotators started has each word marked at each
    // occurrence, exactly once; articles imported meanwhile may or may not be marked.
    const QString exported = m_dir->filePath(u"export.json"_s);
    const Run exportRun =
        cli({u"--db"_s, db, u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, exported});
    QVERIFY2(exportRun.status == 0, qPrintable(describe(exportRun, 0, 1)));
    const QJsonArray articles =
        QJsonDocument::fromJson(TestData::readBytes(exported)).object()[u"articles"_s].toArray();
    QCOMPARE(articles.size(), before + 600);
    QMap<QString, int> expected;
    for (const QJsonValue& article : articles) {
        const QString text = article[u"clean_text"_s].toString();
        const QString path = article[u"original_path"_s].toString();
        const bool old = !path.startsWith(m_dir->filePath(u"new"_s));
        for (const QString& w : words) {
            int marked = 0;
            for (const QJsonValue& mention : article[u"mentions"_s].toArray())
                marked += mention[u"company"_s].toString() == w ? 1 : 0;
            const int occurrences = TestData::wholeWordCount(text, w);
            QVERIFY2(
                old ? marked == occurrences : marked <= occurrences,
                qPrintable(u"%1, %2: %3 mentions, %4 in the text"_s.arg(path, w).arg(marked).arg(
                    occurrences)));
            if (old)
                expected[w] += occurrences;
        }
    }
    QMap<QString, int> counted;
    for (const QJsonValue& company : json(db, {u"companies"_s}).array())
        counted[company[u"name"_s].toString()] = company[u"mentions"_s].toInt();
    for (const QString& w : words)
        QVERIFY2(counted.value(w) >= expected[w] && expected[w] > 0,
                 qPrintable(u"%1: %2 mentions, expected at least %3"_s.arg(w)
                                .arg(counted.value(w))
                                .arg(expected[w])));
    const Run check = cli({u"--db"_s, db, u"check"_s});
    QVERIFY2(check.status == 0, qPrintable(describe(check, 0, 1)));
}

void TestConcurrentCli::unknownDatabaseSchemeIsRefusedAndCreatesNothing_data() {
    QTest::addColumn<QString>("location");
    QTest::newRow("postgresql") << u"postgresql://user@host/db"_s;
    QTest::newRow("postgres") << u"postgres://h/db"_s;
    QTest::newRow("mysql") << u"mysql://h/db"_s;
    QTest::newRow("http") << u"http://example.org/x.sqlite"_s;
}

void TestConcurrentCli::unknownDatabaseSchemeIsRefusedAndCreatesNothing() {
    QFETCH(QString, location);
    // Taken as a relative path, such a value would make a "postgresql:" folder with a new
    // empty database in it; it must be refused before anything is made.
    const QString work = m_dir->filePath(u"work"_s);
    QVERIFY(QDir().mkpath(work));
    const Run run = cli({u"--db"_s, location, u"list"_s}, work);
    QVERIFY2(run.status == 1, qPrintable(describe(run, 0, 1)));
    QVERIFY2(run.err.contains(location), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"SQLite"_s), qPrintable(run.err));
    const QStringList left =
        QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void TestConcurrentCli::fileUrlDatabaseIsAccepted() {
    // A file: URL names a local file: the database is made there, not under "file:".
    const QString work = m_dir->filePath(u"work"_s);
    QVERIFY(QDir().mkpath(work));
    const QString path = m_dir->filePath(u"by-url.sqlite"_s);
    const Run run = cli({u"--db"_s, QUrl::fromLocalFile(path).toString(), u"list"_s}, work);
    QVERIFY2(run.status == 0, qPrintable(describe(run, 0, 1)));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QStringList left =
        QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestConcurrentCli)

#include "tst_concurrentcli.moc"
