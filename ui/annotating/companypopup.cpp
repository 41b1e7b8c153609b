#include "annotating/companypopup.h"

#include "annotate/companynames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace {
constexpr int CompanyIdRole = Qt::UserRole;
constexpr qint64 NewCompanyRow = -1;
} // namespace

CompanyPopup::CompanyPopup(const QList<Company>& companies, const QString& quote, QWidget* parent)
    : QDialog(parent)
    , m_matcher(companies)
    , m_quote(quote.simplified())
    , m_name(new QLineEdit(m_quote, this))
    , m_suggestions(new QListWidget(this))
    , m_addAlias(new QCheckBox(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("companyPopup"));
    setWindowTitle(tr("Mark Company"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    m_name->selectAll();
    m_name->installEventFilter(this);
    m_suggestions->setObjectName(QStringLiteral("companySuggestions"));
    m_suggestions->setFocusPolicy(Qt::NoFocus); // the keys stay in the name; Up and Down move
    m_suggestions->setUniformItemSizes(true);
    m_addAlias->setObjectName(QStringLiteral("companyAddAlias"));
    m_message->setObjectName(QStringLiteral("companyPopupMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QFormLayout(this);
    auto* quoteLabel = new QLabel(QStringLiteral("“%1”").arg(m_quote), this);
    quoteLabel->setTextFormat(Qt::PlainText);
    layout->addRow(tr("Selected:"), quoteLabel);
    auto* nameLabel = new QLabel(tr("&Company:"), this);
    nameLabel->setBuddy(m_name);
    layout->addRow(nameLabel, m_name);
    layout->addRow(m_suggestions);
    layout->addRow(m_addAlias);
    layout->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark"));
    auto* create = buttons->addButton(tr("Create &New"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("companyCreateButton"));
    create->setToolTip(tr("Mark it as a new company with exactly the typed name (Ctrl+Enter)"));
    create->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, &CompanyPopup::acceptTyped);
    layout->addRow(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &CompanyPopup::updateSuggestions);
    connect(m_suggestions, &QListWidget::currentRowChanged, this, &CompanyPopup::updateAliasOffer);
    connect(m_suggestions, &QListWidget::itemActivated, this, [this] { accept(); });
    updateSuggestions();
}

QString CompanyPopup::companyName() const {
    if (!m_chosenName.isEmpty())
        return m_chosenName;
    if (const QListWidgetItem* item = m_suggestions->currentItem();
        item && item->data(CompanyIdRole).toLongLong() != NewCompanyRow)
        return item->data(Qt::UserRole + 1).toString();
    return m_name->text().simplified();
}

QString CompanyPopup::aliasToAdd() const {
    const bool add = m_addAlias->isChecked() && m_chosen && m_chosen->id == m_aliasFor;
    return add ? CompanyNames::aliasForm(m_quote) : QString();
}

void CompanyPopup::updateSuggestions() {
    const QString typed = m_name->text().simplified();
    m_suggestions->clear();
    const QList<CompanyMatch> matches = m_matcher.matches(typed);
    for (const CompanyMatch& match : matches) {
        QString label = match.company.name;
        if (CompanyNames::key(match.matchedName) != CompanyNames::key(match.company.name))
            label += tr("  (alias “%1”)").arg(match.matchedName);
        if (match.kind == CompanyMatch::Kind::NearDuplicate)
            label += tr("  — similar");
        auto* item = new QListWidgetItem(label, m_suggestions);
        item->setData(CompanyIdRole, match.company.id);
        item->setData(Qt::UserRole + 1, match.company.name);
    }
    const bool known = m_matcher.same(typed).has_value();
    if (!typed.isEmpty() && !known) {
        auto* item =
            new QListWidgetItem(tr("+ New company “%1”  (Ctrl+Enter)").arg(typed), m_suggestions);
        item->setData(CompanyIdRole, NewCompanyRow);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
    }
    // The best known company is highlighted; the new row never is, so Enter alone never
    // creates a company.
    m_suggestions->setCurrentRow(matches.isEmpty() ? -1 : 0);
    m_suggestions->setFixedHeight(
        std::min(8, std::max(1, int(m_suggestions->count()))) *
            std::max(m_suggestions->sizeHintForRow(0), fontMetrics().height() + 4) +
        2 * m_suggestions->frameWidth());
    if (!typed.isEmpty() && !known && matches.isEmpty())
        say(tr("“%1” is not a known company. Ctrl+Enter marks it as a new one.").arg(typed));
    else
        m_message->hide();
    updateAliasOffer();
}

void CompanyPopup::updateAliasOffer() {
    const QListWidgetItem* item = m_suggestions->currentItem();
    const qint64 id = item ? item->data(CompanyIdRole).toLongLong() : NewCompanyRow;
    std::optional<Company> company;
    for (const CompanyMatch& match : m_matcher.matches(m_name->text().simplified())) {
        if (match.company.id == id)
            company = match.company;
    }
    const QString alias = CompanyNames::aliasForm(m_quote);
    const bool offer = company && !alias.isEmpty() && !CompanyMatcher::knowsForm(*company, alias);
    m_addAlias->setVisible(offer);
    m_aliasFor = offer ? company->id : 0;
    if (!offer) {
        m_addAlias->setChecked(false);
        return;
    }
    m_addAlias->setText(tr("&Add “%1” as an alias of %2").arg(alias, company->name));
    // Checked when the text is a form of the name ("@leica_camera", "Leicas"), not when the
    // user picked a company that only contains what they typed.
    m_addAlias->setChecked(CompanyMatcher({*company}).matches(m_quote, 1).value(0).kind !=
                           CompanyMatch::Kind::Contains);
}

void CompanyPopup::say(const QString& text) {
    m_message->setText(text);
    m_message->show();
}

void CompanyPopup::finish(const std::optional<Company>& company, const QString& name) {
    m_chosen = company;
    m_chosenName = company ? company->name : name;
    QDialog::accept();
}

void CompanyPopup::accept() {
    const QString typed = m_name->text().simplified();
    const QListWidgetItem* item = m_suggestions->currentItem();
    if (typed.isEmpty() && !item) {
        say(tr("Type the company's name."));
        return;
    }
    if (!item) {
        say(tr("“%1” is not a known company. Ctrl+Enter marks it as a new one.").arg(typed));
        return;
    }
    const qint64 id = item->data(CompanyIdRole).toLongLong();
    if (id == NewCompanyRow)
        return acceptTyped(); // the user moved onto the "New company" row: deliberate
    for (const CompanyMatch& match : m_matcher.matches(typed)) {
        if (match.company.id == id)
            return finish(match.company, match.company.name);
    }
}

void CompanyPopup::acceptTyped() {
    const QString typed = m_name->text().simplified();
    if (typed.isEmpty()) {
        say(tr("Type the company's name."));
        return;
    }
    // Typing a known name or alias exactly means that company, never a second one.
    const std::optional<Company> known = m_matcher.same(typed);
    finish(known, known ? known->name : typed);
}

bool CompanyPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_name && event->type() == QEvent::ShortcutOverride) {
        // The window's keys stay out of the popup: Ctrl+Enter is also "Split Paragraph" there,
        // Escape "Leave Reading Mode"; in here they mean "new company" and "cancel".
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
            key->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_suggestions->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                const int row = m_suggestions->currentRow();
                m_suggestions->setCurrentRow(row < 0 ? (step > 0 ? 0 : rows - 1)
                                                     : (row + step + rows) % rows);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                acceptTyped();
            else
                accept();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
