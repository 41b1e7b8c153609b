#include "annotating/annotationcontroller.h"
#include "annotating/annotationpanel.h"
#include "annotating/companypopup.h"
#include "articlelist/articlelistmodel.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The real window in a process of its own, so that it can be killed like a user's window: the
// test binary runs itself with FOLIO_WINDOW_DB set. It imports FOLIO_WINDOW_IMPORT, says
// "imported", then takes commands on standard input ("mark ID WORD") and answers each.
int runWindowProcess() {
    const QString folder = qEnvironmentVariable("FOLIO_WINDOW_IMPORT");
    QTextStream out(stdout);
    auto db = Database::open(qEnvironmentVariable("FOLIO_WINDOW_DB"));
    if (!db) {
        out << "error " << db.errorMessage() << Qt::endl;
        return 1;
    }
    MainWindow window(std::move(db).value(),
                      std::make_unique<AppSettings>(folder + u"/../window.ini"_s));
    window.show();
    QObject::connect(&window, &MainWindow::importFinished, &window,
                     [&](const ImportReport& report) {
                         for (QWidget* dialog : window.findChildren<QDialog*>())
                             dialog->close();
                         out << "imported " << report.items().size() << Qt::endl;
                     });
    window.importPaths({folder});

    QFile input;
    if (!input.open(STDIN_FILENO, QIODevice::ReadOnly))
        return 1;
    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &window, [&] {
        const QStringList words = QString::fromUtf8(input.readLine()).trimmed().split(u' ');
        if (words.value(0) != u"mark"_s || words.size() != 3) {
            out << "error unknown command" << Qt::endl;
            return;
        }
        const qint64 id = words.at(1).toLongLong();
        window.openArticle(id);
        const QString text = window.reader()->bodyText();
        const int at = int(text.indexOf(words.at(2)));
        if (window.reader()->articleId() != id || at < 0) {
            out << "error no such word" << Qt::endl;
            return;
        }
        // The user's path: select the word, Mark Company, type the name, Enter.
        window.reader()->selectCleanRange(at, at + int(words.at(2).size()));
        window.annotations()->markCompany();
        auto* popup = window.findChild<CompanyPopup*>();
        if (!popup) {
            out << "error no popup" << Qt::endl;
            return;
        }
        popup->nameEdit()->selectAll();
        QTest::keyClicks(popup->nameEdit(), words.at(2));
        QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
        out << "marked" << Qt::endl;
    });
    return QApplication::exec();
}

} // namespace

// The window and folio-cli on one database file at the same time, as people use them: a script
// imports or annotates while they read. Every other program here is a real folio-cli process.
class TestTwoPrograms : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowWritesSurviveCliAndKill();
    void eightWritersWhileWindowOpen();
    void windowFollowsOtherProgramsKeepingPlace();
    void undoRefusedWhenAnotherProgramChangedNote();
    void undoNeverDeletesAnotherProgramsMention();
    void undoRefusedWhenAnotherProgramChangedText();
    void articleDeletedElsewhereIsClosed();
    void redoWorksAfterAnotherProgramAddedAMark();
    void twoWindowsOnOneDatabase();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    QString db() const { return m_dir->filePath(u"folio.sqlite"_s); }
    Run cli(const QStringList& args) const;
    QJsonObject showJson(qint64 id) const;
    QString writeArticles(const QString& name, int from, int to) const;
    void openWindow();
    qint64 importAndOpen(const QString& raw);
    void markSelectionAs(const QString& company);
    QString takeErrorMessage();
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTwoPrograms::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTwoPrograms::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTwoPrograms::cleanup() {
    m_window.reset();
    m_dir.reset();
}

