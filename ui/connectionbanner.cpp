#include "connectionbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sa::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"ConnectionBanner"_s);
    // Okabe–Ito orange, readable with dark text in light and dark palettes alike.
    setStyleSheet(u"#ConnectionBanner { background: #E69F00; } #ConnectionBanner QLabel { color: #1a1a1a; }"_s);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    auto *retry = new QPushButton(tr("Retry &Now"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(retry);
    connect(retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    hide();
}

void ConnectionBanner::showLost(const QString &reason)
{
    m_text->setText(tr("<b>The connection to the database was lost.</b> Reconnecting automatically… "
                       "Your place is kept. (%1)")
                        .arg(reason.toHtmlEscaped()));
    show();
}

} // namespace sa::ui
