#include "chainhash.h"

#include "../json/canonicaljson.h"
#include "../json/jsonparser.h"
#include "../json/sha256.h"
#include "sqlerrors.h"
#include "storelogging.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sa::core {

namespace {

// Gives the messages a translation context that lupdate can see.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChainHash)
};

void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

} // namespace

QString chainStart()
{
    return QString(64, u'0');
}

QByteArray chainEncoding(const ChainFields &fields)
{
    // Members in RFC 8785 order (UTF-16 code units): checksum, createdAt, createdBy,
    // metadata, parentChainHash, reportId, version.
    QByteArray out;
    out.reserve(320 + fields.metadata.size());
    out += "{\"checksum\":";
    appendString(out, fields.checksum);
    out += ",\"createdAt\":";
    appendString(out, fields.createdAt);
    out += ",\"createdBy\":";
    appendString(out, fields.createdBy);
    out += ",\"metadata\":";
    const auto parsed = parseJson(fields.metadata, JsonParseOptions::rfc8259());
    if (parsed) {
        appendCanonicalJson(out, parsed->document->root());
    } else {
        // Metadata that does not parse (both schemas refuse such text) is sealed as a string.
        appendJsonString(out, std::string_view(fields.metadata.constData(), std::size_t(fields.metadata.size())));
    }
    out += ",\"parentChainHash\":";
    appendString(out, fields.parentChainHash);
    out += ",\"reportId\":";
    appendString(out, fields.reportId);
    out += ",\"version\":";
    out += QByteArray::number(fields.version);
    out += '}';
    return out;
}

QString chainHash(const ChainFields &fields)
{
    return sha256Hex(chainEncoding(fields));
}

} // namespace sa::core

namespace sa::core::Internal {

QString chainCreatedAtColumn(DatabaseConfig::Engine engine, const QString &column)
{
    // to_char's MS truncates, as SQLite's stored text already is at milliseconds.
    return engine == DatabaseConfig::Engine::Sqlite
               ? column
               : u"to_char("_s + column + u" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
}

QString chainNowExpression(DatabaseConfig::Engine engine)
{
    return engine == DatabaseConfig::Engine::Sqlite ? u"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"_s
                                                    : chainCreatedAtColumn(engine, u"clock_timestamp()"_s);
}

Status<> computeChainHashes(QSqlDatabase &db, ChainRewrite rewrite)
{
    const auto engine = engineOf(db);
    const QString what = Tr::tr("Computing the chain hashes of the stored versions");
    const auto failed = [&](const QSqlQuery &query) -> Status<> {
        return errorFromSql(query.lastError(), engine, what);
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Report by report: PostgreSQL streams a forward-only result, and the UPDATEs on the
    // same connection would end it; one report's rows are few enough to hold.
    const QString reportsSql = rewrite == ChainRewrite::Missing
                                   ? u"SELECT DISTINCT report_id FROM report_snapshots WHERE chain_hash IS NULL ORDER BY report_id"_s
                                   : u"SELECT DISTINCT report_id FROM report_snapshots ORDER BY report_id"_s;
    if (!query.exec(reportsSql))
        return failed(query);
    QStringList reportIds;
    while (query.next())
        reportIds.append(query.value(0).toString());

    struct Row
    {
        QString id;
        QString parentId;
        bool missing = false;
        ChainFields fields;
    };
    qint64 computed = 0;
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE report_snapshots SET chain_hash = ? WHERE id = ?"_s))
        return failed(update);
    QSqlQuery record(db);
    if (!record.prepare(u"INSERT INTO chain_backfills (report_id, snapshots) VALUES (?, ?)"_s))
        return failed(record);
    for (const QString &reportId : std::as_const(reportIds)) {
        if (!query.prepare(u"SELECT s.id, s.parent_snapshot_id, s.chain_hash, s.version, s.checksum, u.login, "_s
                           + chainCreatedAtColumn(engine, u"s.created_at"_s)
                           + u", s.snapshot_metadata FROM report_snapshots s LEFT JOIN users u ON u.id = s.created_by "
                             "WHERE s.report_id = ? ORDER BY s.version"_s)) {
            return failed(query);
        }
        query.addBindValue(reportId);
        if (!query.exec())
            return failed(query);
        std::vector<Row> rows;
        while (query.next()) {
            Row row;
            row.id = query.value(0).toString();
            row.parentId = query.value(1).toString();
            row.missing = rewrite == ChainRewrite::All || query.value(2).isNull();
            row.fields.parentChainHash = query.value(2).toString(); // kept when not recomputed
            row.fields.reportId = reportId;
            row.fields.version = query.value(3).toInt();
            row.fields.checksum = query.value(4).toString();
            row.fields.createdBy = query.value(5).toString();
            row.fields.createdAt = query.value(6).toString();
            row.fields.metadata = query.value(7).toString().toUtf8();
            rows.push_back(std::move(row));
        }
        if (query.lastError().isValid())
            return failed(query);
        query.finish();

        QHash<QString, QString> chainOfId;
        int written = 0;
        for (Row &row : rows) {
            if (!row.missing) {
                chainOfId.insert(row.id, row.fields.parentChainHash);
                continue;
            }
            // A parent that is not an earlier version of the report (verify-all names it)
            // cannot be chained to: such a version starts a chain of its own.
            row.fields.parentChainHash = row.parentId.isEmpty() ? chainStart()
                                                                : chainOfId.value(row.parentId, chainStart());
            const QString hash = chainHash(row.fields);
            chainOfId.insert(row.id, hash);
            update.addBindValue(hash);
            update.addBindValue(row.id);
            if (!update.exec())
                return failed(update);
            ++written;
        }
        computed += written;
        if (rewrite == ChainRewrite::Missing && written > 0) {
            record.addBindValue(reportId);
            record.addBindValue(written);
            if (!record.exec())
                return failed(record);
        }
    }
    qCInfo(lcStore).noquote() << "computed the chain hashes of" << computed << "snapshots of" << reportIds.size()
                              << "reports on" << db.connectionName();
    return Done{};
}

} // namespace sa::core::Internal
