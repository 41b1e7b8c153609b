#include "articlelist/filterbar.h"

#include "articlelist/datefilterbox.h"
#include "articlelist/languagename.h"
#include "store/searchquery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int typingPauseMs = 180;
}

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_company(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_date(new DateFilterBox(this))
    , m_order(new QComboBox(this))
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
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_language->setToolTip(tr("Show articles in one language"));
    m_language->addItem(tr("All languages"));

    m_order->setObjectName(QStringLiteral("searchOrder"));
    m_order->setToolTip(tr("Order the found articles by how well they match, or by the list's "
                           "sort column"));
    m_order->addItem(tr("Best match"), true);
    m_order->addItem(tr("List order"), false);
    m_order->hide();
    connect(m_order, &QComboBox::activated, this,
            [this] { emit rankingChosen(m_order->currentData().toBool()); });

    // The search box has a line of its own: five filters beside it would leave it no room in
    // a list pane of the usual width.
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_order);
    auto* filterRow = new QHBoxLayout;
    for (QWidget* box :
         std::initializer_list<QWidget*>{m_source, m_status, m_company, m_language, m_date})
        filterRow->addWidget(box, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(typingPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_typingTimer, &QTimer::timeout, this, &FilterBar::announceFilter);
    // Enter searches at once, without waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingTimer->stop();
        announceFilter();
    });
    for (QComboBox* box :
         std::initializer_list<QComboBox*>{m_source, m_status, m_company, m_language, m_date}) {
        // Long source names must not make the list too wide for a small window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(5);
    }
    for (QComboBox* box : {m_source, m_status, m_company, m_language})
        connect(box, &QComboBox::activated, this, [this] { emit filterChanged(filter()); });
    connect(m_date, &DateFilterBox::rangeChosen, this, [this] { emit filterChanged(filter()); });
}

void FilterBar::announceFilter() {
    // Text with no word in it ("*", a lone quote or AND) searches nothing; say so rather than
    // leave the user wondering why the whole list stays.
    const QString typed = m_search->text().trimmed();
    const bool noWord = !typed.isEmpty() && SearchQuery::plainWords(typed).isEmpty();
    if (noWord)
        emit message(tr("Nothing to search for in “%1”: type a word of letters or "
                        "digits. The list shows all articles.")
                         .arg(typed));
    else if (m_saidNoWord)
        emit message(QString()); // the advice is stale once there is a word
    m_saidNoWord = noWord;
    emit filterChanged(filter());
}

void FilterBar::showOrder(bool searching, bool ranked) {
    m_order->setCurrentIndex(ranked ? 0 : 1);
    m_order->setVisible(searching);
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
    if (m_language->currentIndex() > 0)
        filter.language = m_language->currentData().toString();
    filter.datedFrom = m_date->from();
    filter.datedUntil = m_date->until();
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

void FilterBar::setLanguages(const QStringList& languages) {
    const QVariant current =
        m_language->currentIndex() > 0 ? m_language->currentData() : QVariant();
    while (m_language->count() > 1)
        m_language->removeItem(1);
    // The choice in force stays chosen when the list of languages is read again.
    // By name as the user reads it, the unknown ones last.
    QList<std::pair<QString, QString>> named;
    for (const QString& code : languages)
        named.append({languageDisplayName(code), code});
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
        if (a.second.isEmpty() != b.second.isEmpty())
            return b.second.isEmpty();
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, code] : std::as_const(named))
        m_language->addItem(name, code);
    const int index = current.isValid() ? m_language->findData(current) : 0;
    m_language->setCurrentIndex(std::max(0, index));
}

void FilterBar::clearFilters() {
    m_search->clear();
    m_typingTimer->stop();
    for (QComboBox* box : {m_source, m_status, m_company, m_language})
        box->setCurrentIndex(0);
    m_date->clearRange();
}
