#pragma once
// Minimal JSON reader for the simulator's config file: keeps the line of every value so that
// errors can name it. Thread contract: plain functions and values, no shared state.

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace camsim {

struct JsonValue
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
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> members; // object members, in file order
    int line = 0;

    const JsonValue *find(std::string_view key) const;
    static const char *typeName(Type type);
};

// Thrown for syntax errors; line is 1-based.
struct JsonSyntaxError : std::runtime_error
{
    JsonSyntaxError(int line, const std::string &message) : std::runtime_error(message), line(line)
    {}
    int line;
};

JsonValue parseJson(std::string_view text);

} // namespace camsim
