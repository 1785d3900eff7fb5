#include "chainanchor.h"

#include "connectionprovider.h"
#include "storequery_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

using Internal::execPrepared;

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChainAnchor)
};

bool isChainHash(const QString &text)
{
    static const QRegularExpression kHex(u"^[0-9a-f]{64}$"_s);
    return kHex.match(text).hasMatch();
}

} // namespace

Result<ChainAnchor> ChainAnchor::capture(ConnectionProvider &provider)
{
    const QString what = Tr::tr("Reading the heads of the hash chains");
    auto db = provider.database();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    // One descent of unique_report_version per report for its highest version.
    if (auto ran = execPrepared(provider, query,
                                u"SELECT s.report_id, s.version, s.chain_hash FROM report_snapshots s "
                                "WHERE s.version = (SELECT max(m.version) FROM report_snapshots m "
                                "WHERE m.report_id = s.report_id) ORDER BY s.report_id"_s,
                                {}, what);
        !ran) {
        return ran.error();
    }
    ChainAnchor anchor;
    anchor.database = provider.config().id();
    anchor.createdAt = QDateTime::currentDateTimeUtc();
    while (query.next())
        anchor.reports[query.value(0).toString()] = {query.value(1).toInt(), query.value(2).toString()};
    if (query.lastError().isValid())
        return provider.failure(query.lastError(), what);
    return anchor;
}

QByteArray ChainAnchor::toJson() const
{
    QJsonObject heads;
    for (const auto &[reportId, head] : reports)
        heads.insert(reportId, QJsonObject{{u"version"_s, head.version}, {u"chainHash"_s, head.chainHash}});
    const QJsonObject root{{u"database"_s, database},
                           {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
                           {u"reports"_s, heads}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ChainAnchor> ChainAnchor::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const auto invalid = [](const QString &why) {
        //: %1: why a file is not a chain anchor
        return Error{ErrorCode::InvalidArgument, Tr::tr("not a chain anchor: %1").arg(why)};
    };
    if (parseError.error != QJsonParseError::NoError)
        return invalid(parseError.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"reports"_s).isObject())
        return invalid(Tr::tr("no \"reports\" object"));
    ChainAnchor anchor;
    anchor.database = root.value(u"database"_s).toString();
    anchor.createdAt = QDateTime::fromString(root.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject heads = root.value(u"reports"_s).toObject();
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        const QJsonObject head = it.value().toObject();
        const int version = head.value(u"version"_s).toInt(0);
        const QString hash = head.value(u"chainHash"_s).toString();
        if (version < 1 || !isChainHash(hash))
            //: %1: a report id
            return invalid(Tr::tr("report \"%1\" needs a version of at least 1 and a chainHash of 64 hex digits")
                               .arg(it.key()));
        anchor.reports[it.key()] = {version, hash};
    }
    return anchor;
}

Result<ChainAnchor> ChainAnchor::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1: a file name, %2: why it cannot be read
        return Error{file.exists() ? ErrorCode::InvalidArgument : ErrorCode::NotFound,
                     Tr::tr("cannot read the anchor %1: %2").arg(path, file.errorString())};
    }
    auto anchor = fromJson(file.readAll());
    if (!anchor)
        return Error{anchor.error().code, path + u": "_s + anchor.error().message};
    return anchor;
}

Status<> ChainAnchor::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        //: %1: a file name, %2: why it cannot be written
        return Error{ErrorCode::InvalidArgument, Tr::tr("cannot write the anchor %1: %2").arg(path, file.errorString())};
    }
    return Done{};
}

Result<std::vector<IntegrityProblem>> ChainAnchor::check(ConnectionProvider &provider) const
{
    const QString what = Tr::tr("Checking the chain anchor");
    auto db = provider.database();
    if (!db)
        return db.error();
    // One forward-only pass over the small columns: as cheap for 10 reports as for 100,000.
    QSqlQuery query(*db);
    if (auto ran = execPrepared(provider, query,
                                u"SELECT report_id, version, chain_hash, id FROM report_snapshots"_s, {}, what);
        !ran) {
        return ran.error();
    }
    std::vector<IntegrityProblem> problems;
    std::map<QString, int> highest; // of the anchored reports
    std::map<QString, bool> seen; // the anchored version was found
    while (query.next()) {
        const QString reportId = query.value(0).toString();
        const auto anchored = reports.find(reportId);
        if (anchored == reports.end())
            continue;
        const int version = query.value(1).toInt();
        int &high = highest[reportId];
        high = std::max(high, version);
        if (version != anchored->second.version)
            continue;
        seen[reportId] = true;
        const QString stored = query.value(2).toString();
        if (stored != anchored->second.chainHash) {
            problems.push_back({IntegrityProblemKind::AnchorMismatch, reportId, version, query.value(3).toString(),
                                anchored->second.chainHash, stored.isEmpty() ? Tr::tr("none") : stored});
        }
    }
    if (query.lastError().isValid())
        return provider.failure(query.lastError(), what);
    for (const auto &[reportId, head] : reports) {
        if (seen.contains(reportId))
            continue;
        const auto high = highest.find(reportId);
        problems.push_back({IntegrityProblemKind::AnchorMissing, reportId, head.version, {},
                            Tr::tr("version %1").arg(head.version),
                            high == highest.end()
                                //: What an anchor check found: the report is not in the database
                                ? Tr::tr("no such report")
                                //: What an anchor check found: %1: the highest stored version of the report
                                : Tr::tr("no such version (the highest is %1)").arg(high->second)});
    }
    std::sort(problems.begin(), problems.end(), [](const IntegrityProblem &a, const IntegrityProblem &b) {
        return std::tie(a.reportId, a.version, a.kind) < std::tie(b.reportId, b.version, b.kind);
    });
    return problems;
}

} // namespace sa::core
