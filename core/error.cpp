#include "error.h"

namespace sa::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return QStringLiteral("NOT_FOUND");
    case ErrorCode::VersionNotFound: return QStringLiteral("VERSION_NOT_FOUND");
    case ErrorCode::VersionConflict: return QStringLiteral("VERSION_CONFLICT");
    case ErrorCode::IntegrityCheckFailed: return QStringLiteral("INTEGRITY_CHECK_FAILED");
    case ErrorCode::ValidationFailed: return QStringLiteral("VALIDATION_FAILED");
    case ErrorCode::Immutable: return QStringLiteral("IMMUTABLE");
    case ErrorCode::DatabaseUnavailable: return QStringLiteral("DATABASE_UNAVAILABLE");
    case ErrorCode::SchemaTooNew: return QStringLiteral("SCHEMA_TOO_NEW");
    case ErrorCode::LegacySchema: return QStringLiteral("LEGACY_SCHEMA");
    case ErrorCode::IoError: return QStringLiteral("IO_ERROR");
    case ErrorCode::InvalidArgument: return QStringLiteral("INVALID_ARGUMENT");
    case ErrorCode::Cancelled: return QStringLiteral("CANCELLED");
    case ErrorCode::PermissionDenied: return QStringLiteral("PERMISSION_DENIED");
    case ErrorCode::Internal: return QStringLiteral("INTERNAL_ERROR");
    }
    return QStringLiteral("INTERNAL_ERROR");
}

} // namespace sa::core
