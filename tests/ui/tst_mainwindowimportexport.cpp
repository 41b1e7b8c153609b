#include "articlelist/articlelistmodel.h"
#include "exchange/exportdialog.h"
#include "exchange/exportrunner.h"
#include "exchange/importreportdialog.h"
#include "mainwindowtest.h"
#include "reader/readerview.h"
#include "testdata.h"
#include "window/dialogs.h"

#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Getting articles in and notes out through the window: the welcome page, the import
// action, dropped files, cancelling an import, and the export dialog.
class TestMainWindowImportExport : public MainWindowTest {
    Q_OBJECT
private slots:
    void emptyDatabaseShowsWelcomePage();
    void welcomeButtonImportsTheSamples();
    void importFolderActionImportsAndReports();
    void droppingFilesImportsThem();
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
