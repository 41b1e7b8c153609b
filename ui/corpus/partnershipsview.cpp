#include "corpus/partnershipsview.h"

#include "corpus/partnershipevidencelist.h"
#include "store/companystore.h"
#include "store/corpusstatistics.h"
#include "store/partnershipstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdsRole = Qt::UserRole;      // on the Company A item: the pair's partnership ids
constexpr int PairRole = Qt::UserRole + 1; // on the Company A item: the two company ids

QString day(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd"_s) : QString();
}
} // namespace

PartnershipsView::PartnershipsView(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_companyFilter(new QComboBox(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_evidenceHeading(new QLabel(this))
    , m_evidence(new PartnershipEvidenceList(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this)) {
    setObjectName(u"partnershipsView"_s);
    setWindowTitle(tr("Partnerships"));
    m_companyFilter->setObjectName(u"partnershipCompanyFilter"_s);
    m_companyFilter->setToolTip(tr("Show only the partners of one company"));
    m_companyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(u"partnershipCount"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_table->setObjectName(u"partnershipTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Company A"), tr("Company B"), tr("Kind"), tr("Status"),
                                        tr("Articles"), tr("First seen"), tr("Last seen")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click or press Enter to open the latest evidence"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(LastSeenColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the evidence list, not the next cell
    m_evidenceHeading->setObjectName(u"evidenceHeading"_s);
    m_evidenceHeading->setWordWrap(true);
    m_evidenceHeading->setBuddy(m_evidence);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Company:"), this));
    top->addWidget(m_companyFilter);
    top->addStretch(1);
    top->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton* button : buttons->buttons())
        qobject_cast<QPushButton*>(button)->setAutoDefault(false); // Enter opens a row
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto* evidencePane = new QWidget(this);
    auto* evidenceLayout = new QVBoxLayout(evidencePane);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceHeading);
    evidenceLayout->addWidget(m_evidence, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"partnershipsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(evidencePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setTabOrder(m_companyFilter, m_table);
    setTabOrder(m_table, m_evidence);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(m_companyFilter, &QComboBox::currentIndexChanged, this, &PartnershipsView::reloadPairs);
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showEvidenceOf(row); });
    connect(m_evidence, &PartnershipEvidenceList::openEvidenceRequested, this,
            &PartnershipsView::openEvidenceRequested);
    refresh();
}

qint64 PartnershipsView::companyFilter() const {
    return m_companyFilter->currentData().toLongLong();
}

void PartnershipsView::setCompanyFilter(qint64 companyId) {
    if (companyId != 0 && m_companyFilter->findData(companyId) < 0)
        reloadCompanies(); // a company created since the last refresh
    {
        const QSignalBlocker blocker(m_companyFilter);
        m_companyFilter->setCurrentIndex(std::max(0, m_companyFilter->findData(companyId)));
    }
    reloadPairs();
}

void PartnershipsView::refresh() {
    reloadCompanies();
    reloadPairs();
}

void PartnershipsView::reloadCompanies() {
    const auto companies = CompanyStore(m_db).companies();
    if (!companies) {
        showMessage(companies.errorMessage());
        return;
    }
    const QSignalBlocker blocker(m_companyFilter);
    const qint64 current = companyFilter();
    m_companyFilter->clear();
    m_companyFilter->addItem(tr("All companies"), qint64(0));
    for (const Company& company : *companies)
        m_companyFilter->addItem(company.name, company.id);
    m_companyFilter->setCurrentIndex(std::max(0, m_companyFilter->findData(current)));
}

void PartnershipsView::reloadPairs() {
    const auto pairs = CorpusStatistics(m_db).partnershipSummaries(companyFilter());
    if (!pairs) {
        showMessage(pairs.errorMessage());
        return;
    }
    showMessage({});
    // Keep the selected row selected when its pair and kind are still there.
    const int current = m_table->currentRow();
    const QStringList key = current < 0
                                ? QStringList()
                                : QStringList{m_table->item(current, CompanyAColumn)->text(),
                                              m_table->item(current, CompanyBColumn)->text(),
                                              m_table->item(current, KindColumn)->text()};
    m_table->setSortingEnabled(false); // or rows move while they are filled
    m_table->clearSelection();
    m_table->setRowCount(0);
    m_table->setRowCount(int(pairs->size()));
    int selectRow = -1;
    for (int row = 0; row < pairs->size(); ++row) {
        const PartnershipSummary& pair = pairs->at(row);
        auto* a = new QTableWidgetItem(pair.nameA);
        a->setData(IdsRole, QVariant::fromValue(pair.partnershipIds));
        a->setData(PairRole, QVariant::fromValue(QList<qint64>{pair.companyA, pair.companyB}));
        m_table->setItem(row, CompanyAColumn, a);
        m_table->setItem(row, CompanyBColumn, new QTableWidgetItem(pair.nameB));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(pair.kind));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(pair.status));
        auto* articles = new QTableWidgetItem;
        articles->setData(Qt::DisplayRole, pair.articleCount); // sorts as a number
        articles->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ArticlesColumn, articles);
        m_table->setItem(row, FirstSeenColumn, new QTableWidgetItem(day(pair.firstSeen)));
        m_table->setItem(row, LastSeenColumn, new QTableWidgetItem(day(pair.lastSeen)));
        if (key == QStringList{pair.nameA, pair.nameB, pair.kind})
            selectRow = row;
    }
    const QTableWidgetItem* reselect = selectRow < 0 ? nullptr : m_table->item(selectRow, 0);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the evidence list, not the next cell
    m_evidenceHeading->setObjectName(u"evidenceHeading"_s);
    m_evidenceHeading->setWordWrap(true);
    m_evidenceHeading->setBuddy(m_evidence);
    if (reselect)
        m_table->selectRow(reselect->row());
    const qsizetype count = pairs->size();
    m_count->setText(count == 1 ? tr("1 pair") : tr("%1 pairs").arg(count));
    showEvidenceOf(m_table->currentRow());
}

