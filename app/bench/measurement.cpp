#include "measurement.h"

using namespace Qt::StringLiterals;

namespace sa::bench {

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Parse:
        return u"parse"_s;
    case Operation::Canonicalize:
        return u"canonicalize"_s;
    case Operation::Checksum:
        return u"checksum (SHA-256)"_s;
    case Operation::ParseCanonicalizeChecksum:
        return u"parse+canonicalize+checksum"_s;
    case Operation::Diff:
        return u"diff: bytes -> patch"_s;
    case Operation::PatchApply:
        return u"patch apply"_s;
    }
    return {};
}

QString toolName(Tool tool)
{
    switch (tool) {
    case Tool::Ours:
        return u"ours"_s;
    case Tool::Simdjson:
        return u"simdjson (DOM)"_s;
    case Tool::Nlohmann:
        return u"nlohmann::json"_s;
    case Tool::QtCryptographicHash:
        return u"QCryptographicHash"_s;
    case Tool::NodeJsonParse:
        return u"Node JSON.parse"_s;
    case Tool::DeepObjectDiff:
        return u"deep-object-diff (Node)"_s;
    case Tool::Jsondiffpatch:
        return u"jsondiffpatch (Node)"_s;
    }
    return {};
}

} // namespace sa::bench
