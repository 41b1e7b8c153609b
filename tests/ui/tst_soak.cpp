#include "annotating/annotationcontroller.h"
#include "annotating/companypopup.h"
#include "articlelist/articlelistmodel.h"
#include "cliwriterchain.h"
#include "commands/mentioncommands.h"
#include "reader/readerview.h"
#include "store/articlequery.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// Companies the folio-cli annotator marks everywhere; each occurs in the sample article.
const QStringList cliWords{u"Xiaomi"_s, u"Leica"_s, u"Huawei"_s, u"Sharp"_s,      u"Panasonic"_s,
                           u"Vivo"_s,   u"Zeiss"_s, u"Oppo"_s,   u"Hasselblad"_s, u"OnePlus"_s};
// Words only the window marks (four from the generated articles, four from the sample). None
// is a name of the annotator's companies, so no CLI run marks or covers them: every mark the
// window makes must succeed, and must still be there at the end unless the window undid it.
const QStringList windowWords{u"Monday"_s, u"Europe"_s, u"Asia"_s,       u"Analysts"_s,
                              u"Tweet"_s,  u"Juli"_s,   u"Fotografie"_s, u"Smartphone"_s};
// How StoreCommand refuses an undo or redo after another program changed its rows: allowed.
const QString refusal = u"another program changed it since"_s;
constexpr int articlesPerImport = 20;
// After the deadline, for the runs still going: far more than any run takes, so a run still
// going then is hung (and the test stays within FOLIO_SOAK_SECONDS + 30 s).
constexpr int drainMs = 15000;

QRegularExpression wholeWord(const QString& word) {
    return QRegularExpression(u"(?<!\\w)"_s + QRegularExpression::escape(word) + u"(?!\\w)"_s,
                              QRegularExpression::UseUnicodePropertiesOption);
}
} // namespace

// The bounded soak of two programs on one database: the real window annotating and undoing
// while four folio-cli writers import, annotate, read and export, then nothing may be lost.
class TestSoak : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void windowAndFourWritersForAMinute();

private:
    using Chain = CliWriterChain;
    void startNext(Chain& chain) {
        chain.startNext(this, db(), m_deadline, [this](const QString& what) { fail(what); });
    }
    QStringList nextImport();
    void windowStep();
    void nextArticle();
    void markWordInOpenArticle();
    void undoOrRedo(bool undo);
    void collectWindowMessages();
    void fail(const QString& what) {
        if (!m_failures.contains(what)) // an error is both in the status bar and in a box
            m_failures << what;
    }
    QString db() const { return m_dir->filePath(u"folio.sqlite"_s); }
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QUndoStack* undoStack() const { return m_window->annotations()->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_check;
    std::vector<std::unique_ptr<Chain>> m_chains;
    QDeadlineTimer m_deadline;
    QStringList m_failures;
    qint64 m_sampleId = 0;
    int m_nextN = 0;    // for TestData::generatedArticle: unique across the whole test
    int m_imported = 0; // the sum of the importers' "Imported N"
    QString m_lastNote; // the note of the annotator's last successful --note run
    int m_ticks = 0, m_marks = 0, m_undos = 0, m_redos = 0, m_nothingToMark = 0;
    QStringList m_refusals; // undo/redo steps refused because another program changed a row
    QString m_stepFailure;  // what the controller reported during the last step
    QHash<qint64, Mention> m_created; // every mention the window created, by id
    QSet<qint64> m_keptByRefusedUndo; // their undo was refused: they stay in the store
};

void TestSoak::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

// A new folder of distinct articles for one import run, written just before it starts.
QStringList TestSoak::nextImport() {
    const QString folder = m_dir->filePath(u"import%1"_s.arg(m_nextN));
    for (int i = 0; i < articlesPerImport; ++i, ++m_nextN) {
        if (!TestData::writeBytes(folder + u"/a%1.txt"_s.arg(m_nextN),
                                  TestData::generatedArticle(m_nextN).toUtf8()))
            fail(u"could not write an article into %1"_s.arg(folder));
    }
    return {u"import"_s, folder};
}

