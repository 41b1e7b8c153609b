#include "annotate/colourdifference.h"

#include <QTest>

using ColourDifference::Lab;

// The colour difference that decides whether two highlights can be told apart: CIEDE2000
// against the published test data, the sRGB → CIELAB conversion, and WCAG's contrast ratio.
class TestColourDifference : public QObject {
    Q_OBJECT
private slots:
    void ciede2000MatchesSharmasTestData_data();
    void ciede2000MatchesSharmasTestData();
    void convertsSrgbToLab();
    void contrastRatioFollowsWcag();
};

void TestColourDifference::ciede2000MatchesSharmasTestData_data() {
    QTest::addColumn<Lab>("first");
    QTest::addColumn<Lab>("second");
    QTest::addColumn<double>("expected");
    // Pairs 1, 7, 8, 14, 17, 19, 25 and 34 of Sharma, Wu and Dalal (2005), Table 1: hue
    // wrapping around 0°, greys, the blue region's rotation term, large differences.
    QTest::newRow("1 blue, small hue")
        << Lab{50, 2.6772, -79.7751} << Lab{50, 0, -82.7485} << 2.0425;
    QTest::newRow("7 grey against a colour") << Lab{50, 0, 0} << Lab{50, -1, 2} << 2.3669;
    QTest::newRow("8 hue wraps") << Lab{50, -1, 2} << Lab{50, 0, 0} << 2.3669;
    QTest::newRow("14 hue across 0") << Lab{50, 2.49, -0.001} << Lab{50, -2.49, 0.0011} << 7.2195;
    QTest::newRow("17 large") << Lab{50, 2.5, 0} << Lab{73, 25, -18} << 27.1492;
    QTest::newRow("19 large") << Lab{50, 2.5, 0} << Lab{50, 3.1736, 0.5854} << 1.0000;
    QTest::newRow("25 light") << Lab{60.2574, -34.0099, 36.2677} << Lab{60.4626, -34.1751, 39.4387}
                              << 1.2644;
    QTest::newRow("34 dark") << Lab{2.0776, 0.0795, -1.1350} << Lab{0.9033, -0.0636, -0.5514}
                             << 0.9082;
}

void TestColourDifference::ciede2000MatchesSharmasTestData() {
    QFETCH(Lab, first);
    QFETCH(Lab, second);
    QFETCH(double, expected);
    const double measured = ColourDifference::ciede2000(first, second);
    QVERIFY2(std::abs(measured - expected) < 1e-4,
             qPrintable(QStringLiteral("%1, expected %2").arg(measured).arg(expected)));
    // The difference does not depend on the order.
    QVERIFY(std::abs(ColourDifference::ciede2000(second, first) - measured) < 1e-9);
}

void TestColourDifference::convertsSrgbToLab() {
    const Lab white = ColourDifference::labFromRgb(0xffffff);
    QVERIFY(std::abs(white.l - 100) < 0.01 && std::abs(white.a) < 0.01 && std::abs(white.b) < 0.01);
    const Lab black = ColourDifference::labFromRgb(0x000000);
    QVERIFY(std::abs(black.l) < 1e-9);
    const Lab red = ColourDifference::labFromRgb(0xff0000); // sRGB red under D65
    QVERIFY(std::abs(red.l - 53.24) < 0.05 && std::abs(red.a - 80.09) < 0.05 &&
            std::abs(red.b - 67.20) < 0.05);
    QCOMPARE(ColourDifference::ciede2000(0x336699, 0x336699), 0.0);
}

void TestColourDifference::contrastRatioFollowsWcag() {
    QVERIFY(std::abs(ColourDifference::contrastRatio(0x000000, 0xffffff) - 21) < 1e-9);
    QVERIFY(std::abs(ColourDifference::contrastRatio(0xffffff, 0x000000) - 21) < 1e-9);
    QCOMPARE(ColourDifference::contrastRatio(0x777777, 0x777777), 1.0);
    // #767676 on white is the lightest grey that passes 4.5:1.
    QVERIFY(ColourDifference::contrastRatio(0x767676, 0xffffff) > 4.5);
    QVERIFY(ColourDifference::contrastRatio(0x777777, 0xffffff) < 4.5);
}

QTEST_GUILESS_MAIN(TestColourDifference)
#include "tst_colourdifference.moc"
