// vigil-scenegen's clip output: H.264 shaped like a camera stream (25 fps, a keyframe every
// second, no B-frames), the sub stream from the same frames, the scene's frames held at the
// output rate (checked on the decoded pixels), the Y4M path unchanged, and clear errors.
#include <clipwriter.h>
#include <scene.h>

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <vector>

using namespace vigil::scenegen;

namespace {

// A short scene: one walker crossing a 1280 x 720 street at 5 fps, 3 s.
SceneScript walkerScene()
{
    SceneScript script;
    script.name = QStringLiteral("walker");
    script.seed = 7;
    script.width = 1280;
    script.height = 720;
    script.fps = 5;
    script.duration = 3;
    Actor walker;
    walker.id = 1;
    walker.kind = ActorKind::Person;
    walker.path = {{0, 0.1, 0.85}, {3, 0.9, 0.85}};
    walker.colour = cv::Scalar(30, 30, 160);
    script.actors = {walker};
    return script;
}

struct DecodedFrame
{
    cv::Mat bgr;
    bool key = false;
    char type = '?';
};

struct Decoded
{
    QString codec;
    int width = 0;
    int height = 0;
    AVRational rate{0, 1};
    std::vector<DecodedFrame> frames;
};

// Every frame of the clip's video stream, as BGR, with its picture type.
Decoded decodeAll(const QString &path)
{
    Decoded out;
    AVFormatContext *format = nullptr;
    REQUIRE(avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) ==
            0);
    REQUIRE(avformat_find_stream_info(format, nullptr) >= 0);
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    REQUIRE(index >= 0);
    AVStream *stream = format->streams[index];
    const AVCodec *decoder = avcodec_find_decoder(stream->codecpar->codec_id);
    REQUIRE(decoder);
    AVCodecContext *codec = avcodec_alloc_context3(decoder);
    avcodec_parameters_to_context(codec, stream->codecpar);
    REQUIRE(avcodec_open2(codec, decoder, nullptr) == 0);
    out.codec = QString::fromLatin1(decoder->name);
    out.width = codec->width;
    out.height = codec->height;
    out.rate = stream->avg_frame_rate;
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    SwsContext *sws = nullptr;
    auto drain = [&] {
        while (avcodec_receive_frame(codec, frame) == 0) {
            sws = sws_getCachedContext(sws, frame->width, frame->height,
                                       AVPixelFormat(frame->format), frame->width, frame->height,
                                       AV_PIX_FMT_BGR24, SWS_BILINEAR, nullptr, nullptr, nullptr);
            DecodedFrame decoded;
            decoded.bgr.create(frame->height, frame->width, CV_8UC3);
            uint8_t *dst[] = {decoded.bgr.data};
            const int stride[] = {int(decoded.bgr.step)};
            sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
            decoded.key = frame->key_frame;
            decoded.type = av_get_picture_type_char(frame->pict_type);
            out.frames.push_back(decoded);
        }
    };
    while (av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == index && avcodec_send_packet(codec, packet) == 0)
            drain();
        av_packet_unref(packet);
    }
    avcodec_send_packet(codec, nullptr);
    drain();
    sws_freeContext(sws);
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    avformat_close_input(&format);
    return out;
}

double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar mean = cv::mean(diff);
    return (mean[0] + mean[1] + mean[2]) / 3;
}

std::vector<cv::Mat> renderAll(const SceneScript &script)
{
    SceneRenderer renderer(script);
    std::vector<cv::Mat> frames;
    for (int f = 0; f < script.frameCount(); ++f)
        frames.push_back(renderer.render(f).clone());
    return frames;
}

} // namespace

