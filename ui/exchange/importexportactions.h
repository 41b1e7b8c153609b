#pragma once

#include "import/importoptions.h"
#include "import/importreport.h"
#include "store/articlefilter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class AppSettings;
class Database;
class ImportJob;
class ImportReportDialog;
class QAction;
class QMainWindow;
class QProgressBar;
class QPushButton;

// The File menu's import and export: the actions (children of the window), the background
// import with its progress bar and Cancel button in the window's status bar, the non-modal
// import report, and the Export dialog. The report opens by itself only when a file was
// skipped, a duplicate or failed; a clean import says its summary in the status bar, and
// File ▸ Show Last Import Report opens it anyway.
class ImportExportActions final : public QObject {
    Q_OBJECT
public:
    // What the Export dialog offers besides everything: the open article and the list's filter.
    struct Scope {
        qint64 openArticle = 0;
        ArticleFilter filter;
    };

    // `settings` keeps the Export dialog's last choices.
    ImportExportActions(Database& database, AppSettings& settings, QMainWindow* window,
                        std::function<Scope()> currentScope);
    ~ImportExportActions() override;

    // Import Articles…, Import Folder…, Open the Sample Articles, Export…
    QList<QAction*> importActions() const { return m_importActions; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* reportAction() const { return m_reportAction; }

    void importPaths(const QStringList& paths, const ImportOptions& options = {});
    // As importPaths, but each dataset among `paths` first shows the mapping dialog, one after
    // the other; cancelling one cancels the import.
    void importChosenFiles(const QStringList& paths);
    bool isImporting() const { return !m_import.isNull(); }
    // Cancelling finishes the article being stored, so the database stays consistent.
    void cancelAndWait();

signals:
    void importFinished(const ImportReport& report);
    void failed(const QString& message);

private:
    void askMappings(const QStringList& paths, QStringList datasets, ImportOptions options);
    void onProgress(int done, int total, const QString& path);
    void onRowProgress(int done, int total, const QString& path);
    void onFinished(const ImportReport& report);
    void showExportDialog();
    void showLastReport();

    Database& m_db;
    AppSettings& m_settings;
    QMainWindow* m_window;
    std::function<Scope()> m_currentScope;
    QList<QAction*> m_importActions;
    QAction* m_exportAction;
    QAction* m_reportAction;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPointer<ImportJob> m_import;
    std::optional<ImportReport> m_lastReport;
    QPointer<ImportReportDialog> m_reportDialog; // one at a time: a new report replaces it
};
