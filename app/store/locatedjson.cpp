#include "store/locatedjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vigil {

namespace {

// Nesting limit: keeps a hostile file from exhausting the stack.
constexpr int kMaxDepth = 128;

class Parser
{
public:
    explicit Parser(const QByteArray &data) : m_data(data) {}

    std::optional<LocatedJson> parseDocument()
    {
        skipSpace();
        std::optional<LocatedJson> root = parseValue(0);
        if (!root)
            return std::nullopt;
        skipSpace();
        if (m_pos < m_data.size())
            return fail(QStringLiteral("unexpected text after the document"));
        return root;
    }

    JsonSyntaxError error() const { return m_error; }

private:
    std::optional<LocatedJson> fail(const QString &message)
    {
        if (m_error.message.isEmpty()) {
            m_error.line = m_line;
            m_error.column = columnAt(m_pos);
            m_error.message = message;
        }
        return std::nullopt;
    }

    int columnAt(qsizetype pos) const
    {
        const qsizetype lineStart = m_data.lastIndexOf('\n', pos - 1) + 1;
        return int(QString::fromUtf8(m_data.mid(lineStart, pos - lineStart)).size()) + 1;
    }

    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool consumeLiteral(const char *literal)
    {
        const QByteArray text(literal);
        if (m_data.mid(m_pos, text.size()) != text)
            return false;
        m_pos += text.size();
        return true;
    }

    std::optional<LocatedJson> parseValue(int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nesting too deep"));
        if (m_pos >= m_data.size())
            return fail(QStringLiteral("unexpected end of file"));
        LocatedJson value;
        value.line = m_line;
        const char c = m_data.at(m_pos);
        if (c == '{')
            return parseObject(std::move(value), depth);
        if (c == '[')
            return parseArray(std::move(value), depth);
        if (c == '"') {
            std::optional<QString> text = parseString();
            if (!text)
                return std::nullopt;
            value.type = LocatedJson::Type::String;
            value.string = *text;
            return value;
        }
        if (consumeLiteral("true") || consumeLiteral("false")) {
            value.type = LocatedJson::Type::Bool;
            value.boolean = c == 't';
            return value;
        }
        if (consumeLiteral("null"))
            return value;
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber(std::move(value));
        return fail(QStringLiteral("unexpected character"));
    }

    std::optional<LocatedJson> parseNumber(LocatedJson value)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
                  c == 'E'))
                break;
            ++m_pos;
        }
        bool ok = false;
        value.number = m_data.mid(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("malformed number"));
        value.type = LocatedJson::Type::Number;
        return value;
    }

    std::optional<QString> parseString()
    {
        ++m_pos; // opening quote
        QString result;
        qsizetype runStart = m_pos;
        auto flushRun = [&] {
            result += QString::fromUtf8(m_data.mid(runStart, m_pos - runStart));
        };
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '"') {
                flushRun();
                ++m_pos;
                return result;
            }
            if (c == '\n' || (unsigned char)c < 0x20) {
                fail(QStringLiteral("control character in string"));
                return std::nullopt;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            if (m_pos + 1 >= m_data.size())
                break;
            const char escape = m_data.at(m_pos + 1);
            m_pos += 2;
            switch (escape) {
            case '"':
                result += u'"';
                break;
            case '\\':
                result += u'\\';
                break;
            case '/':
                result += u'/';
                break;
            case 'b':
                result += u'\b';
                break;
            case 'f':
                result += u'\f';
                break;
            case 'n':
                result += u'\n';
                break;
            case 'r':
                result += u'\r';
                break;
            case 't':
                result += u'\t';
                break;
            case 'u': {
                bool ok = false;
                const ushort unit = m_data.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_data.size()) {
                    fail(QStringLiteral("malformed \\u escape"));
                    return std::nullopt;
                }
                // Surrogate halves are UTF-16 code units already; pairs join up in the QString.
                result += QChar(unit);
                m_pos += 4;
                break;
            }
            default:
                fail(QStringLiteral("unknown escape sequence"));
                return std::nullopt;
            }
            runStart = m_pos;
        }
        fail(QStringLiteral("unterminated string"));
        return std::nullopt;
    }

    std::optional<LocatedJson> parseArray(LocatedJson value, int depth)
    {
        value.type = LocatedJson::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_data.size() && m_data.at(m_pos) == ']') {
            ++m_pos;
            return value;
        }
        while (true) {
            skipSpace();
            std::optional<LocatedJson> item = parseValue(depth + 1);
            if (!item)
                return std::nullopt;
            value.items.append(std::move(*item));
            skipSpace();
            if (m_pos >= m_data.size())
                return fail(QStringLiteral("unterminated array"));
            const char c = m_data.at(m_pos++);
            if (c == ']')
                return value;
            if (c != ',') {
                --m_pos;
                return fail(QStringLiteral("expected ',' or ']'"));
            }
        }
    }

    std::optional<LocatedJson> parseObject(LocatedJson value, int depth)
    {
        value.type = LocatedJson::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_data.size() && m_data.at(m_pos) == '}') {
            ++m_pos;
            return value;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size() || m_data.at(m_pos) != '"')
                return fail(QStringLiteral("expected a quoted key"));
            std::optional<QString> key = parseString();
            if (!key)
                return std::nullopt;
            skipSpace();
            if (m_pos >= m_data.size() || m_data.at(m_pos) != ':')
                return fail(QStringLiteral("expected ':'"));
            ++m_pos;
            skipSpace();
            std::optional<LocatedJson> member = parseValue(depth + 1);
            if (!member)
                return std::nullopt;
            value.members.append({*key, std::move(*member)});
            skipSpace();
            if (m_pos >= m_data.size())
                return fail(QStringLiteral("unterminated object"));
            const char c = m_data.at(m_pos++);
            if (c == '}')
                return value;
            if (c != ',') {
                --m_pos;
                return fail(QStringLiteral("expected ',' or '}'"));
            }
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    JsonSyntaxError m_error;
};

JsonSyntaxError errorAtOffset(const QByteArray &data, qsizetype offset, const QString &message)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1,
            message};
}

} // namespace

QString LocatedJson::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    }
    return {};
}

std::optional<LocatedJson> parseLocatedJson(const QByteArray &utf8, JsonSyntaxError *error)
{
    QByteArray data = utf8;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a UTF-8 byte order mark, as some Windows editors write
    // Our parser points at the offending character itself (Qt's offset lies after it).
    Parser parser(data);
    std::optional<LocatedJson> root = parser.parseDocument();
    if (!root) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    // Qt's parser stays the reference for strict validity (number syntax, encoding details
    // this small reader is lenient about); its offset still gives a line:column.
    QJsonParseError qtError;
    QJsonDocument::fromJson(data, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        if (error)
            *error = errorAtOffset(data, qtError.offset, qtError.errorString());
        return std::nullopt;
    }
    return root;
}

} // namespace vigil
