#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// What one download of a feed gave: the body, or why there is none.
struct FetchResult {
    QString url;              // as asked for
    int status = 0;           // the HTTP status of the last answer; 0: none came
    QByteArray body;          // empty unless it worked
    bool notModified = false; // 304: the server says the feed is as it was last time
    QString etag;             // the server's validators, for the next conditional GET
    QString lastModified;
    QString error; // "http://…: connection refused"; empty: it worked
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
};

// Downloads one feed URL with Qt's network stack: http and https only, a transfer timeout (no
// data for that long ends it), a size limit (the download stops beyond it), redirects followed
// up to a limit and never from https to http, a User-Agent "Folio/<version>", and a conditional
// GET when the last fetch gave an ETag or Last-Modified. Asynchronous: finished() is emitted
// once per fetch(), always from the event loop (never inside fetch() or cancel()), and cancel()
// ends it early.
class FeedFetcher final : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int timeoutMs = 30'000;
        qint64 sizeLimit = 32 * 1024 * 1024;
        int maxRedirects = 5;
    };

    explicit FeedFetcher(Limits limits, QObject* parent = nullptr);
    explicit FeedFetcher(QObject* parent = nullptr)
        : FeedFetcher(Limits(), parent) {}
    ~FeedFetcher() override;

    static QByteArray userAgent(); // "Folio/0.1.0"

    // One at a time: a fetch while another runs finishes at once with an error.
    void fetch(const QString& url, const QString& etag = {}, const QString& lastModified = {});
    void cancel();
    bool isFetching() const { return !m_reply.isNull(); }

    // fetch() in a local event loop, for folio-cli: returns when the download is over.
    FetchResult fetchAndWait(const QString& url, const QString& etag = {},
                             const QString& lastModified = {});

signals:
    void progress(qint64 received, qint64 total); // total -1: the server did not say
    void finished(const FetchResult& result);

private:
    void finishLater(FetchResult result);
    void onReadyRead();
    void onFinished();
    QString failureOf(QNetworkReply& reply) const;

    Limits m_limits;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    FetchResult m_result;
    bool m_cancelled = false;
    bool m_tooBig = false;
};
