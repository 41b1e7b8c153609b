#include "annotate/colourdifference.h"
#include "annotate/companycolors.h"
#include "reader/readerstyle.h"

#include <QColor>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The smallest differences allowed, in ΔE00 (CIEDE2000): above 10 two colours read as
// different at a glance. A mark under the selection must not look selected, nor a search hit.
constexpr double betweenCompanies = 11;
constexpr double fromSelection = 20;
constexpr double fromSearchHighlight = 12;
constexpr double fromPage = 12;
constexpr double textContrast = 7; // WCAG AAA

quint32 rgb(const QColor& colour) {
    return colour.rgb() & 0xffffffu;
}

QString measured(const QString& a, const QString& b, double value) {
    return u"%1 and %2: %3"_s.arg(a, b).arg(value, 0, 'f', 1);
}

} // namespace

// The company highlight colours as the reader paints them, in the light and the dark theme:
// distinct from each other, from the selection and the search highlight, visible on the page,
// and with readable text on them. Every distance is measured; a too-close pair fails by name.
class TestCompanyColours : public QObject {
    Q_OBJECT
private slots:
    void companiesDifferFromEachOther();
    void companiesStayClearOfTheReadersColours_data();
    void companiesStayClearOfTheReadersColours();
};

void TestCompanyColours::companiesDifferFromEachOther() {
    for (int i = 0; i < CompanyColors::count; ++i) {
        for (int j = i + 1; j < CompanyColors::count; ++j) {
            const QString a = CompanyColors::forIndex(i), b = CompanyColors::forIndex(j);
            const double difference = ColourDifference::ciede2000(rgb(QColor(a)), rgb(QColor(b)));
            QVERIFY2(difference >= betweenCompanies, qPrintable(measured(a, b, difference)));
        }
    }
    QCOMPARE(CompanyColors::forIndex(CompanyColors::count), CompanyColors::forIndex(0));
}

void TestCompanyColours::companiesStayClearOfTheReadersColours_data() {
    QTest::addColumn<bool>("dark");
    QTest::newRow("light theme") << false;
    QTest::newRow("dark theme") << true;
}

void TestCompanyColours::companiesStayClearOfTheReadersColours() {
    QFETCH(bool, dark);
    const ReaderStyle::Colours theme = ReaderStyle::colours(dark);
    const struct {
        const char* what;
        QColor colour;
        double minimum;
    } readerColours[] = {{"the selection", theme.selection, fromSelection},
                         {"the search highlight", theme.highlight, fromSearchHighlight},
                         {"the page", theme.background, fromPage}};
    for (int i = 0; i < CompanyColors::count; ++i) {
        const QString company = CompanyColors::forIndex(i);
        const quint32 mark = rgb(QColor(company));
        for (const auto& other : readerColours) {
            const double difference = ColourDifference::ciede2000(mark, rgb(other.colour));
            QVERIFY2(difference >= other.minimum,
                     qPrintable(measured(company, QString::fromLatin1(other.what), difference)));
        }
        const double contrast = ColourDifference::contrastRatio(mark, rgb(theme.markText));
        QVERIFY2(contrast >= textContrast,
                 qPrintable(u"text on %1: %2:1"_s.arg(company).arg(contrast, 0, 'f', 2)));
    }
}

QTEST_GUILESS_MAIN(TestCompanyColours)
#include "tst_companycolours.moc"
