#include "articlelist/articlelistmodel.h"
#include "exchange/exportdialog.h"
#include "exchange/exportrunner.h"
#include "exchange/importreportdialog.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/dialogs.h"
#include "window/mainwindow.h"
#include "window/shortcutshelp.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The real window on the offscreen platform, driven as a user drives it, with the results read
// back from the database file.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseShowsWelcomePage();
    void welcomeButtonImportsTheSamples();
    void importFolderActionImportsAndReports();
    void selectingArticleShowsCleanTextAndMarksReading();
    void searchFiltersListAndHighlightsWords();
    void searchTakesAnyText();
    void sourceAndStatusFiltersNarrowTheList();
    void toggleRemovedThenRestoreSavesIntoDatabase();
    void keyboardMovesMarksAndZooms();
    void helpListsEveryShortcut();
    void droppingFilesImportsThem();
    void cancellingImportKeepsWhatWasImported();
    void windowStateAndLastArticleAreRemembered();
    void exportFromMenuWritesTheChosenFormat();

private:
    void openWindow();
    ImportReport importFolderAndWait(const QString& folder);
    QString writeArticles(const QString& name, int count);
    QTableView* list() const { return m_window->findChild<QTableView*>(u"articleList"_s); }
    QAction* action(const char* name) const {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }
    Article storedArticle(qint64 id) const { return *ArticleStore(*m_check).article(id); }
    int rowOfTitleContaining(const QString& text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_check; // a second connection, as another reader would have
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openWindow();
    auto check = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY(check.ok());
    m_check = std::move(check).value();
}

void TestMainWindow::openWindow() {
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(
        std::move(db).value(), std::make_unique<AppSettings>(m_dir->filePath(u"folio.ini"_s)));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts and focus need the active window, as on a desktop.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_check.reset();
    m_dir.reset();
}

QString TestMainWindow::writeArticles(const QString& name, int count) {
    const QString folder = m_dir->filePath(name);
    for (int n = 0; n < count; ++n)
        TestData::writeBytes(folder + u"/article%1.txt"_s.arg(n, 5, 10, QLatin1Char('0')),
                             TestData::generatedArticle(n).toUtf8());
    return folder;
}

ImportReport TestMainWindow::importFolderAndWait(const QString& folder) {
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

int TestMainWindow::rowOfTitleContaining(const QString& text) const {
    auto* model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ArticleListModel::TitleColumn).data().toString().contains(text))
            return row;
    }
    return -1;
}

void TestMainWindow::emptyDatabaseShowsWelcomePage() {
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(m_window->findChild<QPushButton*>(u"welcomeImportButton"_s)->isVisible());
}

void TestMainWindow::welcomeButtonImportsTheSamples() {
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"welcomeSamplesButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(*ArticleStore(*m_check).count(), 1);
    auto* pages = m_window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), u"mainSplitter"_s);
    QTRY_VERIFY(m_window->reader()->articleId() > 0);
    QVERIFY(m_window->reader()->bodyText().contains(u"@leica_camera haben eine globale"_s));
}

void TestMainWindow::importFolderActionImportsAndReports() {
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

void TestMainWindow::selectingArticleShowsCleanTextAndMarksReading() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 2));
    const int row = rowOfTitleContaining(u"Leica: Xiaomi"_s);
    QVERIFY(row >= 0);
    list()->setCurrentIndex(m_window->articleModel()->index(row, 0));
    const qint64 id = m_window->reader()->articleId();
    QVERIFY(id > 0);
    const Article stored = storedArticle(id);
    QCOMPARE(m_window->reader()->bodyText(), stored.clean.text());
    QCOMPARE(stored.status, ReadingStatus::Reading);
    QCOMPARE(m_window->articleModel()->data(m_window->articleModel()->index(row, 0),
                                            ArticleListModel::StatusRole),
             QVariant(int(ReadingStatus::Reading)));
}

void TestMainWindow::searchFiltersListAndHighlightsWords() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 30));
    const int total = m_window->articleModel()->rowCount();
    QCOMPARE(total, 31);
    auto* search = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
    action("actionFocusSearch")->trigger();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Grunder Xiao"_s); // no umlaut, half a word: still found
    QTRY_COMPARE(m_window->articleModel()->rowCount(), 1);
    QTRY_VERIFY(m_window->findChild<QLabel*>(u"countLabel"_s)->text().contains(u"1 shown"_s));
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    QVERIFY(m_window->reader()->highlightCount() >= 2);

    search->clear();
    QTRY_COMPARE(m_window->articleModel()->rowCount(), total);
}

void TestMainWindow::searchTakesAnyText() {
    importFolderAndWait(TestData::samplesDir());
    auto* search = m_window->findChild<QLineEdit*>(u"searchEdit"_s);
    for (const QString& text : {u"\"Leica"_s, u"AND"_s, u"(((*"_s, u"NEAR("_s, u"'; DROP"_s}) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(m_window->articleModel()->rowCount() <= 1);
        QVERIFY2(!m_window->findChild<QMessageBox*>(u"errorMessage"_s), qPrintable(text));
    }
    search->setText(u"\"Leica"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
}

void TestMainWindow::sourceAndStatusFiltersNarrowTheList() {
    importFolderAndWait(TestData::samplesDir());
    importFolderAndWait(writeArticles(u"more"_s, 6));
    auto* source = m_window->findChild<QComboBox*>(u"sourceFilter"_s);
    const int toi = source->findText(u"toi-tech"_s);
    QVERIFY(toi > 0);
    source->setCurrentIndex(toi);
    emit source->activated(toi);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    source->setCurrentIndex(0);
    emit source->activated(0);
    QCOMPARE(m_window->articleModel()->rowCount(), 7);

    list()->setCurrentIndex(m_window->articleModel()->index(0, 0)); // now "reading"
    auto* status = m_window->findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(1); // New
    emit status->activated(1);
    const qint64 unread = ArticleStore(*m_check).stats()->unread;
    QVERIFY(unread < 7); // opening articles marked them as being read
    QCOMPARE(m_window->articleModel()->rowCount(), unread);
}

