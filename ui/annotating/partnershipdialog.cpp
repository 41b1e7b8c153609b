#include "annotating/partnershipdialog.h"

#include "annotate/annotation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
QComboBox* editableCombo(const QStringList& items, const QString& name, QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    return combo;
}
} // namespace

PartnershipDialog::PartnershipDialog(const QStringList& companies, const QStringList& kinds,
                                     const QString& evidence, QWidget* parent)
    : QDialog(parent)
    , m_a(editableCombo(companies, QStringLiteral("companyACombo"), this))
    , m_b(editableCombo(companies, QStringLiteral("companyBCombo"), this))
    , m_kind(editableCombo(kinds, QStringLiteral("kindCombo"), this))
    , m_status(new QComboBox(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("partnershipDialog"));
    setWindowTitle(tr("Mark Partnership"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItems(Annotation::partnershipStatuses());
    if (companies.size() > 1)
        m_b->setCurrentIndex(1);
    m_message->setObjectName(QStringLiteral("partnershipMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QFormLayout(this);
    auto* evidenceLabel =
        new QLabel(evidence.isEmpty() ? tr("(no sentence selected)") : evidence, this);
    evidenceLabel->setObjectName(QStringLiteral("evidenceLabel"));
    evidenceLabel->setTextFormat(Qt::PlainText);
    evidenceLabel->setWordWrap(true);
    evidenceLabel->setMaximumWidth(520);
    layout->addRow(tr("Evidence:"), evidenceLabel);
    layout->addRow(tr("Company &A:"), m_a);
    layout->addRow(tr("Company &B:"), m_b);
    layout->addRow(tr("&Kind:"), m_kind);
    layout->addRow(tr("&Status:"), m_status);
    layout->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void PartnershipDialog::setPair(const QString& a, const QString& b) {
    m_a->setCurrentText(a);
    m_b->setCurrentText(b);
}

QString PartnershipDialog::companyA() const {
    return m_a->currentText().simplified();
}
QString PartnershipDialog::companyB() const {
    return m_b->currentText().simplified();
}
QString PartnershipDialog::kind() const {
    return m_kind->currentText().simplified();
}
QString PartnershipDialog::status() const {
    return m_status->currentText();
}

void PartnershipDialog::accept() {
    QString problem;
    if (companyA().isEmpty() || companyB().isEmpty())
        problem = tr("Choose two companies.");
    else if (companyA().compare(companyB(), Qt::CaseInsensitive) == 0)
        problem = tr("A partnership needs two different companies.");
    else if (kind().isEmpty())
        problem = tr("Choose the kind of partnership.");
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    QDialog::accept();
}
