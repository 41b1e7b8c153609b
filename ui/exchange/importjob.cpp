#include "exchange/importjob.h"

#include "import/articleimporter.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace {
// Often enough to look alive, rarely enough that 100,000 rows do not flood the UI thread.
constexpr qint64 rowProgressEveryMs = 100;
} // namespace

ImportJob::ImportJob(QString databasePath, QStringList paths, ImportOptions options,
                     QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
    , m_options(std::move(options)) {}

ImportJob::~ImportJob() {
    cancel();
    wait();
}

void ImportJob::start() {
    m_thread = QThread::create([this] {
        ImportReport report;
        // The worker opens its own connection: a QSqlDatabase belongs to the thread that made it.
        auto database = Database::open(m_databasePath);
        if (!database) {
            report.add({m_databasePath, ImportItem::Outcome::Failed, database.errorMessage()});
        } else {
            ArticleImporter importer(**database);
            importer.setOptions(m_options);
            QElapsedTimer sinceRowProgress;
            sinceRowProgress.start();
            report = importer.run(
                m_paths, &m_cancel,
                [this](int done, int total, const QString& path) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total, path] { emit progress(done, total, path); },
                        Qt::QueuedConnection);
                },
                [this, &sinceRowProgress](int done, int total, const QString& path) {
                    if (done < total && sinceRowProgress.elapsed() < rowProgressEveryMs)
                        return;
                    sinceRowProgress.restart();
                    QMetaObject::invokeMethod(
                        this, [this, done, total, path] { emit rowProgress(done, total, path); },
                        Qt::QueuedConnection);
                });
        }
        QMetaObject::invokeMethod(
            this, [this, report] { emit finished(report); }, Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

bool ImportJob::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void ImportJob::wait() {
    if (m_thread)
        m_thread->wait();
}
