#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace onetrip {

// A failure meant for the person at the screen: `message` is already translated and says
// what happened and what to do; `detail` is for logs (never an ID number).
struct Error
{
    QString message;
    QString detail;
};

// Errors as values across layers: a function that can fail returns Result<T>.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    static Result failure(QString message, QString detail = {})
    {
        return Result(Error{std::move(message), std::move(detail)});
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: `for (x : f().value())` must not dangle when f() returns a temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }
    // Message and detail together, for logs and test output; empty on success.
    QString describe() const
    {
        return ok() ? QString() : error().message + QLatin1Char(' ') + error().detail;
    }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    static Result success() { return {}; }
    static Result failure(QString message, QString detail = {})
    {
        return Result(Error{std::move(message), std::move(detail)});
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }
    QString describe() const
    {
        return ok() ? QString() : m_error->message + QLatin1Char(' ') + m_error->detail;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace onetrip
