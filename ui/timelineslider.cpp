#include "timelineslider.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

constexpr int kMargin = 14;
constexpr int kLabelHeight = 16;

} // namespace

TimelineSlider::TimelineSlider(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Version time line"));
    setMouseTracking(false);
}

QSize TimelineSlider::sizeHint() const
{
    return {600, 74};
}

QSize TimelineSlider::minimumSizeHint() const
{
    return {200, 74};
}

void TimelineSlider::setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineEvent> events, int activeVersion)
{
    std::sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.version < b.version;
    });
    m_entries = std::move(entries);
    m_events = std::move(events);
    m_activeVersion = activeVersion;
    m_scope.clear();
    if (entryIndex(m_currentVersion) < 0)
        m_currentVersion = activeVersion;
    update();
}

void TimelineSlider::setCurrentVersion(int version)
{
    if (version == m_currentVersion || entryIndex(version) < 0)
        return;
    m_currentVersion = version;
    update();
}

void TimelineSlider::setScope(std::vector<int> versions)
{
    std::sort(versions.begin(), versions.end());
    m_scope = std::move(versions);
    update();
}

int TimelineSlider::entryIndex(int version) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), version,
                                     [](const TimelineEntry &e, int v) { return e.version < v; });
    return it != m_entries.end() && it->version == version ? int(it - m_entries.begin()) : -1;
}

bool TimelineSlider::isReachable(int version) const
{
    return entryIndex(version) >= 0
        && (m_scope.empty() || std::binary_search(m_scope.begin(), m_scope.end(), version));
}

QRect TimelineSlider::axisRect() const
{
    return rect().adjusted(kMargin, 8, -kMargin, -kLabelHeight - 6);
}

int TimelineSlider::xForTime(const QDateTime &time) const
{
    const QRect axis = axisRect();
    if (m_entries.empty())
        return axis.left();
    const qint64 first = m_entries.front().createdAt.toMSecsSinceEpoch();
    qint64 last = m_entries.back().createdAt.toMSecsSinceEpoch();
    for (const TimelineEvent &event : m_events)
        last = std::max(last, event.at.toMSecsSinceEpoch());
    if (last <= first)
        return axis.left() + axis.width() / 2;
    const double fraction = double(time.toMSecsSinceEpoch() - first) / double(last - first);
    return axis.left() + int(std::lround(std::clamp(fraction, 0.0, 1.0) * axis.width()));
}

int TimelineSlider::tickPosition(int version) const
{
    const int index = entryIndex(version);
    return index < 0 ? -1 : xForTime(m_entries[std::size_t(index)].createdAt);
}

int TimelineSlider::versionNearest(int x) const
{
    int best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (const TimelineEntry &entry : m_entries) {
        if (!isReachable(entry.version))
            continue;
        // Ties (versions made in one burst) resolve to the newest, like the end of a drag.
        const int distance = std::abs(xForTime(entry.createdAt) - x);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = entry.version;
        }
    }
    return best;
}

void TimelineSlider::moveTo(int version)
{
    if (version == 0 || version == m_currentVersion)
        return;
    m_currentVersion = version;
    update();
    Q_EMIT currentVersionChanged(version);
}

bool TimelineSlider::step(int direction)
{
    int index = entryIndex(m_currentVersion);
    if (index < 0)
        return false;
    for (index += direction; index >= 0 && index < int(m_entries.size()); index += direction) {
        if (isReachable(m_entries[std::size_t(index)].version)) {
            moveTo(m_entries[std::size_t(index)].version);
            return true;
        }
    }
    return false;
}

void TimelineSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveTo(versionNearest(event->position().toPoint().x()));
}

void TimelineSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveTo(versionNearest(event->position().toPoint().x()));
}

void TimelineSlider::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        step(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        step(+1);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        for (int i = 0; i < 10; ++i)
            step(event->key() == Qt::Key_PageUp ? +1 : -1);
        return;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const int direction = event->key() == Qt::Key_Home ? -1 : +1;
        while (step(direction)) {
        }
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineSlider::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int version = versionNearest(help->pos().x());
        const int index = entryIndex(version);
        if (index >= 0) {
            const TimelineEntry &entry = m_entries[std::size_t(index)];
            QToolTip::showText(help->globalPos(),
                               tr("v%1 · %2 · %n change(s)", nullptr, entry.changeCount)
                                   .arg(version)
                                   .arg(QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat)),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineSlider::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRect axis = axisRect();
    const int baseline = axis.bottom();

    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    painter.setPen(QPen(pal.color(QPalette::Mid), 2));
    painter.drawLine(axis.left(), baseline, axis.right(), baseline);
    if (m_entries.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No versions"));
        return;
    }

    int largestChange = 1;
    for (const TimelineEntry &entry : m_entries)
        largestChange = std::max(largestChange, entry.changeCount);
    const double tallest = axis.height() - 10;
    for (const TimelineEntry &entry : m_entries) {
        const int x = xForTime(entry.createdAt);
        // Logarithmic heights keep one huge import from flattening every other tick.
        const double height = 8 + (tallest - 8) * std::log1p(entry.changeCount) / std::log1p(largestChange);
        QColor colour = pal.color(QPalette::WindowText);
        if (!isReachable(entry.version))
            colour = pal.color(QPalette::Disabled, QPalette::WindowText);
        if (entry.version == m_activeVersion)
            colour = pal.color(QPalette::Link);
        QPen pen(colour, entry.version == m_activeVersion ? 3 : 2);
        if (entry.deprecated)
            pen.setStyle(Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, baseline), QPointF(x, baseline - height));
    }

    // Rollbacks and deprecations: small triangles under the axis, labelled by letter.
    for (const TimelineEvent &event : m_events) {
        const int x = xForTime(event.at);
        QPainterPath marker;
        marker.moveTo(x, baseline + 2);
        marker.lineTo(x - 5, baseline + 10);
        marker.lineTo(x + 5, baseline + 10);
        marker.closeSubpath();
        const QColor colour = event.kind == TimelineEvent::Kind::Rollback ? QColor(0xE6, 0x9F, 0x00) : QColor(0xD5, 0x5E, 0x00);
        painter.fillPath(marker, colour);
    }

    // The current version: a handle across the axis.
    const int current = tickPosition(m_currentVersion);
    if (current >= 0) {
        const QColor handle = pal.color(QPalette::Highlight);
        painter.setPen(QPen(handle, 2));
        painter.drawLine(current, axis.top(), current, baseline);
        painter.setBrush(handle);
        painter.drawEllipse(QPointF(current, baseline), 6, 6);
    }

    // Dates of the first and last version under the ends of the axis.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    const QRect labels(axis.left(), baseline + 8, axis.width(), kLabelHeight);
    const QLocale locale;
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignBottom,
                     locale.toString(m_entries.front().createdAt.toLocalTime(), QLocale::ShortFormat));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignBottom,
                     locale.toString(m_entries.back().createdAt.toLocalTime(), QLocale::ShortFormat));
    if (isScoped()) {
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignBottom,
                         tr("stepping through %n version(s) that changed the field", nullptr, int(m_scope.size())));
    }
}

} // namespace sa::ui
