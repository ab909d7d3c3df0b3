#pragma once
// AlertAlarm: the audible alarm. While any *new* (unacknowledged) alert at or above the audible
// priority is open, the sound of the most urgent one loops; acknowledging them stops it. An
// operator can mute it for a while (mute(secs)); it comes back by itself when the time is up,
// so a muted console never stays silent through a shift. The sound itself is behind
// AlarmPlayer (QSoundEffect in the app, a fake in tests).
//
// Thread contract: lives on the AlertService's thread (GUI); the player is called there too.

#include "alerts/alert.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>

class QSoundEffect;

namespace vigil {

class AlertService;

class AlarmPlayer
{
public:
    virtual ~AlarmPlayer() = default;
    virtual void start(Priority priority) = 0; // loops until stop() or another start()
    virtual void stop() = 0;
};

// Generated tones (no sound files to ship): P1 fast high triple beeps, P2 a slower mid beep,
// P3/P4 a low beep every 2 s. Played through Qt Multimedia's QSoundEffect.
class SoundEffectAlarmPlayer : public AlarmPlayer
{
public:
    SoundEffectAlarmPlayer();
    ~SoundEffectAlarmPlayer() override;
    void start(Priority priority) override;
    void stop() override;
    // The supervisor chime (a missed response target): a falling two-tone, played once, over
    // whatever alarm is looping.
    void chime();

private:
    QTemporaryDir m_dir; // the generated WAV files
    std::array<std::unique_ptr<QSoundEffect>, 4> m_effects;
    std::unique_ptr<QSoundEffect> m_chime;
    QSoundEffect *m_playing = nullptr;
};

class AlertAlarm : public QObject
{
    Q_OBJECT
public:
    AlertAlarm(AlertService &service, AlarmPlayer &player, QObject *parent = nullptr);

    // Alerts below this priority never sound (default P2: P1 and P2 sound).
    void setLowestAudible(Priority priority);
    void mute(int seconds);
    void unmute();
    bool isMuted() const { return m_muteTimer.isActive(); }
    std::optional<Priority> sounding() const { return m_sounding; }

signals:
    void mutedChanged(bool muted);

private:
    void track(const Alert &alert);
    void update();

    AlarmPlayer &m_player;
    Priority m_lowestAudible = Priority::P2;
    QHash<qint64, Priority> m_newAlerts; // unacknowledged alerts by id
    QTimer m_muteTimer;
    std::optional<Priority> m_sounding;
};

} // namespace vigil
