#include "snapshotmetadata.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMetadata)
};

Error invalid(const QString &why)
{
    //: %1: what is wrong with the metadata
    return {ErrorCode::ValidationFailed, Tr::tr("Invalid snapshot metadata: %1").arg(why)};
}

} // namespace

Status<> SnapshotMetadata::validate() const
{
    static const QStringList kSources
        = {u"api"_s, u"manual"_s, u"import"_s, u"migration"_s, u"rollback"_s};
    if (!kSources.contains(source))
        //: "source" is a metadata field name; %2: the allowed values (api, manual, ...)
        return invalid(Tr::tr("source \"%1\" is not one of %2").arg(source, kSources.join(u", "_s)));
    if (!std::isfinite(confidence) || confidence < 0.0 || confidence > 1.0)
        //: "confidence" is a metadata field name: keep it as it is
        return invalid(Tr::tr("confidence %1 is not between 0 and 1").arg(confidence));
    if (retrievedAt.isValid() && retrievedAt.date().year() < 1)
        //: "retrievedAt" is a metadata field name: keep it as it is
        return invalid(Tr::tr("retrievedAt is not a date of the common era"));
    if (processingTimeMs && (!std::isfinite(*processingTimeMs) || *processingTimeMs < 0.0))
        //: "processingTime" is a metadata field name: keep it as it is
        return invalid(Tr::tr("processingTime must be a non-negative number of milliseconds"));
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
