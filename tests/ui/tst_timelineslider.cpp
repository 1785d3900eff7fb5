#include "ui/timelineslider.h"

#include <QSignalSpy>
#include <QTest>

using namespace sa::ui;

class tst_TimelineSlider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardStepsThroughVersions();
    void scopeLimitsTheStops();
    void clickSnapsToNearestTick();
    void ticksFollowTime();
    void paintsWithoutData();

private:
    TimelineSlider *m_slider = nullptr;
};

void tst_TimelineSlider::init()
{
    m_slider = new TimelineSlider;
    m_slider->resize(620, 80);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    std::vector<TimelineEntry> entries;
    for (int v = 1; v <= 6; ++v)
        entries.push_back({v, start.addDays(v * 2), v * 3, v == 4});
    m_slider->setTimeline(entries, {{TimelineEvent::Kind::Rollback, start.addDays(13), 3}}, 6);
}

void tst_TimelineSlider::cleanup()
{
    delete m_slider;
}

void tst_TimelineSlider::keyboardStepsThroughVersions()
{
    QCOMPARE(m_slider->currentVersion(), 6); // starts on the active version
    QSignalSpy changed(m_slider, &TimelineSlider::currentVersionChanged);
    QTest::keyClick(m_slider, Qt::Key_Left);
    QTest::keyClick(m_slider, Qt::Key_Left);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toInt(), 4);
    QTest::keyClick(m_slider, Qt::Key_Home);
    QCOMPARE(m_slider->currentVersion(), 1);
    QVERIFY(!m_slider->step(-1));
    QTest::keyClick(m_slider, Qt::Key_End);
    QCOMPARE(m_slider->currentVersion(), 6);
    QCOMPARE(changed.last().at(0).toInt(), 6);
}

void tst_TimelineSlider::scopeLimitsTheStops()
{
    m_slider->setScope({2, 5});
    QVERIFY(m_slider->isScoped());
    QSignalSpy changed(m_slider, &TimelineSlider::currentVersionChanged);
    QTest::keyClick(m_slider, Qt::Key_Left);
    QCOMPARE(m_slider->currentVersion(), 5);
    QTest::keyClick(m_slider, Qt::Key_Left);
    QCOMPARE(m_slider->currentVersion(), 2);
    QVERIFY(!m_slider->step(-1));
    QCOMPARE(changed.size(), 2);
    // Clicking on an out-of-scope tick stops at the nearest version in scope.
    QTest::mouseClick(m_slider, Qt::LeftButton, {}, QPoint(m_slider->tickPosition(4), 40));
    QCOMPARE(m_slider->currentVersion(), 5);
}

void tst_TimelineSlider::clickSnapsToNearestTick()
{
    QSignalSpy changed(m_slider, &TimelineSlider::currentVersionChanged);
    QTest::mouseClick(m_slider, Qt::LeftButton, {}, QPoint(m_slider->tickPosition(2) + 3, 40));
    QCOMPARE(m_slider->currentVersion(), 2);
    QCOMPARE(changed.size(), 1);
    QTest::mouseClick(m_slider, Qt::LeftButton, {}, QPoint(m_slider->tickPosition(2), 40));
    QCOMPARE(changed.size(), 1); // same version: no signal
}

void tst_TimelineSlider::ticksFollowTime()
{
    // Equal time steps give equal distances; the rollback after v6 extends the axis.
    const int step = m_slider->tickPosition(2) - m_slider->tickPosition(1);
    QVERIFY(step > 0);
    QVERIFY(qAbs((m_slider->tickPosition(6) - m_slider->tickPosition(5)) - step) <= 1);
    QVERIFY(m_slider->tickPosition(6) < m_slider->width() - 20);
    QCOMPARE(m_slider->tickPosition(42), -1);
}

void tst_TimelineSlider::paintsWithoutData()
{
    TimelineSlider empty;
    empty.resize(300, 80);
    const QImage image = empty.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(empty.currentVersion(), 0);
    QVERIFY(!empty.step(1));
    QVERIFY(!m_slider->grab().toImage().isNull());
}

QTEST_MAIN(tst_TimelineSlider)
#include "tst_timelineslider.moc"
