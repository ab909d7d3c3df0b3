#include "rtspcameraserver.h"

#include <algorithm>
#include <iostream>

namespace camsim {

namespace {

constexpr const char *kCameraKey = "vigil-camera";
constexpr const char *kAnonymousRole = "anonymous";

const char *codecName(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::H265:
        return "H.265";
    case VideoCodec::Mpeg4:
        return "MPEG-4 Part 2";
    default:
        return "H.264";
    }
}

const char *payloaderFor(VideoCodec codec)
{
    switch (codec) {
    case VideoCodec::H265:
        return "rtph265pay";
    case VideoCodec::Mpeg4:
        return "rtpmp4vpay";
    default:
        return "rtph264pay";
    }
}

guint toMilliseconds(double seconds)
{
    return static_cast<guint>(seconds * 1000);
}

struct ConfigureContext
{
    std::weak_ptr<ClipFeeder> feeder;
    std::string cameraId;
};

struct AttachedSource
{
    std::weak_ptr<ClipFeeder> feeder; // gone when the media outlives the server
    GstElement *appsrc;               // owned reference
};

void onMediaFinalized(gpointer data, GObject *)
{
    auto *attached = static_cast<AttachedSource *>(data);
    if (const std::shared_ptr<ClipFeeder> feeder = attached->feeder.lock())
        feeder->detach(attached->appsrc);
    gst_object_unref(attached->appsrc);
    delete attached;
}

void onMediaConfigure(GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer data)
{
    auto *context = static_cast<ConfigureContext *>(data);
    GstElement *element = gst_rtsp_media_get_element(media);
    GstElement *appsrc = gst_bin_get_by_name(GST_BIN(element), "src");
    const std::shared_ptr<ClipFeeder> feeder = context->feeder.lock();
    if (!appsrc || !feeder) {
        if (appsrc)
            gst_object_unref(appsrc);
        gst_object_unref(element);
        return;
    }
    g_object_set_data_full(G_OBJECT(media), kCameraKey, g_strdup(context->cameraId.c_str()),
                           g_free);
    // The element is already in the media's pipeline: the feeder sets that pipeline's clock and
    // base time so its own timestamps are running times there.
    GstElement *pipeline = GST_ELEMENT(gst_object_get_parent(GST_OBJECT(element)));
    feeder->attach(appsrc, pipeline);
    if (pipeline)
        gst_object_unref(pipeline);
    gst_object_unref(element);
    g_object_weak_ref(G_OBJECT(media), onMediaFinalized,
                      new AttachedSource{feeder, appsrc}); // takes our reference
}

GstRTSPFilterResult refSession(GstRTSPClient *, GstRTSPSession *, gpointer)
{
    return GST_RTSP_FILTER_REF;
}

GstRTSPFilterResult refSessionMedia(GstRTSPSession *, GstRTSPSessionMedia *, gpointer)
{
    return GST_RTSP_FILTER_REF;
}

bool sessionUsesCamera(GstRTSPSession *session, const std::string &cameraId)
{
    bool found = false;
    GList *medias = gst_rtsp_session_filter(session, refSessionMedia, nullptr);
    for (GList *m = medias; m; m = m->next) {
        GstRTSPMedia *media = gst_rtsp_session_media_get_media(GST_RTSP_SESSION_MEDIA(m->data));
        const auto *id = static_cast<const char *>(g_object_get_data(G_OBJECT(media), kCameraKey));
        found = found || (id && cameraId == id);
    }
    g_list_free_full(medias, g_object_unref);
    return found;
}

} // namespace

CameraServer::CameraServer(SimConfig config) : m_config(std::move(config)) {}

CameraServer::~CameraServer()
{
    shutdown();
}

