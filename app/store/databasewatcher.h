#pragma once

#include <QObject>

class Database;
class QTimer;

// Notices what other programs (folio-cli, a second window, this program's own import thread)
// committed to the database, by polling SQLite's PRAGMA data_version on the watched
// connection: it changes only for commits made by other connections, so the window's own
// edits never look like outside changes. A poll is one tiny pragma, cheap enough to run twice a
// second all day, even while the window is in the background beside a terminal.
class DatabaseWatcher final : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 500;

    explicit DatabaseWatcher(Database& database, QObject* parent = nullptr);

    void start(int intervalMs = defaultIntervalMs);
    void stop();
    bool isActive() const;

    // Polls now; emits changedElsewhere() and returns true when something changed since the
    // last poll.
    bool poll();

signals:
    void changedElsewhere();

private:
    Database& m_db;
    QTimer* m_timer;
    qint64 m_seen = -1;
};
