#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace c360 {

// An expected failure: a sentence a user can read, and the technical detail for the log.
struct Error {
    QString message; // for people: "The helpdesk rejected the credentials (HTTP 401)."
    QString detail;  // for the log: URL, SQL, driver text... never a secret
};

// expected<T, Error>-style result for operations that can fail in ordinary ways.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace c360
