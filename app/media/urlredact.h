#pragma once
// Credential redaction for anything that prints a URL, and routing of libav's own log output
// (which may echo URLs) through the same redaction into Qt's logging.
//
// Thread contract: redactUrl() and formatLibavLogLine() are pure and callable from any thread.
// installLibavLogRouting() is idempotent and thread-safe; once installed, libav may call the
// callback from any thread (ingest and decoder threads).

#include <QLoggingCategory>
#include <QString>

namespace vigil {

Q_DECLARE_LOGGING_CATEGORY(lcLibav)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)

// Replaces the user-info of every URL in `text` ("rtsp://user:pass@host" → "rtsp://***@host") and
// the value of password-like query parameters ("?password=x" → "?password=***"). Works on free
// text that merely contains URLs, too.
QString redactUrl(const QString &text);

// Routes av_log() output to qCWarning(lcLibav) for errors and qCDebug(lcLibav) for warnings;
// more verbose libav levels are dropped. Every line goes through redactUrl() first.
void installLibavLogRouting();

// The message installLibavLogRouting() would emit for one already formatted libav line, or an
// empty string when the level is filtered out. Exposed for tests.
QString formatLibavLogLine(int avLogLevel, const QString &line);

// `url` with the user info replaced by `username`/`password` (percent-encoded); `url` itself
// unchanged when `username` is empty. The result holds secrets: never log it, wipe it after use.
QByteArray urlWithCredentials(const QString &url, const QString &username, const QString &password);

} // namespace vigil
