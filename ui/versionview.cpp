#include "versionview.h"

#include "jsontreemodel.h"

#include "core/json/jsonpointer.h"
#include "core/json/jsonsearch.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa::ui {

VersionView::VersionView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_findEdit(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_slider(new TimelineSlider(this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // keeps 100,000-row arrays fast to scroll
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 260);

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findEdit->setPlaceholderText(tr("Find in this version (Ctrl+F): member names and values"));
    m_findEdit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    m_findStatus->setMinimumWidth(110);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_findStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(findRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_slider);

    auto *findNext = new QAction(tr("Find next"), this);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *findPrevious = new QAction(tr("Find previous"), this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    findPrevious->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({findNext, findPrevious});

    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        m_matches.empty() || m_currentMatch < 0 ? find() : showMatch(+1);
    });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        m_matches.clear();
        m_currentMatch = -1;
        m_findStatus->clear();
    });
    connect(next, &QToolButton::clicked, this, [this] { m_matches.empty() ? find() : showMatch(+1); });
    connect(previous, &QToolButton::clicked, this, [this] { m_matches.empty() ? find() : showMatch(-1); });
    connect(findNext, &QAction::triggered, next, &QToolButton::click);
    connect(findPrevious, &QAction::triggered, previous, &QToolButton::click);
    connect(&m_findWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_findWatcher.isCanceled())
            return;
        m_matches = m_findWatcher.result();
        m_currentMatch = -1;
        if (m_matches.empty())
            m_findStatus->setText(tr("No matches"));
        else
            showMatch(+1);
    });
    connect(m_slider, &TimelineSlider::currentVersionChanged, this, &VersionView::versionRequested);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &VersionView::showContextMenu);
    updateTitle();
}

void VersionView::setTimeline(std::vector<TimelineEntry> entries, std::vector<TimelineEvent> events, int activeVersion,
                              int versionCount)
{
    m_activeVersion = activeVersion;
    m_versionCount = versionCount;
    m_slider->setTimeline(std::move(entries), std::move(events), activeVersion);
    updateTitle();
}

void VersionView::showLoading(int version)
{
    m_slider->setCurrentVersion(version);
    m_title->setText(tr("Loading v%1…").arg(version));
}

void VersionView::clear()
{
    m_model->setDocument({});
    m_summary = {};
    m_proof = {};
    m_slider->setTimeline({}, {}, 0);
    updateTitle();
}

std::vector<QString> VersionView::expandedPointers() const
{
    std::vector<QString> pointers;
    std::vector<QModelIndex> pending{m_model->index(0, 0)};
    while (!pending.empty()) {
        const QModelIndex index = pending.back();
        pending.pop_back();
        if (!index.isValid() || !m_tree->isExpanded(index))
            continue;
        pointers.push_back(m_model->pointerOf(index));
        for (int row = 0; row < m_model->rowCount(index); ++row)
            pending.push_back(m_model->index(row, 0, index));
    }
    return pointers;
}

void VersionView::showVersion(const core::SnapshotSummary &summary, core::JsonDocumentPtr document,
                              const core::PayloadProof &proof)
{
    // Travelling in time keeps the reader's place: same nodes open, same node selected.
    const std::vector<QString> expanded = m_model->document() ? expandedPointers() : std::vector<QString>{u""_s};
    const QString selected = selectedPointer();
    m_summary = summary;
    m_proof = proof;
    m_model->setDocument(std::move(document));
    for (const QString &pointer : expanded) {
        const auto parsed = core::JsonPointer::parse(pointer.toStdString());
        if (parsed) {
            const QModelIndex index = m_model->indexForPointer(*parsed);
            if (index.isValid())
                m_tree->expand(index);
        }
    }
    if (!selected.isEmpty())
        selectPointer(selected);
    m_slider->setCurrentVersion(summary.version);
    m_matches.clear();
    m_currentMatch = -1;
    m_findStatus->clear();
    updateTitle();
}

QString VersionView::proofNote(const core::PayloadProof &proof)
{
    switch (proof.kind) {
    case core::PayloadProof::Kind::Checksum:
        return {};
    case core::PayloadProof::Kind::LegacyChecksum:
        //: %1 and %2: numbers of values in the document
        return tr(" · CCP-04 legacy checksum: covers %1 of %2 values").arg(proof.coveredValues).arg(proof.totalValues);
    case core::PayloadProof::Kind::RecordedChecksum:
        //: %1: who recorded the checksum, %2: when
        return tr(" · CCP-04 version: full checksum recorded by %1 on %2")
            .arg(proof.recordedBy, QLocale().toString(proof.recordedAt.toLocalTime(), QLocale::ShortFormat));
    case core::PayloadProof::Kind::Repaired:
        //: %1: who recorded the repair, %2: when
        return tr(" · REPAIRED: the stored row is damaged; showing the repair %1 recorded on %2")
            .arg(proof.recordedBy, QLocale().toString(proof.recordedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

void VersionView::updateTitle()
{
    if (m_summary.version == 0) {
        m_title->setText(tr("No version selected"));
        return;
    }
    const QString when = QLocale().toString(m_summary.createdAt.toLocalTime(), QLocale::ShortFormat);
    QString text = tr("Viewing v%1 of %2 · active: v%3 · %4 by %5")
                       .arg(m_summary.version)
                       .arg(m_versionCount)
                       .arg(m_activeVersion)
                       .arg(when, m_summary.createdBy);
    if (m_summary.deprecatedAt.isValid())
        text += tr(" · deprecated: %1").arg(m_summary.deprecatedReason);
    text += proofNote(m_proof);
    m_title->setText(text);
}

QString VersionView::selectedPointer() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->pointerOf(current) : QString();
}

bool VersionView::selectPointer(const QString &pointer)
{
    const auto parsed = core::JsonPointer::parse(pointer.toStdString());
    if (!parsed)
        return false;
    const QModelIndex index = m_model->indexForPointer(*parsed);
    if (!index.isValid())
        return false;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void VersionView::focusFind()
{
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void VersionView::find()
{
    const core::JsonDocumentPtr document = m_model->document();
    const QString needle = m_findEdit->text();
    if (!document || needle.isEmpty())
        return;
    m_findWatcher.cancel();
    m_findStatus->setText(tr("Searching…"));
    m_findWatcher.setFuture(QtConcurrent::run([document, needle](QPromise<std::vector<std::string>> &promise) {
        promise.addResult(core::findInJson(document->root(), needle, 10000, [&promise] { return promise.isCanceled(); }));
    }));
}

void VersionView::showMatch(int step)
{
    if (m_matches.empty())
        return;
    const int count = int(m_matches.size());
    m_currentMatch = ((m_currentMatch + step) % count + count) % count;
    selectPointer(QString::fromStdString(m_matches[std::size_t(m_currentMatch)]));
    m_findStatus->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(count));
}

void VersionView::copySelection(int role)
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(role).toString());
}

void VersionView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Copy JSON &Pointer"), this, [this] { copySelection(JsonTreeModel::PointerRole); });
    menu.addAction(tr("Copy &Value as JSON"), this, [this] { copySelection(JsonTreeModel::JsonTextRole); });
    menu.addSeparator();
    menu.addAction(tr("&History of this field…"), this, [this] { Q_EMIT fieldHistoryRequested(selectedPointer()); });
    menu.addAction(tr("&Expand all below"), this, [this, index] { m_tree->expandRecursively(index, 3); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace sa::ui