// Every ~200 ms: move on to the next article, or mark a word, or undo, or redo the undo.
void TestSoak::windowStep() {
    collectWindowMessages();
    const int tick = m_ticks++;
    if (tick % 2 == 0)
        return nextArticle();
    const int step = tick / 2;
    if (step % 5 == 3)
        undoOrRedo(true);
    else if (step % 10 == 4)
        undoOrRedo(false); // right after an undo; at step % 10 == 8 a mark drops it instead
    else
        markWordInOpenArticle();
}

void TestSoak::nextArticle() {
    // The action J is bound to; a key click could land in the search field instead.
    const qint64 before = m_window->reader()->articleId();
    action("actionNextArticle")->trigger();
    ArticleListModel* model = m_window->articleModel();
    if (m_window->reader()->articleId() == before && model->rowCount() > 0)
        m_window->openArticle(model->articleId(0)); // at the end of the list: from the top
}

void TestSoak::markWordInOpenArticle() {
    ReaderView* reader = m_window->reader();
    const qint64 id = reader->articleId();
    const QString text = reader->bodyText();
    const auto stored = MentionStore(*m_check).mentions(id);
    if (!stored)
        return fail(u"reading the mentions of article %1: %2"_s.arg(id).arg(stored.errorMessage()));
    // The first occurrence of one of the window's words that no mention covers yet.
    int start = -1;
    QString word;
    for (qsizetype w = 0; w < windowWords.size() && start < 0; ++w) {
        for (auto it = wholeWord(windowWords[w]).globalMatch(text); it.hasNext() && start < 0;) {
            const auto match = it.next();
            if (std::none_of(stored->cbegin(), stored->cend(), [&](const Mention& m) {
                    return m.anchor.start < match.capturedEnd() &&
                           match.capturedStart() < m.anchor.end;
                })) {
                start = int(match.capturedStart());
                word = windowWords[w];
            }
        }
    }
    if (start < 0) {
        ++m_nothingToMark;
        return;
    }
    // The real path: select, Mark Company, and accept the popup's default name (the word).
    reader->selectCleanRange(start, start + int(word.size()));
    action("actionMarkCompany")->trigger();
    CompanyPopup* popup = nullptr;
    for (CompanyPopup* candidate : m_window->findChildren<CompanyPopup*>())
        popup = candidate->isVisible() ? candidate : popup;
    if (!popup) {
        fail(u"window: no company popup for “%1” in article %2"_s.arg(word).arg(id));
        return;
    }
    const int index = undoStack()->index();
    popup->acceptTyped(); // Ctrl+Enter: exactly the word, a new company when it is new
    if (undoStack()->index() != index + 1)
        return; // the step failed; its message is collected as a failure
    const auto* command =
        dynamic_cast<const AddMentionsCommand*>(undoStack()->command(undoStack()->index() - 1));
    if (!command || command->mentions().size() != 1) {
        fail(u"window: marking “%1” in article %2 made no single mention"_s.arg(word).arg(id));
        return;
    }
    Mention mention = command->mentions().first();
    mention.companyName = word;
    m_created.insert(mention.id, mention);
    ++m_marks;
}

void TestSoak::undoOrRedo(bool undo) {
    QUndoStack* stack = undoStack();
    if (undo ? !stack->canUndo() : !stack->canRedo())
        return;
    const auto* command = dynamic_cast<const AddMentionsCommand*>(
        stack->command(undo ? stack->index() - 1 : stack->index()));
    const QList<Mention> mentions = command ? command->mentions() : QList<Mention>();
    m_stepFailure.clear();
    action(undo ? "actionUndo" : "actionRedo")->trigger();
    if (m_stepFailure.contains(refusal)) {
        // Refused and dropped from the stack: an undone mark stays in the store for good.
        m_refusals << m_stepFailure;
        if (undo)
            for (const Mention& mention : mentions)
                m_keptByRefusedUndo.insert(mention.id);
    } else if (m_stepFailure.isEmpty()) {
        ++(undo ? m_undos : m_redos);
    } // any other failure is collected from its message box
}

void TestSoak::collectWindowMessages() {
    for (QMessageBox* box : m_window->findChildren<QMessageBox*>(u"errorMessage"_s)) {
        if (!box->isVisible())
            continue;
        const QString text = box->text();
        box->close();
        if (!text.contains(refusal))
            fail(u"window: "_s + text);
    }
}

