#pragma once

#include <QDialog>

class Database;
class PartnershipEvidenceList;
class QComboBox;
class QLabel;
class QTableWidget;

// Who partners with whom across the corpus: one row per pair of companies and kind, with how
// many articles state it and when it was first and last recorded. Activating a row asks to open
// the evidence of its most recent record. Below, the evidence list shows every record of the
// selected pair with its article; activating one asks to open that article at its sentence.
class PartnershipsView : public QDialog {
    Q_OBJECT
public:
    enum Column {
        CompanyAColumn,
        CompanyBColumn,
        KindColumn,
        StatusColumn,
        ArticlesColumn,
        FirstSeenColumn,
        LastSeenColumn
    };

    explicit PartnershipsView(Database& database, QWidget* parent = nullptr);

    // Shows only pairs with that company; 0 shows all.
    void setCompanyFilter(qint64 companyId);
    qint64 companyFilter() const;

public slots:
    void refresh();

signals:
    void openEvidenceRequested(qint64 articleId, qint64 partnershipId);

private:
    void reloadCompanies();
    void reloadPairs();
    void openRow(int row);
    void showEvidenceOf(int row);
    void showMessage(const QString& message);

    Database& m_db;
    QComboBox* m_companyFilter;
    QTableWidget* m_table;
    QLabel* m_evidenceHeading;
    PartnershipEvidenceList* m_evidence;
    QLabel* m_count;
    QLabel* m_message;
};
