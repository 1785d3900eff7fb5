#pragma once

#include <QByteArray>
#include <QString>

namespace sa::bench {

// Two consecutive versions of one generated report: every tool is measured on the same bytes.
struct DocumentPair
{
    QString label; // the size as given on the command line, e.g. "1m"
    QByteArray oldJson;
    QByteArray newJson;
};

} // namespace sa::bench
