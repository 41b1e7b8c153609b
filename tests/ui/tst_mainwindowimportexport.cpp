#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistview.h"
#include "exchange/exportdialog.h"
#include "exchange/exportrunner.h"
#include "exchange/importreportdialog.h"
#include "mainwindowtest.h"
#include "reader/readerview.h"
#include "store/articledeletion.h"
#include "subscribe/subscriptionstore.h"
#include "testdata.h"
#include "window/dialogs.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Getting articles in and notes out through the window: the welcome page, the import
// action and its report, dropped files, cancelling an import, where the list and the reader are
// after an import, and the export dialog.
class TestMainWindowImportExport : public MainWindowTest {
    Q_OBJECT
private slots:
    void emptyDatabaseShowsWelcomePage();
    void welcomeButtonImportsTheSamples();
    void importFolderActionImportsAndReports();
    void cleanImportSaysSoInTheStatusBarWithoutAWindow();
    void importKeepsTheOpenArticleAndTheListsPlace();
    void importWithNothingOpenOpensTheFirstImported();
    void droppingFilesImportsThem();
    void importingAnOpmlListSubscribesAndSaysSo();
    void cancellingImportKeepsWhatWasImported();
    void exportFromMenuWritesTheChosenFormat();
};

void TestMainWindowImportExport::emptyDatabaseShowsWelcomePage() {
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(m_window->findChild<QPushButton*>(u"welcomeImportButton"_s)->isVisible());
}

void TestMainWindowImportExport::welcomeButtonImportsTheSamples() {
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"welcomeSamplesButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(*ArticleStore(*m_check).count(), 1);
    auto* pages = m_window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), u"mainSplitter"_s);
    QTRY_VERIFY(m_window->reader()->articleId() > 0);
    QVERIFY(m_window->reader()->bodyText().contains(u"@leica_camera haben eine globale"_s));
}

void TestMainWindowImportExport::importFolderActionImportsAndReports() {
    const QString folder = writeArticles(u"in"_s, 3);
    QVERIFY(QFile::copy(TestData::path(u"sample.txt"_s), folder + u"/sample.txt"_s));
    QVERIFY(TestData::writeBytes(folder + u"/empty.txt"_s, ""));

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    Dialogs::setNextFolder(folder);
    action("actionImportFolder")->trigger();
    QVERIFY(m_window->isImporting());
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 4);
    QCOMPARE(report.count(ImportItem::Outcome::Failed), 1);

    // The report names the failed file and says why.
    auto* dialog = m_window->findChild<ImportReportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* items = dialog->findChild<QTreeWidget*>(u"importItems"_s);
    QCOMPARE(items->topLevelItemCount(), 1);
    QVERIFY(items->topLevelItem(0)->text(1).endsWith(u"empty.txt"_s));
    QVERIFY(items->topLevelItem(0)->text(2).contains(u"file is empty"_s));
    dialog->close();

    QCOMPARE(m_window->articleModel()->rowCount(), 4);
    QCOMPARE(*ArticleStore(*m_check).count(), 4);
    QCOMPARE(m_window->findChild<QLabel*>(u"countLabel"_s)->text(), u"4 articles"_s);
    QVERIFY(!m_window->isImporting());

    // Importing the same folder again adds nothing and says so.
    const ImportReport again = importFolderAndWait(folder);
    QCOMPARE(again.count(ImportItem::Outcome::Duplicate), 4);
    QCOMPARE(m_window->articleModel()->rowCount(), 4);
}

void TestMainWindowImportExport::cleanImportSaysSoInTheStatusBarWithoutAWindow() {
    const QString folder = writeArticles(u"clean"_s, 3);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    Dialogs::setNextFolder(folder);
    auto* showReport = action("actionShowImportReport");
    QVERIFY(showReport);
    QVERIFY(!showReport->isEnabled()); // no import yet, nothing to show
    action("actionImportFolder")->trigger();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 3);
    QCoreApplication::processEvents();
    // Nothing went wrong: no window to close, the summary is in the status bar.
    QVERIFY(!m_window->findChild<ImportReportDialog*>());
    QCOMPARE(m_window->statusBar()->currentMessage(), report.summary());

    // The report stays within reach, in the File menu.
    QVERIFY(showReport->isEnabled());
    QMenu* fileMenu = m_window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(showReport));
    showReport->trigger();
    auto* dialog = m_window->findChild<ImportReportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel*>(u"importSummary"_s)->text(), report.summary());
    QCOMPARE(dialog->findChild<QTreeWidget*>(u"importItems"_s)->topLevelItemCount(), 0);
    dialog->close();
}

void TestMainWindowImportExport::importKeepsTheOpenArticleAndTheListsPlace() {
    importFolderAndWait(writeArticles(u"first"_s, 60));
    auto* view = m_window->findChild<ArticleListView*>();
    auto* model = m_window->articleModel();
    QCOMPARE(model->rowCount(), 60);
    view->setCurrentIndex(model->index(20, ArticleListModel::TitleColumn));
    const qint64 open = m_window->reader()->articleId();
    QCOMPARE(open, model->articleId(20));
    view->scrollTo(model->index(15, ArticleListModel::TitleColumn),
                   QAbstractItemView::PositionAtTop);
    const qint64 top = model->articleId(view->rowAt(0));
    QCOMPARE(top, model->articleId(15));

    // Five new articles: newest first, they arrive above what the user looks at.
    const QString more = m_dir->filePath(u"more"_s);
    for (int n = 0; n < 5; ++n)
        QVERIFY(TestData::writeBytes(more + u"/new%1.txt"_s.arg(n),
                                     TestData::generatedArticle(1000 + n).toUtf8()));
    const ImportReport report = importFolderAndWait(more);
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 5);
    QCOMPARE(model->rowCount(), 65);
    QCOMPARE(view->currentArticleId(), open);
    QCOMPARE(m_window->reader()->articleId(), open);
    QCOMPARE(model->articleId(view->rowAt(0)), top); // the same rows in the same place
}