TestTwoPrograms::Run TestTwoPrograms::cli(const QStringList& args) const {
    QProcess process;
    process.start(TestData::cliPath(), QStringList{u"--db"_s, db()} + args);
    // Wait with the event loop running, so the window (and its watcher) stay alive meanwhile.
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestTwoPrograms::showJson(qint64 id) const {
    const Run run = cli({u"--json"_s, u"show"_s, QString::number(id)});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString TestTwoPrograms::writeArticles(const QString& name, int from, int to) const {
    const QString folder = m_dir->filePath(name);
    QDir().mkpath(folder);
    for (int n = from; n < to; ++n)
        TestData::writeBytes(folder + u"/a%1.txt"_s.arg(n, 4, 10, QChar(u'0')),
                             TestData::generatedArticle(n).toUtf8());
    return folder;
}

void TestTwoPrograms::openWindow() {
    auto database = Database::open(db());
    QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
    m_window = std::make_unique<MainWindow>(
        std::move(database).value(),
        std::make_unique<AppSettings>(m_dir->filePath(u"folio.ini"_s)));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

qint64 TestTwoPrograms::importAndOpen(const QString& raw) {
    static int n = 0;
    const QString path = m_dir->filePath(u"article%1.txt"_s.arg(++n));
    TestData::writeBytes(path, raw.toUtf8());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({path});
    if (!finished.wait(30000))
        return 0;
    const qint64 id = finished.first().first().value<ImportReport>().items().first().articleId;
    for (QWidget* dialog : m_window->findChildren<QDialog*>())
        dialog->close();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return 0;
    m_window->openArticle(id);
    return m_window->reader()->articleId() == id ? id : 0;
}

void TestTwoPrograms::markSelectionAs(const QString& company) {
    m_window->annotations()->markCompany();
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = m_window->findChild<CompanyPopup*>()) && popup->isVisible());
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), company);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
}

QString TestTwoPrograms::takeErrorMessage() {
    const auto boxes = m_window->findChildren<QMessageBox*>(u"errorMessage"_s);
    if (boxes.isEmpty())
        return {};
    const QString message = boxes.last()->text();
    for (QMessageBox* box : boxes)
        box->close();
    QCoreApplication::processEvents();
    return message;
}

// Finding 1 of the two-programs issue: the window imported (so it had opened a second
// connection), then folio-cli ran. Before the fix the CLI deleted the window's WAL, and what the
// window wrote afterwards was invisible to others and gone after a kill.
void TestTwoPrograms::windowWritesSurviveCliAndKill() {
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
void TestTwoPrograms::eightWritersWhileWindowOpen() {
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
void TestTwoPrograms::windowFollowsOtherProgramsKeepingPlace() {
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

// The window edits the article's note, a script then sets another: undoing the window's edit
// would throw the script's note away, so it is refused and says why.
void TestTwoPrograms::undoRefusedWhenAnotherProgramChangedNote() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    auto* note = m_window->findChild<QPlainTextEdit*>(u"articleNoteEdit"_s);
    QVERIFY(note);
    note->setPlainText(u"mine"_s);
    m_window->findChild<AnnotationPanel*>()->commitNotes();
    QCOMPARE(showJson(id).value(u"notes"_s).toArray().size(), 1);

    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--note"_s, u"theirs"_s}).status, 0);
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QVERIFY2(message.contains(u"was “mine”, is now “theirs”"_s), qPrintable(message));
    const QJsonArray notes = showJson(id).value(u"notes"_s).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().toObject().value(u"body"_s).toString(), u"theirs"_s);
    QTRY_COMPARE_WITH_TIMEOUT(note->toPlainText(), u"theirs"_s, 5000);
}

// The window marks Leica; another program deletes that mark and a script then marks Zeiss. Ids
// are never handed out twice (before schema 4 Zeiss got the freed id, and undo deleted it);
// undoing the window's mark is refused and leaves the script's alone.
void TestTwoPrograms::undoNeverDeletesAnotherProgramsMention() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    const int at = int(m_window->reader()->bodyText().indexOf(u"Leica"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Leica"_s);
    auto other = Database::open(db()); // a second connection: another program's
    QVERIFY(other.ok());
    const QList<Mention> mine = *MentionStore(**other).mentions(id);
    QCOMPARE(mine.size(), 1);
    QVERIFY(MentionStore(**other).removeMention(mine.first().id).ok());
    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--company"_s, u"Zeiss"_s, u"--quote"_s,
                  u"Zeiss"_s})
                 .status,
             0);
    const QList<Mention> theirs = *MentionStore(**other).mentions(id);
    QCOMPARE(theirs.size(), 1);
    QVERIFY(theirs.first().id > mine.first().id); // the freed id was not given out again

    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QVERIFY2(message.contains(u"was deleted"_s), qPrintable(message));
    const QList<Mention> after = *MentionStore(**other).mentions(id);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().companyName, u"Zeiss"_s);
}

