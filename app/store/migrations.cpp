#include "store/migrations.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

namespace vigil {

namespace {

// Schema v1. Events keep camera_id as plain text (no FK): history must survive a camera being
// removed by a later site import.
Migration schemaV1()
{
    return {1,
            QStringLiteral("site, cameras, credentials, checkpoints, users, events, alerts"),
            {
                QStringLiteral(R"(CREATE TABLE site (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE site_nodes (
    id        TEXT PRIMARY KEY NOT NULL,
    site_id   TEXT NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES site_nodes(id) DEFERRABLE INITIALLY DEFERRED,
    level     TEXT NOT NULL CHECK (level IN ('district', 'town', 'community')),
    name      TEXT NOT NULL,
    position  INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX site_nodes_parent ON site_nodes(parent_id)"),
                QStringLiteral(R"(CREATE TABLE cameras (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    site_node_id TEXT NOT NULL REFERENCES site_nodes(id),
    type         TEXT NOT NULL CHECK (type IN ('fixed', 'ptz_dome', 'lookout', 'mobile_4g',
                                               'checkpoint', 'body_worn')),
    latitude     REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    heading_deg  REAL NOT NULL,
    fov_deg      REAL NOT NULL,
    range_m      REAL NOT NULL,
    main_stream  TEXT NOT NULL,
    sub_stream   TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX cameras_site_node ON cameras(site_node_id)"),
                QStringLiteral(R"(CREATE TABLE camera_credentials (
    camera_id TEXT PRIMARY KEY NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
    username  TEXT NOT NULL,
    password  TEXT NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE checkpoints (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    site_node_id TEXT NOT NULL REFERENCES site_nodes(id),
    latitude     REAL NOT NULL,
    longitude    REAL NOT NULL,
    ring         TEXT NOT NULL,
    lanes        INTEGER NOT NULL CHECK (lanes > 0),
    position     INTEGER NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE checkpoint_cameras (
    checkpoint_id TEXT NOT NULL REFERENCES checkpoints(id) ON DELETE CASCADE,
    camera_id     TEXT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (checkpoint_id, camera_id)
))"),
                QStringLiteral(
                    "CREATE INDEX checkpoint_cameras_camera ON checkpoint_cameras(camera_id)"),
                QStringLiteral(R"(CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,
    type      TEXT NOT NULL,
    source    TEXT NOT NULL,
    camera_id TEXT,
    severity  INTEGER NOT NULL DEFAULT 0,
    details   TEXT NOT NULL DEFAULT '{}'
))"),
                QStringLiteral("CREATE INDEX events_time ON events(time)"),
                QStringLiteral("CREATE INDEX events_camera_time ON events(camera_id, time)"),
                QStringLiteral(R"(CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER REFERENCES events(id) ON DELETE CASCADE,
    priority    INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    assigned_to INTEGER REFERENCES users(id) ON DELETE SET NULL,
    details     TEXT NOT NULL DEFAULT '{}'
))"),
                QStringLiteral("CREATE INDEX alerts_state_created ON alerts(state, created_at)"),
                QStringLiteral("CREATE INDEX alerts_event ON alerts(event_id)"),
            }};
}

// Schema v2 (alerts area): event details the alert queue shows, alert lifecycle columns and the
// append-only action log. Added columns only, so v1 rows stay valid.
Migration schemaV2Alerts()
{
    QStringList statements;
    for (const char *column :
         {"checkpoint_id TEXT", "area TEXT NOT NULL DEFAULT ''",
          "snapshot TEXT NOT NULL DEFAULT ''", "box TEXT NOT NULL DEFAULT ''",
          "clip_ref TEXT NOT NULL DEFAULT ''", "summary TEXT NOT NULL DEFAULT ''"})
        statements.append(QStringLiteral("ALTER TABLE events ADD COLUMN ") + QLatin1String(column));
    for (const char *column : {"type TEXT NOT NULL DEFAULT ''",
                               "source TEXT NOT NULL DEFAULT ''",
                               "camera_id TEXT",
                               "checkpoint_id TEXT",
                               "area TEXT NOT NULL DEFAULT ''",
                               "summary TEXT NOT NULL DEFAULT ''",
                               "base_priority INTEGER NOT NULL DEFAULT 4",
                               "resolution TEXT NOT NULL DEFAULT ''",
                               "last_event_at TEXT",
                               "event_count INTEGER NOT NULL DEFAULT 1",
                               "acknowledged_at TEXT",
                               "dispatched_at TEXT",
                               "on_scene_at TEXT",
                               "resolved_at TEXT",
                               "sla_started_at TEXT",
                               "assigned_login TEXT NOT NULL DEFAULT ''",
                               "unit TEXT NOT NULL DEFAULT ''",
                               "escalations INTEGER NOT NULL DEFAULT 0",
                               "snapshot TEXT NOT NULL DEFAULT ''",
                               "box TEXT NOT NULL DEFAULT ''"})
        statements.append(QStringLiteral("ALTER TABLE alerts ADD COLUMN ") + QLatin1String(column));
    statements
        << QStringLiteral(R"(CREATE TABLE alert_actions (
    id         INTEGER PRIMARY KEY,
    alert_id   INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    time       TEXT NOT NULL,
    operator   TEXT NOT NULL,
    action     TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
))") << QStringLiteral("CREATE INDEX alert_actions_alert ON alert_actions(alert_id, id)")
        << QStringLiteral("CREATE INDEX alerts_priority_created ON alerts(priority, created_at)")
        << QStringLiteral("CREATE INDEX alerts_camera_created ON alerts(camera_id, created_at)");
    return {2, QStringLiteral("alert lifecycle columns, event details, alert action log"),
            statements};
}

// Schema v3 (alerts area): the durable outbox of webhook deliveries to dispatched units.
Migration schemaV3WebhookOutbox()
{
    return {3,
            QStringLiteral("webhook outbox"),
            {QStringLiteral(R"(CREATE TABLE webhook_outbox (
    id              INTEGER PRIMARY KEY,
    alert_id        INTEGER NOT NULL,
    url             TEXT NOT NULL,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
))"),
             QStringLiteral(
                 "CREATE INDEX webhook_outbox_pending ON webhook_outbox(state, next_attempt_at)")}};
}

// Schema v4 (recording area): the segment index, gaps with their cause, per-camera recording
// settings, evidence locks (never deleted by retention) and the audit log of exports. Camera ids
// are plain text (no FK), like events: recordings outlive a camera removed by a site import.
Migration schemaV4Recording()
{
    return {4,
            QStringLiteral("recording segments, gaps, settings, evidence locks, audit log"),
            {QStringLiteral(R"(CREATE TABLE recording_segments (
    id        INTEGER PRIMARY KEY,
    camera_id TEXT NOT NULL,
    start_ms  INTEGER NOT NULL,
    end_ms    INTEGER NOT NULL CHECK (end_ms >= start_ms),
    path      TEXT NOT NULL UNIQUE,
    bytes     INTEGER NOT NULL DEFAULT 0,
    codec     TEXT NOT NULL DEFAULT '',
    trigger   TEXT NOT NULL DEFAULT 'continuous' CHECK (trigger IN ('continuous', 'event')),
    state     TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed'))
))"),
             QStringLiteral("CREATE INDEX recording_segments_camera_start "
                            "ON recording_segments(camera_id, start_ms)"),
             QStringLiteral("CREATE INDEX recording_segments_end ON recording_segments(end_ms)"),
             QStringLiteral(R"(CREATE TABLE recording_gaps (
    id        INTEGER PRIMARY KEY,
    camera_id TEXT NOT NULL,
    start_ms  INTEGER NOT NULL,
    end_ms    INTEGER NOT NULL CHECK (end_ms >= start_ms),
    reason    TEXT NOT NULL
))"),
             QStringLiteral(
                 "CREATE INDEX recording_gaps_camera_start ON recording_gaps(camera_id, start_ms)"),
             QStringLiteral(R"(CREATE TABLE recording_settings (
    camera_id          TEXT PRIMARY KEY NOT NULL,
    mode               TEXT NOT NULL DEFAULT 'continuous'
                       CHECK (mode IN ('off', 'continuous', 'event')),
    retention_days     INTEGER NOT NULL DEFAULT 30 CHECK (retention_days > 0),
    pre_event_seconds  INTEGER NOT NULL DEFAULT 5 CHECK (pre_event_seconds >= 0),
    post_event_seconds INTEGER NOT NULL DEFAULT 10 CHECK (post_event_seconds >= 0),
    storage_dir        TEXT NOT NULL DEFAULT ''
))"),
             QStringLiteral(R"(CREATE TABLE evidence_locks (
    id         INTEGER PRIMARY KEY,
    camera_id  TEXT NOT NULL,
    start_ms   INTEGER NOT NULL,
    end_ms     INTEGER NOT NULL CHECK (end_ms >= start_ms),
    source     TEXT NOT NULL CHECK (source IN ('export', 'alert', 'manual')),
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"),
             QStringLiteral(
                 "CREATE INDEX evidence_locks_camera_start ON evidence_locks(camera_id, start_ms)"),
             QStringLiteral(R"(CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    time     TEXT NOT NULL,
    operator TEXT NOT NULL,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    details  TEXT NOT NULL DEFAULT '{}'
))"),
             QStringLiteral("CREATE INDEX audit_log_time ON audit_log(time)")}};
}

