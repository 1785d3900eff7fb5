// The GUI thread never waits on the database or on work that grows with the data: while the
// window loads and compares two 10 MB versions and the slider is scrubbed across them, a
// timer on the GUI thread measures the longest gap between its ticks.
#include "ui/compareview.h"
#include "ui/mainwindow.h"
#include "ui/timelineslider.h"
#include "ui/versionview.h"

#include "core/demo/parcelgenerator.h"
#include "core/store/connectionprovider.h"
#include "core/store/opendatabase.h"
#include "core/store/snapshotstore.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sa::core;
using namespace sa::ui;

namespace {

constexpr qsizetype kDocumentBytes = 10 * 1024 * 1024;
constexpr int kVersions = 4;
constexpr qint64 kMaxGapMs = 50;

// Ticks every few milliseconds on the GUI thread and remembers the longest gap.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestPhases = m_phasesSinceTick;
            }
            m_phasesSinceTick = m_phase;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }
    // Names what the test is doing, so a failure says where the thread was blocked (a gap
    // is blamed on every phase entered since the tick before it).
    void setPhase(const QString &phase)
    {
        m_phase = phase;
        m_phasesSinceTick += u" → "_s + phase;
    }
    QString longestPhases() const { return m_longestPhases; }

private:
    QString m_phase = u"start"_s;
    QString m_phasesSinceTick = m_phase;
    QString m_longestPhases;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class tst_Responsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadCompareAndScrubLargeVersions();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void tst_Responsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"large.sqlite"_s);
    DatabaseConfig config;
    config.sqlitePath = m_database;
    const auto opened = openDatabase(config, {}, SchemaPolicy::Migrate);
    QVERIFY(opened.hasValue());
    SnapshotStore store(*opened->connections);
    ParcelGenerator generator(7, 1, kDocumentBytes);
    for (int version = 1; version <= kVersions; ++version) {
        CreateSnapshotRequest request;
        request.reportId = u"LARGE-1"_s;
        request.json = generator.toJson();
        QVERIFY(request.json.size() > kDocumentBytes / 2);
        const auto created = store.create(request);
        QVERIFY2(created.hasValue(), created.hasValue() ? "" : qPrintable(created.error().message));
        generator.advance();
    }
}

void tst_Responsiveness::loadCompareAndScrubLargeVersions()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    connect(&window, &MainWindow::errorShown, this, [](const QString &message) { qWarning("%s", qPrintable(message)); });
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy shown(&window, &MainWindow::versionShown);

    GapMeter meter;
    meter.setPhase(u"open"_s);
    window.openLocation(m_database);
    QVERIFY(!opened.isEmpty() || opened.wait(30000));
    meter.setPhase(u"load active version"_s);
    window.showReport(u"LARGE-1"_s);
    QVERIFY(!shown.isEmpty() || shown.wait(30000));

    auto *compareView = window.findChild<CompareView *>();
    QSignalSpy compared(compareView, &CompareView::comparisonLoaded);
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"Compare with &Previous Version"_s)
            action->trigger();
    }
    meter.setPhase(u"compare"_s);
    QVERIFY(!compared.isEmpty() || compared.wait(60000));
    meter.setPhase(u"next change"_s);
    compareView->goToNextChange();
    meter.setPhase(u"scrub"_s);

    // Scrub back and forth faster than versions load: only the last request may win. The
    // pauses run a real event loop (QTest::qWait would hold the meter's timer back).
    TimelineSlider *slider = window.findChild<VersionView *>()->slider();
    const int start = slider->currentVersion();
    for (const int direction : {-1, -1, -1, +1, -1, +1, +1, -1, -1, +1, -1, +1}) {
        slider->step(direction);
        QEventLoop pause;
        QTimer::singleShot(15, &pause, &QEventLoop::quit);
        pause.exec();
    }
    const int target = slider->currentVersion();
    QVERIFY(target != start);
    // QSignalSpy::wait runs a real event loop (QTRY_* would poll with qWait).
    while (shown.isEmpty() || shown.last().at(0).toInt() != target)
        QVERIFY(shown.wait(60000));
    QCOMPARE(window.findChild<VersionView *>()->shownVersion(), target);
    // Let every stale answer arrive too: dropping them must not block either.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();

    qInfo("longest gap between GUI-thread timer ticks: %lld ms, during %s (limit %lld ms)", meter.longestGapMs(),
          qPrintable(meter.longestPhases()), kMaxGapMs);
    QVERIFY2(meter.longestGapMs() < kMaxGapMs,
             qPrintable(u"the GUI thread was blocked for %1 ms during %2"_s.arg(meter.longestGapMs())
                            .arg(meter.longestPhases())));
}

QTEST_MAIN(tst_Responsiveness)
#include "tst_responsiveness.moc"