void TestSoak::windowAndFourWritersForAMinute() {
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("FOLIO_SOAK_SECONDS", &ok);
    if (!ok || seconds <= 0)
        seconds = 60;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    // The words must be where the writers look for them.
    QString sample;
    for (const QString& name : QDir(TestData::samplesDir()).entryList({u"*.txt"_s}))
        sample += QString::fromUtf8(TestData::readBytes(TestData::samplesDir() + u'/' + name));
    for (const QString& word : cliWords + windowWords.mid(4))
        QVERIFY2(sample.contains(wholeWord(word)), qPrintable(word));
    for (const QString& word : windowWords.mid(0, 4))
        QVERIFY2(TestData::generatedArticle(0).contains(wholeWord(word)), qPrintable(word));

    // The samples go in before the window opens, as the database a user already has.
    static const QRegularExpression importedCount(u"Imported (\\d+) article"_s);
    QProcess import;
    import.start(TestData::cliPath(), {u"--db"_s, db(), u"import"_s, TestData::samplesDir()});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
    const int samples =
        importedCount.match(QString::fromUtf8(import.readAllStandardOutput())).captured(1).toInt();
    QVERIFY(samples > 0);

    auto db = Database::open(this->db());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(
        std::move(db).value(), std::make_unique<AppSettings>(m_dir->filePath(u"folio.ini"_s)));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto check = Database::open(this->db());
    QVERIFY(check.ok());
    m_check = std::move(check).value();
    const auto first = ArticleQuery(*m_check).page({}, ArticleSort::Date, Qt::AscendingOrder, 0, 1);
    QVERIFY(first && first->size() == 1);
    m_sampleId = first->first().id;
    m_window->openArticle(m_sampleId);
    QCOMPARE(m_window->reader()->articleId(), m_sampleId);
    connect(m_window->annotations(), &AnnotationController::failed, this,
            [this](const QString& message) { m_stepFailure = message; });
    connect(m_window->annotations(), &AnnotationController::notice, this,
            [this](const QString& message) { m_stepFailure = message; });
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString& text) {
        // Errors that never get a box (saving the reading position, say).
        static const QRegularExpression error(u"database error|locked|deleted by another"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        if (text.contains(error))
            fail(u"window: "_s + text);
    });

    // Writer 3 is a second importer: two importers race for the write lock and for the count.
    const auto imported = [this](const QStringList&, const QString& out) {
        const auto match = importedCount.match(out);
        if (!match.hasMatch())
            fail(u"importer: no “Imported N” in: "_s + out.left(300));
        m_imported += match.captured(1).toInt();
    };
    m_chains.push_back(std::make_unique<Chain>(
        Chain{u"importer 1"_s, [this](int) { return nextImport(); }, imported}));
    m_chains.push_back(std::make_unique<Chain>(
        Chain{u"annotator"_s,
              [this](int run) {
                  const QString word = cliWords.at((run / 2) % cliWords.size());
                  return run % 2 == 0 ? QStringList{u"annotate"_s, u"all"_s, u"--company"_s, word,
                                                    u"--quote"_s,  word,     u"--all"_s}
                                      : QStringList{u"annotate"_s, QString::number(m_sampleId),
                                                    u"--note"_s, u"note %1"_s.arg(run)};
              },
              [this](const QStringList& args, const QString&) {
                  if (args.contains(u"--note"_s))
                      m_lastNote = args.last();
              }}));
    m_chains.push_back(std::make_unique<Chain>(
        Chain{u"importer 2"_s, [this](int) { return nextImport(); }, imported}));
    m_chains.push_back(std::make_unique<Chain>(Chain{
        u"reader"_s,
        [this](int run) {
            const QList<QStringList> reads{{u"stats"_s},
                                           {u"list"_s},
                                           {u"search"_s, cliWords.at((run / 4) % cliWords.size())},
                                           {u"export"_s, u"--format"_s, u"json"_s, u"--out"_s,
                                            m_dir->filePath(u"export.json"_s)}};
            return reads.at(run % 4);
        },
        {}}));

    QElapsedTimer elapsed;
    elapsed.start();
    m_deadline = QDeadlineTimer(seconds * 1000);
    for (const auto& chain : m_chains)
        startNext(*chain);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (m_deadline.hasExpired())
            return ticker.stop();
        windowStep();
    });
    ticker.start(200);

    // Run the event loop until the deadline has passed and every writer's last run is done.
    const auto running = [this] {
        return std::any_of(m_chains.cbegin(), m_chains.cend(),
                           [](const auto& chain) { return chain->process != nullptr; });
    };
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_deadline.hasExpired() && !running())
            loop.quit();
    });
    poll.start(100);
    QTimer::singleShot(seconds * 1000 + drainMs, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    for (const auto& chain : m_chains) {
        if (QProcess* process = chain->process) {
            fail(u"%1: folio-cli %2 still running %3 s after the deadline (a hang?)"_s.arg(
                chain->name, process->arguments().mid(2).join(u' '),
                QString::number(drainMs / 1000)));
            process->kill();
            process->waitForFinished(5000);
        }
    }
    QTest::qWait(1000); // the watcher's next polls and refreshes
    collectWindowMessages();

    QStringList runs;
    for (const auto& chain : m_chains)
        runs << u"%1 %2"_s.arg(chain->name).arg(chain->runs);
    qInfo("%.1f s; folio-cli runs: %s; window: %d steps, %d marks, %d undos, %d redos, "
          "%d refused, %d with nothing to mark; %d failures",
          elapsed.elapsed() / 1000.0, qPrintable(runs.join(u", "_s)), m_ticks, m_marks, m_undos,
          m_redos, int(m_refusals.size()), m_nothingToMark, int(m_failures.size()));
    for (const QString& refused : m_refusals.mid(0, 3))
        qInfo("refused: %s", qPrintable(refused));
    for (const QString& failure : m_failures.mid(0, 5))
        qWarning("%s", qPrintable(failure));

    const auto problems = m_check->integrityProblems();
    QVERIFY2(problems && problems->isEmpty(),
             qPrintable(problems ? problems->join(u'\n') : problems.errorMessage()));
    QProcess checkRun;
    checkRun.start(TestData::cliPath(), {u"--db"_s, this->db(), u"check"_s});
    QVERIFY(checkRun.waitForFinished(60000));
    QVERIFY2(checkRun.exitCode() == 0, checkRun.readAllStandardError().constData());

    // Every article each importer wrote is there once, and the window's list says so.
    const int importRuns = m_chains[0]->runs + m_chains[2]->runs;
    QCOMPARE(m_imported, importRuns * articlesPerImport);
    const qint64 expected = samples + m_imported;
    QCOMPARE(*ArticleQuery(*m_check).count({}), expected);
    QVERIFY(m_window->articleModel()->filter().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->totalMatching(), expected, 5000);

    // The window's marks: those it did not undo are stored as made, the undone ones are gone.
    QSet<qint64> kept = m_keptByRefusedUndo;
    for (int i = 0; i < undoStack()->index(); ++i) {
        const auto* command = dynamic_cast<const AddMentionsCommand*>(undoStack()->command(i));
        QVERIFY2(command, qPrintable(undoStack()->command(i)->text())); // only the window's marks
        for (const Mention& mention : command->mentions())
            kept.insert(mention.id);
    }
    for (const Mention& made : std::as_const(m_created)) {
        const auto stored = MentionStore(*m_check).mentions(made.articleId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        // More than the id: SQLite gives a freed id to the next new row, a folio-cli one maybe.
        const bool there = std::any_of(stored->cbegin(), stored->cend(), [&](const Mention& m) {
            return m.id == made.id && m.companyName == made.companyName &&
                   m.anchor.start == made.anchor.start && m.anchor.quote == made.anchor.quote;
        });
        QVERIFY2(there == kept.contains(made.id),
                 qPrintable(u"mention %1 (“%2” at %3 in article %4) %5"_s.arg(made.id)
                                .arg(made.anchor.quote)
                                .arg(made.anchor.start)
                                .arg(made.articleId)
                                .arg(there ? u"was undone but is stored"_s : u"is lost"_s)));
    }
    QVERIFY(m_marks > 0);

    QVERIFY(!m_lastNote.isEmpty());
    QCOMPARE(*NoteStore(*m_check).articleNote(m_sampleId), m_lastNote);

    QVERIFY2(m_failures.isEmpty(),
             qPrintable(u"%1 failures, the first:\n"_s.arg(m_failures.size()) +
                        m_failures.mid(0, 5).join(u'\n')));
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
