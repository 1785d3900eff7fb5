#include "operationsfixture.h"

#include "storetestsupport.h"

#include "core/store/connectionprovider.h"
#include "core/store/integrityaudit.h"
#include "core/store/migrator.h"
#include "core/store/snapshotstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sa::core;

namespace sa::tests {

OperationsFixture::OperationsFixture() = default;

OperationsFixture::~OperationsFixture()
{
    // Connections before the database they point into.
    m_store.reset();
    m_ownerProvider.reset();
    m_provider.reset();
}

QByteArray OperationsFixture::open(const QString &engine)
{
    auto database = TestDatabase::create(engine);
    if (!database)
        return errorText(database);
    m_database = std::move(*database);
    m_provider = std::make_unique<ConnectionProvider>(m_database->config());
    m_ownerProvider = std::make_unique<ConnectionProvider>(m_database->superuserConfig());
    auto db = m_provider->database();
    if (!db)
        return errorText(db);
    if (const auto migrated = Migrator(*db).migrate(); !migrated)
        return errorText(migrated);
    m_store = std::make_unique<SnapshotStore>(*m_provider);
    return {};
}

DatabaseConfig::Engine OperationsFixture::engine() const
{
    return m_database->config().engine;
}

Result<SnapshotSummary> OperationsFixture::create(const QString &reportId, const QByteArray &json)
{
    CreateSnapshotRequest request;
    request.reportId = reportId;
    request.json = json;
    request.metadata.source = u"import"_s;
    auto created = m_store->create(request);
    if (!created)
        return created.error();
    return created->snapshot;
}

QVariant OperationsFixture::scalar(const QString &sql, const QVariantList &values)
{
    auto db = m_provider->database();
    if (!db)
        return {};
    QSqlQuery query(*db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning().noquote() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

QByteArray OperationsFixture::execAsOwner(const QString &sql, const QVariantList &values)
{
    auto db = m_ownerProvider->database();
    if (!db)
        return errorText(db);
    QSqlQuery query(*db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    return ok ? QByteArray() : QString(sql + u": "_s + query.lastError().text()).toUtf8();
}

QByteArray OperationsFixture::disableGuards()
{
    if (engine() == DatabaseConfig::Engine::PostgreSql)
        return execAsOwner(u"ALTER TABLE report_snapshots DISABLE TRIGGER ALL"_s);
    for (const QString &sql :
         {u"PRAGMA foreign_keys = OFF"_s, u"DROP TRIGGER report_snapshots_content_immutable"_s,
          u"DROP TRIGGER report_snapshots_deprecation_once"_s, u"DROP TRIGGER report_snapshots_no_delete"_s,
          u"DROP TRIGGER report_snapshots_chain_once"_s, u"DROP TRIGGER report_snapshots_chain_required"_s}) {
        if (QByteArray failed = execAsOwner(sql); !failed.isEmpty())
            return failed;
    }
    return {};
}

QVariant OperationsFixture::storedPayload(const QByteArray &canonicalJson) const
{
    if (engine() == DatabaseConfig::Engine::Sqlite)
        return qCompress(canonicalJson).mid(4); // a bare zlib stream, as the store writes it
    return QString::fromUtf8(canonicalJson);
}

QByteArray describeProblems(const IntegrityReport &report)
{
    QStringList lines;
    for (const IntegrityProblem &problem : report.problems)
        lines.append(integrityProblemKindName(problem.kind) + u": "_s + problem.description());
    return lines.join(u'\n').toUtf8();
}

QByteArray OperationsFixture::createAndAlterOwner(const QString &reportId, int versions,
                                                  int altered)
{
    for (int value = 1; value <= versions; ++value) {
        if (const auto created = create(reportId, parcelDocument(value)); !created)
            return errorText(created);
    }
    if (QByteArray failed = disableGuards(); !failed.isEmpty())
        return failed;
    return execAsOwner(
        u"UPDATE report_snapshots SET parcel_snapshot = ? WHERE report_id = ? AND version = ?"_s,
        { storedPayload(canonicalOf(parcelDocument(altered)).replace("\"Ana\"", "\"Eve\"")),
          reportId, altered });
}

QByteArray parcelDocument(int value, const QString &note)
{
    return uR"({"parcelId":"P-0001","assessment":{"year":2024,"value":%1},"note":"%2","owners":["Ana","Ben"]})"_s
        .arg(value)
        .arg(note)
        .toUtf8();
}

} // namespace sa::tests
