#include "corpus/partnershipevidencelist.h"
#include "corpus/partnershipsview.h"
#include "corpusviewtest.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/partnershipstore.h"
#include "window/mainwindow.h"
#include "windowdriver.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The Partnerships view: the pairs with their article counts, the company filter, the evidence
// list of the selected pair, and the evidence it asks to open.
class TestPartnershipsView : public CorpusViewTest {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void partnershipsListPairsWithArticleCounts();
    void partnershipCompanyFilterNarrows();
    void activatingPairRequestsLatestEvidence();
    void evidenceListShowsEveryRecordOfSelectedPair();
    void tabMovesBetweenPairsAndEvidence();
    void activatingEvidenceRequestsThatRecord();
    void evidenceOpensArticleInWindowWithSentenceSelected();

private:
    // The row of the pair in either order; -1 when the table lacks it.
    static int pairRow(QTableWidget* table, const QString& a, const QString& b);
    QString titleOf(qint64 articleId) const {
        return ArticleStore(*m_db).article(articleId)->title;
    }
};

int TestPartnershipsView::pairRow(QTableWidget* table, const QString& a, const QString& b) {
    for (int row = 0; row < table->rowCount(); ++row) {
        const QStringList names{table->item(row, PartnershipsView::CompanyAColumn)->text(),
                                table->item(row, PartnershipsView::CompanyBColumn)->text()};
        if (names == QStringList{a, b} || names == QStringList{b, a})
            return row;
    }
    return -1;
}

void TestPartnershipsView::partnershipsListPairsWithArticleCounts() {
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

void TestPartnershipsView::partnershipCompanyFilterNarrows() {
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

void TestPartnershipsView::activatingPairRequestsLatestEvidence() {
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

void TestPartnershipsView::evidenceListShowsEveryRecordOfSelectedPair() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    auto* list = child<PartnershipEvidenceList>(view.get(), u"partnershipEvidenceList"_s);
    auto* heading = child<QLabel>(view.get(), u"evidenceHeading"_s);
    QCOMPARE(list->topLevelItemCount(), 0); // no pair selected yet
    QVERIFY(heading->text().contains(u"Select a pair"_s));

    table->selectRow(pairRow(table, u"Xiaomi"_s, u"Leica"_s));
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(heading->text().contains(u"2 records"_s));
    // Newest first: the later record (no sentence), then the sample's with its sentence.
    const QTreeWidgetItem* later = list->topLevelItem(0);
    const QTreeWidgetItem* sample = list->topLevelItem(1);
    QCOMPARE(later->text(PartnershipEvidenceList::ArticleColumn), titleOf(m_deal0));
    QCOMPARE(later->text(PartnershipEvidenceList::EvidenceColumn), u"(no sentence recorded)"_s);
    QCOMPARE(sample->text(PartnershipEvidenceList::ArticleColumn), titleOf(m_sample));
    QCOMPARE(sample->text(PartnershipEvidenceList::StatusColumn), u"announced"_s);
    const Partnership deal = *PartnershipStore(*m_db).partnership(m_sampleDeal);
    QCOMPARE(sample->text(PartnershipEvidenceList::EvidenceColumn), deal.evidence.quote);
    QVERIFY(deal.evidence.quote.contains(u"@leica_camera"_s));
    const QString imported =
        ArticleStore(*m_db).article(m_sample)->importedAt.toLocalTime().toString(u"yyyy-MM-dd"_s);
    QCOMPARE(sample->text(PartnershipEvidenceList::DateColumn), imported);

    table->selectRow(pairRow(table, u"Vivo"_s, u"Zeiss"_s));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(PartnershipEvidenceList::ArticleColumn),
             titleOf(m_sample));

    // A record added elsewhere shows after a refresh, the pair still selected.
    partnership(m_deal2, m_vivo, m_zeiss);
    view->refresh();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(PartnershipEvidenceList::ArticleColumn), titleOf(m_deal2));
}

void TestPartnershipsView::tabMovesBetweenPairsAndEvidence() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    auto* list = child<PartnershipEvidenceList>(view.get(), u"partnershipEvidenceList"_s);
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentCell(pairRow(table, u"Xiaomi"_s, u"Leica"_s), 0);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(list->hasFocus());
    QCOMPARE(list->topLevelItemCount(), 2);
    QTest::keyClick(list, Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY(table->hasFocus());
}

void TestPartnershipsView::activatingEvidenceRequestsThatRecord() {
    auto view = open<PartnershipsView>();
    QVERIFY(view);
    QSignalSpy opened(view.get(), &PartnershipsView::openEvidenceRequested);
    auto* table = child<QTableWidget>(view.get(), u"partnershipTable"_s);
    auto* list = child<PartnershipEvidenceList>(view.get(), u"partnershipEvidenceList"_s);
    table->selectRow(pairRow(table, u"Xiaomi"_s, u"Leica"_s));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(1));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.last().at(0).toLongLong(), m_sample);
    QCOMPARE(opened.last().at(1).toLongLong(), m_sampleDeal);

    const QPoint centre = list->visualItemRect(list->topLevelItem(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().at(0).toLongLong(), m_deal0);
    QCOMPARE(opened.last().at(1).toLongLong(), m_laterDeal);
}

void TestPartnershipsView::evidenceOpensArticleInWindowWithSentenceSelected() {
    auto window =
        WindowDriver::open(m_dir->filePath(u"folio.sqlite"_s), m_dir->filePath(u"folio.ini"_s));
    QVERIFY(window);
    window->openArticle(m_deal2); // another article is open
    window->findChild<QAction*>(u"actionPartnershipsView"_s)->trigger();
    auto* view = window->findChild<PartnershipsView*>(u"partnershipsView"_s);
    QVERIFY(view && view->isVisible());
    auto* table = child<QTableWidget>(view, u"partnershipTable"_s);
    auto* list = child<PartnershipEvidenceList>(view, u"partnershipEvidenceList"_s);
    table->selectRow(pairRow(table, u"Xiaomi"_s, u"Leica"_s));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(1)); // the sample's record, with its sentence
    QTest::keyClick(list, Qt::Key_Return);

    ReaderView* reader = window->reader();
    QCOMPARE(reader->articleId(), m_sample);
    const Partnership deal = *PartnershipStore(*m_db).partnership(m_sampleDeal);
    QCOMPARE(reader->selectedCleanRange(),
             std::make_optional(std::pair(deal.evidence.start, deal.evidence.end)));
    const QRect caret = reader->cursorRect();
    QVERIFY(caret.top() >= 0 && caret.bottom() <= reader->viewport()->height());
    QVERIFY(view->isVisible()); // for the next record
}

QTEST_MAIN(TestPartnershipsView)
#include "tst_partnershipsview.moc"
