#include "annotate/textspan.h"
#include "article/article.h"
#include "corpus/companiesview.h"
#include "corpus/partnershipsview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/partnershipstore.h"
#include "testdata.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The Companies and Partnerships views over a real database: what they list, how they filter,
// and the requests they send (they never write themselves).
class TestCorpusViews : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void companyTableListsCountsAndSorts();
    void filterNarrowsByNameAndAlias();
    void selectingCompanyShowsItsArticles();
    void renameEmitsRequestAndRejectsEmptyName();
    void aliasesEmitTheParsedList();
    void mergeEmitsKeepAndRemoveAndNeverOffersItself();
    void refreshShowsStoreChangesAndKeepsSelection();
    void activatingArticleRequestsIt();
    void partnershipsListPairsWithArticleCounts();
    void partnershipCompanyFilterNarrows();
    void activatingPairRequestsLatestEvidence();

private:
    qint64 addArticle(const QString& raw);
    void mention(qint64 articleId, qint64 companyId, const QString& word, int occurrence = 0);
    qint64 partnership(qint64 articleId, qint64 a, qint64 b, const QString& evidenceOf = {});
    template <typename View> std::unique_ptr<View> open();
    template <typename T> T* child(QWidget* view, const QString& name) const {
        auto* widget = view->findChild<T*>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static int rowOf(QTableWidget* table, const QString& name, int column = 0);
    static int visibleRows(QTableWidget* table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sample = 0, m_deal0 = 0, m_deal2 = 0;
    qint64 m_xiaomi = 0, m_leica = 0, m_vivo = 0, m_zeiss = 0, m_huawei = 0;
    qint64 m_sampleDeal = 0, m_laterDeal = 0;
};

void TestCorpusViews::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"folio.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_sample = addArticle(QString::fromUtf8(TestData::readBytes(TestData::path(u"sample.txt"_s))));
    m_deal0 = addArticle(TestData::generatedArticle(0)); // Xiaomi and Leica
    m_deal2 = addArticle(TestData::generatedArticle(2)); // Vivo and Zeiss
    QVERIFY(m_sample > 0 && m_deal0 > 0 && m_deal2 > 0);

    CompanyStore store(*m_db);
    const auto id = [&](const QString& name) {
        const auto company = store.ensureCompany(name);
        if (!company)
            qWarning("%s", qPrintable(company.errorMessage()));
        return company ? company->id : 0;
    };
    m_xiaomi = id(u"Xiaomi"_s), m_leica = id(u"Leica"_s), m_vivo = id(u"Vivo"_s);
    m_zeiss = id(u"Zeiss"_s), m_huawei = id(u"Huawei"_s);
    QVERIFY(m_xiaomi && m_leica && m_vivo && m_zeiss && m_huawei);
    QVERIFY(store.setAliases(m_leica, {u"Leica Camera AG"_s}).ok());

    // Xiaomi: 3 mentions in 2 articles; Leica: 2 in 2; Zeiss: 2 in 2; Vivo: 1 in 1; Huawei: none.
    mention(m_sample, m_xiaomi, u"Xiaomi"_s, 0);
    mention(m_sample, m_xiaomi, u"Xiaomi"_s, 1);
    mention(m_sample, m_leica, u"Leica"_s);
    mention(m_sample, m_vivo, u"Vivo"_s);
    mention(m_sample, m_zeiss, u"Zeiss"_s);
    mention(m_deal0, m_xiaomi, u"Xiaomi"_s);
    mention(m_deal0, m_leica, u"Leica"_s);
    mention(m_deal2, m_zeiss, u"Zeiss"_s);
    // Xiaomi–Leica in two articles (the later record in deal0), Vivo–Zeiss in one.
    m_sampleDeal = partnership(m_sample, m_xiaomi, m_leica, u"Xiaomi und @leica_camera"_s);
    partnership(m_sample, m_vivo, m_zeiss);
    m_laterDeal = partnership(m_deal0, m_xiaomi, m_leica);
    QVERIFY(m_sampleDeal && m_laterDeal);
}

