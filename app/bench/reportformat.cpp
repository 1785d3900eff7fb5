#include "reportformat.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sa::bench {

QString cpuModel()
{
    QFile cpuInfo(u"/proc/cpuinfo"_s);
    if (!cpuInfo.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"unknown CPU"_s;
    const QString text = QString::fromUtf8(cpuInfo.readAll());
    static const QRegularExpression modelName(u"^model name\\s*:\\s*(.+)$"_s,
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression flagLine(u"^flags\\s*:\\s*(.+)$"_s,
                                             QRegularExpression::MultilineOption);
    const auto model = modelName.match(text);
    const QStringList flags = flagLine.match(text).captured(1).split(u' ');
    QStringList relevant;
    for (const QString &flag : { u"sha_ni"_s, u"avx2"_s, u"avx512f"_s }) {
        if (flags.contains(flag))
            relevant << flag;
    }
    return (model.hasMatch() ? model.captured(1).trimmed() : u"unknown CPU"_s) + u" ("_s
        + relevant.join(u", "_s) + u')';
}

QString loadAverage()
{
    QFile loadAverages(u"/proc/loadavg"_s);
    if (!loadAverages.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"unknown"_s;
    return QString::fromLatin1(loadAverages.readLine()).section(u' ', 0, 2);
}

QString formatMilliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 1 ? 3 : ms < 100 ? 2 : 1);
}

} // namespace sa::bench
