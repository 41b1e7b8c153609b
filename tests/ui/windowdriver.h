#pragma once

#include <QSize>
#include <QString>

#include <memory>

class MainWindow;

// Driving the real window as a user does, for every UI suite: open it, import an article through
// it, answer the company popup, read the error it showed. One copy, so that every suite drives
// the window the same way.
namespace WindowDriver {

// The window on the database at `databasePath` with its settings in `settingsPath`, shown and
// active (shortcuts and focus need that, as on a desktop); null when it could not open.
std::unique_ptr<MainWindow> open(const QString& databasePath, const QString& settingsPath,
                                 QSize size = {1400, 900});
// Writes `raw` into a new file in `folder`, imports it through the window, closes the report and
// opens the article: its id, or 0 when any step failed.
qint64 importAndOpen(MainWindow& window, const QString& folder, const QString& raw);
// Types `company` into the company popup (opened by Mark Company) and presses Ctrl+Enter.
void answerCompanyPopup(MainWindow& window, const QString& company);
// The text of the last error box the window showed (empty: none); closes them all.
QString takeErrorMessage(MainWindow& window);

} // namespace WindowDriver
