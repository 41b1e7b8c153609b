#include "corpus/partnershipsview.h"
#include "corpusviewtest.h"
#include "store/companystore.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The Partnerships view: the pairs with their article counts, the company filter, and the
// evidence it asks to open.
class TestPartnershipsView : public CorpusViewTest {
    Q_OBJECT
private slots:
    void partnershipsListPairsWithArticleCounts();
    void partnershipCompanyFilterNarrows();
    void activatingPairRequestsLatestEvidence();
};

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

QTEST_MAIN(TestPartnershipsView)
#include "tst_partnershipsview.moc"
