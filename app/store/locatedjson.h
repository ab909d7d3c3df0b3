#pragma once
// A small JSON reader that remembers the 1-based line of every value. QJsonDocument gives no
// positions, and import errors must point at the line of the offending value. Duplicate object
// keys are kept (in file order) so that callers can report them instead of silently losing one.
//
// Thread contract: pure functions and values; any thread.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vigil {

struct LocatedJson
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    Type type = Type::Null;
    int line = 0;
    bool boolean = false;
    double number = 0;
    QString string;
    QList<LocatedJson> items;                       // Array
    QList<std::pair<QString, LocatedJson>> members; // Object, in file order

    QString typeName() const; // "a string", "an object", ... for error messages
};

struct JsonSyntaxError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
    QString message;
};

// Returns the document's root value, or nullopt and `error` set for malformed input.
std::optional<LocatedJson> parseLocatedJson(const QByteArray &utf8, JsonSyntaxError *error);

} // namespace vigil
