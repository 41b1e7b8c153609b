#include "annotating/occurrencejob.h"

#include "store/database.h"

#include <QThread>

OccurrenceJob::OccurrenceJob(QString databasePath, qint64 companyId, qint64 articleId,
                             QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_companyId(companyId)
    , m_articleId(articleId) {}

OccurrenceJob::~OccurrenceJob() {
    cancel();
    wait();
}

void OccurrenceJob::start() {
    m_thread = QThread::create([this] {
        Result<FoundOccurrences> found = Error{};
        // A QSqlDatabase belongs to the thread that made it: the worker opens its own.
        if (auto database = Database::open(m_databasePath); !database) {
            found = database.error();
        } else {
            int lastShown = -1;
            found = OccurrenceMarker(**database)
                        .find(m_companyId, m_articleId, &m_cancel, [&](int done, int total) {
                            // About 200 steps at most: 100,000 queued events would be a cost
                            // of their own.
                            const int step = std::max(1, total / 200);
                            if (done != total && done / step == lastShown)
                                return;
                            lastShown = done / step;
                            QMetaObject::invokeMethod(
                                this, [this, done, total] { emit progress(done, total); },
                                Qt::QueuedConnection);
                        });
        }
        QMetaObject::invokeMethod(
            this, [this, found] { emit finished(found); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

void OccurrenceJob::wait() {
    if (m_thread)
        m_thread->wait();
}
