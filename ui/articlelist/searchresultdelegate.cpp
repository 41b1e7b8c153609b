#include "articlelist/searchresultdelegate.h"

#include "articlelist/articlelistmodel.h"
#include "store/searchsnippet.h"

#include <QApplication>
#include <QPainter>

namespace {

SearchSnippet snippetOf(const QModelIndex& index) {
    return index.data(ArticleListModel::SnippetRole).value<SearchSnippet>();
}

// The snippet's pieces, each found word apart from the text between them.
struct Piece {
    QString text;
    bool hit = false;
};

QList<Piece> piecesOf(const SearchSnippet& snippet) {
    QList<Piece> pieces;
    int at = 0;
    for (const SearchSnippet::Hit& hit : snippet.hits) {
        if (hit.start > at)
            pieces.append({snippet.text.mid(at, hit.start - at), false});
        pieces.append({snippet.text.mid(hit.start, hit.end - hit.start), true});
        at = hit.end;
    }
    if (at < snippet.text.size())
        pieces.append({snippet.text.mid(at), false});
    return pieces;
}

// Draws the pieces left to right in `line`, the found words bold and in `ink`, the rest in
// `quiet`; the piece that does not fit is elided and ends the line.
void drawPieces(QPainter* painter, const QList<Piece>& pieces, const QRect& line, QFont plain,
                const QColor& ink, const QColor& quiet) {
    plain.setBold(false);
    QFont bold = plain;
    bold.setBold(true);
    int x = line.left();
    for (const Piece& piece : pieces) {
        const int room = line.right() - x;
        if (room <= 0)
            return;
        const QFontMetrics metrics(piece.hit ? bold : plain);
        const int width = metrics.horizontalAdvance(piece.text);
        painter->setFont(piece.hit ? bold : plain);
        painter->setPen(piece.hit ? ink : quiet);
        const QRect rect(x, line.top(), room, line.height());
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          width > room ? metrics.elidedText(piece.text, Qt::ElideRight, room)
                                       : piece.text);
        if (width > room)
            return;
        x += width;
    }
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const SearchSnippet snippet = snippetOf(index);
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear(); // the style paints background, selection and focus; the text is ours
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(2, 0, -2, 0); // the margin the style gives its own text
    const int lineHeight = text.height() / 2;
    const QRect titleLine(text.left(), text.top(), text.width(), lineHeight);
    const QRect snippetLine(text.left(), text.top() + lineHeight, text.width(), lineHeight);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active) ? QPalette::Normal
                                                   : QPalette::Inactive;
    const QColor ink =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(title, Qt::ElideRight, titleLine.width()));

    // The passage reads quieter than the title, the found words at full strength.
    QColor quiet = ink;
    quiet.setAlphaF(selected ? 0.85f : 0.7f);
    drawPieces(painter, piecesOf(snippet), snippetLine, opt.font, ink, quiet);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!snippetOf(index).isEmpty())
        size.setHeight(size.height() + QFontMetrics(option.font).height());
    return size;
}
