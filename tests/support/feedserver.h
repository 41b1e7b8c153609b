#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 for the subscription tests: the only address any test
// fetches from. Each path answers as it was told (a feed, an error status, a redirect, a body
// too big, a response that stalls), one request per connection. It serves from the event loop
// of the thread that made it, so a test must keep that loop running (QSignalSpy::wait,
// QTRY_VERIFY) while anything fetches from it, folio-cli in a child process included.
class FeedServer final : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray contentType = "application/rss+xml; charset=utf-8";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers; // beyond type and length
        bool sendLength = true; // false: the body ends when the connection closes
        bool stall = false;     // headers and a first part of the body, then nothing, ever
        QByteArray etag;        // when set, If-None-Match with it gets 304 Not Modified
    };

    explicit FeedServer(QObject* parent = nullptr);
    ~FeedServer() override;

    bool listen();                          // on 127.0.0.1, a port the system picks
    QString url(const QString& path) const; // "http://127.0.0.1:PORT" + path

    void serve(const QString& path, const Response& response);
    void serveFeed(const QString& path, const QByteArray& body);
    void serveStatus(const QString& path, int status);
    void redirect(const QString& path, const QString& location);
    void stall(const QString& path);
    void clear(); // forgets every path and hit

    int hits(const QString& path) const { return m_hits.value(path); }
    // A header of the last request, by lower-case name ("user-agent").
    QByteArray lastHeader(const QByteArray& name) const { return m_lastHeaders.value(name); }

    // A URL on 127.0.0.1 where nothing listens: a connection to it is refused.
    static QString refusingUrl();

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const QByteArray& path);

    QTcpServer m_server;
    QHash<QString, Response> m_responses;
    QHash<QString, int> m_hits;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    QHash<QTcpSocket*, QByteArray> m_pending;
};
