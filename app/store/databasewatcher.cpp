#include "store/databasewatcher.h"

#include "store/database.h"

#include <QTimer>

DatabaseWatcher::DatabaseWatcher(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &DatabaseWatcher::poll);
    if (auto version = m_db.dataVersion())
        m_seen = *version;
}

void DatabaseWatcher::start(int intervalMs) {
    m_timer->start(intervalMs);
}

void DatabaseWatcher::stop() {
    m_timer->stop();
}

bool DatabaseWatcher::isActive() const {
    return m_timer->isActive();
}

bool DatabaseWatcher::poll() {
    // Inside our own transaction the number cannot move, and reading it would be misleading.
    if (m_db.inTransaction())
        return false;
    auto version = m_db.dataVersion();
    if (!version || *version == m_seen)
        return false; // an unreadable version is retried at the next tick
    m_seen = *version;
    emit changedElsewhere();
    return true;
}
