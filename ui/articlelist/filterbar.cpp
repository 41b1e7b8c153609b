#include "articlelist/filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace {
constexpr int typingPauseMs = 180;
}

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_company(new QComboBox(this))
    , m_typingTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search articles (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setToolTip(tr("Show articles from one source"));
    m_source->addItem(tr("All sources"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show articles by reading status"));
    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("New"), int(ReadingStatus::New));
    m_status->addItem(tr("Reading"), int(ReadingStatus::Reading));
    m_status->addItem(tr("Done"), int(ReadingStatus::Done));

    m_company->setObjectName(QStringLiteral("companyFilter"));
    m_company->setToolTip(tr("Show articles that name one company"));
    m_company->addItem(tr("Any company"));
    m_company->setMaximumWidth(160);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_status);
    layout->addWidget(m_company);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(typingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    // Enter searches at once, without waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingTimer->stop();
        emit filterChanged(filter());
    });
    for (QComboBox* box : {m_source, m_status, m_company}) {
        // Long source names must not make the list too wide for a small window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
    }
    for (QComboBox* box : {m_source, m_status, m_company})
        connect(box, &QComboBox::activated, this, [this] { emit filterChanged(filter()); });
}

ArticleFilter FilterBar::filter() const {
    ArticleFilter filter;
    filter.search = m_search->text();
    if (m_source->currentIndex() > 0)
        filter.source = m_source->currentData().toString();
    if (m_status->currentIndex() > 0)
        filter.status = ReadingStatus(m_status->currentData().toInt());
    if (m_company->currentIndex() > 0)
        filter.companyId = m_company->currentData().toLongLong();
    return filter;
}

void FilterBar::setSources(const QStringList& sources) {
    const QString current =
        m_source->currentIndex() > 0 ? m_source->currentData().toString() : QString();
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString& source : sources)
        m_source->addItem(source, source);
    const int index = current.isEmpty() ? 0 : m_source->findData(current);
    m_source->setCurrentIndex(std::max(0, index));
}

void FilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setCompanies(const QList<Company>& companies) {
    const qint64 current =
        m_company->currentIndex() > 0 ? m_company->currentData().toLongLong() : 0;
    while (m_company->count() > 1)
        m_company->removeItem(1);
    for (const Company& company : companies)
        m_company->addItem(company.name, company.id);
    const int index = current > 0 ? m_company->findData(current) : 0;
    m_company->setCurrentIndex(std::max(0, index));
}

void FilterBar::clearFilters() {
    m_search->clear();
    m_typingTimer->stop();
    for (QComboBox* box : {m_source, m_status, m_company})
        box->setCurrentIndex(0);
}
