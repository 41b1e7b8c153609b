#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPlainTextEdit;

// Annotate > Partnership Kinds: the list the Mark Partnership dialog offers, one kind a line,
// in the order given. Partnerships already recorded keep their kind.
class PartnershipKindsDialog : public QDialog {
    Q_OBJECT
public:
    PartnershipKindsDialog(Database& database, QWidget* parent = nullptr);
    void accept() override;

private:
    Database& m_db;
    QPlainTextEdit* m_kinds;
    QLabel* m_message;
};
