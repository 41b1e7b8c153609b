#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

// The small question after "Mark Company": which company is this? Completes over the companies
// and aliases already known; defaults to the selected text; a new name creates a company.
class CompanyPopup : public QDialog {
    Q_OBJECT
public:
    CompanyPopup(const QStringList& knownNames, const QString& quote, QWidget* parent = nullptr);

    QString companyName() const;
    QLineEdit* nameEdit() const { return m_name; }

    void accept() override;

private:
    QLineEdit* m_name;
    QLabel* m_message;
};
