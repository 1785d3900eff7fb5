#pragma once

#include <QString>

namespace sa::core {

// Stable error codes shared by the GUI and snapshotctl; the names follow CCP-04.
enum class ErrorCode {
    NotFound,
    VersionNotFound,
    VersionConflict,
    IntegrityCheckFailed,
    ValidationFailed,
    Immutable,
    DatabaseUnavailable,
    SchemaTooNew,
    LegacySchema, // written by the CCP-04 service; upgraded only when an admin asks
    IoError,
    InvalidArgument,
    Cancelled,
    PermissionDenied, // the database role may not do this (PostgreSQL privileges, a read-only file)
    Internal,
};

// The stable name of a code, e.g. "VERSION_CONFLICT" (for --json output and logs).
QString errorCodeName(ErrorCode code);

// A failure a user sees: a stable code and a message saying what, where and why.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    QString toString() const { return errorCodeName(code) + QStringLiteral(": ") + message; }
};

} // namespace sa::core
