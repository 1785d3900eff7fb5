#pragma once

#include <QByteArray>

namespace sa::tests {

// The error text of a failed Result, for QVERIFY2 messages (which are evaluated even when
// the check passes, so they must not touch the error of a successful result).
template<typename R>
QByteArray failureText(const R &result)
{
    if (result.hasValue())
        return {};
    return result.error().toString().toUtf8();
}

} // namespace sa::tests
