#include "media/urlredact.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStringList>

extern "C" {
#include <libavutil/log.h>
}

using vigil::redactUrl;

TEST_CASE("redactUrl hides user info", "[media][redact]")
{
    CHECK(redactUrl(QStringLiteral("rtsp://admin:s3cret@10.0.0.5:554/Streaming/101")) ==
          QStringLiteral("rtsp://***@10.0.0.5:554/Streaming/101"));
    CHECK(redactUrl(QStringLiteral("http://user@cam.local/mjpeg")) ==
          QStringLiteral("http://***@cam.local/mjpeg"));
    // An unencoded '@' inside the password must not leak the rest of it.
    CHECK(redactUrl(QStringLiteral("rtsp://admin:p@ss@host/x")) ==
          QStringLiteral("rtsp://***@host/x"));
}

TEST_CASE("redactUrl hides password-like query parameters", "[media][redact]")
{
    CHECK(redactUrl(QStringLiteral("http://host/cgi?user=bob&password=hunter2&ch=1")) ==
          QStringLiteral("http://host/cgi?user=bob&password=***&ch=1"));
    CHECK(redactUrl(QStringLiteral("http://host/cgi?PWD=x")) ==
          QStringLiteral("http://host/cgi?PWD=***"));
}

TEST_CASE("redactUrl leaves clean URLs and plain text alone", "[media][redact]")
{
    const QString clean = QStringLiteral("rtsp://127.0.0.1:8554/c1/sub");
    CHECK(redactUrl(clean) == clean);
    CHECK(redactUrl(QStringLiteral("mail me at ops@example.org")) ==
          QStringLiteral("mail me at ops@example.org"));
    CHECK(redactUrl(QString()).isEmpty());
}

TEST_CASE("redactUrl works on URLs embedded in messages", "[media][redact]")
{
    const QString redacted =
        redactUrl(QStringLiteral("Failed to open rtsp://u:pw@a/1 and http://x:y@b/2 (timeout)"));
    CHECK(redacted == QStringLiteral("Failed to open rtsp://***@a/1 and http://***@b/2 (timeout)"));
    CHECK_FALSE(redacted.contains(QStringLiteral("pw")));
}

namespace {
QStringList g_captured;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}
} // namespace

TEST_CASE("libav log lines are routed to Qt logging with URLs redacted", "[media][redact]")
{
    CHECK(vigil::formatLibavLogLine(AV_LOG_DEBUG, QStringLiteral("rtsp://a:b@h/")).isEmpty());
    CHECK(vigil::formatLibavLogLine(AV_LOG_ERROR, QStringLiteral("open rtsp://a:b@h/ failed\n")) ==
          QStringLiteral("open rtsp://***@h/ failed"));

    QLoggingCategory::setFilterRules(QStringLiteral("vigil.libav.debug=true"));
    vigil::installLibavLogRouting();
    g_captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    av_log(nullptr, AV_LOG_ERROR, "Could not open rtsp://admin:topsecret@10.1.1.1/live\n");
    av_log(nullptr, AV_LOG_WARNING, "retrying http://viewer:pw123@cam/x?password=abc\n");
    av_log(nullptr, AV_LOG_VERBOSE, "chatty rtsp://admin:topsecret@10.1.1.1/live\n");
    qInstallMessageHandler(previous);

    REQUIRE(g_captured.size() == 2);
    CHECK(g_captured[0].contains(QStringLiteral("rtsp://***@10.1.1.1/live")));
    CHECK(g_captured[1].contains(QStringLiteral("http://***@cam/x?password=***")));
    for (const QString &line : std::as_const(g_captured)) {
        CHECK_FALSE(line.contains(QStringLiteral("topsecret")));
        CHECK_FALSE(line.contains(QStringLiteral("pw123")));
        CHECK_FALSE(line.contains(QStringLiteral("abc")));
    }
}
