#include "articlelist/articlelistmodel.h"
#include "articlelist/datefilterbox.h"
#include "mainwindowtest.h"
#include "reader/readerview.h"
#include "testdata.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QFont>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Stands in for the desktop's browser: QDesktopServices hands it the URLs Folio opens.
class BrowserStandIn : public QObject {
    Q_OBJECT
public slots:
    void openUrl(const QUrl& url) { opened << url; }

public:
    QList<QUrl> opened;
};

QByteArray page(const char* lang, const char* title, const char* published, const char* url,
                const QString& body) {
    return u"<!doctype html><html lang=\"%1\"><head><title>%2</title>"
           "<meta property=\"article:published_time\" content=\"%3\">"
           "<link rel=\"canonical\" href=\"%4\"></head><body><nav><a href=\"/\">Home</a></nav>"
           "<article><h1>%2</h1>%5</article><footer>© Example</footer></body></html>"_s
               .arg(QString::fromLatin1(lang), QString::fromUtf8(title),
                    QString::fromLatin1(published), QString::fromLatin1(url), body)
               .toUtf8();
}

QString paragraphs(const QString& sentence, int count) {
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p>"_s + sentence + u" ("_s + QString::number(i + 1) + u")</p>"_s;
    return html;
}

} // namespace

// The list's date and language, their filters, and the reader's link to the original page.
class TestArticleListDates : public MainWindowTest {
    Q_OBJECT
private slots:
    void listShowsPublishedDateElseAddedAndLanguage();
    void languageFilterFromTheKeyboard();
    void dateFilterThroughItsDialog();
    void dateColumnSortsByPublishedElseAdded();
    void readerLinksToTheOriginalAndOOpensIt();
    void readerOffersOnlyWebAddresses();

private:
    void importPages(); // two web pages (German, English) and a plain text
    int rowOf(const QString& title) const { return rowOfTitleContaining(title); }
    QVariant cell(int row, int column, int role = Qt::DisplayRole) const {
        return m_window->articleModel()->index(row, column).data(role);
    }
};

void TestArticleListDates::importPages() {
    const QString folder = m_dir->filePath(u"pages"_s);
    const QString german = u"Der Kamerahersteller Leica arbeitet seit Jahren mit dem chinesischen "
                           "Smartphone-Konzern Xiaomi zusammen, und beide Unternehmen wollen die "
                           "Zusammenarbeit nun auf weitere Modelle ausdehnen, wie die Firmen am "
                           "Freitag in München mitteilten."_s;
    const QString english = u"Vivo and Zeiss have extended their imaging partnership for another "
                            "three years, the smartphone maker said on Thursday, adding that the "
                            "jointly developed lenses will appear in its next flagship phones."_s;
    QVERIFY(TestData::writeBytes(
        folder + u"/leica.html"_s,
        page("de", "Leica und Xiaomi bauen Partnerschaft aus", "2024-05-17T08:00:00Z",
             "https://news.example.com/2024/leica-xiaomi", paragraphs(german, 6))));
    QVERIFY(TestData::writeBytes(folder + u"/vivo.html"_s,
                                 page("en", "Vivo and Zeiss extend their partnership",
                                      "2023-11-02T10:30:00Z", "https://tech.example.org/vivo-zeiss",
                                      paragraphs(english, 6))));
    QVERIFY(TestData::writeBytes(folder + u"/plain.txt"_s, TestData::generatedArticle(3).toUtf8()));
    const ImportReport report = importFolderAndWait(folder);
    QCOMPARE(report.count(ImportItem::Outcome::Imported), 3);
    QCOMPARE(m_window->articleModel()->rowCount(), 3);
}