// Schema v5 (wall area): the operator's named wall layouts and tours. Camera ids are plain text
// (no FK): a saved layout survives a site import that drops a camera; the wall skips it.
Migration schemaV5WallLayouts()
{
    return {5,
            QStringLiteral("saved wall layouts and tours"),
            {QStringLiteral(R"(CREATE TABLE wall_layouts (
    name       TEXT PRIMARY KEY NOT NULL,
    tile_count INTEGER NOT NULL CHECK (tile_count BETWEEN 1 AND 64),
    updated_at TEXT NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE wall_layout_tiles (
    layout_name TEXT NOT NULL REFERENCES wall_layouts(name) ON DELETE CASCADE,
    tile        INTEGER NOT NULL CHECK (tile >= 0),
    camera_id   TEXT NOT NULL,
    PRIMARY KEY (layout_name, tile)
))"),
             QStringLiteral(R"(CREATE TABLE wall_tours (
    name       TEXT PRIMARY KEY NOT NULL,
    dwell_ms   INTEGER NOT NULL CHECK (dwell_ms >= 100),
    updated_at TEXT NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE wall_tour_steps (
    tour_name TEXT NOT NULL REFERENCES wall_tours(name) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    camera_id TEXT NOT NULL,
    PRIMARY KEY (tour_name, position)
))")}};
}

// Schema v6 (alerts area): the event API's Idempotency-Key answers, so a POST retried across a
// restart is answered again instead of raising a second alert. Kept 24 h (pruned by the API).
Migration schemaV6ApiIdempotency()
{
    return {
        6,
        QStringLiteral("event API idempotency keys"),
        {QStringLiteral(R"(CREATE TABLE api_idempotency (
    key           TEXT PRIMARY KEY NOT NULL,
    request_hash  BLOB NOT NULL,
    status        INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at    TEXT NOT NULL
))"),
         QStringLiteral("CREATE INDEX api_idempotency_created ON api_idempotency(created_at)")}};
}

// Schema v8 (analytics area): which analytics plugin runs on which camera, with its settings
// (JSON, validated against the plugin's schema by the host). Camera ids are plain text (no FK),
// like the wall layouts: the configuration survives a site import that drops a camera.
Migration schemaV8AnalyticsConfig()
{
    return {8,
            QStringLiteral("analytics plugin configuration per camera"),
            {QStringLiteral(R"(CREATE TABLE camera_analytics (
    camera_id     TEXT NOT NULL,
    plugin_id     TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    settings_json TEXT NOT NULL DEFAULT '{}',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (camera_id, plugin_id)
))")}};
}

// Schema v9 (checkpoints area): passage records of plate reads, their distinct plates with a
// positional-token FTS5 index for wildcard search (app/plates/platepattern.h), and the hotlist.
// Checkpoint and camera ids are plain text (no FK): passages are history and survive a site
// import. Hotlist changes are audited in audit_log (v4).
Migration schemaV9Passages()
{
    return {9,
            QStringLiteral("passages, plates, wildcard plate index, hotlist"),
            {QStringLiteral(R"(CREATE TABLE plates (
    id    INTEGER PRIMARY KEY,
    plate TEXT NOT NULL UNIQUE
))"),
             QStringLiteral("CREATE VIRTUAL TABLE plate_grams USING fts5(grams, content='', "
                            "detail='none')"),
             QStringLiteral(R"(CREATE TABLE passages (
    id            INTEGER PRIMARY KEY,
    plate_id      INTEGER NOT NULL REFERENCES plates(id),
    plate_display TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT '',
    flag          TEXT NOT NULL DEFAULT '',
    valid         INTEGER NOT NULL DEFAULT 1 CHECK (valid IN (0, 1)),
    confidence    REAL NOT NULL DEFAULT 0,
    time_ms       INTEGER NOT NULL,
    checkpoint_id TEXT NOT NULL DEFAULT '',
    camera_id     TEXT NOT NULL DEFAULT '',
    lane          TEXT NOT NULL DEFAULT '',
    direction     TEXT NOT NULL DEFAULT '',
    crop_path     TEXT NOT NULL DEFAULT '',
    snapshot_path TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT ''
))"),
             QStringLiteral("CREATE INDEX passages_plate_time ON passages(plate_id, time_ms)"),
             QStringLiteral("CREATE INDEX passages_time ON passages(time_ms)"),
             QStringLiteral(
                 "CREATE INDEX passages_checkpoint_time ON passages(checkpoint_id, time_ms)"),
             QStringLiteral(R"(CREATE TABLE hotlist (
    id             INTEGER PRIMARY KEY,
    pattern        TEXT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    priority       INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    valid_until_ms INTEGER,
    added_by       TEXT NOT NULL,
    added_at_ms    INTEGER NOT NULL
))")}};
}

// Schema v10 (recording area): motion metadata of recorded footage — per camera and keyframe
// (about one a second) the 16×9 grid cells that changed since the previous keyframe, as an
// 18-byte bitmask (app/recording/motioncells.h). Deleted by retention with the footage.
Migration schemaV10MotionIndex()
{
    return {10,
            QStringLiteral("motion index of recorded footage"),
            {QStringLiteral(R"(CREATE TABLE motion_index (
    camera_id TEXT NOT NULL,
    time_ms   INTEGER NOT NULL,
    cells     BLOB NOT NULL,
    PRIMARY KEY (camera_id, time_ms)
) WITHOUT ROWID)")}};
}

// Schema v11 (privacy area): static privacy masks per camera, one polygon per row as JSON
// [[x, y], ...] in fractions of the picture. Camera ids are plain text (no FK), like the wall
// layouts: masks survive a site import that drops and re-adds a camera.
Migration schemaV11PrivacyMasks()
{
    return {11,
            QStringLiteral("static privacy mask polygons per camera"),
            {QStringLiteral(R"(CREATE TABLE camera_privacy_masks (
    camera_id   TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    name        TEXT NOT NULL DEFAULT '',
    points_json TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (camera_id, position)
))")}};
}

// Schema v12 (doors): access-controlled doors of the site file, bound to the cameras that see
// them (and optionally to a tailgating door zone of each camera), so that access events that
// name a door reach those cameras' agents.
Migration schemaV12Doors()
{
    return {12,
            QStringLiteral("doors and the cameras bound to them"),
            {QStringLiteral(R"(CREATE TABLE doors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
))"),
             QStringLiteral(R"(CREATE TABLE door_cameras (
    door_id   TEXT NOT NULL REFERENCES doors(id) ON DELETE CASCADE,
    camera_id TEXT NOT NULL REFERENCES cameras(id) ON DELETE CASCADE,
    door_zone TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL,
    PRIMARY KEY (door_id, camera_id)
))"),
             QStringLiteral("CREATE INDEX door_cameras_camera ON door_cameras(camera_id)")}};
}

// Schema v13 (passage retention): the rows that still have image files, by time. Retention
// clears images sooner than it deletes rows; without this index each step would walk every row
// whose images earlier steps already cleared.
Migration schemaV13PassageRetention()
{
    return {13,
            QStringLiteral("index of passages that still have images"),
            {QStringLiteral("CREATE INDEX passages_with_images ON passages(time_ms) "
                            "WHERE crop_path != '' OR snapshot_path != ''")}};
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {schemaV1(),
                                                schemaV2Alerts(),
                                                schemaV3WebhookOutbox(),
                                                schemaV4Recording(),
                                                schemaV5WallLayouts(),
                                                schemaV6ApiIdempotency(),
                                                schemaV8AnalyticsConfig(),
                                                schemaV9Passages(),
                                                schemaV10MotionIndex(),
                                                schemaV11PrivacyMasks(),
                                                schemaV12Doors(),
                                                schemaV13PassageRetention()};
    return migrations;
}

int readSchemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = QStringLiteral("cannot read schema version: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool applyMigrations(QSqlDatabase &db, const QList<Migration> &unsortedMigrations, QString *error)
{
    QList<Migration> migrations = unsortedMigrations;
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    const int initial = readSchemaVersion(db, error);
    if (initial < 0)
        return false;
    if (initial > latest) {
        if (error)
            *error = QStringLiteral("database schema version %1 is newer than this build of "
                                    "Vigil supports (%2); use a newer Vigil")
                         .arg(initial)
                         .arg(latest);
        return false;
    }
    for (const Migration &migration : std::as_const(migrations)) {
        if (migration.version <= initial)
            continue;
        // BEGIN IMMEDIATE takes the write lock before the version is re-read, so two
        // connections opening a new database at once (app + a worker thread, two processes)
        // cannot both apply the same migration: the second waits (busy timeout), then sees the
        // new version and skips it. Qt's transaction() would issue a deferred BEGIN.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = QStringLiteral("migration %1: cannot begin transaction: %2")
                             .arg(migration.version)
                             .arg(begin.lastError().text());
            return false;
        }
        begin.finish();
        auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        const int current = readSchemaVersion(db, error);
        if (current < 0) {
            rollback();
            return false;
        }
        if (current >= migration.version) {
            rollback();
            continue;
        }
        QStringList statements = migration.statements;
        // PRAGMA takes no bound parameters; the version is an int from this build.
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.finish();
                rollback();
                if (error)
                    *error = QStringLiteral("migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.description, reason);
                return false;
            }
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const QString reason = commit.lastError().text();
            commit.finish();
            rollback();
            if (error)
                *error = QStringLiteral("migration %1: commit failed: %2")
                             .arg(migration.version)
                             .arg(reason);
            return false;
        }
    }
    return true;
}

} // namespace vigil
