#include "import/html/htmlcharacterreference.h"

#include "import/html/htmldocument.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace {

// Asks the parser: the body of the page "x&name;" holds an x and what the reference means (the
// x so that a reference to white space, "&Tab;", is not dropped as space before the body).
QString decodeByParsing(QStringView name) {
    const QString reference = u'&' + name.toString() + u';';
    const HtmlDocument document = HtmlDocument::parse(u'x' + reference);
    const HtmlNode* body = document.body();
    if (body == nullptr || body->children().size() != 1 || !body->children().front()->isText())
        return {};
    const QString text = body->children().front()->text().sliced(1);
    // An unknown name stays as written. A longer name that starts with a legacy reference
    // ("&notit;" is "¬it;" in HTML) is not a reference either: every real one means one or two
    // code points, and such a prefix leaves at least two characters of the name behind.
    if (text == reference || text.toUcs4().size() > 2)
        return {};
    return text;
}

} // namespace

QString HtmlCharacterReference::decode(QStringView name) {
    // Real feeds use a handful of names over and over; one parse each is plenty.
    thread_local QHash<QString, QString> known;
    const QString key = name.toString();
    if (const auto found = known.constFind(key); found != known.constEnd())
        return *found;
    QString text = decodeByParsing(name);
    if (known.size() < 4096) // a file of made-up names cannot grow the cache without end
        known.insert(key, text);
    return text;
}
