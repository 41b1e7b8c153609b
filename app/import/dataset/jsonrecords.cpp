#include "import/dataset/jsonrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Ids and Unix times are integers: "1709546400", not "1.7095464e+09".
        if (d == double(qint64(d)) && qAbs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

// A tag list is strings, or objects that name themselves ({"label": "Politik"}).
QStringList itemsOf(const QJsonArray& array) {
    QStringList items;
    for (const QJsonValue& item : array) {
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            for (const QString& key : {u"label"_s, u"name"_s, u"title"_s, u"slug"_s}) {
                if (object.value(key).isString()) {
                    items.append(object.value(key).toString());
                    break;
                }
            }
        } else if (const QString text = scalarText(item); !text.isEmpty()) {
            items.append(text);
        }
    }
    return items;
}

// Where the value starting at `pos` ends (just after it), tracking strings and nesting without
// recursion; -1 when the file ends first. `depth` reports the deepest nesting seen.
qsizetype valueEnd(const QByteArray& bytes, qsizetype pos, int& depth) {
    int level = 0;
    depth = 0;
    bool inString = false;
    const qsizetype n = bytes.size();
    for (qsizetype i = pos; i < n; ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            depth = std::max(depth, ++level);
            break;
        case '}':
        case ']':
            if (--level < 0)
                return i; // the array's own ']' after a bare value
            if (level == 0)
                return i + 1;
            break;
        case ',':
            if (level == 0)
                return i;
            break;
        default:
            break;
        }
    }
    return level == 0 && !inString ? n : -1;
}

// The top-level keys of the object `raw` holds, in the order the file writes them: QJsonObject
// sorts its keys, but people number columns as they see them ("--map title=1").
QStringList keysInFileOrder(QStringView raw) {
    QStringList keys;
    int level = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'{' || c == u'[') {
            ++level;
        } else if (c == u'}' || c == u']') {
            --level;
        } else if (c == u'"') {
            QString text;
            qsizetype j = i + 1;
            for (; j < raw.size() && raw[j] != u'"'; ++j) {
                if (raw[j] == u'\\')
                    ++j; // an escaped character is no end; the key is only compared, not shown
                else
                    text += raw[j];
            }
            qsizetype k = j + 1;
            while (k < raw.size() && raw[k].isSpace())
                ++k;
            if (level == 1 && k < raw.size() && raw[k] == u':')
                keys.append(text);
            i = j;
        }
    }
    return keys;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void addItem(DatasetTable& table, const QByteArray& json, int number, int line, const QString& name,
             const QString& what) {
    DatasetRecord record;
    record.number = number;
    record.line = line;
    record.raw = QString::fromUtf8(json);
    const QString where = what == u"line"_s
                              ? u"%1, line %2"_s.arg(name).arg(line)
                              : u"%1, %2 %3 (line %4)"_s.arg(name, what).arg(number).arg(line);
    QJsonParseError error{};
    // fromJson wants an object or array at the top; a bare item (a string, a number) is wrapped
    // to get one.
    const bool bare = !json.startsWith('{') && !json.startsWith('[');
    const QJsonDocument document = QJsonDocument::fromJson(bare ? '[' + json + ']' : json, &error);
    if (error.error != QJsonParseError::NoError) {
        table.problems.append(where + u": invalid JSON ("_s + error.errorString() +
                              u"); skipped"_s);
        return;
    }
    if (bare && document.array().first().isString()) {
        // A list of plain texts: each is an article's text.
        JsonRecords::addObject(table, QJsonObject{{u"text"_s, document.array().first()}},
                               std::move(record));
        return;
    }
    if (bare || !document.isObject()) {
        table.problems.append(where + u": not an object with fields; skipped"_s);
        return;
    }
    JsonRecords::addObject(table, document.object(), std::move(record));
}

} // namespace

