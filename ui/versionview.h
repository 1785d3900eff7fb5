#pragma once

#include "timelineslider.h"

#include "core/json/jsondocument.h"
#include "core/store/snapshot.h"

#include <QFutureWatcher>
#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace sa::ui {

class JsonTreeModel;

// One version of a report as a JSON tree, with a find bar, and the time-line slider under it
// to travel across the report's versions. Owns no data source: the window feeds it the
// time line and each loaded version, and hears versionRequested() when the user scrubs.
class VersionView : public QWidget
{
    Q_OBJECT

public:
    explicit VersionView(QWidget *parent = nullptr);

    void setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineEvent> events, int activeVersion,
                     int versionCount);
    // Shows a loaded version, keeping the expanded nodes and the selection where they exist.
    // `proof`: how the payload was verified, said in the title when it is not its own checksum.
    void showVersion(const core::SnapshotSummary &summary, core::JsonDocumentPtr document,
                     const core::PayloadProof &proof = {});
    void showLoading(int version);
    void clear();

    TimelineSlider *slider() const { return m_slider; }
    QTreeView *tree() const { return m_tree; }
    JsonTreeModel *model() const { return m_model; }
    int shownVersion() const { return m_summary.version; }
    // The JSON Pointer of the selected node, or an empty string.
    QString selectedPointer() const;
    bool selectPointer(const QString &pointer);

    void focusFind();

Q_SIGNALS:
    void versionRequested(int version);
    void fieldHistoryRequested(const QString &pointer);

private:
    void find();
    void showMatch(int step);
    void copySelection(int role);
    void showContextMenu(const QPoint &position);
    std::vector<QString> expandedPointers() const;
    void updateTitle();
    static QString proofNote(const core::PayloadProof &proof);

    JsonTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_title;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    TimelineSlider *m_slider;
    core::SnapshotSummary m_summary;
    core::PayloadProof m_proof;
    int m_activeVersion = 0;
    int m_versionCount = 0;
    QFutureWatcher<std::vector<std::string>> m_findWatcher;
    std::vector<std::string> m_matches;
    int m_currentMatch = -1;
};

} // namespace sa::ui
