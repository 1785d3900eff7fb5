#pragma once

#include "core/json/jsondiff.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace sa::cli {

// Options that several verbs share, defined once so that they read the same everywhere.

// --accept-rounding: store or compare numbers that change value as IEEE-754 doubles.
const QCommandLineOption &acceptRoundingOption();

// What the diff verbs (of files and of stored versions) are asked to show.
struct DiffRequest
{
    core::DiffOptions options;
    QString format; // summary | pointer | json-patch
};

// --format, --identity, --ignore, --tolerance and --no-moves.
void addDiffOptions(QCommandLineParser &parser);
// Reads them; INVALID_ARGUMENT naming the option that is wrong.
[[nodiscard]] core::Result<DiffRequest> diffRequestFrom(const QCommandLineParser &parser);

// Which rows of a long list to show.
struct Paging
{
    int limit = 0;
    qint64 offset = 0;
};

// --limit N (default `defaultLimit`) and --offset N, for lists of `rows` ("versions").
void addPagingOptions(QCommandLineParser &parser, int defaultLimit, const QString &rows);
// Reads them; INVALID_ARGUMENT unless 1 <= limit <= `maximum` and offset >= 0.
[[nodiscard]] core::Result<Paging> pagingFrom(const QCommandLineParser &parser, int maximum);

} // namespace sa::cli