void JsonRecords::addObject(DatasetTable& table, const QJsonObject& object, DatasetRecord record) {
    const auto put = [&](const QString& key, const QString& text, const QStringList& items) {
        // A linear search: datasets have a dozen keys, and most objects list them in one order,
        // so the guess (the next column) is usually right at once.
        int column = int(record.fields.size());
        if (column >= table.header.size() || table.header[column] != key) {
            column = int(table.header.indexOf(key));
            if (column < 0) {
                column = int(table.header.size());
                table.header.append(key);
            }
        }
        if (record.fields.size() <= column) {
            record.fields.resize(column + 1);
            record.lists.resize(column + 1);
        }
        record.fields[column] = text;
        record.lists[column] = items;
    };
    if (table.header.isEmpty()) {
        // The first record lays out the columns in the file's order.
        for (const QString& key : keysInFileOrder(record.raw)) {
            const QJsonValue value = object.value(key);
            if (value.isObject()) {
                const QJsonObject inner = value.toObject();
                for (auto sub = inner.constBegin(); sub != inner.constEnd(); ++sub)
                    table.header.append(key + u'.' + sub.key());
            } else if (!value.isUndefined() && !table.header.contains(key)) {
                table.header.append(key);
            }
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isArray()) {
            const QStringList items = itemsOf(value.toArray());
            put(it.key(), items.join(u", "_s), items);
        } else if (value.isObject()) {
            const QJsonObject inner = value.toObject();
            for (auto sub = inner.constBegin(); sub != inner.constEnd(); ++sub) {
                if (!sub.value().isObject() && !sub.value().isArray())
                    put(it.key() + u'.' + sub.key(), scalarText(sub.value()), {});
            }
        } else {
            put(it.key(), scalarText(value), {});
        }
    }
    table.columnCount = std::max(table.columnCount, int(table.header.size()));
    table.rows.append(std::move(record));
}

DatasetTable JsonRecords::parseArray(const QByteArray& utf8, const QString& name) {
    return parseArrayAt(utf8, utf8.indexOf('['), name);
}

DatasetTable JsonRecords::parseArrayAt(const QByteArray& utf8, qsizetype pos, const QString& name) {
    DatasetTable table;
    if (pos < 0) {
        table.problems.append(name + u": no JSON array of articles in it"_s);
        return table;
    }
    int line = 1 + int(QByteArrayView(utf8).first(pos).count('\n'));
    ++pos;
    int number = 0;
    const qsizetype n = utf8.size();
    for (;;) {
        while (pos < n && (isSpace(utf8[pos]) || utf8[pos] == ',')) {
            line += utf8[pos] == '\n' ? 1 : 0;
            ++pos;
        }
        if (pos >= n) {
            table.problems.append(
                u"%1: the JSON array is not closed (the file is cut off?)"_s.arg(name));
            break;
        }
        if (utf8[pos] == ']')
            break;
        ++number;
        int depth = 0;
        const qsizetype end = valueEnd(utf8, pos, depth);
        if (end < 0) {
            table.problems.append(u"%1, item %2 (line %3): cut off at the end of the file; "
                                  "skipped"_s.arg(name)
                                      .arg(number)
                                      .arg(line));
            break;
        }
        const QByteArray item = utf8.sliced(pos, end - pos).trimmed();
        if (depth > maxDepth)
            table.problems.append(u"%1, item %2 (line %3): nested more than %4 levels deep; "
                                  "skipped"_s.arg(name)
                                      .arg(number)
                                      .arg(line)
                                      .arg(maxDepth));
        else if (!item.isEmpty())
            addItem(table, item, number, line, name, u"item"_s);
        line += int(item.count('\n'));
        pos = end;
    }
    return table;
}

DatasetTable JsonRecords::parseLines(const QByteArray& utf8, const QString& name) {
    DatasetTable table;
    qsizetype pos = 0;
    int line = 0;
    const qsizetype n = utf8.size();
    while (pos < n) {
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            end = n;
        ++line;
        const QByteArray text = utf8.sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (text.isEmpty())
            continue;
        int depth = 0;
        if (valueEnd(text, 0, depth) >= 0 && depth > maxDepth)
            table.problems.append(
                u"%1, line %2: nested more than %3 levels deep; skipped"_s.arg(name).arg(line).arg(
                    maxDepth));
        else
            addItem(table, text, line, line, name, u"line"_s);
    }
    return table;
}

