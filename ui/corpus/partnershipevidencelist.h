#pragma once

#include "store/corpusstatistics.h"

#include <QTreeWidget>

// The evidence of one pair in the Partnerships view: every record, newest first, with the
// article that states it, its date and status, and the sentence. Enter or a double-click on a
// row asks to open that article at the sentence.
class PartnershipEvidenceList : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { ArticleColumn, DateColumn, StatusColumn, EvidenceColumn };

    explicit PartnershipEvidenceList(QWidget* parent = nullptr);

    void setEvidence(const QList<PartnershipEvidence>& rows);
    const QList<PartnershipEvidence>& evidence() const { return m_rows; }

signals:
    void openEvidenceRequested(qint64 articleId, qint64 partnershipId);

private:
    QList<PartnershipEvidence> m_rows;
};
