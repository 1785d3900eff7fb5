#pragma once

#include "error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace sa::core {

// A value or an error, for calls that can fail (no exceptions cross the API).
// std::expected arrives with C++23; this is the small subset the project needs.
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { assert(hasValue()); return std::get<0>(m_state); }
    const T &value() const & { assert(hasValue()); return std::get<0>(m_state); }
    T &&value() && { assert(hasValue()); return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { assert(!hasValue()); return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

// For calls that return nothing but can fail.
struct Done {};
template<typename E = Error>
using Status = Result<Done, E>;

} // namespace sa::core
