#include "net/httprequestparser.h"

#include <QList>

namespace vigil {

HttpRequestParser::HttpRequestParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes), m_maxBodyBytes(maxBodyBytes)
{}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message,
                                                 const QString &field)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_errorField = field;
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer.append(bytes);
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_maxHeaderBytes)
                return fail(413,
                            QStringLiteral("request header exceeds %1 bytes").arg(m_maxHeaderBytes),
                            QStringLiteral("headers"));
            return m_state;
        }
        if (end + 4 > m_maxHeaderBytes)
            return fail(413,
                        QStringLiteral("request header exceeds %1 bytes").arg(m_maxHeaderBytes),
                        QStringLiteral("headers"));
        if (parseHead(m_buffer.left(end)) == State::Failed)
            return m_state;
        m_buffer.remove(0, end + 4);
        m_headDone = true;
    }
    if (m_buffer.size() > m_contentLength)
        return fail(400,
                    QStringLiteral("more bytes than Content-Length announced (pipelining is "
                                   "not supported)"),
                    QStringLiteral("content-length"));
    if (m_buffer.size() < m_contentLength)
        return m_state;
    m_request.body = std::exchange(m_buffer, {});
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    // Request line: METHOD SP target SP HTTP/1.x
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].startsWith('/'))
        return fail(400, QStringLiteral("malformed request line"), QStringLiteral("request-line"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"),
                    QStringLiteral("request-line"));
    for (char c : parts[0]) {
        if (c < 'A' || c > 'Z')
            return fail(400, QStringLiteral("malformed method"), QStringLiteral("request-line"));
    }
    m_request.method = parts[0];
    const qsizetype question = parts[1].indexOf('?');
    m_request.path = question < 0 ? parts[1] : parts[1].left(question);
    m_request.query = question < 0 ? QByteArray() : parts[1].mid(question + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding (leading whitespace) is refused as RFC 9112 allows.
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t')
            return fail(400, QStringLiteral("malformed header line %1").arg(i + 1),
                        QStringLiteral("headers"));
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.contains(' '))
            return fail(400, QStringLiteral("malformed header name on line %1").arg(i + 1),
                        QStringLiteral("headers"));
        if (m_request.headers.contains(name) && name == "content-length" &&
            m_request.headers.value(name) != value)
            return fail(400, QStringLiteral("conflicting Content-Length headers"),
                        QStringLiteral("content-length"));
        m_request.headers.insert(name, value);
    }
    if (m_request.headers.contains("transfer-encoding"))
        return fail(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"),
                    QStringLiteral("transfer-encoding"));
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray text = m_request.headers.value("content-length");
        const qint64 length = text.toLongLong(&ok);
        if (!ok || length < 0 || text.startsWith('+'))
            return fail(400, QStringLiteral("Content-Length is not a number"),
                        QStringLiteral("content-length"));
        if (length > m_maxBodyBytes)
            return fail(413, QStringLiteral("body exceeds %1 bytes").arg(m_maxBodyBytes),
                        QStringLiteral("body"));
        m_contentLength = qsizetype(length);
    } else if (m_request.method == "POST" || m_request.method == "PUT") {
        return fail(411, QStringLiteral("Content-Length is required"),
                    QStringLiteral("content-length"));
    }
    return m_state;
}

} // namespace vigil
