#include "auditreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace sa::ui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

// "1 report" / "36 reports", the number in the user's locale.
QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Checksums and snapshot ids are long words without spaces: QTextDocument widens a table
// column to hold them whole. Zero-width spaces let the PDF wrap them.
QString breakable(const QString &text)
{
    static const QRegularExpression longWord(u"\\S{25,}"_s);
    QString result;
    qsizetype done = 0;
    for (const auto &match : longWord.globalMatch(text)) {
        result += text.mid(done, match.capturedStart() - done);
        const QString word = match.captured();
        for (qsizetype i = 0; i < word.size(); i += 16)
            result += (i ? u"\u200B"_s : QString()) + word.mid(i, 16);
        done = match.capturedEnd();
    }
    return result + text.mid(done);
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString styleSheet(bool forPrint)
{
    QString css = uR"(
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 20pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 20pt; margin-bottom: 6pt; }
h2.signature { margin-top: 28pt; }
p.signature { margin-top: 30pt; }
table { border-collapse: collapse; }
th { text-align: left; background-color: #e8e8e8; }
th, td { vertical-align: top; border: 1px solid #b0b0b0; padding: 3px 6px; }
table.facts td, table.facts th { border: none; padding: 2px 12px 2px 0; }
table.facts th { background-color: transparent; font-weight: 600; }
td.number { text-align: right; }
.code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 8pt; }
.kind { color: #9b2226; font-weight: 600; }
.clean { color: #1b7837; font-weight: 600; }
.damaged { color: #9b2226; font-weight: 600; }
.note { color: #555; }
)"_s;
    if (!forPrint) {
        css += uR"(
body { margin: 2em; }
td.wrap { overflow-wrap: anywhere; }
)"_s;
    }
    return css;
}

} // namespace

AuditReport::AuditReport(core::IntegrityReport report, AuditHeader header)
    : m_report(std::move(report)), m_header(std::move(header))
{}

QString AuditReport::kindLabel(core::IntegrityProblemKind kind)
{
    using K = core::IntegrityProblemKind;
    switch (kind) {
    case K::PayloadUnreadable: return Tr::tr("Payload unreadable");
    case K::ChecksumMismatch: return Tr::tr("Checksum mismatch");
    case K::DataSizeMismatch: return Tr::tr("Size mismatch");
    case K::VersionMissing: return Tr::tr("Version missing");
    case K::VersionDuplicate: return Tr::tr("Version stored twice");
    case K::ParentMissing: return Tr::tr("Parent missing");
    case K::ParentMismatch: return Tr::tr("Wrong parent");
    case K::CreateNotLogged: return Tr::tr("Creation not logged");
    case K::NoActiveVersion: return Tr::tr("No active version");
    case K::MultipleActiveVersions: return Tr::tr("Several active versions");
    case K::ActiveVersionMismatch: return Tr::tr("Active version not as logged");
    case K::ChainMismatch: return Tr::tr("Hash chain mismatch");
    case K::ChainBroken: return Tr::tr("Hash chain broken");
    case K::AnchorMismatch: return Tr::tr("Changed since the anchor");
    case K::AnchorMissing: return Tr::tr("Gone since the anchor");
    case K::TamperedPaths: return Tr::tr("Altered paths");
    case K::DiffMismatch: return Tr::tr("Stored diff wrong");
    case K::LegacyChecksum: return Tr::tr("Legacy checksum (partial)");
    case K::RepairMismatch: return Tr::tr("Repair is not the original");
    }
    return core::integrityProblemKindName(kind); // not reached: every kind has its label
}

qsizetype AuditReport::damagedReportCount() const
{
    QSet<QString> reports;
    for (const core::IntegrityProblem &problem : m_report.problems) {
        if (!core::isNotice(problem.kind))
            reports.insert(problem.reportId);
    }
    return reports.size();
}

QString AuditReport::summaryLine() const
{
    const QString checked
        //: %1: "36 reports", %2: "1,012 snapshots", %3: "198.2 MB", %4: "1.4"
        = Tr::tr("%1, %2, %3 verified in %4 s")
              .arg(counted(m_report.reportsChecked, Tr::tr("1 report"), Tr::tr("%1 reports")),
                   counted(m_report.snapshotsChecked, Tr::tr("1 snapshot"), Tr::tr("%1 snapshots")),
                   bytesText(m_report.bytesVerified),
                   QLocale().toString(double(m_header.elapsedMs) / 1000.0, 'f', 1));
    QString line = m_report.isClean()
                       //: %1: what was verified ("36 reports, 1,012 snapshots, 198 MB verified in 1.4 s")
                       ? Tr::tr("%1: no problems").arg(checked)
                       //: %1: what was verified, %2: "3 problems", %3: "2 reports"
                       : Tr::tr("%1: %2 in %3")
                             .arg(checked,
                                  counted(m_report.problemCount(), Tr::tr("1 problem"), Tr::tr("%1 problems")),
                                  counted(damagedReportCount(), Tr::tr("1 report"), Tr::tr("%1 reports")));
    if (m_report.noticeCount() > 0)
        //: %1: the summary so far, %2: "18 notices" (findings that are not damage)
        line = Tr::tr("%1; %2").arg(line, counted(m_report.noticeCount(), Tr::tr("1 notice"), Tr::tr("%1 notices")));
    return line;
}

QString AuditReport::toHtml(bool forPrint) const
{
    const auto esc = [forPrint](const QString &text) {
        return forPrint ? breakable(text).toHtmlEscaped() : text.toHtmlEscaped();
    };
    // QTextDocument ignores the top margin of a heading after a table: an empty line instead.
    const QString gap = forPrint ? u"<p>&nbsp;</p>\n"_s : QString();
    const QString title = Tr::tr("Integrity audit");
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + QLocale().bcp47Name()
                   + u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
                   + title.toHtmlEscaped() + u"</title>\n<style>"_s + styleSheet(forPrint)
                   + u"</style>\n</head>\n<body>\n"_s;

    // The title page.
    html += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    html += u"<p class=\"%1\">"_s.arg(m_report.isClean() ? u"clean"_s : u"damaged"_s)
            + summaryLine().toHtmlEscaped() + u"</p>\n"_s;
    const auto fact = [&](const QString &name, const QString &value, bool code = false) -> QString {
        return u"<tr><th>"_s + name.toHtmlEscaped() + u"</th><td"_s + (code ? u" class=\"code\""_s : QString())
               + u">"_s + esc(value) + u"</td></tr>\n"_s;
    };
    html += u"<table class=\"facts\">\n"_s;
    html += fact(Tr::tr("Database"), m_header.database, true);
    html += fact(Tr::tr("Date and time"),
                 QLocale().toString(m_header.startedAt.toLocalTime(), QLocale::LongFormat));
    html += fact(Tr::tr("Audited as"), m_header.user);
    html += fact(Tr::tr("Tool"), Tr::tr("Snapshot Auditor %1").arg(m_header.toolVersion));
    html += u"</table>\n"_s;

    html += gap + u"<h2>"_s + Tr::tr("What was checked").toHtmlEscaped() + u"</h2>\n<table class=\"facts\">\n"_s;
    html += fact(Tr::tr("Reports"), QLocale().toString(m_report.reportsChecked));
    html += fact(Tr::tr("Snapshots"), QLocale().toString(m_report.snapshotsChecked));
    html += fact(Tr::tr("Canonical JSON verified"),
                 Tr::tr("%1 (%2 bytes)").arg(bytesText(m_report.bytesVerified),
                                             QLocale().toString(m_report.bytesVerified)));
    html += fact(Tr::tr("Problems"), QLocale().toString(qint64(m_report.problemCount())));
    if (m_report.noticeCount() > 0)
        html += fact(Tr::tr("Notices"), QLocale().toString(qint64(m_report.noticeCount())));
    html += u"</table>\n<p class=\"note\">"_s
            + Tr::tr("Every snapshot's payload was decoded and its canonical form hashed (SHA-256) against the "
                     "stored checksum and size, and its link in the report's hash chain recomputed; every "
                     "report's version sequence, parent chain and active version were checked against the "
                     "activity log.")
                  .toHtmlEscaped()
            + u"</p>\n"_s;
    if (!m_report.limits.isEmpty()) {
        html += gap + u"<h2>"_s + Tr::tr("What could not be verified").toHtmlEscaped() + u"</h2>\n<ul>\n"_s;
        for (const QString &limit : m_report.limits)
            html += u"<li>"_s + esc(limit) + u"</li>\n"_s;
        html += u"</ul>\n"_s;
    }

    if (!m_report.problems.empty()) {
        QMap<int, qsizetype> byKind;
        for (const core::IntegrityProblem &problem : m_report.problems)
            ++byKind[int(problem.kind)];
        html += gap + u"<h2>"_s + Tr::tr("Problems by kind").toHtmlEscaped() + u"</h2>\n"_s;
        html += u"<table width=\"70%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr><th>%1</th><th>%2</th>"
                "<th>%3</th></tr></thead>\n<tbody>\n"_s.arg(Tr::tr("Kind").toHtmlEscaped(),
                                                         Tr::tr("Code").toHtmlEscaped(),
                                                         Tr::tr("Problems").toHtmlEscaped());
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            const auto kind = core::IntegrityProblemKind(it.key());
            html += u"<tr><td>%1</td><td class=\"code\">%2</td><td class=\"number\">%3</td></tr>\n"_s.arg(
                kindLabel(kind).toHtmlEscaped(), core::integrityProblemKindName(kind),
                QLocale().toString(qint64(it.value())));
        }
        html += u"</tbody>\n</table>\n"_s;

        // Every problem: one row with what and where, one with both sides and the sentence.
        html += u"<h2%1>"_s.arg(forPrint ? u" style=\"page-break-before: always\""_s : QString())
                + Tr::tr("Problems").toHtmlEscaped() + u"</h2>\n"_s;
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>"
                "<th width=\"4%\">#</th><th width=\"18%\">%1</th><th width=\"11%\">%2</th>"
                "<th width=\"22%\">%3</th><th>%4</th></tr></thead>\n<tbody>\n"_s.arg(
                    Tr::tr("Report").toHtmlEscaped(), Tr::tr("Version").toHtmlEscaped(),
                    Tr::tr("Kind").toHtmlEscaped(), Tr::tr("Expected and found").toHtmlEscaped());
        int number = 0;
        for (const core::IntegrityProblem &problem : m_report.problems) {
            html += u"<tr><td class=\"number\" rowspan=\"2\">%1</td><td class=\"wrap\">%2</td>"
                    "<td class=\"number\">%3</td><td><span class=\"kind\">%4</span><br><span class=\"code\">%5"
                    "</span></td><td class=\"wrap\">%6: <span class=\"code\">%7</span><br>%8: <span "
                    "class=\"code\">%9</span></td></tr>\n"_s.arg(QString::number(++number), esc(problem.reportId),
                                                                problem.version > 0
                                                                    ? QString::number(problem.version)
                                                                    : u"—"_s,
                                                                kindLabel(problem.kind).toHtmlEscaped(),
                                                                core::integrityProblemKindName(problem.kind),
                                                                Tr::tr("Expected").toHtmlEscaped(),
                                                                esc(problem.expected), Tr::tr("Found").toHtmlEscaped(),
                                                                esc(problem.found));
            html += u"<tr><td colspan=\"4\" class=\"wrap note\">"_s + esc(problem.description()) + u"</td></tr>\n"_s;
        }
        html += u"</tbody>\n</table>\n"_s;
    }

    html += gap + u"<h2 class=\"signature\">"_s + Tr::tr("Signature").toHtmlEscaped() + u"</h2>\n"_s;
    html += gap + gap + u"<p class=\"signature\">%1 ________________________________&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "%2 ________________</p>\n"_s.arg(Tr::tr("Audited by:").toHtmlEscaped(), Tr::tr("Date:").toHtmlEscaped());
    html += u"</body>\n</html>\n"_s;
    return html;
}

QByteArray AuditReport::toCsv() const
{
    QString csv = u"kind,label,reportId,version,snapshotId,expected,found,description\r\n"_s;
    for (const core::IntegrityProblem &problem : m_report.problems) {
        const QStringList fields{core::integrityProblemKindName(problem.kind),
                                 kindLabel(problem.kind),
                                 problem.reportId,
                                 QString::number(problem.version),
                                 problem.snapshotId,
                                 problem.expected,
                                 problem.found,
                                 problem.description()};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

QByteArray AuditReport::toJson() const
{
    QJsonObject byKind;
    for (const core::IntegrityProblem &problem : m_report.problems) {
        const QString kind = core::integrityProblemKindName(problem.kind);
        byKind.insert(kind, byKind.value(kind).toInteger() + 1);
    }
    const QJsonObject header{
        {u"database"_s, m_header.database},
        {u"time"_s, m_header.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"user"_s, m_header.user},
        {u"toolVersion"_s, m_header.toolVersion},
        {u"elapsedMs"_s, m_header.elapsedMs},
        {u"reportsChecked"_s, m_report.reportsChecked},
        {u"snapshotsChecked"_s, m_report.snapshotsChecked},
        {u"bytesVerified"_s, m_report.bytesVerified},
        {u"problemCount"_s, qint64(m_report.problemCount())},
        {u"noticeCount"_s, qint64(m_report.noticeCount())},
        {u"limits"_s, QJsonArray::fromStringList(m_report.limits)},
        {u"problemsByKind"_s, byKind},
    };
    QJsonArray problems;
    for (const core::IntegrityProblem &problem : m_report.problems) {
        problems.append(QJsonObject{
            {u"kind"_s, core::integrityProblemKindName(problem.kind)},
            {u"reportId"_s, problem.reportId},
            {u"version"_s, problem.version},
            {u"snapshotId"_s, problem.snapshotId},
            {u"expected"_s, problem.expected},
            {u"found"_s, problem.found},
            {u"description"_s, problem.description()},
        });
    }
    return QJsonDocument(QJsonObject{{u"header"_s, header}, {u"problems"_s, problems}}).toJson(QJsonDocument::Indented);
}

QByteArray AuditReport::toPdf() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(Tr::tr("Integrity audit"));
        writer.setCreator(Tr::tr("Snapshot Auditor %1").arg(m_header.toolVersion));
        writer.setResolution(300);
        // QTextDocument::print() adds 2 cm margins inside the page and numbers the pages.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(toHtml(true));
        document.print(&writer);
    }
    return pdf;
}

AuditReport::Format AuditReport::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".pdf"))
        return Format::Pdf;
    if (lower.endsWith(u".csv"))
        return Format::Csv;
    if (lower.endsWith(u".json"))
        return Format::Json;
    return Format::Html;
}

core::Result<core::Done> AuditReport::write(const QString &path, Format format) const
{
    QByteArray bytes;
    switch (format) {
    case Format::Html: bytes = toHtml().toUtf8(); break;
    case Format::Pdf: bytes = toPdf(); break;
    case Format::Csv: bytes = toCsv(); break;
    case Format::Json: bytes = toJson(); break;
    }
    if (bytes.isEmpty())
        return core::Error{core::ErrorCode::Internal, Tr::tr("Could not render the audit report")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1: a file path, %2: the system's reason
        return core::Error{core::ErrorCode::IoError,
                           Tr::tr("Could not write \"%1\": %2").arg(path, file.errorString())};
    }
    return core::Done{};
}

} // namespace sa::ui
