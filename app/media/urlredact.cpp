#include "media/urlredact.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstdarg>
#include <mutex>

extern "C" {
#include <libavutil/log.h>
}

namespace vigil {

Q_LOGGING_CATEGORY(lcLibav, "vigil.libav")
Q_LOGGING_CATEGORY(lcMedia, "vigil.media")

QString redactUrl(const QString &text)
{
    // scheme://<userinfo>@ — userinfo may itself contain '@' when the password was not encoded,
    // so take everything up to the last '@' before the host's path/query/whitespace.
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://)[^/\s?#]*@)"));
    static const QRegularExpression secretParam(
        QStringLiteral(R"(([?&;](?:password|passwd|pwd|pass|secret|token)=)[^&;#\s]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1***@"));
    out.replace(secretParam, QStringLiteral("\\1***"));
    return out;
}

QString formatLibavLogLine(int avLogLevel, const QString &line)
{
    if (avLogLevel > AV_LOG_WARNING)
        return {};
    QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    return redactUrl(trimmed);
}

namespace {

void libavLogCallback(void *avcl, int level, const char *fmt, va_list args)
{
    if (level > AV_LOG_WARNING)
        return;
    char buffer[1024];
    int printPrefix = 1;
    av_log_format_line2(avcl, level, fmt, args, buffer, sizeof(buffer), &printPrefix);
    const QString message = formatLibavLogLine(level, QString::fromUtf8(buffer));
    if (message.isEmpty())
        return;
    if (level <= AV_LOG_ERROR)
        qCWarning(lcLibav).noquote() << message;
    else
        qCDebug(lcLibav).noquote() << message;
}

} // namespace

void installLibavLogRouting()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(libavLogCallback); });
}

QByteArray urlWithCredentials(const QString &requestUrl, const QString &username,
                              const QString &password)
{
    QByteArray url = requestUrl.toUtf8();
    const qsizetype schemeEnd = url.indexOf("://");
    if (username.isEmpty() || schemeEnd < 0)
        return url;
    const qsizetype hostStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (char c : {'/', '?', '#'}) {
        const qsizetype at = url.indexOf(c, hostStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const qsizetype existingAt = url.lastIndexOf('@', authorityEnd - 1);
    if (existingAt >= hostStart)
        url.remove(hostStart, existingAt - hostStart + 1);
    QByteArray userInfo = QUrl::toPercentEncoding(username);
    if (!password.isEmpty())
        userInfo += ':' + QUrl::toPercentEncoding(password);
    url.insert(hostStart, userInfo + '@');
    return url;
}

} // namespace vigil
