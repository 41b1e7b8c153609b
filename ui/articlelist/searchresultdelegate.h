#pragma once

#include <QStyledItemDelegate>

// Paints a title cell of the article list while searching: the title on the first line, and
// under it, a little quieter, the passage of the text the search found, its hits in bold. Rows
// without a snippet paint as usual.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
