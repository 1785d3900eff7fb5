#include "snapshotmetadata.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

Error invalid(const QString &why)
{
    return {ErrorCode::ValidationFailed, u"Invalid snapshot metadata: "_s + why};
}

} // namespace

Status<> SnapshotMetadata::validate() const
{
    static const QStringList kSources
        = {u"api"_s, u"manual"_s, u"import"_s, u"migration"_s, u"rollback"_s};
    if (!kSources.contains(source))
        return invalid(u"source \"%1\" is not one of %2"_s.arg(source, kSources.join(u", "_s)));
    if (!std::isfinite(confidence) || confidence < 0.0 || confidence > 1.0)
        return invalid(u"confidence %1 is not between 0 and 1"_s.arg(confidence));
    if (retrievedAt.isValid() && retrievedAt.date().year() < 1)
        return invalid(u"retrievedAt is not a date of the common era"_s);
    if (processingTimeMs && (!std::isfinite(*processingTimeMs) || *processingTimeMs < 0.0))
        return invalid(u"processingTime must be a non-negative number of milliseconds"_s);
    return Done{};
}

QByteArray SnapshotMetadata::toJson() const
{
    QJsonObject object{
        {u"source"_s, source},
        {u"retrievedAt"_s, (retrievedAt.isValid() ? retrievedAt : QDateTime::currentDateTimeUtc())
                               .toUTC()
                               .toString(Qt::ISODateWithMs)},
        {u"confidence"_s, confidence},
    };
    if (!dataProvider.isEmpty())
        object.insert(u"dataProvider"_s, dataProvider);
    if (!apiVersion.isEmpty())
        object.insert(u"apiVersion"_s, apiVersion);
    if (processingTimeMs)
        object.insert(u"processingTime"_s, *processingTimeMs);
    if (!warnings.isEmpty())
        object.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    // QJsonDocument writes valid JSON in its own member order; the engine puts it in
    // canonical form so that stored metadata is byte-stable.
    const auto parsed = parseJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    Q_ASSERT(parsed.hasValue());
    return canonicalJson(parsed->document->root());
}

} // namespace sa::core
