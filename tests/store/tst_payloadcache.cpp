// The LRU payload cache: bounded in bytes, least recently used out first, thread-safe.
#include "core/store/payloadcache.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using sa::core::PayloadCache;

class tst_PayloadCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evictsLeastRecentlyUsedBeyondCapacity();
    void replacingAnEntryKeepsTheSizeRight();
    void payloadLargerThanCapacityIsNotKept();
    void concurrentUseKeepsTheBound();
};

void tst_PayloadCache::evictsLeastRecentlyUsedBeyondCapacity()
{
    PayloadCache cache(300);
    cache.insert(u"a"_s, QByteArray(100, 'a'));
    cache.insert(u"b"_s, QByteArray(100, 'b'));
    cache.insert(u"c"_s, QByteArray(100, 'c'));
    QCOMPARE(cache.sizeBytes(), 300);
    // Touching "a" makes "b" the least recently used.
    QCOMPARE(cache.find(u"a"_s), std::optional(QByteArray(100, 'a')));
    cache.insert(u"d"_s, QByteArray(150, 'd'));
    QVERIFY(!cache.find(u"b"_s));
    QVERIFY(!cache.find(u"c"_s));
    QVERIFY(cache.find(u"a"_s));
    QVERIFY(cache.find(u"d"_s));
    QCOMPARE(cache.sizeBytes(), 250);
    QCOMPARE(cache.count(), 2);
}

void tst_PayloadCache::replacingAnEntryKeepsTheSizeRight()
{
    PayloadCache cache(1000);
    cache.insert(u"a"_s, QByteArray(100, 'a'));
    cache.insert(u"a"_s, QByteArray(40, 'x'));
    QCOMPARE(cache.sizeBytes(), 40);
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.find(u"a"_s), std::optional(QByteArray(40, 'x')));
}

void tst_PayloadCache::payloadLargerThanCapacityIsNotKept()
{
    PayloadCache cache(100);
    cache.insert(u"small"_s, QByteArray(60, 's'));
    cache.insert(u"huge"_s, QByteArray(101, 'h'));
    QVERIFY(!cache.find(u"huge"_s));
    QVERIFY(cache.find(u"small"_s));
}

void tst_PayloadCache::concurrentUseKeepsTheBound()
{
    PayloadCache cache(10 * 1024);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&cache, t] {
            for (int i = 0; i < 2000; ++i) {
                const QString id = u"%1-%2"_s.arg(t).arg(i % 50);
                if (!cache.find(id))
                    cache.insert(id, QByteArray(100 + i % 200, char('a' + t)));
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QVERIFY(cache.sizeBytes() <= cache.capacityBytes());
    QVERIFY(cache.count() > 0);
}

QTEST_GUILESS_MAIN(tst_PayloadCache)
#include "tst_payloadcache.moc"