void PartnershipsView::showEvidenceOf(int row) {
    const QTableWidgetItem* item = row < 0 ? nullptr : m_table->item(row, CompanyAColumn);
    const QTableWidgetItem* kind = row < 0 ? nullptr : m_table->item(row, KindColumn);
    const QList<qint64> pair = item ? item->data(PairRole).value<QList<qint64>>() : QList<qint64>();
    if (!item || !kind || pair.size() != 2) {
        m_evidence->setEvidence({});
        m_evidenceHeading->setText(tr("Select a pair to see the sentences that state it."));
        return;
    }
    const auto rows =
        CorpusStatistics(m_db).partnershipEvidence(pair.at(0), pair.at(1), kind->text());
    if (!rows) {
        showMessage(rows.errorMessage());
        return;
    }
    m_evidence->setEvidence(*rows);
    QString names =
        tr("%1 – %2 (%3)")
            .arg(item->text(), m_table->item(row, CompanyBColumn)->text(), kind->text());
    names.replace(u'&', u"&&"_s); // "Procter & Gamble" is no mnemonic
    m_evidenceHeading->setText(
        rows->size() == 1 ? tr("&Evidence of %1: 1 record").arg(names)
                          : tr("&Evidence of %1: %2 records").arg(names).arg(rows->size()));
}

void PartnershipsView::openRow(int row) {
    const QTableWidgetItem* item = m_table->item(row, CompanyAColumn);
    if (!item)
        return;
    // The most recent record of the pair: the latest created, the later id on a tie.
    const PartnershipStore store(m_db);
    std::optional<Partnership> latest;
    for (qint64 id : item->data(IdsRole).value<QList<qint64>>()) {
        const auto partnership = store.partnership(id);
        if (!partnership) {
            showMessage(partnership.errorMessage());
            return;
        }
        if (!latest || std::pair(partnership->createdAt, partnership->id) >
                           std::pair(latest->createdAt, latest->id))
            latest = *partnership;
    }
    if (latest)
        emit openEvidenceRequested(latest->articleId, latest->id);
}

void PartnershipsView::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}
