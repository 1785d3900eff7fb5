#include "core/json/jsonparser.h"
#include "core/json/jsonsearch.h"

#include <QTest>

using namespace sa::core;
using namespace Qt::StringLiterals;

class tst_JsonSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNamesAndValues_data();
    void findsNamesAndValues();
    void stopsAtLimitAndOnCancel();
};

using Pointers = std::vector<std::string>;

void tst_JsonSearch::findsNamesAndValues_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Pointers>("expected");
    QTest::newRow("value, case-insensitive") << u"núñez"_s << Pointers{"/owners/0/name"};
    QTest::newRow("member name and nested values") << u"owner"_s << Pointers{"/owners", "/owners/1/note"};
    QTest::newRow("number in canonical form") << u"1e+21"_s << Pointers{"/big"};
    QTest::newRow("escaped pointer") << u"x"_s << Pointers{"/a~1x"};
    QTest::newRow("literal") << u"null"_s << Pointers{"/owners/1/share"};
    QTest::newRow("nothing") << u"zzz"_s << Pointers{};
}

void tst_JsonSearch::findsNamesAndValues()
{
    QFETCH(QString, needle);
    QFETCH(Pointers, expected);
    const auto parsed = parseJson(R"({"owners":[{"name":"Ana NÚÑEZ"},{"note":"co-owner","share":null}],
                                     "big":1e21,"a/x":0})"_ba);
    QVERIFY(parsed.hasValue());
    QCOMPARE(findInJson(parsed->document->root(), needle), expected);
}

void tst_JsonSearch::stopsAtLimitAndOnCancel()
{
    QByteArray json = "[";
    for (int i = 0; i < 20000; ++i)
        json += (i ? ",\"item\"" : "\"item\"");
    json += "]";
    const auto parsed = parseJson(json);
    QVERIFY(parsed.hasValue());
    QCOMPARE(findInJson(parsed->document->root(), u"item"_s, 25).size(), std::size_t(25));
    int calls = 0;
    const auto cancelled = findInJson(parsed->document->root(), u"item"_s, 100000, [&] { return ++calls >= 2; });
    QVERIFY(cancelled.size() < 20000);
    QVERIFY(calls >= 2);
}

QTEST_GUILESS_MAIN(tst_JsonSearch)
#include "tst_jsonsearch.moc"
