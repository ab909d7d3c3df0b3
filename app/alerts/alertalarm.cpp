#include "alerts/alertalarm.h"

#include "alerts/alertservice.h"

#include <QFile>
#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>

#include <cmath>

namespace vigil {

namespace {

constexpr int kSampleRate = 22050;

struct Beep
{
    int frequencyHz = 0; // 0 = silence
    int durationMs = 0;
};

// A 16-bit mono PCM WAV of the given beeps.
QByteArray wavOf(const QList<Beep> &beeps)
{
    QByteArray samples;
    for (const Beep &beep : beeps) {
        const int count = kSampleRate * beep.durationMs / 1000;
        for (int i = 0; i < count; ++i) {
            double value = 0;
            if (beep.frequencyHz > 0) {
                // Short fade in/out so the beeps do not click.
                const double envelope = std::min({1.0, i / 200.0, (count - i) / 200.0});
                value = 0.6 * envelope * std::sin(2 * M_PI * beep.frequencyHz * i / kSampleRate);
            }
            const qint16 sample = qint16(value * 32767);
            samples.append(reinterpret_cast<const char *>(&sample), 2); // little-endian host
        }
    }
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        const quint32 le = qToLittleEndian(v);
        wav.append(reinterpret_cast<const char *>(&le), 4);
    };
    const auto u16 = [&wav](quint16 v) {
        const quint16 le = qToLittleEndian(v);
        wav.append(reinterpret_cast<const char *>(&le), 2);
    };
    wav.append("RIFF");
    u32(quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(kSampleRate);
    u32(kSampleRate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(samples.size()));
    return wav + samples;
}

} // namespace

SoundEffectAlarmPlayer::SoundEffectAlarmPlayer()
{
    const QList<QList<Beep>> patterns{
        {{1175, 120}, {0, 60}, {1175, 120}, {0, 60}, {1175, 120}, {0, 400}}, // P1
        {{880, 250}, {0, 750}},                                              // P2
        {{587, 200}, {0, 1800}},                                             // P3
        {{440, 200}, {0, 1800}},                                             // P4
    };
    for (int i = 0; i < 4; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("alarm-p%1.wav").arg(i + 1));
        QFile file(path);
        if (m_dir.isValid() && file.open(QIODevice::WriteOnly))
            file.write(wavOf(patterns[i]));
        file.close();
        m_effects[size_t(i)] = std::make_unique<QSoundEffect>();
        m_effects[size_t(i)]->setSource(QUrl::fromLocalFile(path));
        m_effects[size_t(i)]->setLoopCount(QSoundEffect::Infinite);
    }
    const QString chimePath = m_dir.filePath(QStringLiteral("supervisor-chime.wav"));
    QFile chimeFile(chimePath);
    if (m_dir.isValid() && chimeFile.open(QIODevice::WriteOnly))
        chimeFile.write(wavOf({{1568, 180}, {0, 40}, {1046, 180}, {0, 40}, {784, 320}}));
    chimeFile.close();
    m_chime = std::make_unique<QSoundEffect>();
    m_chime->setSource(QUrl::fromLocalFile(chimePath));
}

void SoundEffectAlarmPlayer::chime()
{
    m_chime->play();
}

SoundEffectAlarmPlayer::~SoundEffectAlarmPlayer() = default;

void SoundEffectAlarmPlayer::start(Priority priority)
{
    stop();
    m_playing = m_effects[size_t(priority) - 1].get();
    m_playing->play();
}

void SoundEffectAlarmPlayer::stop()
{
    if (m_playing)
        m_playing->stop();
    m_playing = nullptr;
}

AlertAlarm::AlertAlarm(AlertService &service, AlarmPlayer &player, QObject *parent)
    : QObject(parent), m_player(player)
{
    m_muteTimer.setSingleShot(true);
    connect(&m_muteTimer, &QTimer::timeout, this, [this] {
        emit mutedChanged(false);
        update();
    });
    connect(&service, &AlertService::ready, this, [this](const QList<Alert> &alerts) {
        for (const Alert &alert : alerts)
            track(alert);
        update();
    });
    const auto onChange = [this](const Alert &alert) {
        track(alert);
        update();
    };
    connect(&service, &AlertService::alertRaised, this, onChange);
    connect(&service, &AlertService::alertUpdated, this, onChange);
    for (const Alert &alert : service.openAlerts())
        track(alert);
    update();
}

void AlertAlarm::setLowestAudible(Priority priority)
{
    m_lowestAudible = priority;
    update();
}

void AlertAlarm::mute(int seconds)
{
    m_muteTimer.start(std::max(1, seconds) * 1000);
    emit mutedChanged(true);
    update();
}

void AlertAlarm::unmute()
{
    if (!m_muteTimer.isActive())
        return;
    m_muteTimer.stop();
    emit mutedChanged(false);
    update();
}

void AlertAlarm::track(const Alert &alert)
{
    if (alert.state == AlertState::New)
        m_newAlerts.insert(alert.id, alert.priority);
    else
        m_newAlerts.remove(alert.id);
}

void AlertAlarm::update()
{
    std::optional<Priority> loudest;
    for (Priority priority : std::as_const(m_newAlerts)) {
        if (int(priority) <= int(m_lowestAudible) && (!loudest || priority < *loudest))
            loudest = priority;
    }
    if (isMuted())
        loudest.reset();
    if (loudest == m_sounding)
        return;
    m_sounding = loudest;
    if (loudest)
        m_player.start(*loudest);
    else
        m_player.stop();
}

} // namespace vigil
