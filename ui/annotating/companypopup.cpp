#include "annotating/companypopup.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

CompanyPopup::CompanyPopup(const QStringList& knownNames, const QString& quote, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(quote, this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("companyPopup"));
    setWindowTitle(tr("Mark Company"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    auto* completer = new QCompleter(knownNames, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_name->selectAll();
    m_message->setObjectName(QStringLiteral("companyPopupMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QFormLayout(this);
    auto* quoteLabel = new QLabel(QStringLiteral("“%1”").arg(quote), this);
    quoteLabel->setTextFormat(Qt::PlainText);
    layout->addRow(tr("Selected:"), quoteLabel);
    layout->addRow(tr("&Company:"), m_name);
    layout->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString CompanyPopup::companyName() const {
    return m_name->text().simplified();
}

void CompanyPopup::accept() {
    if (companyName().isEmpty()) {
        m_message->setText(tr("Type the company's name."));
        m_message->show();
        return;
    }
    QDialog::accept();
}
