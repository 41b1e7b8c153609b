#include "twoprogramstest.h"

#include "windowdriver.h"

#include "annotating/annotationcontroller.h"
#include "annotating/companypopup.h"
#include "import/importreport.h"
#include "reader/readerview.h"
#include "store/database.h"
#include "testdata.h"
#include "window/appsettings.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

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
        QTest::keyClick(popup->nameEdit(), Qt::Key_Return, Qt::ControlModifier);
        out << "marked" << Qt::endl;
    });
    return QApplication::exec();
}

QString TwoProgramsTest::db() const {
    return m_dir->filePath(u"folio.sqlite"_s);
}

void TwoProgramsTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TwoProgramsTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TwoProgramsTest::cleanup() {
    m_window.reset();
    m_dir.reset();
}

TwoProgramsTest::Run TwoProgramsTest::cli(const QStringList& args) const {
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

QJsonObject TwoProgramsTest::showJson(qint64 id) const {
    const Run run = cli({u"--json"_s, u"show"_s, QString::number(id)});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString TwoProgramsTest::writeArticles(const QString& name, int from, int to) const {
    const QString folder = m_dir->filePath(name);
    QDir().mkpath(folder);
    for (int n = from; n < to; ++n)
        TestData::writeBytes(folder + u"/a%1.txt"_s.arg(n, 4, 10, QChar(u'0')),
                             TestData::generatedArticle(n).toUtf8());
    return folder;
}

void TwoProgramsTest::openWindow() {
    m_window = WindowDriver::open(db(), m_dir->filePath(u"folio.ini"_s));
    QVERIFY(m_window);
}

qint64 TwoProgramsTest::importAndOpen(const QString& raw) {
    return WindowDriver::importAndOpen(*m_window, m_dir->path(), raw);
}

void TwoProgramsTest::markSelectionAs(const QString& company) {
    m_window->annotations()->markCompany();
    WindowDriver::answerCompanyPopup(*m_window, company);
}

QString TwoProgramsTest::takeErrorMessage() {
    return WindowDriver::takeErrorMessage(*m_window);
}
