#include "feedserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonOf(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

FeedServer::FeedServer(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &FeedServer::onConnection);
}

FeedServer::~FeedServer() {
    m_server.close();
}

bool FeedServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FeedServer::url(const QString& path) const {
    return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
}

QString FeedServer::refusingUrl() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    return u"http://127.0.0.1:%1/feed.rss"_s.arg(port);
}

void FeedServer::serve(const QString& path, const Response& response) {
    m_responses.insert(path, response);
}

void FeedServer::serveFeed(const QString& path, const QByteArray& body) {
    Response response;
    response.body = body;
    serve(path, response);
}

void FeedServer::serveStatus(const QString& path, int status) {
    Response response;
    response.status = status;
    response.contentType = "text/html";
    response.body = "<html><body><h1>" + reasonOf(status) + "</h1></body></html>";
    serve(path, response);
}

void FeedServer::redirect(const QString& path, const QString& location) {
    Response response;
    response.status = 302;
    response.contentType = "text/plain";
    response.headers.append({"Location", location.toUtf8()});
    serve(path, response);
}

void FeedServer::stall(const QString& path) {
    Response response;
    response.stall = true;
    response.body = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>";
    serve(path, response);
}

void FeedServer::clear() {
    m_responses.clear();
    m_hits.clear();
    m_lastHeaders.clear();
}

void FeedServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this); // a stalled one stays open until the server goes
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void FeedServer::onReadable(QTcpSocket* socket) {
    QByteArray& buffer = m_pending[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    m_lastHeaders.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_lastHeaders.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
    }
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    buffer.clear();
    answer(socket, request.value(1));
}

void FeedServer::answer(QTcpSocket* socket, const QByteArray& path) {
    const QString key = QString::fromUtf8(path);
    m_hits[key] += 1;
    Response response;
    if (auto found = m_responses.constFind(key); found != m_responses.cend()) {
        response = *found;
    } else {
        response.status = 404;
        response.contentType = "text/plain";
        response.body = "no such path";
    }
    if (!response.etag.isEmpty() && m_lastHeaders.value("if-none-match") == response.etag) {
        response.status = 304;
        response.body.clear();
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonOf(response.status) + "\r\nContent-Type: " + response.contentType +
                      "\r\nConnection: close\r\n";
    if (response.stall)
        head += "Content-Length: " + QByteArray::number(response.body.size() + 100000) + "\r\n";
    else if (response.sendLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!response.etag.isEmpty())
        head += "ETag: " + response.etag + "\r\n";
    for (const auto& [name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + response.body);
    if (!response.stall)
        socket->disconnectFromHost(); // after what was written has gone
}