void TestCorpusViews::cleanup() {
    m_db.reset();
    m_dir.reset();
}

qint64 TestCorpusViews::addArticle(const QString& raw) {
    const auto added = ArticleStore(*m_db).add(TestData::article(raw));
    return added ? added->id : 0;
}

void TestCorpusViews::mention(qint64 articleId, qint64 companyId, const QString& word,
                              int occurrence) {
    const QString text = ArticleStore(*m_db).article(articleId)->clean.text();
    int start = text.indexOf(word);
    for (int n = 0; n < occurrence; ++n)
        start = text.indexOf(word, start + 1);
    QVERIFY2(start >= 0, qPrintable(word));
    const auto added = MentionStore(*m_db).addMention(
        articleId, companyId, TextSpan::anchorFor(text, start, start + int(word.size())));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
}

qint64 TestCorpusViews::partnership(qint64 articleId, qint64 a, qint64 b,
                                    const QString& evidenceOf) {
    Partnership partnership;
    partnership.articleId = articleId;
    partnership.companyA = a;
    partnership.companyB = b;
    if (!evidenceOf.isEmpty()) {
        const QString text = ArticleStore(*m_db).article(articleId)->clean.text();
        const TextSpan::Span sentence = TextSpan::sentenceAt(text, int(text.indexOf(evidenceOf)));
        partnership.evidence = TextSpan::anchorFor(text, sentence.start, sentence.end);
    }
    const auto added = PartnershipStore(*m_db).addPartnership(partnership);
    if (!added)
        qWarning("%s", qPrintable(added.errorMessage()));
    return added ? added->id : 0;
}

template <typename View> std::unique_ptr<View> TestCorpusViews::open() {
    auto view = std::make_unique<View>(*m_db, nullptr);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return {};
    return view;
}

int TestCorpusViews::rowOf(QTableWidget* table, const QString& name, int column) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->text() == name)
            return row;
    }
    return -1;
}

int TestCorpusViews::visibleRows(QTableWidget* table) {
    int count = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        count += table->isRowHidden(row) ? 0 : 1;
    return count;
}

void TestCorpusViews::companyTableListsCountsAndSorts() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"companiesView"_s);
    auto* table = child<QTableWidget>(view.get(), u"companyTable"_s);
    QCOMPARE(table->rowCount(), 5);
    const auto counts = [&](const QString& name) {
        const int row = rowOf(table, name);
        if (row < 0)
            return QList<int>();
        return QList<int>{table->item(row, CompaniesView::MentionsColumn)->text().toInt(),
                          table->item(row, CompaniesView::ArticlesColumn)->text().toInt(),
                          table->item(row, CompaniesView::PartnershipsColumn)->text().toInt()};
    };
    QCOMPARE(counts(u"Xiaomi"_s), QList<int>({3, 2, 2}));
    QCOMPARE(counts(u"Leica"_s), QList<int>({2, 2, 2}));
    QCOMPARE(counts(u"Zeiss"_s), QList<int>({2, 2, 1}));
    QCOMPARE(counts(u"Vivo"_s), QList<int>({1, 1, 1}));
    QCOMPARE(counts(u"Huawei"_s), QList<int>({0, 0, 0}));
    QCOMPARE(table->item(rowOf(table, u"Leica"_s), CompaniesView::AliasesColumn)->text(),
             u"Leica Camera AG"_s);

    QCOMPARE(table->item(0, CompaniesView::NameColumn)->text(), u"Huawei"_s); // by name at first
    table->sortByColumn(CompaniesView::MentionsColumn, Qt::DescendingOrder);
    QCOMPARE(table->item(0, CompaniesView::NameColumn)->text(), u"Xiaomi"_s);
    QCOMPARE(table->item(4, CompaniesView::NameColumn)->text(), u"Huawei"_s);
}