bool CameraServer::start(std::string &error, bool &clipError)
{
    clipError = true;
    for (const CameraConfig &config : m_config.cameras) {
        auto camera = std::make_unique<Camera>();
        camera->server = this;
        camera->config = config;
        auto addMount = [&](const std::string &stream, const std::string &clip) {
            Mount mount;
            mount.path = "/" + config.id + "/" + stream;
            mount.feeder = std::make_shared<ClipFeeder>(
                config.id + "/" + stream, clip, config.start, config.timestamp, config.fault);
            if (config.fault.mode == FaultMode::UnsupportedCodec)
                mount.unsupportedFeeder = std::make_shared<ClipFeeder>(
                    config.id + "/" + stream + "/mpeg4", clip, config.start, config.timestamp,
                    config.fault, OutputCodec::Mpeg4);
            camera->mounts.push_back(std::move(mount));
        };
        addMount("main", config.mainClip);
        if (!config.subClip.empty())
            addMount("sub", config.subClip);
        m_cameras.push_back(std::move(camera));
    }
    // Open all clips first, then wait for each, so startup time does not add up.
    for (const bool playing : {false, true})
        for (auto &camera : m_cameras)
            for (Mount &mount : camera->mounts)
                for (ClipFeeder *feeder : {mount.feeder.get(), mount.unsupportedFeeder.get()})
                    if (feeder && !(playing ? feeder->play(error) : feeder->preroll(error))) {
                        error =
                            camera->config.origin + ": camera " + camera->config.id + ": " + error;
                        return false;
                    }

    clipError = false;
    m_server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(m_server, m_config.bind.c_str());
    gst_rtsp_server_set_service(m_server, std::to_string(m_config.port).c_str());
    // The defaults (backlog 5, one worker thread) make 16 simultaneous clients crawl.
    gst_rtsp_server_set_backlog(m_server, 128);
    GstRTSPThreadPool *pool = gst_rtsp_server_get_thread_pool(m_server);
    gst_rtsp_thread_pool_set_max_threads(pool, 64);
    g_object_unref(pool);
    setUpAuth();

    m_mountPoints = gst_rtsp_server_get_mount_points(m_server);
    for (auto &camera : m_cameras) {
        const FaultConfig &fault = camera->config.fault;
        camera->servingUnsupported = fault.mode == FaultMode::UnsupportedCodec && fault.after <= 0;
        for (Mount &mount : camera->mounts) {
            mount.factory = createFactory(*camera, mount.feeder);
            if (mount.unsupportedFeeder)
                mount.unsupportedFactory = createFactory(*camera, mount.unsupportedFeeder);
            GstRTSPMediaFactory *served =
                camera->servingUnsupported ? mount.unsupportedFactory : mount.factory;
            gst_rtsp_mount_points_add_factory(m_mountPoints, mount.path.c_str(),
                                              GST_RTSP_MEDIA_FACTORY(g_object_ref(served)));
        }
    }
    m_serverSource = gst_rtsp_server_attach(m_server, nullptr);
    if (m_serverSource == 0) {
        error = "cannot listen on " + m_config.bind + ":" + std::to_string(m_config.port);
        return false;
    }
    m_port = gst_rtsp_server_get_bound_port(m_server);
    m_cleanupTimer = g_timeout_add_seconds(
        2,
        [](gpointer server) -> gboolean {
            GstRTSPSessionPool *sessions =
                gst_rtsp_server_get_session_pool(GST_RTSP_SERVER(server));
            gst_rtsp_session_pool_cleanup(sessions);
            g_object_unref(sessions);
            return G_SOURCE_CONTINUE;
        },
        m_server);

    for (auto &camera : m_cameras) {
        scheduleFaults(*camera);
        for (const Mount &mount : camera->mounts)
            std::cerr << "vigil-camsim: rtsp://" << m_config.bind << ":" << m_port << mount.path
                      << " " << codecName(mount.feeder->outputCodec())
                      << (mount.unsupportedFeeder ? " (MPEG-4 Part 2 while faulted)" : "")
                      << (camera->config.timestamp ? " timestamped" : "")
                      << (camera->config.user.empty() ? "" : " auth=basic")
                      << " fault=" << faultModeName(camera->config.fault.mode) << std::endl;
    }
    return true;
}

void CameraServer::setUpAuth()
{
    m_auth = gst_rtsp_auth_new();
    GstRTSPToken *anonymous = gst_rtsp_token_new(GST_RTSP_TOKEN_MEDIA_FACTORY_ROLE, G_TYPE_STRING,
                                                 kAnonymousRole, nullptr);
    gst_rtsp_auth_set_default_token(m_auth, anonymous);
    gst_rtsp_token_unref(anonymous);
    // One role per distinct user/password pair, so cameras may share credentials.
    for (const auto &camera : m_cameras) {
        const auto &c = camera->config;
        if (c.user.empty())
            continue;
        const std::pair<std::string, std::string> credentials(c.user, c.password);
        if (std::find(m_credentials.begin(), m_credentials.end(), credentials) !=
            m_credentials.end())
            continue;
        const std::string role = "credentials-" + std::to_string(m_credentials.size());
        m_credentials.push_back(credentials);
        m_credentialRoles.push_back(role);
        GstRTSPToken *token = gst_rtsp_token_new(GST_RTSP_TOKEN_MEDIA_FACTORY_ROLE, G_TYPE_STRING,
                                                 role.c_str(), nullptr);
        gchar *basic = gst_rtsp_auth_make_basic(c.user.c_str(), c.password.c_str());
        gst_rtsp_auth_add_basic(m_auth, basic, token);
        g_free(basic);
        gst_rtsp_token_unref(token);
    }
    gst_rtsp_server_set_auth(m_server, m_auth);
}

