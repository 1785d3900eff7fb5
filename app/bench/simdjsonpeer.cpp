#include "simdjsonpeer.h"

#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace sa::bench {

Measurement measureSimdjsonParse(const QByteArray &json, int runs)
{
    Measurement measurement(Operation::Parse, Tool::Simdjson, json.size());
    const simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
    simdjson::dom::parser parser;
    simdjson::error_code error = simdjson::SUCCESS;
    const SampleSet samples = SampleSet::collect(runs, [&] {
        simdjson::dom::element root;
        error = parser.parse(padded).get(root);
    });
    if (error != simdjson::SUCCESS)
        measurement.failure = QString::fromUtf8(simdjson::error_message(error));
    else
        measurement.timing = samples.timing();
    return measurement;
}

QString simdjsonVersion()
{
    return u"%1.%2.%3"_s.arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
        .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
        .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
}

} // namespace sa::bench