void TestCorpusViews::filterNarrowsByNameAndAlias() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    auto* table = child<QTableWidget>(view.get(), u"companyTable"_s);
    auto* filter = child<QLineEdit>(view.get(), u"companyFilter"_s);
    QTest::keyClicks(filter, u"xIAo"_s);
    QCOMPARE(visibleRows(table), 1);
    QVERIFY(!table->isRowHidden(rowOf(table, u"Xiaomi"_s)));
    filter->setText(u"camera"_s); // Leica's alias
    QCOMPARE(visibleRows(table), 1);
    QVERIFY(!table->isRowHidden(rowOf(table, u"Leica"_s)));
    filter->setText(u"nothing like it"_s);
    QCOMPARE(visibleRows(table), 0);
    filter->clear();
    QCOMPARE(visibleRows(table), 5);

    // A filter that hides the selected company drops the selection.
    QVERIFY(view->selectCompany(m_vivo));
    filter->setText(u"Leica"_s);
    QCOMPARE(view->selectedCompanyId(), 0);
    QVERIFY(!child<QPushButton>(view.get(), u"renameButton"_s)->isEnabled());
}

void TestCorpusViews::selectingCompanyShowsItsArticles() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    auto* articles = child<QListWidget>(view.get(), u"companyArticles"_s);
    QCOMPARE(view->selectedCompanyId(), 0);
    QCOMPARE(articles->count(), 0);
    QVERIFY(!view->selectCompany(999));

    // By mouse, as a user picks it.
    auto* table = child<QTableWidget>(view.get(), u"companyTable"_s);
    const QRect cell = table->visualItemRect(table->item(rowOf(table, u"Xiaomi"_s), 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->selectedCompanyId(), m_xiaomi);
    QCOMPARE(child<QLineEdit>(view.get(), u"companyNameEdit"_s)->text(), u"Xiaomi"_s);
    QCOMPARE(articles->count(), 2);
    QSet<qint64> ids;
    for (int row = 0; row < articles->count(); ++row)
        ids.insert(articles->item(row)->data(Qt::UserRole).toLongLong());
    QCOMPARE(ids, QSet<qint64>({m_sample, m_deal0}));
    const QString sampleTitle = ArticleStore(*m_db).article(m_sample)->clean.title;
    QVERIFY(!articles->findItems(sampleTitle, Qt::MatchExactly).isEmpty());

    QVERIFY(view->selectCompany(m_huawei));
    QCOMPARE(articles->count(), 0);
    QVERIFY(view->selectCompany(m_leica));
    QCOMPARE(child<QLineEdit>(view.get(), u"aliasesEdit"_s)->text(), u"Leica Camera AG"_s);
}

void TestCorpusViews::renameEmitsRequestAndRejectsEmptyName() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    QSignalSpy renamed(view.get(), &CompaniesView::renameRequested);
    auto* name = child<QLineEdit>(view.get(), u"companyNameEdit"_s);
    auto* message = child<QLabel>(view.get(), u"messageLabel"_s);
    QVERIFY(view->selectCompany(m_leica));
    name->setText(u"  Leica Camera  "_s);
    QTest::mouseClick(child<QPushButton>(view.get(), u"renameButton"_s), Qt::LeftButton);
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.first().at(0).toLongLong(), m_leica);
    QCOMPARE(renamed.first().at(1).toString(), u"Leica Camera"_s);
    QVERIFY(!message->isVisible());

    name->setText(u"   "_s);
    QTest::mouseClick(child<QPushButton>(view.get(), u"renameButton"_s), Qt::LeftButton);
    QCOMPARE(renamed.count(), 1);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"The name is empty."_s);

    name->setText(u"xiaomi"_s); // another company's name: merging is the way
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(renamed.count(), 1);
    QVERIFY(message->text().contains(u"Xiaomi"_s));
    QVERIFY(view->isVisible()); // Enter did not close the dialog
}

