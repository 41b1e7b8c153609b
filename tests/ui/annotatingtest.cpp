#include "annotatingtest.h"

#include "windowdriver.h"

#include "annotating/annotationcontroller.h"
#include "annotating/bulkmarking.h"
#include "annotating/companypopup.h"
#include "testdata.h"
#include "window/appsettings.h"

#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
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
    m_window =
        WindowDriver::open(m_dir->filePath(u"folio.sqlite"_s), m_dir->filePath(u"folio.ini"_s));
    QVERIFY(m_window);
}

qint64 AnnotatingTest::importAndOpen(const QString& raw) {
    return WindowDriver::importAndOpen(*m_window, m_dir->path(), raw);
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

bool AnnotatingTest::markAllOccurrences(Qt::KeyboardModifiers modifiers) {
    QSignalSpy done(m_window->annotations()->bulkMarking(), &BulkMarking::finished);
    QTest::keyClick(m_window->reader(), Qt::Key_M, modifiers);
    return done.wait(20000);
}

void AnnotatingTest::markSelectionAs(const QString& company) {
    QTest::keyClick(m_window->reader(), Qt::Key_M);
    WindowDriver::answerCompanyPopup(*m_window, company);
}

QString AnnotatingTest::lastError() {
    // A failure has a box; what the user only has to do differently is said in the status bar.
    const QString boxed = WindowDriver::takeErrorMessage(*m_window);
    return boxed.isEmpty() ? m_window->statusBar()->currentMessage() : boxed;
}
