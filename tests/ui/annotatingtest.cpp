#include "annotatingtest.h"

#include "annotating/companypopup.h"
#include "testdata.h"
#include "window/appsettings.h"

#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

void AnnotatingTest::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void AnnotatingTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    openWindow();
    auto check = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY(check.ok());
    m_check = std::move(check).value();
    m_articleId =
        importAndOpen(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    QVERIFY(m_articleId > 0);
}

void AnnotatingTest::openWindow() {
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(
        std::move(db).value(), std::make_unique<AppSettings>(m_dir->filePath(u"folio.ini"_s)));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

qint64 AnnotatingTest::importAndOpen(const QString& raw) {
    static int n = 0;
    const QString path = m_dir->filePath(u"article%1.txt"_s.arg(++n));
    TestData::writeBytes(path, raw.toUtf8());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importPaths({path});
    if (!finished.wait(30000))
        return 0;
    const auto report = finished.first().first().value<ImportReport>();
    const qint64 id = report.items().first().articleId;
    for (QWidget* dialog : m_window->findChildren<QDialog*>())
        dialog->close();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return 0;
    m_window->openArticle(id);
    return m_window->reader()->articleId() == id ? id : 0;
}

void AnnotatingTest::cleanup() {
    m_window.reset();
    m_check.reset();
    m_dir.reset();
}

void AnnotatingTest::select(const QString& needle, int from, int length) {
    const int at = int(text().indexOf(needle, from));
    QVERIFY2(at >= 0, qPrintable(needle));
    m_window->reader()->selectCleanRange(at, at + int(length < 0 ? needle.size() : length));
    focusReader();
}

void AnnotatingTest::focusReader() {
    // A closed popup leaves no active window; shortcuts need one, as on a desktop.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->reader()->setFocus();
}

void AnnotatingTest::markSelectionAs(const QString& company) {
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = m_window->findChild<CompanyPopup*>()) && popup->isVisible());
    popup->nameEdit()->setFocus();
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), company);
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<CompanyPopup*>());
}

QString AnnotatingTest::lastError() {
    auto boxes = m_window->findChildren<QMessageBox*>(u"errorMessage"_s);
    if (boxes.isEmpty())
        return {};
    const QString message = boxes.last()->text();
    for (QMessageBox* box : boxes)
        box->close();
    QCoreApplication::processEvents();
    return message;
}
