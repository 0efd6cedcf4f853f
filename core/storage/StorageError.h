#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vanphong::storage {

// What went wrong, in a form the CLI maps to exit codes and the GUI to messages.
struct StorageError
{
    enum class Kind {
        WrongCredentials, // wrong password, unknown user, bad recovery code
        NotVanPhongFile,  // empty, random, plain SQLite, truncated header
        NewerVersion,     // made by a newer VanPhong (file format or schema)
        Corrupted,        // a page, journal record or header failed authentication
        Locked,           // another process holds the file
        ReadOnly,         // the location cannot be written
        DiskFull,
        Io,               // any other I/O failure
        Invalid,          // a request that makes no sense (duplicate user, last admin...)
        Forbidden,        // the user's role or state does not allow it (office::AccessControl)
        Internal,         // a library or programming failure
    };

    Kind kind = Kind::Internal;
    QString message;     // translated, for the user
    qint64 page = -1;    // the damaged page, when known

    static StorageError make(Kind kind, QString message, qint64 page = -1)
    {
        return StorageError{kind, std::move(message), page};
    }
};

// A value or the reason there is none.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(StorageError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // From a temporary the value is moved out, so that
    // `for (auto &x : list().value())` does not walk a destroyed list.
    T value() && { return std::get<T>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const StorageError &error() const { return std::get<StorageError>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

struct Ok {};
using Status = Result<Ok>;

} // namespace vanphong::storage