GstRTSPMediaFactory *CameraServer::createFactory(Camera &camera,
                                                 const std::shared_ptr<ClipFeeder> &feeder)
{
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    // The feeder's parser already puts SPS/PPS (and VPS) in front of every keyframe, once per
    // access unit. The payloader's own insertion (config-interval=-1) would repeat them before
    // every IDR *slice*, which splits multi-slice keyframes in two on the client. rtpmp4vpay's
    // -1 instead keeps the in-band VOL config that 0 would strip (the SDP carries it too).
    const VideoCodec codec = feeder->outputCodec();
    const std::string launch =
        std::string("( appsrc name=src ! ") + payloaderFor(codec) +
        " name=pay0 pt=96 config-interval=" + (codec == VideoCodec::Mpeg4 ? "-1" : "0") + " )";
    gst_rtsp_media_factory_set_launch(factory, launch.c_str());
    // One media per client, all fed by the mount's single feeder (demux/parse once, fan out).
    // Shared media would answer 503 to a client that reconnects while the previous client's
    // media is still being torn down, and would make faults hit every client at once.
    gst_rtsp_media_factory_set_shared(factory, FALSE);
    auto *context = new ConfigureContext{feeder, camera.config.id};
    g_signal_connect_data(
        factory, "media-configure", G_CALLBACK(onMediaConfigure), context,
        [](gpointer data, GClosure *) { delete static_cast<ConfigureContext *>(data); },
        GConnectFlags(0));

    // Everyone may see the mount (a missing access permission answers 404); only the allowed
    // roles may construct its media (a missing construct permission answers 401).
    auto permit = [&](const std::string &role, bool construct) {
        gst_rtsp_media_factory_add_role(factory, role.c_str(), GST_RTSP_PERM_MEDIA_FACTORY_ACCESS,
                                        G_TYPE_BOOLEAN, TRUE, GST_RTSP_PERM_MEDIA_FACTORY_CONSTRUCT,
                                        G_TYPE_BOOLEAN, construct, nullptr);
    };
    const CameraConfig &config = camera.config;
    std::string allowed;
    if (config.fault.mode != FaultMode::Unauthorized && !config.user.empty()) {
        const auto it = std::find(m_credentials.begin(), m_credentials.end(),
                                  std::make_pair(config.user, config.password));
        allowed = m_credentialRoles[static_cast<std::size_t>(it - m_credentials.begin())];
    }
    const bool open = config.fault.mode != FaultMode::Unauthorized && config.user.empty();
    permit(kAnonymousRole, open);
    for (const std::string &role : m_credentialRoles)
        permit(role, open || role == allowed);
    return factory;
}

void CameraServer::scheduleFaults(Camera &camera)
{
    const FaultConfig &fault = camera.config.fault;
    if (fault.mode == FaultMode::Drop)
        camera.timer = g_timeout_add(static_cast<guint>(fault.every * 1000), onDropTimer, &camera);
    else if (fault.mode == FaultMode::Restart)
        camera.timer =
            g_timeout_add(static_cast<guint>(fault.every * 1000), onRestartTimer, &camera);
    else if (fault.mode == FaultMode::UnsupportedCodec && !camera.servingUnsupported)
        camera.timer = g_timeout_add(toMilliseconds(fault.after), onCodecSwitchTimer, &camera);
    else if (fault.mode == FaultMode::UnsupportedCodec && fault.duration > 0)
        camera.timer = g_timeout_add(toMilliseconds(fault.duration), onCodecSwitchTimer, &camera);
}

gboolean CameraServer::onDropTimer(gpointer data)
{
    auto *camera = static_cast<Camera *>(data);
    std::cerr << "vigil-camsim: " << camera->config.id << ": dropping client connections"
              << std::endl;
    camera->server->closeClients(&camera->config.id);
    return G_SOURCE_CONTINUE;
}

// Alternates: up for `every` seconds, then down (no mounts) for `duration` seconds.
gboolean CameraServer::onRestartTimer(gpointer data)
{
    auto *camera = static_cast<Camera *>(data);
    const FaultConfig &fault = camera->config.fault;
    const bool goingDown = camera->mounted;
    camera->server->setMounted(*camera, !goingDown);
    if (goingDown)
        camera->server->closeClients(&camera->config.id);
    std::cerr << "vigil-camsim: " << camera->config.id
              << (goingDown ? ": rebooting (mounts removed)" : ": back after reboot") << std::endl;
    const double next = goingDown ? fault.duration : fault.every;
    camera->timer = g_timeout_add(static_cast<guint>(next * 1000), onRestartTimer, camera);
    return G_SOURCE_REMOVE;
}