TEST_CASE("H.264 clips are shaped like a camera stream, main and sub from one pass",
          "[scenegen][encoder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SceneScript script = walkerScene();
    ClipRequest request;
    request.mainPath = dir.filePath(QStringLiteral("walker_main.mp4"));
    request.subPath = dir.filePath(QStringLiteral("walker_sub.mp4"));
    ClipResult result;
    QString error;
    REQUIRE(writeSceneClip(script, request, &result, &error));
    INFO(error.toStdString());
    CHECK(result.sceneFrames == 15);
    CHECK(result.outputFrames == 75);
    CHECK_FALSE(QFileInfo::exists(request.mainPath + QStringLiteral(".part")));

    const Decoded main = decodeAll(request.mainPath);
    CHECK(main.codec == QStringLiteral("h264"));
    CHECK(main.width == 1280);
    CHECK(main.height == 720);
    CHECK(av_q2d(main.rate) == Approx(25));
    REQUIRE(main.frames.size() == 75);
    for (size_t i = 0; i < main.frames.size(); ++i) {
        INFO("frame " << i);
        CHECK(main.frames[i].key == (i % 25 == 0)); // one GOP a second, no extra keyframes
        CHECK(main.frames[i].type != 'B');
    }
    const Decoded sub = decodeAll(request.subPath);
    CHECK(sub.width == 640);
    CHECK(sub.height == 360);
    CHECK(sub.frames.size() == 75);

    // Output frame j holds scene frame floor(j / 5): the decoded picture is the rendered one
    // (compression and the sensor noise it smooths aside) and not its neighbours, in which the
    // walker stands ~70 px away. Compared on the walker's band of rows.
    const std::vector<cv::Mat> rendered = renderAll(script);
    const cv::Rect band(0, 500, 1280, 116);
    for (int j : {0, 4, 5, 37, 74}) {
        INFO("output frame " << j);
        const int k = sceneFrameAt(script, j, 25);
        CHECK(k == j / 5);
        const cv::Mat decoded = main.frames[size_t(j)].bgr(band);
        const double own = meanAbsDiff(decoded, rendered[size_t(k)](band));
        CHECK(own < 8.0);
        for (int other : {k - 1, k + 1}) {
            if (other >= 0 && other < int(rendered.size()))
                CHECK(meanAbsDiff(decoded, rendered[size_t(other)](band)) > own + 1.0);
        }
    }
    cv::Mat small;
    cv::resize(rendered[7], small, cv::Size(640, 360), 0, 0, cv::INTER_AREA);
    CHECK(meanAbsDiff(sub.frames[35].bgr, small) < 5.0);
}

TEST_CASE("MKV output and bitrate rate control", "[scenegen][encoder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SceneScript script = walkerScene();
    script.duration = 2;
    ClipRequest request;
    request.format = QStringLiteral("mkv");
    request.mainPath = dir.filePath(QStringLiteral("walker.mkv"));
    request.main.bitrateKbps = 400;
    ClipResult result;
    QString error;
    REQUIRE(writeSceneClip(script, request, &result, &error));
    const Decoded clip = decodeAll(request.mainPath);
    CHECK(clip.codec == QStringLiteral("h264"));
    CHECK(clip.frames.size() == 50);
    // 2 s at 400 kbit/s is ~100 kB; CRF on this noisy picture would take several times that.
    CHECK(QFileInfo(request.mainPath).size() < 250 * 1000);
}

TEST_CASE("Y4M output is the rendered frames at the scene's rate, uncompressed",
          "[scenegen][encoder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SceneScript script = walkerScene();
    ClipRequest request;
    request.format = QStringLiteral("y4m");
    request.mainPath = dir.filePath(QStringLiteral("walker.y4m"));
    ClipResult result;
    QString error;
    REQUIRE(writeSceneClip(script, request, &result, &error));
    QFile file(request.mainPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine();
    CHECK(header == QByteArrayLiteral("YUV4MPEG2 W1280 H720 F5:1 Ip A1:1 C420jpeg\n"));
    const std::vector<cv::Mat> rendered = renderAll(script);
    const qint64 frameBytes = 1280 * 720 * 3 / 2;
    CHECK(file.size() == header.size() + 15 * (6 + frameBytes));
    for (int k : {0, 9}) {
        file.seek(header.size() + k * (6 + frameBytes) + 6);
        const QByteArray bytes = file.read(frameBytes);
        cv::Mat yuv;
        cv::cvtColor(rendered[size_t(k)], yuv, cv::COLOR_BGR2YUV_I420);
        CHECK(QByteArray(reinterpret_cast<const char *>(yuv.data), qsizetype(yuv.total())) ==
              bytes);
    }
}

TEST_CASE("clip errors name the file or the encoder", "[scenegen][encoder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SceneScript script = walkerScene();
    script.duration = 1;
    ClipResult result;
    QString error;

    ClipRequest missingDir;
    missingDir.mainPath = dir.filePath(QStringLiteral("no/such/dir/clip.mp4"));
    CHECK_FALSE(writeSceneClip(script, missingDir, &result, &error));
    CHECK(error.contains(missingDir.mainPath));
    CHECK(error.contains(QStringLiteral("cannot open for writing")));

    ClipRequest noEncoder;
    noEncoder.mainPath = dir.filePath(QStringLiteral("clip.mp4"));
    noEncoder.main.encoder = QStringLiteral("no_such_h264_encoder");
    CHECK_FALSE(writeSceneClip(script, noEncoder, &result, &error));
    CHECK(error.contains(QStringLiteral("\"no_such_h264_encoder\" is not available")));
    CHECK_FALSE(QFileInfo::exists(noEncoder.mainPath));

    ClipEncoder encoder;
    EncoderOptions odd;
    odd.size = QSize(641, 360);
    CHECK_FALSE(encoder.open(dir.filePath(QStringLiteral("odd.mp4")), odd, &error));
    CHECK(error.contains(QStringLiteral("641x360")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing half-written left
}
