#include "corpus/companiesview.h"
#include "corpusviewtest.h"
#include "store/articlestore.h"
#include "store/companystore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The Companies view: its table's counts, sorting and filter, a company's articles, and the
// rename, aliases, merge and open requests it sends.
class TestCompaniesView : public CorpusViewTest {
    Q_OBJECT
private slots:
    void companyTableListsCountsAndSorts();
    void filterNarrowsByNameAndAlias();
    void selectingCompanyShowsItsArticles();
    void renameEmitsRequestAndRejectsEmptyName();
    void aliasesEmitTheParsedList();
    void mergeEmitsKeepAndRemoveAndNeverOffersItself();
    void refreshShowsStoreChangesAndKeepsSelection();
    void activatingArticleRequestsIt();
};

void TestCompaniesView::companyTableListsCountsAndSorts() {
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

void TestCompaniesView::filterNarrowsByNameAndAlias() {
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

void TestCompaniesView::selectingCompanyShowsItsArticles() {
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

void TestCompaniesView::renameEmitsRequestAndRejectsEmptyName() {
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

void TestCompaniesView::aliasesEmitTheParsedList() {
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

void TestCompaniesView::mergeEmitsKeepAndRemoveAndNeverOffersItself() {
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

void TestCompaniesView::refreshShowsStoreChangesAndKeepsSelection() {
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

void TestCompaniesView::activatingArticleRequestsIt() {
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

QTEST_MAIN(TestCompaniesView)
#include "tst_companiesview.moc"
