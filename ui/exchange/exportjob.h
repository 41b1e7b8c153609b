#pragma once

#include "exchange/exportrunner.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Runs an export (ExportRunner) on a worker thread with its own database connection, so the
// window stays responsive; reports progress and the outcome on the UI thread. Cancelling stops
// it between two articles and leaves nothing written.
class ExportJob : public QObject {
    Q_OBJECT
public:
    // `ids` empty: every article.
    ExportJob(QString databasePath, ExportFormat format, QString outPath, QList<qint64> ids,
              ExportOptions options, QObject* parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Blocks until the worker is done (for shutdown and tests).
    void wait();

signals:
    void progress(int done, int total);
    // Also when cancelled: then summary.cancelled is set and nothing was written.
    void finished(const ExportSummary& summary);
    void failed(const QString& message);

private:
    QString m_databasePath;
    ExportFormat m_format;
    QString m_outPath;
    QList<qint64> m_ids;
    ExportOptions m_options;
    std::atomic_bool m_cancel = false;
    QThread* m_thread = nullptr;
};
