#include "exchange/importexportactions.h"

#include "exchange/datasetmappingdialog.h"
#include "exchange/exportdialog.h"
#include "exchange/importjob.h"
#include "exchange/importreportdialog.h"
#include "import/articleimporter.h"
#include "import/dataset/datasetpreview.h"
#include "reader/samplearticles.h"
#include "store/articlequery.h"
#include "store/database.h"
#include "window/appsettings.h"
#include "window/dialogs.h"
#include "window/windowaction.h"

#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

ImportExportActions::ImportExportActions(Database& database, AppSettings& settings,
                                         QMainWindow* window, std::function<Scope()> currentScope)
    : QObject(window)
    , m_db(database)
    , m_settings(settings)
    , m_window(window)
    , m_currentScope(std::move(currentScope))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QPushButton(tr("Cancel"), window)) {
    auto* files = makeWindowAction(window, QStringLiteral("actionImportFiles"),
                                   tr("&Import Articles…"), {QKeySequence::Open});
    auto* folder =
        makeWindowAction(window, QStringLiteral("actionImportFolder"), tr("Import &Folder…"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    auto* samples = makeWindowAction(window, QStringLiteral("actionOpenSamples"),
                                     tr("Open the &Sample Articles"));
    m_exportAction = makeWindowAction(window, QStringLiteral("actionExport"), tr("&Export…"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_reportAction = makeWindowAction(window, QStringLiteral("actionShowImportReport"),
                                      tr("Show Last Import &Report"));
    m_reportAction->setEnabled(false); // until an import finished
    m_importActions = {files, folder, samples};
    connect(files, &QAction::triggered, this, [this] {
        if (const QStringList chosen = Dialogs::chooseArticleFiles(m_window); !chosen.isEmpty())
            importChosenFiles(chosen);
    });
    connect(folder, &QAction::triggered, this, [this] {
        if (const QString chosen = Dialogs::chooseArticleFolder(m_window); !chosen.isEmpty())
            importPaths({chosen});
    });
    connect(samples, &QAction::triggered, this, [this] {
        auto extracted = SampleArticles::extract();
        if (!extracted)
            return emit failed(extracted.errorMessage());
        importPaths({*extracted});
    });
    connect(m_exportAction, &QAction::triggered, this, &ImportExportActions::showExportDialog);
    connect(m_reportAction, &QAction::triggered, this, &ImportExportActions::showLastReport);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_import)
            m_import->cancel();
        m_cancel->setEnabled(false);
    });
}

ImportExportActions::~ImportExportActions() {
    cancelAndWait();
}

void ImportExportActions::cancelAndWait() {
    if (m_import) {
        m_import->cancel();
        m_import->wait();
    }
}

void ImportExportActions::importChosenFiles(const QStringList& paths) {
    QStringList datasets;
    for (const QString& path : paths) {
        if (ArticleImporter::isDatasetFile(path))
            datasets << path;
    }
    askMappings(paths, datasets, {});
}

void ImportExportActions::askMappings(const QStringList& paths, QStringList datasets,
                                      ImportOptions options) {
    if (datasets.isEmpty())
        return importPaths(paths, options);
    const QString path = datasets.takeFirst();
    Result<DatasetPreview> preview = DatasetPreview::ofFile(path);
    if (!preview) // nothing to map; the import reports why the file does not read
        return askMappings(paths, datasets, options);
    const QString shape = preview->shapeKey();
    std::optional<ColumnMapping> remembered;
    if (auto spec = ColumnMapping::parse(m_settings.datasetMapping(shape)))
        remembered = *spec;
    auto* dialog = new DatasetMappingDialog(std::move(preview).value(), path, remembered, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, paths, datasets, options, path, shape]() mutable {
                const ColumnMapping mapping = dialog->mapping();
                m_settings.setDatasetMapping(shape, mapping.toSpec());
                options.mappingByFile.insert(path, mapping);
                askMappings(paths, datasets, options);
            });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_window->statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 5000);
    });
    dialog->open();
}

void ImportExportActions::importPaths(const QStringList& paths, const ImportOptions& options) {
    if (m_import) {
        m_window->statusBar()->showMessage(
            tr("An import is already running; wait for it or cancel it."), 5000);
        return;
    }
    m_import = new ImportJob(m_db.path(), paths, options, this);
    connect(m_import, &ImportJob::progress, this, &ImportExportActions::onProgress);
    connect(m_import, &ImportJob::rowProgress, this, &ImportExportActions::onRowProgress);
    connect(m_import, &ImportJob::finished, this, &ImportExportActions::onFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_window->statusBar()->showMessage(tr("Importing…"));
    m_import->start();
}

void ImportExportActions::onProgress(int done, int total, const QString& path) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m"));
    if (!path.isEmpty())
        m_window->statusBar()->showMessage(tr("Importing %1…").arg(path));
}

void ImportExportActions::onRowProgress(int done, int total, const QString& path) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m rows"));
    m_window->statusBar()->showMessage(
        tr("Importing %1: %2 of %3 rows…")
            .arg(QFileInfo(path).fileName(), QLocale().toString(done), QLocale().toString(total)));
}

void ImportExportActions::onFinished(const ImportReport& report) {
    m_import->wait();
    m_import->deleteLater();
    m_import = nullptr;
    m_progress->hide();
    m_cancel->hide();
    m_lastReport = report;
    m_reportAction->setEnabled(true);
    if (m_reportDialog)
        m_reportDialog->close(); // it described the import before
    m_window->statusBar()->showMessage(report.summary(), 8000);
    emit importFinished(report);
    // A window only for what the user must know about; "Imported 3 articles" is not worth one.
    if (report.needsAttention())
        showLastReport();
}

void ImportExportActions::showLastReport() {
    if (!m_lastReport)
        return;
    if (m_reportDialog)
        m_reportDialog->close();
    // Not modal: the user can read on while the report is open.
    m_reportDialog = new ImportReportDialog(*m_lastReport, m_window);
    m_reportDialog->show();
}

void ImportExportActions::showExportDialog() {
    const Scope scope = m_currentScope();
    ExportScopes scopes;
    if (scope.openArticle > 0)
        scopes.openArticle = scopes.selected = {scope.openArticle};
    auto idsOf = [this](const ArticleFilter& filter) {
        QList<qint64> ids;
        const ArticleQuery query(m_db);
        if (auto total = query.count(filter)) {
            if (auto rows =
                    query.page(filter, ArticleSort::Date, Qt::DescendingOrder, 0, int(*total)))
                for (const ArticleSummary& row : *rows)
                    ids << row.id;
        }
        return ids;
    };
    if (!scope.filter.isEmpty())
        scopes.filtered = idsOf(scope.filter);
    scopes.all = idsOf({});
    auto* dialog = new ExportDialog(scopes, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabasePath(m_db.path());
    connect(dialog, &ExportDialog::exportFinished, this, [this](const ExportSummary& summary) {
        m_window->statusBar()->showMessage(summary.message(), 8000);
    });
    connect(dialog, &ExportDialog::exportFailed, this, &ImportExportActions::failed);
    dialog->open();
}