void TestCorpusViews::aliasesEmitTheParsedList() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    QSignalSpy aliases(view.get(), &CompaniesView::aliasesRequested);
    QVERIFY(view->selectCompany(m_leica));
    child<QLineEdit>(view.get(), u"aliasesEdit"_s)->setText(u" Leitz ,, Leica Camera AG , ,"_s);
    QTest::mouseClick(child<QPushButton>(view.get(), u"saveAliasesButton"_s), Qt::LeftButton);
    QCOMPARE(aliases.count(), 1);
    QCOMPARE(aliases.first().at(0).toLongLong(), m_leica);
    QCOMPARE(aliases.first().at(1).toStringList(), QStringList({u"Leitz"_s, u"Leica Camera AG"_s}));

    child<QLineEdit>(view.get(), u"aliasesEdit"_s)->setText(u" , "_s); // clears them
    QTest::mouseClick(child<QPushButton>(view.get(), u"saveAliasesButton"_s), Qt::LeftButton);
    QCOMPARE(aliases.count(), 2);
    QCOMPARE(aliases.last().at(1).toStringList(), QStringList());
}

void TestCorpusViews::mergeEmitsKeepAndRemoveAndNeverOffersItself() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    auto* combo = child<QComboBox>(view.get(), u"mergeTargetCombo"_s);
    for (qint64 id : {m_xiaomi, m_leica, m_vivo, m_zeiss, m_huawei}) {
        QVERIFY(view->selectCompany(id));
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->findData(id), -1);
    }
    QSignalSpy merged(view.get(), &CompaniesView::mergeRequested);
    QVERIFY(view->selectCompany(m_vivo));
    combo->setCurrentIndex(combo->findText(u"Zeiss"_s));
    QTest::mouseClick(child<QPushButton>(view.get(), u"mergeButton"_s), Qt::LeftButton);
    QCOMPARE(merged.count(), 1);
    QCOMPARE(merged.first().at(0).toLongLong(), m_zeiss); // keep the chosen one
    QCOMPARE(merged.first().at(1).toLongLong(), m_vivo);  // remove the selected one
}

void TestCorpusViews::refreshShowsStoreChangesAndKeepsSelection() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    auto* table = child<QTableWidget>(view.get(), u"companyTable"_s);
    QVERIFY(view->selectCompany(m_leica));
    QVERIFY(CompanyStore(*m_db).renameCompany(m_leica, u"Leica Camera"_s).ok());
    view->refresh();
    QVERIFY(rowOf(table, u"Leica"_s) < 0);
    QVERIFY(rowOf(table, u"Leica Camera"_s) >= 0);
    QCOMPARE(view->selectedCompanyId(), m_leica);
    QCOMPARE(child<QLineEdit>(view.get(), u"companyNameEdit"_s)->text(), u"Leica Camera"_s);
    QCOMPARE(child<QListWidget>(view.get(), u"companyArticles"_s)->count(), 2);

    // The selected company merged away: nothing is selected any more.
    QVERIFY(view->selectCompany(m_vivo));
    QVERIFY(CompanyStore(*m_db).mergeCompanies(m_zeiss, m_vivo).ok());
    view->refresh();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(view->selectedCompanyId(), 0);
    QVERIFY(!child<QPushButton>(view.get(), u"mergeButton"_s)->isEnabled());
    QCOMPARE(table->item(rowOf(table, u"Zeiss"_s), CompaniesView::MentionsColumn)->text(), u"3"_s);
}

