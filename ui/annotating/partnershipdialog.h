#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Records a partnership between two companies of the article: the pair, the kind (from the
// editable list, or a new one typed in), the status, with the evidence sentence shown.
class PartnershipDialog : public QDialog {
    Q_OBJECT
public:
    PartnershipDialog(const QStringList& companies, const QStringList& kinds,
                      const QString& evidence, QWidget* parent = nullptr);

    void setPair(const QString& a, const QString& b);
    QString companyA() const;
    QString companyB() const;
    QString kind() const;
    QString status() const;

    void accept() override;

private:
    QComboBox* m_a;
    QComboBox* m_b;
    QComboBox* m_kind;
    QComboBox* m_status;
    QLabel* m_message;
};
