#pragma once
// The manifest an analytics plugin embeds with Q_PLUGIN_METADATA(... FILE "manifest.json"), and
// its parser. Example and field reference: docs/plugin-sdk.md.
//
// Thread contract: plain value types and pure functions; callable from any thread.

#include "analytics/fielderror.h"
#include "analytics/settingsschema.h"
#include "media/streamtypes.h"

#include <vigil/frame.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigil {

struct EventTypeDescriptor
{
    QString id;
    LocalizedText name;
    int defaultPriority = 3; // 1..4 for P1 (most urgent) .. P4
    // "alert": false — informational: the event is a record (a vehicle passage, a count), never
    // raised as an alert (a site's alerts.json "event_alerting" may still turn it on).
    bool alert = true;
    // "storeEvent": false (only with "alert": false) — the alert service does not keep the event
    // either, because another consumer keeps the record (the passage store for plate_read).
    bool storeEvent = true;
};

struct StreamRequirement
{
    StreamProfile profile = StreamProfile::Sub;
    double frameRate = 5;
    PixelFormat pixelFormat = PixelFormat::Gray8;
};

struct PluginManifest
{
    QString id;
    LocalizedText name;
    QString version;
    QString sdkVersion; // as written, e.g. "1.0"
    int sdkMajor = -1;
    int sdkMinor = -1;
    QList<EventTypeDescriptor> eventTypes;
    StreamRequirement stream;
    SettingsSchema settings;

    const EventTypeDescriptor *eventType(const QString &id) const;
};

QString pixelFormatKey(PixelFormat format); // "gray8", "bgr24", "yuv420p"

// Reads "sdkVersion" ("MAJOR.MINOR") alone, so the host can refuse a plugin of another SDK
// generation before judging fields that generation may define differently. False if malformed.
bool parseSdkVersion(const QString &text, int *major, int *minor);

struct ManifestParse
{
    PluginManifest manifest; // filled as far as possible, even when there are errors
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Parses and checks every field, collecting all errors rather than stopping at the first.
ManifestParse parsePluginManifest(const QJsonObject &json);

} // namespace vigil