// The window splits a paragraph; a script re-cleans the article from its raw text. Undoing the
// split would now join paragraphs of a text the window never saw: refused.
void TestTwoPrograms::undoRefusedWhenAnotherProgramChangedText() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    ReaderView* reader = m_window->reader();
    const int at = int(reader->bodyText().indexOf(u"OnePlus und Oppo"_s));
    QTextCursor cursor = reader->textCursor();
    cursor.setPosition(reader->documentPosition(at));
    reader->setTextCursor(cursor);
    action("actionSplitParagraph")->trigger();
    const int split = int(showJson(id).value(u"paragraphs"_s).toArray().size());

    const Run reclean = cli({u"reclean"_s, QString::number(id)});
    QVERIFY2(reclean.status == 0, qPrintable(reclean.err));
    QCOMPARE(showJson(id).value(u"paragraphs"_s).toArray().size(), split - 1);
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QCOMPARE(showJson(id).value(u"paragraphs"_s).toArray().size(), split - 1);
    // The window shows the text as the script left it.
    QTRY_COMPARE_WITH_TIMEOUT(reader->bodyText(),
                              ArticleStore(**Database::open(db())).article(id)->clean.text(), 5000);
}

// No folio-cli command deletes articles yet; a second connection stands in for the program that
// does. The window must not keep showing (and writing to) an article that is gone.
void TestTwoPrograms::articleDeletedElsewhereIsClosed() {
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

// Found by the soak: the window undoes its newest mark, a script marks something else, and the
// redo used to be refused because the script's mark had been given the undone mark's id.
void TestTwoPrograms::redoWorksAfterAnotherProgramAddedAMark() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    const int at = int(m_window->reader()->bodyText().indexOf(u"Tweet"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Tweet"_s);
    action("actionUndo")->trigger();
    QCOMPARE(cli({u"annotate"_s, QString::number(id), u"--company"_s, u"Xiaomi"_s, u"--quote"_s,
                  u"Xiaomi"_s})
                 .status,
             0);
    action("actionRedo")->trigger();
    QCOMPARE(takeErrorMessage(), QString());
    auto check = Database::open(db());
    QVERIFY(check.ok());
    const QList<Mention> mentions = MentionStore(**check).mentions(id).value();
    QStringList companies;
    for (const Mention& mention : mentions)
        companies << mention.companyName;
    companies.sort();
    QCOMPARE(companies, (QStringList{u"Tweet"_s, u"Xiaomi"_s}));
}

// Two windows on one file (two connections, as two Folio processes have): each sees what the
// other marks, and neither can undo away the other's work.
void TestTwoPrograms::twoWindowsOnOneDatabase() {
    openWindow();
    const qint64 id =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(id > 0);
    auto database = Database::open(db());
    QVERIFY(database.ok());
    MainWindow second(std::move(database).value(),
                      std::make_unique<AppSettings>(m_dir->filePath(u"second.ini"_s)));
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    second.openArticle(id);
    QCOMPARE(second.reader()->articleId(), id);

    const int at = int(m_window->reader()->bodyText().indexOf(u"Zeiss"_s));
    m_window->reader()->selectCleanRange(at, at + 5);
    markSelectionAs(u"Zeiss"_s);
    QTRY_COMPARE_WITH_TIMEOUT(second.reader()->mentionMarkCount(), 1, 5000);
    // The second window renames the company the first one created and marked.
    auto check = Database::open(db());
    QVERIFY(check.ok());
    const QList<Company> companies = CompanyStore(**check).companies().value();
    QCOMPARE(companies.size(), 1);
    second.annotations()->renameCompany(companies.first().id, u"Carl Zeiss"_s);
    // Undoing the first window's mark would delete the company the second window renamed.
    action("actionUndo")->trigger();
    const QString message = takeErrorMessage();
    QVERIFY2(message.contains(u"another program"_s), qPrintable(message));
    QCOMPARE(m_window->reader()->mentionMarkCount(), 1);
    QCOMPARE(MentionStore(**check).mentions(id).value().size(), 1);
    QCOMPARE(CompanyStore(**check).companies().value().first().name, u"Carl Zeiss"_s);
}

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("FOLIO_WINDOW_DB"))
        return runWindowProcess();
    TestTwoPrograms test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twoprograms.moc"