DatasetTable JsonRecords::parseObject(const QByteArray& utf8, const QString& name) {
    DatasetTable table;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = 1 + int(QByteArrayView(utf8).first(error.offset).count('\n'));
        table.problems.append(
            u"%1, line %2: invalid JSON (%3); nothing could be read"_s.arg(name).arg(line).arg(
                error.errorString()));
        return table;
    }
    const QJsonObject root = document.object();
    QJsonArray items;
    QString itemsKey;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QJsonArray array = it.value().toArray();
        if (array.size() > items.size() && array.first().isObject()) {
            items = array;
            itemsKey = it.key();
        }
    }
    if (!items.isEmpty()) {
        // Read the array where it stands, item by item, as a bare array is read: the keys keep
        // the file's order and problems their lines.
        const QByteArray key = '"' + itemsKey.toUtf8() + '"';
        for (qsizetype at = utf8.indexOf(key); at >= 0; at = utf8.indexOf(key, at + 1)) {
            qsizetype i = at + key.size();
            while (i < utf8.size() && isSpace(utf8[i]))
                ++i;
            if (i >= utf8.size() || utf8[i] != ':')
                continue;
            ++i;
            while (i < utf8.size() && isSpace(utf8[i]))
                ++i;
            if (i < utf8.size() && utf8[i] == '[')
                return parseArrayAt(utf8, i, name);
        }
    }
    if (items.isEmpty()) {
        DatasetRecord record;
        record.number = record.line = 1;
        record.raw = QString::fromUtf8(utf8);
        addObject(table, root, std::move(record));
        return table;
    }
    int number = 0;
    for (const QJsonValue& item : std::as_const(items)) {
        DatasetRecord record;
        record.number = ++number;
        record.line = 0; // Qt's parser keeps no positions; the item number must do
        record.raw =
            QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
        if (item.isObject())
            addObject(table, item.toObject(), std::move(record));
        else
            table.problems.append(
                u"%1, item %2: not an object with fields; skipped"_s.arg(name).arg(number));
    }
    return table;
}

bool JsonRecords::firstLineIsObject(const QByteArray& utf8) {
    const qsizetype start = utf8.indexOf('{');
    if (start < 0)
        return false;
    qsizetype end = utf8.indexOf('\n', start);
    if (end < 0)
        end = utf8.size();
    QJsonParseError error{};
    return QJsonDocument::fromJson(utf8.sliced(start, end - start), &error).isObject();
}

std::optional<QString> JsonRecords::topLevelString(const QByteArray& utf8, QLatin1StringView key) {
    const QByteArray& bytes = utf8;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < n && isSpace(bytes[i]))
            ++i;
    };
    skipSpace();
    if (i >= n || bytes[i] != '{')
        return std::nullopt;
    ++i;
    for (;;) {
        skipSpace();
        if (i < n && bytes[i] == '}')
            return QString(); // {} has no such key either
        if (i >= n || bytes[i] != '"')
            return std::nullopt;
        qsizetype keyEnd = i + 1; // at the key's closing quote
        while (keyEnd < n && bytes[keyEnd] != '"')
            keyEnd += bytes[keyEnd] == '\\' ? 2 : 1;
        if (keyEnd >= n)
            return std::nullopt;
        const QByteArrayView name = QByteArrayView(bytes).sliced(i + 1, keyEnd - i - 1);
        i = keyEnd + 1;
        skipSpace();
        if (i >= n || bytes[i] != ':')
            return std::nullopt;
        ++i;
        skipSpace();
        const qsizetype start = i;
        int depth = 0;
        const qsizetype end = valueEnd(bytes, i, depth);
        if (end < 0)
            return std::nullopt;
        if (name == QByteArrayView(key.data(), key.size())) {
            // One value through Qt's parser: escapes and all, as the exporter wrote it.
            const QJsonDocument one =
                QJsonDocument::fromJson('[' + bytes.sliced(start, end - start) + ']');
            return one.array().first().toString();
        }
        i = end;
        skipSpace();
        if (i < n && bytes[i] == '}')
            return QString(); // walked every member: no such key
        if (i >= n || bytes[i] != ',')
            return std::nullopt;
        ++i;
    }
}
