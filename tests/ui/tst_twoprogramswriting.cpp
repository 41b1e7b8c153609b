#include "annotating/annotationcontroller.h"
#include "articlelist/articlelistmodel.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"
#include "twoprogramstest.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

// The window and other programs writing at once: what the window writes survives folio-cli and a
// kill, scripts' writes are all stored, and the window follows them keeping its place.
class TestTwoProgramsWriting : public TwoProgramsTest {
    Q_OBJECT
private slots:
    void windowWritesSurviveCliAndKill();
    void eightWritersWhileWindowOpen();
    void windowFollowsOtherProgramsKeepingPlace();
    void articleDeletedElsewhereIsClosed();
};

// Finding 1 of the two-programs issue: the window imported (so it had opened a second
// connection), then folio-cli ran. Before the fix the CLI deleted the window's WAL, and what the
// window wrote afterwards was invisible to others and gone after a kill.
void TestTwoProgramsWriting::windowWritesSurviveCliAndKill() {
    const QString folder = writeArticles(u"import"_s, 0, 300);
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOLIO_WINDOW_DB"_s, db());
    env.insert(u"FOLIO_WINDOW_IMPORT"_s, folder);
    window.setProcessEnvironment(env);
    window.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(window.waitForStarted());
    const auto answer = [&window]() -> QString {
        if (!window.canReadLine() && !window.waitForReadyRead(60000))
            return {};
        return QString::fromUtf8(window.readLine()).trimmed();
    };
    QCOMPARE(answer(), u"imported 300"_s);

    const Run list = cli({u"list"_s});
    QCOMPARE(list.status, 0);
    QCOMPARE(list.out.count(u'\n'), 300);

    window.write("mark 1 Xiaomi\n");
    QCOMPARE(answer(), u"marked"_s);
    // The window's files are still the ones on disk: nothing deleted them under it.
    const QDir fds(u"/proc/%1/fd"_s.arg(window.processId()));
    for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot))
        QVERIFY2(!fd.symLinkTarget().contains(u"(deleted)"_s), qPrintable(fd.symLinkTarget()));

    // A third program sees the window's mark at once...
    QCOMPARE(showJson(1).value(u"mentions"_s).toArray().size(), 1);
    // ...and it survives the window being killed.
    window.kill();
    QVERIFY(window.waitForFinished());
    const QJsonArray mentions = showJson(1).value(u"mentions"_s).toArray();
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().toObject().value(u"quote"_s).toString(), u"Xiaomi"_s);
    const Run check = cli({u"check"_s});
    QVERIFY2(check.status == 0, qPrintable(check.out + check.err));
    QVERIFY(cli({u"list"_s}).out.count(u'\n') == 300);
}

// Scripts annotating and importing while the user reads and marks: every write is stored, no
// program reports an error, and the window's list catches up by itself.
void TestTwoProgramsWriting::eightWritersWhileWindowOpen() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    QList<QStringList> commands;
    const QStringList words{u"Xiaomi"_s, u"Leica"_s, u"Vivo"_s, u"Zeiss"_s};
    for (const QString& word : words)
        commands << QStringList{u"annotate"_s, u"all"_s, u"--company"_s, word,
                                u"--quote"_s,  word,     u"--all"_s};
    for (int i = 0; i < 4; ++i)
        commands << QStringList{u"import"_s,
                                writeArticles(u"batch%1"_s.arg(i), 100 * i, 100 * i + 100)};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& args : std::as_const(commands)) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(TestData::cliPath(), QStringList{u"--db"_s, db()} + args);
    }
    // The window writes meanwhile, on its own connection.
    const QString text = m_window->reader()->bodyText();
    const int at = int(text.indexOf(u"Huawei"_s));
    m_window->reader()->selectCleanRange(at, at + 6);
    markSelectionAs(u"Huawei"_s);
    for (const auto& process : processes)
        QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 120000);
    for (int i = 0; i < int(processes.size()); ++i) {
        const QString err = QString::fromUtf8(processes.at(i)->readAllStandardError());
        QVERIFY2(processes.at(i)->exitCode() == 0 && err.isEmpty(),
                 qPrintable(commands.at(i).join(u' ') + u": "_s + err));
    }
    QCOMPARE(takeErrorMessage(), QString());

    auto check = Database::open(db());
    QVERIFY(check.ok());
    QCOMPARE(*ArticleStore(**check).count(), qint64(401));
    const QList<Mention> mentions = *MentionStore(**check).mentions(id);
    for (const QString& word : words + QStringList{u"Huawei"_s}) {
        QVERIFY2(std::any_of(mentions.begin(), mentions.end(),
                             [&](const Mention& m) { return m.companyName == word; }),
                 qPrintable(word));
    }
    QVERIFY((*check)->integrityProblems()->isEmpty());
    // The window noticed the 400 new articles without being told.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->totalMatching(), qint64(401), 5000);
    QCOMPARE(m_window->reader()->articleId(), id);
}

