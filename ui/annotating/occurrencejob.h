#pragma once

#include "store/occurrencemarker.h"
#include "util/result.h"

#include <QObject>

#include <atomic>

class QThread;

// Finds a company's unmarked occurrences (OccurrenceMarker::find) on a worker thread with its
// own database connection: in a 500 kB article or across 100,000 articles that takes long
// enough to freeze the window. Progress and the result arrive on the UI thread. Nothing is
// written here; the caller stores what was found as one undo command.
class OccurrenceJob : public QObject {
    Q_OBJECT
public:
    OccurrenceJob(QString databasePath, qint64 companyId, qint64 articleId,
                  QObject* parent = nullptr);
    ~OccurrenceJob() override;

    void start();
    void cancel() { m_cancel = true; }
    void wait();

signals:
    void progress(int done, int total);
    void finished(const Result<FoundOccurrences>& found);

private:
    QString m_databasePath;
    qint64 m_companyId;
    qint64 m_articleId;
    std::atomic_bool m_cancel = false;
    QThread* m_thread = nullptr;
};
