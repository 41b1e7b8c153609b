#include "reader/readerview.h"

#include "reader/readerstyle.h"
#include "reader/wordmatches.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using ReaderStyle::applyPalette;
using ReaderStyle::blockFormat;
using ReaderStyle::charFormat;
using ReaderStyle::colours;
using ReaderStyle::Colours;

namespace {

constexpr qreal minPointSize = 9;
constexpr qreal maxPointSize = 32;
constexpr qreal defaultPointSize = 12;
constexpr int columnChars = 72; // about 40em: a comfortable line length
constexpr int minSideMargin = 16;
constexpr int documentMargin = 24;
constexpr int bodyLineHeightPercent = 150;

// QTextCursor::insertText starts a new block at these characters; a paragraph must stay exactly
// one block of the same length, so they become same-length characters that do not split.
QString oneBlock(QString text) {
    for (QChar& c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator)
            c = QChar::LineSeparator;
        else if (c.unicode() == 0xFDD0 || c.unicode() == 0xFDD1) // frame markers
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

ReaderView::ReaderView(QWidget* parent)
    : QTextBrowser(parent) {
    setObjectName(u"readerView"_s);
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    document()->setUndoRedoEnabled(false);
    m_font = font();
    m_font.setPointSizeF(
        std::clamp(std::max(m_font.pointSizeF(), defaultPointSize), minPointSize, maxPointSize));
    setFont(m_font);
    document()->setDefaultFont(m_font);
    applyPalette(this, colours(m_dark));
    updateColumnMargins();
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (!url.isEmpty() && url == originalUrl()) {
            emit originalRequested(url);
            return;
        }
        if (url.scheme() != u"restore"_s)
            return;
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_article.clean.removed.size())
            emit restoreRequested(index);
    });
}

void ReaderView::showArticle(const Article& article) {
    if (article.id != m_article.id) {
        m_mentionMarks.clear();       // the caller sets the new article's marks
        m_positionBeforeRemoved = -1; // a place in the article before
    }
    m_flash.clear();
    m_article = article;
    render();
    setReadingPosition(article.readingPosition);
}

QUrl ReaderView::originalUrl() const {
    const QUrl url(m_article.url, QUrl::StrictMode);
    const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    return web && url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

void ReaderView::clearArticle() {
    m_article = {};
    m_mentionMarks.clear();
    render();
    setReadingPosition(0);
}

void ReaderView::setShowRemoved(bool show) {
    if (show == m_showRemoved)
        return;
    m_showRemoved = show;
    const int position = readingPosition(); // the removed pieces are below the body
    render();
    if (show && m_removedStart >= 0) {
        // They are listed at the end, where nobody would see them appear: go there, with the
        // text cursor on the heading so that Tab reaches the Restore links. R again comes back.
        m_positionBeforeRemoved = position;
        QTextCursor heading(document());
        heading.setPosition(m_removedStart);
        setTextCursor(heading);
        const QTextBlock block = document()->findBlock(m_removedStart);
        const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
        setReadingPosition(qRound(rect.top()));
        return;
    }
    setReadingPosition(!show && m_positionBeforeRemoved >= 0 ? m_positionBeforeRemoved : position);
    m_positionBeforeRemoved = -1;
}

void ReaderView::setHighlightWords(const QStringList& words) {
    m_highlightWords = words;
    applyHighlights();
    if (m_highlights.isEmpty())
        return;
    document()->documentLayout()->documentSize(); // finish the layout so the rect is right
    const QRect rect = cursorRect(m_highlights.first().cursor);
    if (rect.top() < 0 || rect.bottom() > viewport()->height())
        setReadingPosition(
            std::max(0, verticalScrollBar()->value() + rect.top() - viewport()->height() / 3));
}

int ReaderView::highlightCount() const {
    return int(m_highlights.size());
}

void ReaderView::setReaderFont(const QFont& font) {
    m_font = font;
    const qreal size = m_font.pointSizeF() > 0 ? m_font.pointSizeF() : defaultPointSize;
    m_font.setPointSizeF(std::clamp(size, minPointSize, maxPointSize));
    updateColumnMargins();
    rerenderKeepingPlace();
}

void ReaderView::zoomReader(int steps) {
    const qreal size =
        std::clamp(qreal(qRound(m_font.pointSizeF()) + steps), minPointSize, maxPointSize);
    if (size == m_font.pointSizeF())
        return;
    m_font.setPointSizeF(size);
    updateColumnMargins();
    rerenderKeepingPlace();
}

void ReaderView::setDarkTheme(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyPalette(this, colours(m_dark));
    rerenderKeepingPlace();
}

QString ReaderView::bodyText() const {
    if (m_bodyStart < 0)
        return {};
    QStringList paragraphs;
    for (QTextBlock block = document()->findBlock(m_bodyStart);
         block.isValid() && block.position() <= m_bodyStart + m_bodyLength; block = block.next())
        paragraphs.append(block.text());
    return paragraphs.join(u'\n');
}

int ReaderView::documentPosition(int cleanOffset) const {
    if (m_bodyStart < 0 || cleanOffset < 0 || cleanOffset > m_bodyLength)
        return -1;
    return m_bodyStart + cleanOffset;
}

int ReaderView::cleanOffset(int documentPosition) const {
    if (m_bodyStart < 0 || documentPosition < m_bodyStart ||
        documentPosition > m_bodyStart + m_bodyLength)
        return -1;
    return documentPosition - m_bodyStart;
}

int ReaderView::readingPosition() const {
    return m_pendingScroll >= 0 ? m_pendingScroll : verticalScrollBar()->value();
}

void ReaderView::setReadingPosition(int position) {
    m_pendingScroll = std::max(0, position);
    document()->documentLayout()->documentSize(); // finishes a lazy layout: the range is known
    verticalScrollBar()->setValue(m_pendingScroll);
    // Showing the widget or a scroll bar appearing lays the text out again: apply once more.
    QTimer::singleShot(0, this, [this] {
        if (m_pendingScroll >= 0)
            verticalScrollBar()->setValue(m_pendingScroll);
        m_pendingScroll = -1;
    });
}

void ReaderView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    updateColumnMargins();
}

