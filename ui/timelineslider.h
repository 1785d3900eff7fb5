#pragma once

#include <QDateTime>
#include <QWidget>

#include <vector>

namespace sa::ui {

// One version of a report on the time line.
struct TimelineEntry
{
    int version = 0;
    QDateTime createdAt;
    int changeCount = 0; // size of the change from its parent: the tick's height
    bool deprecated = false;
};

// Something that happened to the report after a version was made, marked on the axis.
struct TimelineEvent
{
    enum class Kind { Rollback, Deprecation };
    Kind kind = Kind::Rollback;
    QDateTime at;
    int version = 0; // the version rolled back to, or deprecated
};

// A slider over a report's versions along a time axis: ticks where versions were made (their
// height the size of the change), the active version highlighted, rollbacks and deprecations
// marked. Dragging, clicking and the keyboard move between versions; with a scope set, only
// the versions in it can be reached (e.g. those that changed one field).
class TimelineSlider : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineSlider(QWidget *parent = nullptr);

    void setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineEvent> events, int activeVersion);
    void setCurrentVersion(int version);
    int currentVersion() const { return m_currentVersion; }
    // Versions the slider may stop at; empty: all.
    void setScope(std::vector<int> versions);
    bool isScoped() const { return !m_scope.empty(); }

    // Steps to the next or previous reachable version; false at either end.
    bool step(int direction);
    // The x coordinate of a version's tick (for tests and tooltips); -1 when unknown.
    int tickPosition(int version) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user moved to another version (also while dragging).
    void currentVersionChanged(int version);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect axisRect() const;
    int xForTime(const QDateTime &time) const;
    bool isReachable(int version) const;
    // The reachable version whose tick is nearest to x, or 0.
    int versionNearest(int x) const;
    void moveTo(int version);
    int entryIndex(int version) const;

    std::vector<TimelineEntry> m_entries; // oldest first
    std::vector<TimelineEvent> m_events;
    std::vector<int> m_scope; // sorted
    int m_activeVersion = 0;
    int m_currentVersion = 0;
};

} // namespace sa::ui
