#pragma once

#include "../result.h"
#include "jsondocument.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sa::core {

struct JsonParseOptions
{
    // I-JSON (RFC 7493): refuse duplicate member names. Off = RFC 8259, where the last
    // duplicate wins as in ECMAScript's JSON.parse.
    bool rejectDuplicateNames = true;
    // Accept numbers whose value changes when read as an IEEE-754 double (9007199254740993,
    // 1e-400) and report each in ParsedJson::roundedNumbers. Numbers beyond the double range
    // (1e400) are refused in every mode: there is no value to round them to.
    bool acceptRounding = false;
    // Deeper nesting is refused with a clear error; no code path recurses deeper than this.
    int maxDepth = 1000;

    // What stored snapshots must satisfy (the default).
    static JsonParseOptions storage() { return {}; }
    // Plain RFC 8259, for reading documents that will only be compared or inspected.
    static JsonParseOptions rfc8259() { return {false, true, 1000}; }
};

// A number whose written value is not the value of any IEEE-754 double.
struct RoundedNumber
{
    QString pointer; // RFC 6901 path of the number
    QByteArray asWritten; // e.g. "9007199254740993"
    QByteArray asStored; // its RFC 8785 form, e.g. "9007199254740992"
};

struct JsonParseError
{
    qint64 offset = 0; // byte offset into the input
    qint64 line = 1; // 1-based
    qint64 column = 1; // 1-based, in characters
    QString pointer; // RFC 6901 path of the value being read, "" for the root
    QString reason; // plain English: what was wrong

    // "line 3, column 14 (at /owners/0/name): duplicate member name \"name\""
    QString toString() const;
    Error toError(const QString &source = {}) const;
};

struct ParsedJson
{
    JsonDocumentPtr document;
    std::vector<RoundedNumber> roundedNumbers;
};

// Strict RFC 8259 parsing into an immutable document: UTF-8 only (invalid sequences and
// lone surrogates are refused, as is a byte order mark), no trailing content. Never
// recurses, so deep nesting cannot overflow the stack. Safe to call from any thread.
Result<ParsedJson, JsonParseError> parseJson(const QByteArray &utf8,
                                             const JsonParseOptions &options = {});

} // namespace sa::core