void ReaderView::updateColumnMargins() {
    const int column = QFontMetrics(m_font).averageCharWidth() * columnChars + 2 * documentMargin;
    const int margin = std::max(minSideMargin, (width() - 2 * frameWidth() - column) / 2);
    if (viewportMargins() != QMargins(margin, 0, margin, 0))
        setViewportMargins(margin, 0, margin, 0);
}

void ReaderView::rerenderKeepingPlace() {
    const QScrollBar* bar = verticalScrollBar();
    const double fraction = bar->maximum() > 0 ? double(readingPosition()) / bar->maximum() : 0;
    render();
    document()->documentLayout()->documentSize();
    setReadingPosition(qRound(fraction * bar->maximum()));
}

void ReaderView::render() {
    const Colours c = colours(m_dark);
    QTextDocument* doc = document();
    doc->clear();
    if (font() != m_font)
        setFont(m_font); // QTextEdit resets the document font to the widget's on a font change
    doc->setDefaultFont(m_font);
    doc->setDocumentMargin(documentMargin);
    m_bodyStart = -1;
    m_bodyLength = 0;
    m_removedStart = -1;
    const CleanArticle& clean = m_article.clean;
    const QString title = clean.title.isEmpty() ? m_article.title : clean.title;
    const QString source = clean.source.isEmpty() ? m_article.source : clean.source;
    if (title.isEmpty() && clean.paragraphs.isEmpty()) {
        applyHighlights();
        return;
    }
    const qreal size = m_font.pointSizeF();
    const qreal line = QFontMetricsF(m_font).height();
    QTextCursor cursor(doc);
    QTextBlockFormat titleBlock = blockFormat(0, line * 0.4);
    titleBlock.setHeadingLevel(1);
    const QTextCharFormat titleChar = charFormat(c.text, size * 1.6, true);
    cursor.setBlockFormat(titleBlock);
    cursor.setBlockCharFormat(titleChar);
    cursor.insertText(oneBlock(title), titleChar);

    // What the source said of itself: by whom, when, where it came from.
    QStringList meta;
    if (!m_article.byline.isEmpty())
        meta.append(m_article.byline);
    if (m_article.publishedAt.isValid())
        meta.append(
            QLocale().toString(m_article.publishedAt.toLocalTime().date(), QLocale::ShortFormat));
    if (!source.isEmpty() && source != m_article.byline) // a site that signs as itself
        meta.append(source);
    // The original's site, as a link (O opens it too); its whole address in the tooltip.
    const QUrl original = originalUrl();
    const int removed = int(clean.removed.size());
    QString hidden;
    if (removed > 0 && !m_showRemoved)
        hidden = removed == 1 ? tr("1 removed piece hidden")
                              : tr("%1 removed pieces hidden").arg(removed);
    const QTextCharFormat mutedChar = charFormat(c.muted, size * 0.85);
    if (!meta.isEmpty() || !original.isEmpty() || !hidden.isEmpty()) {
        cursor.insertBlock(blockFormat(0, line), mutedChar);
        cursor.insertText(oneBlock(meta.join(u" · "_s)), mutedChar);
        const auto separate = [&] {
            if (cursor.block().length() > 1)
                cursor.insertText(u" · "_s, mutedChar);
        };
        if (!original.isEmpty()) {
            separate();
            QTextCharFormat linkChar = charFormat(c.link, size * 0.85);
            linkChar.setFontUnderline(true);
            linkChar.setAnchor(true);
            linkChar.setAnchorHref(original.toString());
            linkChar.setToolTip(
                tr("Open the original in the browser (O): %1").arg(original.toDisplayString()));
            cursor.insertText(oneBlock(original.host()), linkChar);
        }
        if (!hidden.isEmpty()) {
            separate();
            cursor.insertText(hidden, mutedChar);
        }
    }

    // One block per paragraph, nothing in between: clean offsets map onto the document 1:1.
    QTextBlockFormat bodyBlock = blockFormat(line * 0.3, line * 0.3);
    bodyBlock.setLineHeight(bodyLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat bodyChar = charFormat(c.text);
    const QStringList paragraphs =
        clean.paragraphs.isEmpty() ? QStringList{QString()} : clean.paragraphs;
    for (const QString& paragraph : paragraphs) {
        cursor.insertBlock(bodyBlock, bodyChar);
        if (m_bodyStart < 0)
            m_bodyStart = cursor.position();
        cursor.insertText(oneBlock(paragraph), bodyChar);
    }
    m_bodyLength = cursor.position() - m_bodyStart;

    // The removed pieces go below the body, dimmed, each with its reason and a Restore link.
    if (m_showRemoved && removed > 0) {
        const QTextCharFormat headingChar = charFormat(c.muted, size * 0.85, true);
        cursor.insertBlock(blockFormat(line * 2, line * 0.3), headingChar);
        m_removedStart = cursor.position();
        cursor.insertText(tr("Removed by cleaning"), headingChar);
        QTextCharFormat pieceChar = charFormat(c.muted);
        pieceChar.setFontItalic(true);
        QTextCharFormat linkChar = charFormat(c.link, size * 0.85);
        linkChar.setFontUnderline(true);
        linkChar.setAnchor(true);
        for (int i = 0; i < removed; ++i) {
            cursor.insertBlock(blockFormat(line * 0.5, 0, line), pieceChar);
            cursor.insertText(oneBlock(clean.removed[i].text), pieceChar);
            cursor.insertText(QChar::LineSeparator + oneBlock(clean.removed[i].reason) + u" · "_s,
                              mutedChar);
            linkChar.setAnchorHref(u"restore:"_s + QString::number(i));
            cursor.insertText(tr("Restore"), linkChar);
        }
    }
    applyMentionMarks();
    applyHighlights();
}

void ReaderView::applyHighlights() {
    m_highlights.clear();
    QStringList needles;
    for (const QString& word : std::as_const(m_highlightWords)) {
        const QString needle = WordMatches::folded(word.trimmed());
        if (!needle.isEmpty())
            needles.append(needle);
    }
    QList<std::pair<int, int>> ranges;
    if (!needles.isEmpty() && m_bodyStart >= 0) {
        // The title (first block) and the body; not the meta line or the removed pieces.
        for (QTextBlock block = document()->begin();
             block.isValid() && block.position() <= m_bodyStart + m_bodyLength;
             block = block.next()) {
            if (block != document()->begin() && block.position() < m_bodyStart)
                continue;
            for (const auto& [start, end] : WordMatches::prefixMatches(block.text(), needles))
                ranges.append({block.position() + start, block.position() + end});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QTextCharFormat format = charFormat(colours(m_dark).highlightText);
    format.setBackground(colours(m_dark).highlight);
    for (const auto& [start, end] : ranges) {
        if (!m_highlights.isEmpty() && start < m_highlights.last().cursor.selectionEnd()) {
            QTextCursor& last = m_highlights.last().cursor; // overlapping words: one range
            last.setPosition(std::max(end, last.selectionEnd()), QTextCursor::KeepAnchor);
            continue;
        }
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        m_highlights.append({cursor, format});
    }
    updateExtraSelections();
}

void ReaderView::updateExtraSelections() {
    // Later selections paint over earlier ones: mentions, then search words, then a flash.
    setExtraSelections(m_mentionSelections + m_highlights + m_flash);
}

void ReaderView::setMentionMarks(const QList<MentionMark>& marks) {
    m_mentionMarks = marks;
    applyMentionMarks();
}

void ReaderView::applyMentionMarks() {
    m_mentionSelections.clear();
    for (const MentionMark& mark : std::as_const(m_mentionMarks)) {
        const int start = documentPosition(mark.start);
        const int end = documentPosition(mark.end);
        if (start < 0 || end <= start)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(mark.color);
        // Pastel company colours carry dark text in both themes.
        format.setForeground(colours(m_dark).markText);
        format.setToolTip(mark.tooltip);
        m_mentionSelections.append({cursor, format});
    }
    updateExtraSelections();
}

qint64 ReaderView::mentionAt(int cleanOffset) const {
    for (const MentionMark& mark : m_mentionMarks) {
        if (cleanOffset >= mark.start && cleanOffset < mark.end)
            return mark.id;
    }
    return 0;
}

void ReaderView::flashRange(int cleanStart, int cleanEnd) {
    const int start = documentPosition(cleanStart);
    const int end = documentPosition(cleanEnd);
    if (start < 0 || end < start)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setBackground(m_dark ? QColor(0x8a, 0x6d, 0x1e) : QColor(0xff, 0xb7, 0x4d));
    format.setForeground(m_dark ? QColor(Qt::white) : QColor(0x1d, 0x1d, 0x1f));
    m_flash = {{cursor, format}};
    updateExtraSelections();
    QTextCursor caret(document());
    caret.setPosition(start);
    setTextCursor(caret);
    ensureCursorVisible();
    QTimer::singleShot(900, this, [this] {
        m_flash.clear();
        updateExtraSelections();
    });
}

std::optional<std::pair<int, int>> ReaderView::selectedCleanRange() const {
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_bodyStart < 0)
        return std::nullopt;
    const int start = std::max(cursor.selectionStart(), m_bodyStart);
    const int end = std::min(cursor.selectionEnd(), m_bodyStart + m_bodyLength);
    if (end <= start)
        return std::nullopt;
    return std::make_pair(start - m_bodyStart, end - m_bodyStart);
}

void ReaderView::selectCleanRange(int start, int end) {
    const int from = documentPosition(start);
    const int to = documentPosition(end);
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

int ReaderView::cleanOffsetAt(const QPoint& viewportPoint) const {
    const QPointF point =
        viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    // An exact hit is on a line's text (not a margin, not past its end) but names the nearest
    // gap between characters; the line says which character lies under the point.
    const int near = document()->documentLayout()->hitTest(point, Qt::ExactHit);
    if (near < 0)
        return -1;
    const QTextBlock block = document()->findBlock(near);
    const QPointF inBlock = point - block.layout()->position();
    for (int i = 0; i < block.layout()->lineCount(); ++i) {
        const QTextLine line = block.layout()->lineAt(i);
        if (inBlock.y() >= line.y() && inBlock.y() < line.y() + line.height())
            return cleanOffset(block.position() +
                               line.xToCursor(inBlock.x(), QTextLine::CursorOnCharacter));
    }
    return -1;
}

void ReaderView::contextMenuEvent(QContextMenuEvent* event) {
    // The mouse acts on what lies under it, the Menu key on the text cursor.
    const bool atTextCursor = event->reason() != QContextMenuEvent::Mouse;
    const int offset =
        atTextCursor ? cleanOffset(textCursor().position()) : cleanOffsetAt(event->pos());
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    emit contextMenuAboutToShow(menu.get(), offset, atTextCursor);
    menu->exec(event->globalPos());
}
