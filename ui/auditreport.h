#pragma once

#include "core/result.h"
#include "core/store/integrityaudit.h"

#include <QDateTime>
#include <QString>

namespace sa::ui {

// Who audited what, when, with which program: the title page of an exported audit.
struct AuditHeader
{
    QString database; // DatabaseConfig::id(): never holds a password
    QDateTime startedAt;
    QString user; // the PostgreSQL role or the OS login
    QString toolVersion; // QCoreApplication::applicationVersion()
    qint64 elapsedMs = 0;
};

// An integrity audit as people and tools read it: the summary line the audit panel shows,
// and the exported files (a self-contained HTML page, the same page as an A4 PDF with a title
// page and a signature block, RFC 4180 CSV, JSON with stable keys). No widgets; a value type,
// any thread.
class AuditReport
{
public:
    enum class Format { Html, Pdf, Csv, Json };

    AuditReport() = default;
    AuditReport(core::IntegrityReport report, AuditHeader header);

    const core::IntegrityReport &report() const { return m_report; }
    const AuditHeader &header() const { return m_header; }

    // "Checksum mismatch" for CHECKSUM_MISMATCH.
    static QString kindLabel(core::IntegrityProblemKind kind);
    // "36 reports, 1,012 snapshots, 198 MB verified in 1.4 s: no problems".
    QString summaryLine() const;
    // The number of reports with at least one problem.
    qsizetype damagedReportCount() const;

    // `forPrint`: the variant QTextDocument renders into the PDF (long checksums get break
    // opportunities, the title page ends with a page break).
    QString toHtml(bool forPrint = false) const;
    QByteArray toCsv() const;
    QByteArray toJson() const;

    // Writes through a temporary file renamed into place (QSaveFile): on failure the target
    // is left as it was. Any thread (the PDF is painted with QPdfWriter, no widgets).
    [[nodiscard]] core::Result<core::Done> write(const QString &path, Format format) const;
    // The format a file name asks for (.html/.htm, .pdf, .csv, .json); Html when unknown.
    static Format formatForPath(const QString &path);

private:
    QByteArray toPdf() const;

    core::IntegrityReport m_report;
    AuditHeader m_header;
};

} // namespace sa::ui