void TestMainWindowImportExport::importWithNothingOpenOpensTheFirstImported() {
    importFolderAndWait(writeArticles(u"first"_s, 10));
    auto* view = m_window->findChild<ArticleListView*>();
    view->sortByColumn(ArticleListModel::TitleColumn, Qt::AscendingOrder);
    // Not the newest: SQLite would give its id to the next article, which would then be "open".
    view->setCurrentIndex(m_window->articleModel()->index(rowOfTitleContaining(u"number 3"_s),
                                                          ArticleListModel::TitleColumn));
    const qint64 open = m_window->reader()->articleId();
    QVERIFY(open > 0);
    // Another program deletes the open article: the reader is empty.
    QVERIFY(ArticleDeletion(*m_check).remove({open}).ok());
    QTRY_COMPARE(m_window->reader()->articleId(), 0);

    // Titles that sort into the middle of the list, not at its top.
    const QString more = m_dir->filePath(u"more"_s);
    for (int n = 0; n < 2; ++n)
        QVERIFY(TestData::writeBytes(more + u"/new%1.txt"_s.arg(n),
                                     u"Mittelstand %1 und Sony\n\nSony liefert Sensoren an den "
                                     "Mittelstand, Nummer %1.\n"_s.arg(n)
                                         .toUtf8()));
    const ImportReport report = importFolderAndWait(more);
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 2);
    auto* model = m_window->articleModel();
    QVERIFY(model->articleId(0) != report.items().at(0).articleId &&
            model->articleId(0) != report.items().at(1).articleId);
    // The first of them as the list shows them, so that J reads on to the second.
    QCOMPARE(m_window->reader()->articleId(), report.items().at(0).articleId);
    QCOMPARE(view->currentArticleId(), report.items().at(0).articleId);
    QCOMPARE(view->currentIndex().row(), rowOfTitleContaining(u"Mittelstand 0"_s));
}

void TestMainWindowImportExport::droppingFilesImportsThem() {
    const QString folder = writeArticles(u"dropped"_s, 2);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(30000));
    QCOMPARE(*ArticleStore(*m_check).count(), 2);
}

// The window's import goes through the same importer: an OPML list's feeds become
// subscriptions, and the report window says how many and how to fetch them.
void TestMainWindowImportExport::importingAnOpmlListSubscribesAndSaysSo() {
    const QString folder = m_dir->filePath(u"lists"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(TestData::path(u"feeds/subscriptions.opml"_s),
                        folder + u"/subscriptions.opml"_s));
    const ImportReport report = importFolderAndWait(folder);
    QCOMPARE(report.count(ImportItem::Outcome::Subscribed), 1);
    QVERIFY(report.needsAttention()); // the report window came up (the helper closed it)
    action("actionShowImportReport")->trigger();
    auto* dialog = m_window->findChild<ImportReportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* items = dialog->findChild<QTreeWidget*>(u"importItems"_s);
    QCOMPARE(items->topLevelItemCount(), 1);
    QCOMPARE(items->topLevelItem(0)->text(0), u"Subscribed"_s);
    QVERIFY2(items->topLevelItem(0)->text(2).contains(u"subscribed to 3 feeds (0 already "
                                                      "subscribed); fetch them with"_s),
             qPrintable(items->topLevelItem(0)->text(2)));
    dialog->close();
    const auto subscriptions = SubscriptionStore(*m_check).all();
    QVERIFY(subscriptions.ok());
    QCOMPARE(subscriptions->size(), 3);
    QCOMPARE(subscriptions->first().title, u"Newsticker"_s);
    QCOMPARE(*ArticleStore(*m_check).count(), 0);
}

void TestMainWindowImportExport::cancellingImportKeepsWhatWasImported() {
    const QString folder = writeArticles(u"many"_s, 3000);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    Dialogs::setNextFolder(folder);
    action("actionImportFolder")->trigger();
    auto* cancel = m_window->findChild<QPushButton*>(u"cancelImportButton"_s);
    QVERIFY(cancel->isVisible());
    // The window stays responsive: the event loop runs while the worker imports.
    QTRY_VERIFY(m_window->findChild<QProgressBar*>(u"importProgress"_s)->value() > 0);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.cancelled());
    const int imported = report.count(ImportItem::Outcome::Imported);
    QVERIFY(imported > 0 && imported < 3000);
    QCOMPARE(*ArticleStore(*m_check).count(), imported);
    QVERIFY(m_check->integrityProblems()->isEmpty());
    QVERIFY(!cancel->isVisible());
}

void TestMainWindowImportExport::exportFromMenuWritesTheChosenFormat() {
    importFolderAndWait(TestData::samplesDir());
    action("actionExport")->trigger();
    ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible());
    const QString out = m_dir->filePath(u"export/notes.html"_s);
    QDir().mkpath(m_dir->filePath(u"export"_s));
    dialog->setFormat(ExportFormat::Html);
    dialog->setOutPath(out);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->accept();
    QVERIFY(finished.wait(30000));
    const QByteArray html = TestData::readBytes(out);
    QVERIFY(html.contains("Leica: Xiaomi arbeitet mit Leica"));
    QVERIFY(html.contains("<html"));
}

QTEST_MAIN(TestMainWindowImportExport)
#include "tst_mainwindowimportexport.moc"
