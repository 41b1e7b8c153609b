#include "mainwindowtest.h"

#include "windowdriver.h"

#include "articlelist/articlelistmodel.h"
#include "exchange/importreportdialog.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/dialogs.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

void MainWindowTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openWindow();
    auto check = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY(check.ok());
    m_check = std::move(check).value();
}

void MainWindowTest::openWindow() {
    m_window = WindowDriver::open(m_dir->filePath(u"folio.sqlite"_s),
                                  m_dir->filePath(u"folio.ini"_s), {1200, 800});
    QVERIFY(m_window);
}

void MainWindowTest::cleanup() {
    m_window.reset();
    m_check.reset();
    m_dir.reset();
}

QString MainWindowTest::writeArticles(const QString& name, int count) {
    const QString folder = m_dir->filePath(name);
    for (int n = 0; n < count; ++n)
        TestData::writeBytes(folder + u"/article%1.txt"_s.arg(n, 5, 10, QLatin1Char('0')),
                             TestData::generatedArticle(n).toUtf8());
    return folder;
}

ImportReport MainWindowTest::importFolderAndWait(const QString& folder) {
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    Dialogs::setNextFolder(folder);
    action("actionImportFolder")->trigger();
    if (!finished.wait(60000) && finished.isEmpty())
        return {};
    for (auto* dialog : m_window->findChildren<ImportReportDialog*>())
        dialog->close();
    m_window->activateWindow(); // the report had the focus
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return {};
    return finished.first().first().value<ImportReport>();
}

QTableView* MainWindowTest::list() const {
    return m_window->findChild<QTableView*>(u"articleList"_s);
}

int MainWindowTest::rowOfTitleContaining(const QString& text) const {
    auto* model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ArticleListModel::TitleColumn).data().toString().contains(text))
            return row;
    }
    return -1;
}
