#pragma once

#include "article/article.h"

#include <QColor>
#include <QStringList>
#include <QTextBrowser>

#include <optional>

class QMenu;
#include <utility>

// A company mention as the reader paints it: a clean-text span in the company's colour.
struct MentionMark {
    qint64 id = 0;
    int start = 0;
    int end = 0;
    QColor color;
    QString tooltip;
};

// Shows one article set for reading: title, source, the clean paragraphs in a comfortable
// column, optionally the pieces cleaning removed (dimmed, with their reason and a Restore
// link), and the words of the current search highlighted.
//
// Each clean paragraph is one QTextDocument block, so a UTF-16 offset in the clean text maps
// onto the document by adding the position of the first paragraph block (see
// documentPosition()); annotations rely on that.
class ReaderView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget* parent = nullptr);

    // Shows `article` and scrolls to its readingPosition.
    void showArticle(const Article& article);
    void clearArticle();
    qint64 articleId() const { return m_article.id; }
    const Article& article() const { return m_article; }
    // Where the article came from on the web, when it says so with an http(s) address (a page
    // may name anything as its URL: file: or javascript: addresses are never offered).
    QUrl originalUrl() const;

    bool showsRemoved() const { return m_showRemoved; }
    // Showing scrolls to the removed pieces (and puts the text cursor on their heading); hiding
    // them again returns to where the reader was.
    void setShowRemoved(bool show);
    int removedHeadingPosition() const { return m_removedStart; } // -1 while none is shown

    // Words to highlight (case- and accent-insensitive whole-word prefix match, like FTS5).
    void setHighlightWords(const QStringList& words);
    QStringList highlightWords() const { return m_highlightWords; }
    int highlightCount() const; // how many matches are highlighted now

    // Reading font; the size steps keep the column readable.
    void setReaderFont(const QFont& font);
    QFont readerFont() const { return m_font; }
    void zoomReader(int steps); // +1 larger, -1 smaller; clamped to 9..32 pt

    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }

    // The article's clean text as shown (paragraphs joined by '\n'), without title or removed
    // pieces: equals article().clean.text().
    QString bodyText() const;
    // Document position of a UTF-16 offset in the clean text, and back (-1 when outside).
    int documentPosition(int cleanOffset) const;
    int cleanOffset(int documentPosition) const;

    // Company mentions, painted in their colours under the search highlights.
    void setMentionMarks(const QList<MentionMark>& marks);
    int mentionMarkCount() const { return int(m_mentionSelections.size()); }
    qint64 mentionAt(int cleanOffset) const; // 0 when none
    // Scrolls to a clean-text range and flashes it for a moment (evidence, a mention).
    void flashRange(int cleanStart, int cleanEnd);
    // The selection as a clean-text range [start, end); nullopt when nothing in the body is
    // selected. A selection that runs past the body is cut to it.
    std::optional<std::pair<int, int>> selectedCleanRange() const;
    // Selects a clean-text range (keyboard users and tests).
    void selectCleanRange(int start, int end);
    // The clean-text offset of the character under a point of the viewport; -1 off the text.
    int cleanOffsetAt(const QPoint& viewportPoint) const;
    // Extra actions for the context menu (Mark Company, Mark Partnership, …).
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }

    // Scroll position, kept per article.
    int readingPosition() const;
    void setReadingPosition(int position);

signals:
    // The user clicked Restore on the removed piece at `index` of article().clean.removed.
    void restoreRequested(int index);
    // The user clicked the link to the original in the header.
    void originalRequested(const QUrl& url);
    // The context menu is about to open for the character at `cleanOffset` (-1: none): the one
    // under the mouse, or (`atTextCursor`, the Menu key) at the text cursor. Receivers may add
    // actions at its top.
    void contextMenuAboutToShow(QMenu* menu, int cleanOffset, bool atTextCursor);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void render();
    void applyHighlights();
    void updateColumnMargins();
    void rerenderKeepingPlace(); // after a font or theme change: same relative scroll position

    Article m_article;
    bool m_showRemoved = false;
    bool m_dark = false;
    QFont m_font;
    QStringList m_highlightWords;
    int m_bodyStart = -1; // document position of the first paragraph block
    int m_bodyLength = 0; // length of the clean text: the body ends at m_bodyStart + m_bodyLength
    int m_removedStart = -1;          // document position of "Removed by cleaning"
    int m_positionBeforeRemoved = -1; // where the reader was when R showed the removed pieces
    int m_pendingScroll = -1;         // reading position still to apply once the layout has settled
    QList<QTextEdit::ExtraSelection> m_highlights;
    QList<MentionMark> m_mentionMarks;
    QList<QTextEdit::ExtraSelection> m_mentionSelections;
    QList<QTextEdit::ExtraSelection> m_flash;
    QList<QAction*> m_contextActions;

    void applyMentionMarks();
    void updateExtraSelections();
};
