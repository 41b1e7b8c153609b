#include "windowdriver.h"

#include "annotating/companypopup.h"
#include "reader/readerview.h"
#include "store/database.h"
#include "testdata.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

namespace WindowDriver {

std::unique_ptr<MainWindow> open(const QString& databasePath, const QString& settingsPath,
                                 QSize size) {
    auto database = Database::open(databasePath);
    if (!database) {
        qWarning("%s", qPrintable(database.errorMessage()));
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(database).value(),
                                               std::make_unique<AppSettings>(settingsPath));
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

qint64 importAndOpen(MainWindow& window, const QString& folder, const QString& raw) {
    static int n = 0;
    const QString path = QDir(folder).filePath(QStringLiteral("article%1.txt").arg(++n));
    if (!TestData::writeBytes(path, raw.toUtf8()))
        return 0;
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPaths({path});
    if (!finished.wait(30000))
        return 0;
    const qint64 id = finished.first().first().value<ImportReport>().items().first().articleId;
    for (QWidget* dialog : window.findChildren<QDialog*>())
        dialog->close();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return 0;
    window.openArticle(id);
    return window.reader()->articleId() == id ? id : 0;
}

void answerCompanyPopup(MainWindow& window, const QString& company) {
    CompanyPopup* popup = nullptr;
    QTRY_VERIFY((popup = window.findChild<CompanyPopup*>()) && popup->isVisible());
    popup->nameEdit()->setFocus();
    popup->nameEdit()->selectAll();
    QTest::keyClicks(popup->nameEdit(), company);
    // Ctrl+Enter: exactly the typed name, a new company when no company has it.
    QTest::keyClick(popup->nameEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!window.findChild<CompanyPopup*>());
}

QString takeErrorMessage(MainWindow& window) {
    const auto boxes = window.findChildren<QMessageBox*>(QStringLiteral("errorMessage"));
    if (boxes.isEmpty())
        return {};
    const QString message = boxes.last()->text();
    for (QMessageBox* box : boxes)
        box->close();
    QCoreApplication::processEvents();
    return message;
}

} // namespace WindowDriver