void TestCorpusViews::activatingArticleRequestsIt() {
    auto view = open<CompaniesView>();
    QVERIFY(view);
    QSignalSpy opened(view.get(), &CompaniesView::openArticleRequested);
    QVERIFY(view->selectCompany(m_xiaomi));
    auto* articles = child<QListWidget>(view.get(), u"companyArticles"_s);
    QCOMPARE(articles->count(), 2);
    for (int row = 0; row < articles->count(); ++row) {
        QListWidgetItem* item = articles->item(row);
        const QPoint centre = articles->visualItemRect(item).center();
        // A double click as a desktop delivers it: press, release, then the double click.
        QTest::mouseClick(articles->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(articles->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(opened.count(), row + 1);
        QCOMPARE(opened.last().at(0).toLongLong(), item->data(Qt::UserRole).toLongLong());
    }
    articles->setFocus();
    articles->setCurrentRow(0);
    QTest::keyClick(articles, Qt::Key_Return);
    QCOMPARE(opened.count(), 3);
    QCOMPARE(opened.last().at(0).toLongLong(), articles->item(0)->data(Qt::UserRole).toLongLong());
    QVERIFY(view->isVisible());
}

void TestCorpusViews::partnershipsListPairsWithArticleCounts() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"partnershipsView"_s);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(child<QLabel>(view.get(), u"partnershipCount"_s)->text(), u"2 pairs"_s);
    const auto rowOfPair = [&](const QString& a, const QString& b) {
        const int row = rowOf(table, a, PartnershipsView::CompanyAColumn);
        if (row >= 0 && table->item(row, PartnershipsView::CompanyBColumn)->text() == b)
            return row;
        const int swapped = rowOf(table, b, PartnershipsView::CompanyAColumn);
        return swapped >= 0 && table->item(swapped, PartnershipsView::CompanyBColumn)->text() == a
                   ? swapped
                   : -1;
    };
    const int deal = rowOfPair(u"Xiaomi"_s, u"Leica"_s);
    const int other = rowOfPair(u"Vivo"_s, u"Zeiss"_s);
    QVERIFY(deal >= 0 && other >= 0);
    QCOMPARE(table->item(deal, PartnershipsView::ArticlesColumn)->text(), u"2"_s);
    QCOMPARE(table->item(other, PartnershipsView::ArticlesColumn)->text(), u"1"_s);
    QCOMPARE(table->item(deal, PartnershipsView::KindColumn)->text(), u"partnership"_s);
    QCOMPARE(table->item(deal, PartnershipsView::StatusColumn)->text(), u"announced"_s);
    const QString today = QDate::currentDate().toString(u"yyyy-MM-dd"_s);
    const QString utcToday = QDateTime::currentDateTimeUtc().date().toString(u"yyyy-MM-dd"_s);
    for (int column :
         {int(PartnershipsView::FirstSeenColumn), int(PartnershipsView::LastSeenColumn)})
        QVERIFY(QStringList({today, utcToday}).contains(table->item(deal, column)->text()));
}

void TestCorpusViews::partnershipCompanyFilterNarrows() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    auto* filter = child<QComboBox>(view.get(), u"partnershipCompanyFilter"_s);
    auto* count = child<QLabel>(view.get(), u"partnershipCount"_s);
    QCOMPARE(filter->count(), 6);
    QCOMPARE(filter->itemText(0), u"All companies"_s);
    QCOMPARE(filter->itemText(1), u"Huawei"_s); // by name

    view->setCompanyFilter(m_vivo);
    QCOMPARE(filter->currentText(), u"Vivo"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(count->text(), u"1 pair"_s);
    filter->setCurrentIndex(filter->findText(u"Huawei"_s)); // as a user picks it
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(count->text(), u"0 pairs"_s);
    filter->setCurrentIndex(filter->findText(u"Leica"_s));
    QCOMPARE(table->rowCount(), 1);
    filter->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), 2);

    // A company created after the view opened.
    const auto sony = CompanyStore(*m_db).ensureCompany(u"Sony"_s);
    QVERIFY(sony.ok());
    view->setCompanyFilter(sony->id);
    QCOMPARE(filter->currentText(), u"Sony"_s);
    QCOMPARE(table->rowCount(), 0);
}

void TestCorpusViews::activatingPairRequestsLatestEvidence() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    QSignalSpy opened(view.get(), &PartnershipsView::openEvidenceRequested);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    view->setCompanyFilter(m_xiaomi);
    QCOMPARE(table->rowCount(), 1);
    const QPoint centre = table->visualItemRect(table->item(0, 0)).center();
    // A double click as a desktop delivers it: press, release, then the double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), m_deal0); // the later of the two records
    QCOMPARE(opened.first().at(1).toLongLong(), m_laterDeal);

    view->setCompanyFilter(m_zeiss);
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().at(0).toLongLong(), m_sample);
    QVERIFY(view->isVisible());
}

QTEST_MAIN(TestCorpusViews)
#include "tst_corpusviews.moc"
