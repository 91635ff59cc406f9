#pragma once

#include "Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace iotca {

/// A value or an Error. Fallible operations return this instead of throwing or keeping error state
/// (docs/architecture.md R3).
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value reads naturally
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] T* operator->() { return &value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }
    [[nodiscard]] T& operator*() & { return value(); }
    [[nodiscard]] const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

    /// The value, or `fallback` when this holds an error.
    template<class U>
    [[nodiscard]] T valueOr(U&& fallback) const&
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, Error> m_state;
};

/// Success with nothing to return, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    [[nodiscard]] bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace iotca
