#pragma once

#include <QString>
#include <stdexcept>

namespace soc::store {

// What went wrong, precisely enough to tell the analyst what to do next.
enum class ErrorCode {
    SqlcipherMissing, // linked SQLite has no encryption: refuse to run
    WrongPassword,    // the key file did not unwrap with this password
    NoSuchAccount,    // no key file / database for this user in the workspace
    NotSocstation,    // a file that is not a socstation database (plain SQLite, other application, ...)
    Corrupt,          // a socstation database whose pages fail their integrity check
    KeyFileDamaged,   // the key file beside the database cannot be read
    AlreadyExists,    // refusing to overwrite
    Policy,           // a password or name rule was not met
    Io,               // the file system said no
    Busy,             // another process holds the database
    NotFound,         // no such ticket, incident, event or evidence
    Refused,          // a workflow rule says no (transition, gate); the message says why and what to do
    Forbidden,        // the signed-in role may not do this (domain/Permissions); the refusal is audited
    AccountLocked,    // too many failed sign-ins: only an administrator unlocks it
    AccountSuspended, // inactive or past its expiry: only an administrator reactivates it
    Sql               // anything else from SQLite (a bug, or a full disk)
};

class DatabaseError : public std::runtime_error {
public:
    DatabaseError(ErrorCode code, QString message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(std::move(message))
    {
    }
    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace soc::store
