#pragma once

#include "import/importoptions.h"
#include "import/importreport.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

// Runs an import on a worker thread with its own database connection, so the window stays
// responsive; reports progress and the final report back on the UI thread, and can be
// cancelled (the article being stored finishes; nothing after it starts).
class ImportJob : public QObject {
    Q_OBJECT
public:
    ImportJob(QString databasePath, QStringList paths, ImportOptions options = {},
              QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Blocks until the worker is done (for shutdown).
    void wait();

signals:
    void progress(int done, int total, const QString& path);
    // Within a dataset: `done` of its `total` rows are stored (a few times a second at most).
    void rowProgress(int done, int total, const QString& path);
    void finished(const ImportReport& report);

private:
    QString m_databasePath;
    QStringList m_paths;
    ImportOptions m_options;
    std::atomic_bool m_cancel = false;
    QThread* m_thread = nullptr;
};