// One unsupported_codec period: MPEG-4 Part 2 from `after` for `duration` s (0 = for good).
gboolean CameraServer::onCodecSwitchTimer(gpointer data)
{
    auto *camera = static_cast<Camera *>(data);
    const FaultConfig &fault = camera->config.fault;
    const bool toUnsupported = !camera->servingUnsupported;
    camera->server->setServingUnsupported(*camera, toUnsupported);
    std::cerr << "vigil-camsim: " << camera->config.id
              << (toUnsupported ? ": now serving MPEG-4 Part 2 (unsupported codec)"
                                : ": back to its own codec")
              << std::endl;
    camera->timer = toUnsupported && fault.duration > 0
                        ? g_timeout_add(toMilliseconds(fault.duration), onCodecSwitchTimer, camera)
                        : 0;
    return G_SOURCE_REMOVE;
}

void CameraServer::setServingUnsupported(Camera &camera, bool unsupported)
{
    camera.servingUnsupported = unsupported;
    // Replacing the factory affects new sessions only; the running ones still carry the old
    // codec, so they are closed (the clients reconnect and see the new SDP).
    if (camera.mounted)
        setMounted(camera, true);
    closeClients(&camera.config.id);
}

void CameraServer::setMounted(Camera &camera, bool mounted)
{
    camera.mounted = mounted;
    for (Mount &mount : camera.mounts) {
        GstRTSPMediaFactory *served = camera.servingUnsupported && mount.unsupportedFactory
                                          ? mount.unsupportedFactory
                                          : mount.factory;
        if (mounted) // replaces what the path served before
            gst_rtsp_mount_points_add_factory(m_mountPoints, mount.path.c_str(),
                                              GST_RTSP_MEDIA_FACTORY(g_object_ref(served)));
        else
            gst_rtsp_mount_points_remove_factory(m_mountPoints, mount.path.c_str());
    }
}

void CameraServer::closeClients(const std::string *cameraId)
{
    if (!m_server)
        return;
    GList *clients = gst_rtsp_server_client_filter(
        m_server, [](GstRTSPServer *, GstRTSPClient *, gpointer) { return GST_RTSP_FILTER_REF; },
        nullptr);
    GstRTSPSessionPool *pool = gst_rtsp_server_get_session_pool(m_server);
    for (GList *c = clients; c; c = c->next) {
        auto *client = GST_RTSP_CLIENT(c->data);
        GList *sessions = gst_rtsp_client_session_filter(client, refSession, nullptr);
        bool matches = cameraId == nullptr;
        for (GList *s = sessions; s && !matches; s = s->next)
            matches = sessionUsesCamera(GST_RTSP_SESSION(s->data), *cameraId);
        if (matches) {
            gst_rtsp_client_close(client);
            // UDP sessions outlive their RTSP connection; end them too.
            for (GList *s = sessions; s; s = s->next)
                gst_rtsp_session_pool_remove(pool, GST_RTSP_SESSION(s->data));
        }
        g_list_free_full(sessions, g_object_unref);
    }
    g_object_unref(pool);
    g_list_free_full(clients, g_object_unref);
}

void CameraServer::shutdown()
{
    for (auto &camera : m_cameras)
        if (camera->timer) {
            g_source_remove(camera->timer);
            camera->timer = 0;
        }
    if (m_cleanupTimer) {
        g_source_remove(m_cleanupTimer);
        m_cleanupTimer = 0;
    }
    closeClients(nullptr);
    if (m_serverSource) {
        g_source_remove(m_serverSource);
        m_serverSource = 0;
    }
    for (auto &camera : m_cameras)
        for (Mount &mount : camera->mounts) {
            mount.feeder->stop();
            if (mount.unsupportedFeeder)
                mount.unsupportedFeeder->stop();
            for (GstRTSPMediaFactory **factory : {&mount.factory, &mount.unsupportedFactory})
                if (*factory) {
                    g_object_unref(*factory);
                    *factory = nullptr;
                }
        }
    if (m_mountPoints) {
        g_object_unref(m_mountPoints);
        m_mountPoints = nullptr;
    }
    if (m_auth) {
        g_object_unref(m_auth);
        m_auth = nullptr;
    }
    if (m_server) {
        g_object_unref(m_server);
        m_server = nullptr;
    }
}

} // namespace camsim
