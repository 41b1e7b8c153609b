#include "corpus/partnershipevidencelist.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace {
constexpr int RowRole = Qt::UserRole; // index into m_rows
} // namespace

PartnershipEvidenceList::PartnershipEvidenceList(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(u"partnershipEvidenceList"_s);
    setHeaderLabels({tr("Article"), tr("Date"), tr("Status"), tr("Evidence")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setToolTip(tr("Double-click or press Enter to open the article at this sentence"));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(ArticleColumn, QHeaderView::Interactive);
    header()->resizeSection(ArticleColumn, 240);
    header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const PartnershipEvidence& row = m_rows.at(item->data(0, RowRole).toInt());
        emit openEvidenceRequested(row.articleId, row.partnershipId);
    });
}

void PartnershipEvidenceList::setEvidence(const QList<PartnershipEvidence>& rows) {
    clear();
    m_rows = rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const PartnershipEvidence& row = m_rows.at(i);
        const bool stated = row.evidence.end > row.evidence.start;
        QString sentence = stated ? row.evidence.quote : tr("(no sentence recorded)");
        if (stated && !row.evidence.anchored)
            sentence = tr("⚠ needs review: ") + sentence;
        const QString date = row.articleDate.isValid()
                                 ? row.articleDate.toLocalTime().toString(u"yyyy-MM-dd"_s)
                                 : QString();
        auto* item = new QTreeWidgetItem(this, {row.articleTitle, date, row.status, sentence});
        item->setData(0, RowRole, i);
        item->setToolTip(ArticleColumn, row.articleTitle);
        item->setToolTip(EvidenceColumn, sentence);
        if (!stated) {
            QFont font = item->font(EvidenceColumn);
            font.setItalic(true);
            item->setFont(EvidenceColumn, font);
        }
    }
}
