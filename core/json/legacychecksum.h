#pragma once

#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

namespace sa::core {

// What the CCP-04 service's checksum of a document is, and how much of the document it
// actually covers.
struct LegacyChecksum
{
    QString checksum; // lowercase hex SHA-256, as CCP-04 stored it
    int coveredValues = 0; // scalar values that reach the hashed text
    int totalValues = 0; // scalar values in the document
    bool coversAll() const { return coveredValues == totalValues; }
};

// CCP-04 computed `sha256(JSON.stringify(data, Object.keys(data).sort()))` in JavaScript.
// An array replacer is a property allow-list applied to every object at every depth, in
// list order; nested members whose names are not top-level keys are dropped, so the hash
// does not cover them. Reproduced exactly: the list is the root's member names in UTF-16
// order (JavaScript's default sort, the order JsonValue keeps), and JSON.stringify writes
// numbers and strings as RFC 8785 does (it borrowed both from ECMAScript).
LegacyChecksum ccp04Checksum(const JsonValue &root);

} // namespace sa::core
