#include "storeoutput.h"

#include "cliio.h"

#include "core/store/snapshot.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::cli {

QString displayTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : u"-"_s;
}

QString displaySize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString describeVersion(const SnapshotSummary &summary)
{
    QString text = Cli::tr("version %1 by %2 on %3").arg(summary.version).arg(summary.createdBy, displayTime(summary.createdAt));
    if (summary.isActive)
        text += Cli::tr(" (active)");
    if (summary.deprecatedAt.isValid())
        text += Cli::tr(" (deprecated: %1)").arg(summary.deprecatedReason);
    return text;
}

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryToJson(const SnapshotSummary &summary)
{
    return {
        {u"id"_s, summary.id},
        {u"reportId"_s, summary.reportId},
        {u"version"_s, summary.version},
        {u"checksum"_s, summary.checksum},
        {u"dataSize"_s, summary.dataSize},
        {u"parentId"_s, summary.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(summary.parentId)},
        {u"createdBy"_s, summary.createdBy},
        {u"createdAt"_s, timeToJson(summary.createdAt)},
        {u"isActive"_s, summary.isActive},
        {u"deprecatedAt"_s, timeToJson(summary.deprecatedAt)},
        {u"deprecatedReason"_s, summary.deprecatedAt.isValid() ? QJsonValue(summary.deprecatedReason)
                                                                : QJsonValue(QJsonValue::Null)},
    };
}

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace sa::cli
