#include "subscribe/feedfetcher.h"

#include "subscribe/subscriptionstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

} // namespace

FeedFetcher::FeedFetcher(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this)) {}

FeedFetcher::~FeedFetcher() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray FeedFetcher::userAgent() {
    return QByteArrayLiteral("Folio/" FOLIO_VERSION);
}

void FeedFetcher::finishLater(FetchResult result) {
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

void FeedFetcher::fetch(const QString& url, const QString& etag, const QString& lastModified) {
    if (m_reply) {
        FetchResult busy;
        busy.url = url;
        busy.error = u"%1: another feed is being fetched; try again when it is done"_s.arg(url);
        return finishLater(busy);
    }
    m_result = FetchResult();
    m_result.url = url;
    m_cancelled = false;
    m_tooBig = false;
    auto checked = SubscriptionStore::feedUrl(url);
    if (!checked) {
        m_result.error = checked.errorMessage();
        return finishLater(m_result);
    }
    QNetworkRequest request(*checked);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, "
                                   "application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, "
                                   "*/*;q=0.1");
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toLatin1());
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    request.setTransferTimeout(m_limits.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // A server that announces more than the limit is not waited for.
        if (total > m_limits.sizeLimit && m_reply && !m_tooBig) {
            m_tooBig = true;
            m_reply->abort();
            return;
        }
        emit progress(received, total);
    });
}

void FeedFetcher::onReadyRead() {
    if (!m_reply || m_tooBig)
        return;
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_limits.sizeLimit) {
        m_tooBig = true;
        m_result.body.clear();
        m_reply->abort();
    }
}

void FeedFetcher::cancel() {
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

QString FeedFetcher::failureOf(QNetworkReply& reply) const {
    const QString url = m_result.url;
    if (m_cancelled)
        return u"%1: cancelled"_s.arg(url);
    if (m_tooBig)
        return u"%1: the feed is over the %2 limit; stopped"_s.arg(url,
                                                                   megabytes(m_limits.sizeLimit));
    const int status = m_result.status;
    if (status >= 400) {
        const QString reason =
            reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return u"%1: the server answered HTTP %2%3"_s.arg(url).arg(status).arg(
            reason.isEmpty() ? QString() : u" "_s + reason);
    }
    switch (reply.error()) {
    case QNetworkReply::NoError:
        if (status == 304 || (status >= 200 && status < 300))
            return {};
        return u"%1: the server answered HTTP %2, not a feed"_s.arg(url).arg(status);
    case QNetworkReply::HostNotFoundError:
        return u"%1: host not found (%2)"_s.arg(url, reply.url().host());
    case QNetworkReply::ConnectionRefusedError:
        return u"%1: connection refused"_s.arg(url);
    case QNetworkReply::RemoteHostClosedError:
        return u"%1: the server closed the connection before answering"_s.arg(url);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        return u"%1: no answer for %2 s; timed out"_s.arg(url).arg(m_limits.timeoutMs / 1000.0);
    case QNetworkReply::TooManyRedirectsError:
        return u"%1: redirected more than %2 times; stopped"_s.arg(url).arg(m_limits.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return u"%1: redirected from https to http; not followed"_s.arg(url);
    case QNetworkReply::ProtocolUnknownError:
        return u"%1: redirected to %2, which is not http or https; not followed"_s.arg(
            url, reply.url().toString());
    default:
        return u"%1: %2"_s.arg(url, reply.errorString());
    }
}

void FeedFetcher::onFinished() {
    if (!m_reply)
        return;
    if (!m_cancelled && m_reply->isOpen())
        onReadyRead(); // what arrived with the end of the reply
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.error = failureOf(*reply);
    m_result.cancelled = m_cancelled;
    if (m_result.ok()) {
        m_result.notModified = m_result.status == 304;
        m_result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        m_result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    } else {
        m_result.body.clear();
    }
    // abort() finishes the reply inside cancel(): the caller hears of it from the event loop.
    finishLater(m_result);
}

FetchResult FeedFetcher::fetchAndWait(const QString& url, const QString& etag,
                                      const QString& lastModified) {
    QEventLoop loop;
    FetchResult result;
    const auto connection =
        connect(this, &FeedFetcher::finished, &loop, [&](const FetchResult& done) {
            result = done;
            loop.quit();
        });
    fetch(url, etag, lastModified);
    loop.exec();
    disconnect(connection);
    return result;
}
