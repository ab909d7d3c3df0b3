#include "jsonreader.h"

#include <cmath>
#include <cstdlib>

namespace camsim {

const JsonValue *JsonValue::find(std::string_view key) const
{
    for (const auto &[name, value] : members)
        if (name == key)
            return &value;
    return nullptr;
}

const char *JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "a boolean";
    case Type::Number:
        return "a number";
    case Type::String:
        return "a string";
    case Type::Array:
        return "an array";
    case Type::Object:
        return "an object";
    }
    return "?";
}

namespace {

class Parser
{
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    JsonValue parseDocument()
    {
        JsonValue value = parseValue(0);
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected text after the end of the document");
        return value;
    }

private:
    [[noreturn]] void fail(const std::string &message) const
    {
        throw JsonSyntaxError(m_line, message);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    char peek()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail("unexpected end of file");
        return m_text[m_pos];
    }

    void expect(char c)
    {
        if (peek() != c)
            fail(std::string("expected '") + c + "' but found '" + m_text[m_pos] + "'");
        ++m_pos;
    }

    JsonValue parseValue(int depth)
    {
        if (depth > 64)
            fail("nesting too deep");
        const char c = peek();
        JsonValue value;
        value.line = m_line;
        if (c == '{') {
            value.type = JsonValue::Type::Object;
            ++m_pos;
            if (peek() == '}') {
                ++m_pos;
                return value;
            }
            for (;;) {
                if (peek() != '"')
                    fail("expected a quoted member name");
                std::string key = parseString();
                expect(':');
                value.members.emplace_back(std::move(key), parseValue(depth + 1));
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                expect('}');
                return value;
            }
        }
        if (c == '[') {
            value.type = JsonValue::Type::Array;
            ++m_pos;
            if (peek() == ']') {
                ++m_pos;
                return value;
            }
            for (;;) {
                value.array.push_back(parseValue(depth + 1));
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                expect(']');
                return value;
            }
        }
        if (c == '"') {
            value.type = JsonValue::Type::String;
            value.string = parseString();
            return value;
        }
        if (matchWord("true")) {
            value.type = JsonValue::Type::Bool;
            value.boolean = true;
            return value;
        }
        if (matchWord("false")) {
            value.type = JsonValue::Type::Bool;
            return value;
        }
        if (matchWord("null"))
            return value;
        if (c == '-' || (c >= '0' && c <= '9')) {
            value.type = JsonValue::Type::Number;
            value.number = parseNumber();
            return value;
        }
        fail(std::string("unexpected character '") + c + "'");
    }

    bool matchWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    double parseNumber()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() &&
               std::string_view("+-0123456789.eE").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
        const std::string token(m_text.substr(start, m_pos - start));
        char *end = nullptr;
        const double number = std::strtod(token.c_str(), &end);
        if (end != token.c_str() + token.size() || !std::isfinite(number))
            fail("invalid number '" + token + "'");
        return number;
    }

    std::string parseString()
    {
        ++m_pos; // opening quote
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c == '\n')
                fail("line break inside a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char esc = m_text[m_pos++];
            switch (esc) {
            case '"':
            case '\\':
            case '/':
                out += esc;
                break;
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u':
                appendCodePoint(out);
                break;
            default:
                fail(std::string("invalid escape '\\") + esc + "' in string");
            }
        }
        fail("unterminated string");
    }

    void appendCodePoint(std::string &out)
    {
        if (m_pos + 4 > m_text.size())
            fail("truncated \\u escape");
        const std::string hex(m_text.substr(m_pos, 4));
        char *end = nullptr;
        const unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
        if (end != hex.c_str() + 4)
            fail("invalid \\u escape");
        m_pos += 4;
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
};

} // namespace

JsonValue parseJson(std::string_view text)
{
    return Parser(text).parseDocument();
}

} // namespace camsim
