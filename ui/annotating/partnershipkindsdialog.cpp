#include "annotating/partnershipkindsdialog.h"

#include "store/partnershipstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PartnershipKindsDialog::PartnershipKindsDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_kinds(new QPlainTextEdit(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("partnershipKindsDialog"));
    setWindowTitle(tr("Partnership Kinds"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_kinds->setObjectName(QStringLiteral("kindsEdit"));
    if (auto kinds = PartnershipStore(m_db).partnershipKinds())
        m_kinds->setPlainText(kinds->join(QLatin1Char('\n')));
    m_message->setObjectName(QStringLiteral("kindsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The kinds offered when marking a partnership, one a line:"), this));
    layout->addWidget(m_kinds);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(360, 320);
}

void PartnershipKindsDialog::accept() {
    const QStringList kinds = m_kinds->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (auto saved = PartnershipStore(m_db).setPartnershipKinds(kinds); !saved) {
        m_message->setText(saved.errorMessage());
        m_message->show();
        return;
    }
    QDialog::accept();
}
