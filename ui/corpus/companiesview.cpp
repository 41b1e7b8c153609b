#include "corpus/companiesview.h"

#include "store/articlestore.h"
#include "store/corpusstatistics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;

template <typename W> W* named(W* widget, const QString& name) {
    widget->setObjectName(name);
    return widget;
}

QTableWidgetItem* numberItem(int value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "Leitz, , Leica AG " -> {"Leitz", "Leica AG"}: trimmed, no empty parts, no repeats.
QStringList parseAliases(const QString& text) {
    QStringList aliases;
    for (const QString& part : text.split(u',')) {
        const QString alias = part.trimmed();
        if (!alias.isEmpty() && !aliases.contains(alias, Qt::CaseInsensitive))
            aliases.append(alias);
    }
    return aliases;
}
} // namespace

CompaniesView::CompaniesView(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_filter(named(new QLineEdit(this), u"companyFilter"_s))
    , m_table(named(new QTableWidget(0, 5, this), u"companyTable"_s))
    , m_nameEdit(named(new QLineEdit(this), u"companyNameEdit"_s))
    , m_renameButton(named(new QPushButton(tr("Rename"), this), u"renameButton"_s))
    , m_aliasesEdit(named(new QLineEdit(this), u"aliasesEdit"_s))
    , m_saveAliasesButton(named(new QPushButton(tr("Save Aliases"), this), u"saveAliasesButton"_s))
    , m_mergeTarget(named(new QComboBox(this), u"mergeTargetCombo"_s))
    , m_mergeButton(named(new QPushButton(tr("Merge"), this), u"mergeButton"_s))
    , m_articles(named(new QListWidget(this), u"companyArticles"_s))
    , m_message(named(new QLabel(this), u"messageLabel"_s)) {
    setObjectName(u"companiesView"_s);
    setWindowTitle(tr("Companies"));
    m_filter->setPlaceholderText(tr("Filter by name or alias"));
    m_filter->setClearButtonEnabled(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Aliases"), tr("Mentions"), tr("Articles"), tr("Partnerships")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_aliasesEdit->setPlaceholderText(tr("Other names, separated by commas"));
    m_mergeTarget->setToolTip(tr("The company that stays; the selected one is merged into it"));
    m_articles->setToolTip(tr("Double-click or press Enter to open the article"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* details = new QWidget(this);
    auto* grid = new QGridLayout(details);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [&](int row, const QString& label, QWidget* field, QWidget* button) {
        grid->addWidget(new QLabel(label, details), row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(button, row, 2);
    };
    addRow(0, tr("Name:"), m_nameEdit, m_renameButton);
    addRow(1, tr("Aliases:"), m_aliasesEdit, m_saveAliasesButton);
    addRow(2, tr("Merge into:"), m_mergeTarget, m_mergeButton);
    grid->addWidget(new QLabel(tr("Articles naming it:"), details), 3, 0, 1, 3);
    grid->addWidget(m_articles, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 520);
    for (auto* button : findChildren<QPushButton*>())
        button->setAutoDefault(false); // Enter in a line edit or a list must not press one

    connect(m_filter, &QLineEdit::textChanged, this, &CompaniesView::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CompaniesView::showSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &CompaniesView::requestRename);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &CompaniesView::requestRename);
    connect(m_saveAliasesButton, &QPushButton::clicked, this, &CompaniesView::requestAliases);
    connect(m_aliasesEdit, &QLineEdit::returnPressed, this, &CompaniesView::requestAliases);
    connect(m_mergeButton, &QPushButton::clicked, this, &CompaniesView::requestMerge);
    connect(m_articles, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openArticleRequested(item->data(IdRole).toLongLong());
    });
    refresh();
}

qint64 CompaniesView::selectedCompanyId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

const Company* CompaniesView::company(qint64 id) const {
    const auto found = std::find_if(m_companies.begin(), m_companies.end(),
                                    [id](const Company& company) { return company.id == id; });
    return found == m_companies.end() ? nullptr : &*found;
}

bool CompaniesView::selectCompany(qint64 id) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(IdRole).toLongLong() != id)
            continue;
        if (m_table->isRowHidden(row))
            m_filter->clear(); // show it rather than select an invisible row
        m_table->selectRow(row);
        m_table->scrollToItem(m_table->item(row, NameColumn));
        return true;
    }
    return false;
}