// folio-cli marks companies in the article being read and imports another one: the window shows
// both within a second, and the reader keeps its scroll position, its selection and its row.
void TestTwoProgramsWriting::windowFollowsOtherProgramsKeepingPlace() {
    openWindow();
    QString raw = u"Leica und Xiaomi: ein langer Artikel\n\n"_s;
    for (int i = 0; i < 150; ++i)
        raw += u"Absatz %1: Xiaomi arbeitet mit Leica zusammen, sagte das Unternehmen.\n"_s.arg(i);
    raw += u"\ntoi-tech\n"_s;
    const qint64 id = importAndOpen(raw);
    QVERIFY(id > 0);
    ReaderView* reader = m_window->reader();
    reader->setReadingPosition(reader->verticalScrollBar()->maximum() / 2);
    const int position = reader->readingPosition();
    QVERIFY(position > 0);
    const int at = int(reader->bodyText().indexOf(u"Absatz 70"_s));
    reader->selectCleanRange(at, at + 9);
    const auto selection = reader->selectedCleanRange();
    QCOMPARE(reader->mentionMarkCount(), 0);

    const Run marked = cli({u"annotate"_s, QString::number(id), u"--company"_s, u"Leica"_s,
                            u"--quote"_s, u"Leica"_s, u"--all"_s});
    QVERIFY2(marked.status == 0, qPrintable(marked.err));
    QTRY_COMPARE_WITH_TIMEOUT(reader->mentionMarkCount(), 150, 5000);
    QCOMPARE(reader->readingPosition(), position);
    QCOMPARE(reader->selectedCleanRange(), selection);
    QCOMPARE(m_window->findChild<QTableView*>()
                 ->currentIndex()
                 .data(ArticleListModel::ArticleIdRole)
                 .toLongLong(),
             id);

    const QString other = m_dir->filePath(u"other.txt"_s);
    TestData::writeBytes(other, TestData::generatedArticle(7).toUtf8());
    QCOMPARE(cli({u"import"_s, other}).status, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->totalMatching(), qint64(2), 5000);
    QCOMPARE(reader->articleId(), id);
    QCOMPARE(reader->readingPosition(), position);
    QCOMPARE(reader->selectedCleanRange(), selection);
    QCOMPARE(m_window->findChild<QTableView*>()
                 ->currentIndex()
                 .data(ArticleListModel::ArticleIdRole)
                 .toLongLong(),
             id);
    // The window's own marks still work after the refreshes, and undo is still its own.
    const int xiaomi = int(reader->bodyText().indexOf(u"Xiaomi"_s));
    reader->selectCleanRange(xiaomi, xiaomi + 6);
    markSelectionAs(u"Xiaomi"_s);
    QCOMPARE(reader->mentionMarkCount(), 151);
    m_window->annotations()->undoStack()->undo();
    QCOMPARE(reader->mentionMarkCount(), 150);
    QCOMPARE(takeErrorMessage(), QString());
}

// No folio-cli command deletes articles yet; a second connection stands in for the program that
// does. The window must not keep showing (and writing to) an article that is gone.
void TestTwoProgramsWriting::articleDeletedElsewhereIsClosed() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    auto other = Database::open(db());
    QVERIFY(other.ok());
    QSqlQuery query((*other)->connection());
    query.prepare(u"DELETE FROM article WHERE id = ?"_s);
    query.addBindValue(id);
    QVERIFY(query.exec());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->reader()->articleId(), qint64(0), 5000);
    QCOMPARE(m_window->articleModel()->totalMatching(), qint64(0));
    QCOMPARE(takeErrorMessage(), QString());
}

// The first test runs the window in a child process: this same binary with FOLIO_WINDOW_DB set.
int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FOLIO_WINDOW_DB"))
        return runWindowProcess();
    TestTwoProgramsWriting test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twoprogramswriting.moc"
