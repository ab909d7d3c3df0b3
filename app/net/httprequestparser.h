#pragma once
// HttpRequestParser: a small, strict HTTP/1.1 request parser for the local event API. It takes
// bytes as they arrive and stops at the first problem with the status code to answer:
// 400 malformed, 411 no Content-Length on a request with a body, 413 header or body too large,
// 501 Transfer-Encoding (chunked bodies are not accepted), 505 not HTTP/1.x.
//
// Thread contract: a plain object; use one per connection on one thread.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vigil {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // without the query string
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased; values trimmed
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

class HttpRequestParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Failed
    };
    static constexpr qsizetype kDefaultMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kDefaultMaxBodyBytes = 256 * 1024;

    explicit HttpRequestParser(qsizetype maxHeaderBytes = kDefaultMaxHeaderBytes,
                               qsizetype maxBodyBytes = kDefaultMaxBodyBytes);

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    const HttpRequest &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorField() const { return m_errorField; }

private:
    State fail(int status, const QString &message, const QString &field = {});
    State parseHead(const QByteArray &head);

    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
    QByteArray m_buffer;
    bool m_headDone = false;
    qsizetype m_contentLength = 0;
    State m_state = State::NeedMore;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
    QString m_errorField;
};

} // namespace vigil