void CompaniesView::refresh() {
    const qint64 selected = selectedCompanyId();
    const auto stats = CorpusStatistics(m_db).companyStats();
    if (!stats)
        return showMessage(stats.errorMessage());
    m_companies.clear();
    {
        const QSignalBlocker blocker(m_table); // one showSelected() at the end
        m_table->clearSelection();
        m_table->setSortingEnabled(false); // or rows move while they are filled
        m_table->setRowCount(0);
        m_table->setRowCount(int(stats->size()));
        for (int row = 0; row < stats->size(); ++row) {
            const CompanyStats& entry = stats->at(row);
            m_companies.append(entry.company);
            auto* name = new QTableWidgetItem(entry.company.name);
            name->setData(IdRole, entry.company.id);
            m_table->setItem(row, NameColumn, name);
            auto* aliases = new QTableWidgetItem(entry.company.aliases.join(u", "_s));
            aliases->setToolTip(aliases->text());
            m_table->setItem(row, AliasesColumn, aliases);
            m_table->setItem(row, MentionsColumn, numberItem(entry.mentionCount));
            m_table->setItem(row, ArticlesColumn, numberItem(entry.articleCount));
            m_table->setItem(row, PartnershipsColumn, numberItem(entry.partnershipCount));
        }
        m_table->setSortingEnabled(true); // sorts again by the header's indicator
        applyFilter();
    }
    std::sort(m_companies.begin(), m_companies.end(), [](const Company& a, const Company& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (selected == 0 || !selectCompany(selected))
        showSelected();
}

void CompaniesView::applyFilter() {
    const QString text = m_filter->text().trimmed();
    const auto matches = [&text](const QString& name) {
        return name.contains(text, Qt::CaseInsensitive);
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Company* shown = company(m_table->item(row, NameColumn)->data(IdRole).toLongLong());
        m_table->setRowHidden(
            row, shown && !matches(shown->name) &&
                     std::none_of(shown->aliases.begin(), shown->aliases.end(), matches));
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty() && m_table->isRowHidden(rows.first().row()))
        m_table->clearSelection();
}

void CompaniesView::showSelected() {
    const Company* selected = company(selectedCompanyId());
    m_nameEdit->parentWidget()->setEnabled(selected); // the details pane
    m_nameEdit->setText(selected ? selected->name : QString());
    m_aliasesEdit->setText(selected ? selected->aliases.join(u", "_s) : QString());
    m_mergeTarget->clear();
    m_articles->clear();
    if (!selected)
        return;
    for (const Company& other : std::as_const(m_companies)) {
        if (other.id != selected->id) // never into itself
            m_mergeTarget->addItem(other.name, other.id);
    }
    m_mergeButton->setEnabled(m_mergeTarget->count() > 0);

    const auto articleIds = CorpusStatistics(m_db).articlesOfCompany(selected->id);
    if (!articleIds)
        return showMessage(articleIds.errorMessage());
    const ArticleStore articles(m_db);
    for (qint64 articleId : *articleIds) {
        const auto article = articles.article(articleId);
        QString title = article ? article->clean.title : article.errorMessage();
        if (title.isEmpty())
            title = tr("(untitled article %1)").arg(articleId);
        auto* item = new QListWidgetItem(title, m_articles);
        item->setData(IdRole, articleId);
        item->setToolTip(title);
    }
}

void CompaniesView::requestRename() {
    const Company* selected = company(selectedCompanyId());
    const QString name = m_nameEdit->text().trimmed();
    if (!selected || name == selected->name)
        return;
    if (name.isEmpty())
        return showMessage(tr("The name is empty."));
    for (const Company& other : std::as_const(m_companies)) {
        if (other.id != selected->id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return showMessage(
                tr("“%1” is another company; merge into it instead.").arg(other.name));
    }
    showMessage({});
    emit renameRequested(selected->id, name);
}

void CompaniesView::requestAliases() {
    if (const qint64 id = selectedCompanyId()) {
        showMessage({});
        emit aliasesRequested(id, parseAliases(m_aliasesEdit->text()));
    }
}

void CompaniesView::requestMerge() {
    const qint64 removeId = selectedCompanyId();
    const qint64 keepId = m_mergeTarget->currentData().toLongLong();
    if (removeId == 0 || keepId == 0 || keepId == removeId)
        return;
    showMessage({});
    emit mergeRequested(keepId, removeId);
}

void CompaniesView::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}
