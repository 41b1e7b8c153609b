#pragma once

#include "import/feed/feeditem.h"

#include <QList>
#include <QString>
#include <QXmlStreamReader>

// One pass of QXmlStreamReader over a decoded RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 (and 0.3)
// document. It knows the elements by namespace, keeps every item it read completely, and
// stops at the first XML error with its line and column, so a broken feed still yields the
// items before the break. Iterative: nesting depth cannot exhaust the stack. No entity is
// fetched; QXmlStreamReader caps internal entity expansion (billion laughs).
class FeedParser final {
public:
    struct Outcome {
        FeedChannel channel;
        QList<FeedItem> items;
        QString rootElement; // local name of the document element ("rss", "RDF", "feed", …)
        QString error;       // "line 12, column 5: Opening and ending tag mismatch." or empty
    };

    // `text` must outlive nothing: items copy their raw XML out of it.
    static Outcome parse(const QString& text);

private:
    explicit FeedParser(const QString& text);
    void run();
    bool isItem() const;
    void readChannelField();
    FeedItem readItem(qsizetype start);
    void readItemField(FeedItem& item);
    FeedText readText(bool htmlByDefault);
    QString readMarkup(bool charactersAreMarkup);
    QString readPlain();
    QString readAuthor();
    void readAtomLink(QString& link);

    const QString& m_text;
    QXmlStreamReader m_xml;
    Outcome m_outcome;
};