void TestArticleListDates::listShowsPublishedDateElseAddedAndLanguage() {
    importPages();
    const int leica = rowOf(u"Leica und Xiaomi"_s);
    const int vivo = rowOf(u"Vivo and Zeiss"_s);
    QVERIFY(leica >= 0 && vivo >= 0);
    QCOMPARE(cell(leica, ArticleListModel::DateColumn).toString(),
             QDateTime(QDate(2024, 5, 17), QTime(8, 0), Qt::UTC)
                 .toLocalTime()
                 .toString(u"yyyy-MM-dd"_s));
    QCOMPARE(cell(leica, ArticleListModel::LanguageColumn).toString(), u"DE"_s);
    QCOMPARE(cell(vivo, ArticleListModel::LanguageColumn).toString(), u"EN"_s);
    QVERIFY(cell(leica, ArticleListModel::LanguageColumn, Qt::ToolTipRole).toString() ==
            u"German"_s);
    QVERIFY(!cell(leica, ArticleListModel::DateColumn, Qt::FontRole).value<QFont>().italic());
    QVERIFY(cell(leica, ArticleListModel::DateColumn, Qt::ToolTipRole)
                .toString()
                .startsWith(u"Published"_s));
    // The plain text says nothing of its date: the day it was added, in italics, says so.
    const int plain = 3 - leica - vivo; // rows 0, 1, 2
    QCOMPARE(cell(plain, ArticleListModel::DateColumn).toString(),
             QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    QVERIFY(cell(plain, ArticleListModel::DateColumn, Qt::FontRole).value<QFont>().italic());
    QVERIFY(cell(plain, ArticleListModel::DateColumn, Qt::ToolTipRole)
                .toString()
                .contains(u"no date of publication"_s));
}

void TestArticleListDates::languageFilterFromTheKeyboard() {
    importPages();
    auto* languages = m_window->findChild<QComboBox*>(u"languageFilter"_s);
    QVERIFY(languages);
    // By name, as the user reads them.
    QCOMPARE(languages->itemText(1), u"English"_s);
    QCOMPARE(languages->itemText(2), u"German"_s);
    languages->setFocus();
    while (languages->currentText() != u"German"_s &&
           languages->currentIndex() < languages->count() - 1)
        QTest::keyClick(languages, Qt::Key_Down);
    QCOMPARE(languages->currentText(), u"German"_s);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(cell(0, ArticleListModel::TitleColumn).toString().startsWith(u"Leica"_s));
    QTest::keyClick(languages, Qt::Key_Home); // back to every language
    QCOMPARE(m_window->articleModel()->rowCount(), 3);
}

void TestArticleListDates::dateFilterThroughItsDialog() {
    importPages();
    auto* dates = m_window->findChild<DateFilterBox*>(u"dateFilter"_s);
    QVERIFY(dates);
    // Cancelling the dialog keeps the list as it was.
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    dates->setFocus();
    QTest::keyClick(dates, Qt::Key_End); // "Choose Dates…"
    QCOMPARE(dates->currentIndex(), 0);
    QCOMPARE(m_window->articleModel()->rowCount(), 3);

    // May 2024 holds the Leica article only.
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QDateEdit*>(u"firstDay"_s)->setDate(QDate(2024, 5, 1));
        dialog->findChild<QDateEdit*>(u"lastDay"_s)->setDate(QDate(2024, 5, 31));
        filled = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(dates, Qt::Key_End);
    QVERIFY(filled);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(cell(0, ArticleListModel::TitleColumn).toString().startsWith(u"Leica"_s));
    QVERIFY2(dates->currentText().contains(u"2024"_s) || dates->currentText().contains(u"24"_s),
             qPrintable(dates->currentText()));

    // The presets count back from today: the article added today is in "Today", the pages not.
    QTest::keyClick(dates, Qt::Key_Home);
    QCOMPARE(m_window->articleModel()->rowCount(), 3);
    QTest::keyClick(dates, Qt::Key_Down); // Today
    QCOMPARE(dates->currentText(), u"Today"_s);
    QCOMPARE(m_window->articleModel()->rowCount(), 1);
    QVERIFY(!cell(0, ArticleListModel::TitleColumn).toString().startsWith(u"Leica"_s));
    QTest::keyClick(dates, Qt::Key_Up); // Any date
    QCOMPARE(dates->currentIndex(), 0);
    QCOMPARE(m_window->articleModel()->rowCount(), 3);
}

void TestArticleListDates::dateColumnSortsByPublishedElseAdded() {
    importPages();
    auto* model = m_window->articleModel();
    model->sort(ArticleListModel::DateColumn, Qt::AscendingOrder);
    QVERIFY(cell(0, ArticleListModel::TitleColumn).toString().startsWith(u"Vivo"_s));
    QVERIFY(cell(1, ArticleListModel::TitleColumn).toString().startsWith(u"Leica"_s));
    model->sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
    QVERIFY(cell(2, ArticleListModel::TitleColumn).toString().startsWith(u"Vivo"_s));
    model->sort(ArticleListModel::LanguageColumn,
                Qt::DescendingOrder); // en, de, then unknown/other
    QCOMPARE(cell(0, ArticleListModel::LanguageColumn).toString(), u"EN"_s);
}

void TestArticleListDates::readerLinksToTheOriginalAndOOpensIt() {
    importPages();
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(u"https"_s, &browser, "openUrl");
    list()->setCurrentIndex(m_window->articleModel()->index(rowOf(u"Leica"_s), 0));
    ReaderView* reader = m_window->reader();
    const QUrl expected(u"https://news.example.com/2024/leica-xiaomi"_s);
    QCOMPARE(reader->originalUrl(), expected);
    // The header names the site as a link to the whole address.
    QString linkText;
    for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == expected.toString())
                linkText = it.fragment().text();
        }
    }
    QCOMPARE(linkText, u"news.example.com"_s);

    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_O);
    QCOMPARE(browser.opened, QList<QUrl>{expected});

    // An article that gives no address says so instead of doing nothing.
    list()->setCurrentIndex(
        m_window->articleModel()->index(3 - rowOf(u"Leica"_s) - rowOf(u"Vivo"_s), 0));
    QVERIFY(reader->originalUrl().isEmpty());
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_O);
    QCOMPARE(browser.opened.size(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no web address"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestArticleListDates::readerOffersOnlyWebAddresses() {
    ReaderView reader;
    Article article = TestData::article(TestData::generatedArticle(1));
    article.id = 7;
    for (const QString& url : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"https://"_s,
                               u"ftp://example.com/a"_s, u"not a url"_s}) {
        article.url = url;
        reader.showArticle(article);
        QVERIFY2(reader.originalUrl().isEmpty(), qPrintable(url));
        QVERIFY2(!reader.document()->toHtml().contains(u"href"_s), qPrintable(url));
    }
    article.url = u"http://example.com/a?b=1#c"_s;
    reader.showArticle(article);
    QCOMPARE(reader.originalUrl(), QUrl(u"http://example.com/a?b=1#c"_s));
}

QTEST_MAIN(TestArticleListDates)
#include "tst_articlelistdates.moc"
