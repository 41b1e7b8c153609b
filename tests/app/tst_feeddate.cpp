#include "import/feed/feeddate.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The date forms real feeds write (RFC 822 in all its variants, ISO 8601 / RFC 3339), each
// read as the same instant in UTC; and what is not a date.
class TestFeedDate : public QObject {
    Q_OBJECT
private slots:
    void parsesRealWorldForms_data();
    void parsesRealWorldForms();
    void rejectsWhatIsNotADate_data();
    void rejectsWhatIsNotADate();
};

void TestFeedDate::parsesRealWorldForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");
    const auto at = [](int h, int m, int s = 0, int ms = 0) {
        return QDateTime(QDate(2024, 3, 5), QTime(h, m, s, ms), Qt::UTC);
    };
    // RFC 822 / 2822 as RSS's pubDate
    QTest::newRow("RFC 2822, +0000") << u"Tue, 05 Mar 2024 14:30:00 +0000"_s << at(14, 30);
    QTest::newRow("numeric offset") << u"Tue, 05 Mar 2024 14:30:00 +0100"_s << at(13, 30);
    QTest::newRow("negative offset with colon")
        << u"Tue, 05 Mar 2024 09:30:00 -05:00"_s << at(14, 30);
    QTest::newRow("GMT") << u"Tue, 05 Mar 2024 14:30:00 GMT"_s << at(14, 30);
    QTest::newRow("UT") << u"Tue, 05 Mar 2024 14:30:00 UT"_s << at(14, 30);
    QTest::newRow("EST") << u"Tue, 05 Mar 2024 09:30:00 EST"_s << at(14, 30);
    QTest::newRow("PDT") << u"Tue, 05 Mar 2024 07:30:00 PDT"_s << at(14, 30);
    QTest::newRow("CET") << u"Tue, 05 Mar 2024 15:30:00 CET"_s << at(14, 30);
    QTest::newRow("CEST") << u"Tue, 05 Mar 2024 16:30:00 CEST"_s << at(14, 30);
    QTest::newRow("IST is India") << u"Tue, 05 Mar 2024 20:00:00 IST"_s << at(14, 30);
    QTest::newRow("offset and zone comment")
        << u"Tue, 05 Mar 2024 15:30:00 +0100 (CET)"_s << at(14, 30);
    QTest::newRow("GMT+1") << u"Tue, 05 Mar 2024 15:30:00 GMT+1"_s << at(14, 30);
    QTest::newRow("no seconds") << u"Tue, 05 Mar 2024 14:30 GMT"_s << at(14, 30);
    QTest::newRow("no day name") << u"05 Mar 2024 14:30:00 +0000"_s << at(14, 30);
    QTest::newRow("one-digit day and hour") << u"Tue, 5 Mar 2024 9:05:00 +0000"_s << at(9, 5);
    QTest::newRow("full day and month names")
        << u"Tuesday, 5 March 2024 14:30:00 GMT"_s << at(14, 30);
    QTest::newRow("no comma") << u"Tue 05 Mar 2024 14:30:00 GMT"_s << at(14, 30);
    QTest::newRow("two-digit year") << u"Tue, 05 Mar 24 14:30:00 GMT"_s << at(14, 30);
    QTest::newRow("lower-case month") << u"tue, 05 mar 2024 14:30:00 gmt"_s << at(14, 30);
    QTest::newRow("no zone: UTC") << u"Tue, 05 Mar 2024 14:30:00"_s << at(14, 30);
    QTest::newRow("month first, US style") << u"Mar 5, 2024 2:30:00 PM GMT"_s << at(14, 30);
    QTest::newRow("midnight 12 AM") << u"Mar 5, 2024 12:10 AM"_s << at(0, 10);
    QTest::newRow("dashed day-month-year") << u"05-Mar-2024 14:30:00 GMT"_s << at(14, 30);
    QTest::newRow("German day and month") << u"Di, 05 Mär 2024 15:30:00 +0100"_s << at(14, 30);
    QTest::newRow("German with dots") << u"Di., 05. März 2024 15:30:00 MEZ"_s << at(14, 30);
    QTest::newRow("German Okt/Dez") << u"Mi, 09 Okt 2024 10:00:00 +0200"_s
                                    << QDateTime(QDate(2024, 10, 9), QTime(8, 0), Qt::UTC);
    QTest::newRow("German Mai, MESZ") << u"Freitag, 17 Mai 2024 10:00 MESZ"_s
                                      << QDateTime(QDate(2024, 5, 17), QTime(8, 0), Qt::UTC);
    QTest::newRow("extra whitespace") << u"  Tue,  05 Mar 2024\n 14:30:00  +0000 "_s << at(14, 30);
    // ISO 8601 / RFC 3339 as Atom and dc:date
    QTest::newRow("RFC 3339 Z") << u"2024-03-05T14:30:00Z"_s << at(14, 30);
    QTest::newRow("RFC 3339 offset") << u"2024-03-05T15:30:00+01:00"_s << at(14, 30);
    QTest::newRow("fraction") << u"2024-03-05T14:30:00.123456Z"_s << at(14, 30, 0, 123);
    QTest::newRow("no seconds, offset") << u"2024-03-05T15:30+01:00"_s << at(14, 30);
    QTest::newRow("offset without colon") << u"2024-03-05T15:30:00+0100"_s << at(14, 30);
    QTest::newRow("space, no zone") << u"2024-03-05 14:30:00"_s << at(14, 30);
    QTest::newRow("lower-case t and z") << u"2024-03-05t14:30:00z"_s << at(14, 30);
    QTest::newRow("basic format") << u"20240305T143000Z"_s << at(14, 30);
    QTest::newRow("date only") << u"2024-03-05"_s << at(0, 0);
}

void TestFeedDate::parsesRealWorldForms() {
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const QDateTime parsed = FeedDate::parse(text);
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed, utc);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestFeedDate::rejectsWhatIsNotADate_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"sometime next week"_s;
    QTest::newRow("no year") << u"Tue, 05 Mar 14:30:00 GMT"_s;
    QTest::newRow("no month") << u"05 2024 14:30"_s;
    QTest::newRow("impossible day") << u"31 Feb 2024 10:00:00 GMT"_s;
    QTest::newRow("impossible ISO month") << u"2024-13-05T10:00:00Z"_s;
    QTest::newRow("impossible hour") << u"Tue, 05 Mar 2024 25:61:00 GMT"_s;
    QTest::newRow("very long") << QString(5000, u'5');
}

void TestFeedDate::rejectsWhatIsNotADate() {
    QFETCH(QString, text);
    QVERIFY(!FeedDate::parse(text).isValid());
}

QTEST_GUILESS_MAIN(TestFeedDate)
#include "tst_feeddate.moc"