void TestMainWindow::toggleRemovedThenRestoreSavesIntoDatabase() {
    importFolderAndWait(TestData::samplesDir());
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    ReaderView* reader = m_window->reader();
    const qint64 id = reader->articleId();
    QVERIFY(!reader->toPlainText().contains(u"Soul Hackers"_s));

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_R); // Show Removed Pieces
    QVERIFY(action("actionShowRemoved")->isChecked());
    QVERIFY(reader->toPlainText().contains(u"Soul Hackers 2 Erscheinungsdatum"_s));
    QCOMPARE(storedArticle(id).clean.paragraphs.size(), 5); // showing changes nothing stored

    emit reader->anchorClicked(QUrl(u"restore:0"_s)); // the Restore link
    const Article restored = storedArticle(id);
    QCOMPARE(restored.clean.paragraphs.size(), 6);
    QCOMPARE(restored.clean.paragraphs.first(),
             u"Soul Hackers 2 Erscheinungsdatum Ankuendigungstrailer enthuellt"_s);
    QVERIFY(restored.clean.removed.isEmpty());
    QCOMPARE(reader->bodyText(), restored.clean.text());

    QTest::keyClick(list(), Qt::Key_R);
    QVERIFY(!action("actionShowRemoved")->isChecked());
}

void TestMainWindow::keyboardMovesMarksAndZooms() {
    importFolderAndWait(writeArticles(u"more"_s, 5));
    list()->setFocus();
    list()->setCurrentIndex(m_window->articleModel()->index(0, 0));
    const qint64 first = m_window->reader()->articleId();
    QTest::keyClick(list(), Qt::Key_J);
    QCOMPARE(list()->currentIndex().row(), 1);
    const qint64 second = m_window->reader()->articleId();
    QVERIFY(second != first);
    QTest::keyClick(list(), Qt::Key_K);
    QCOMPARE(m_window->reader()->articleId(), first);

    QTest::keyClick(list(), Qt::Key_D);
    QCOMPARE(storedArticle(first).status, ReadingStatus::Done);
    QTest::keyClick(list(), Qt::Key_D); // again: back to reading
    QCOMPARE(storedArticle(first).status, ReadingStatus::Reading);
    QTest::keyClick(list(), Qt::Key_U);
    QCOMPARE(storedArticle(first).status, ReadingStatus::New);

    const qreal size = m_window->reader()->readerFont().pointSizeF();
    QTest::keyClick(list(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size + 1);
    QTest::keyClick(list(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size);

    QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->findChild<QLineEdit*>(u"searchEdit"_s)->hasFocus());
    // Letters typed into the search box are text, not shortcuts.
    QTest::keyClicks(m_window->findChild<QLineEdit*>(u"searchEdit"_s), u"jd"_s);
    QCOMPARE(storedArticle(first).status, ReadingStatus::New);
}

void TestMainWindow::helpListsEveryShortcut() {
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto* help = m_window->findChild<ShortcutsHelp*>();
    QVERIFY(help);
    auto* shortcuts = help->findChild<QTreeWidget*>(u"shortcutList"_s);
    QStringList listed;
    for (int i = 0; i < shortcuts->topLevelItemCount(); ++i)
        listed << shortcuts->topLevelItem(i)->text(0) + u" = "_s +
                      shortcuts->topLevelItem(i)->text(1);
    for (const char* expected : {"Next Article = J", "Previous Article = K", "Mark Done = D",
                                 "Show Removed Pieces = R", "Keyboard Shortcuts = F1"}) {
        QVERIFY2(std::any_of(
                     listed.cbegin(), listed.cend(),
                     [&](const QString& line) { return line.startsWith(QLatin1String(expected)); }),
                 expected);
    }
    // Every action in the window has a shortcut, a menu entry or both; those with a shortcut are
    // on the help page.
    for (QAction* action : m_window->actions()) {
        if (!action->shortcut().isEmpty()) {
            QString text = action->text();
            text.remove(u'&');
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                                 [&](const QString& line) { return line.startsWith(text); }),
                     qPrintable(text));
        }
    }
    help->close();
}

void TestMainWindow::droppingFilesImportsThem() {
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

void TestMainWindow::cancellingImportKeepsWhatWasImported() {
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

void TestMainWindow::windowStateAndLastArticleAreRemembered() {
    importFolderAndWait(writeArticles(u"more"_s, 4));
    list()->setCurrentIndex(m_window->articleModel()->index(2, 0));
    const qint64 id = m_window->reader()->articleId();
    QTest::keyClick(list(), Qt::Key_Plus, Qt::ControlModifier);
    const qreal size = m_window->reader()->readerFont().pointSizeF();
    action("actionThemeDark")->trigger();
    m_window->close();
    m_window.reset();

    openWindow();
    QCOMPARE(m_window->reader()->articleId(), id);
    QCOMPARE(m_window->reader()->readerFont().pointSizeF(), size);
    QVERIFY(action("actionThemeDark")->isChecked());
    QVERIFY(m_window->reader()->darkTheme());
    action("actionThemeLight")->trigger();
    QVERIFY(!m_window->reader()->darkTheme());
}

void TestMainWindow::exportFromMenuWritesTheChosenFormat() {
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
