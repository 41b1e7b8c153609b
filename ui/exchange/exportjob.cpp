#include "exchange/exportjob.h"

#include "store/database.h"

#include <QThread>

ExportJob::ExportJob(QString databasePath, ExportFormat format, QString outPath, QList<qint64> ids,
                     ExportOptions options, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_format(format)
    , m_outPath(std::move(outPath))
    , m_ids(std::move(ids))
    , m_options(options) {}

ExportJob::~ExportJob() {
    cancel();
    wait();
}

void ExportJob::start() {
    m_thread = QThread::create([this] {
        // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
        Result<ExportSummary> result = Error{};
        if (auto database = Database::open(m_databasePath); !database) {
            result = database.error();
        } else {
            result =
                ExportRunner::run(**database, m_format, m_outPath, m_ids, m_options, &m_cancel,
                                  [this](int done, int total) {
                                      QMetaObject::invokeMethod(
                                          this, [this, done, total] { emit progress(done, total); },
                                          Qt::QueuedConnection);
                                  });
        }
        if (result) {
            QMetaObject::invokeMethod(
                this, [this, summary = *result] { emit finished(summary); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, message = result.errorMessage()] { emit failed(message); },
                Qt::QueuedConnection);
        }
    });
    m_thread->setParent(this);
    m_thread->start();
}

bool ExportJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void ExportJob::wait() {
    if (m_thread)
        m_thread->wait();
}
