#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace sn {

// An error a caller can act on: what kind (decides the CLI exit code and the dialog), which field or row,
// and a translated message that names it.
struct Error
{
    enum class Kind { Invalid, NotFound, Forbidden, Conflict, Io, Internal };
    Kind kind = Kind::Internal;
    QString message;
    QString field; // "members[1].idNumber", "row 12", ... empty when not about one field

    static Error invalid(QString message, QString field = {}) { return {Kind::Invalid, std::move(message), std::move(field)}; }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error forbidden(QString message) { return {Kind::Forbidden, std::move(message), {}}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}}; }
    static Error io(QString message) { return {Kind::Io, std::move(message), {}}; }
    static Error internal(QString message) { return {Kind::Internal, std::move(message), {}}; }
};

// A value or an error; never both, never silently neither (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe in range-for over a temporary
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace sn
