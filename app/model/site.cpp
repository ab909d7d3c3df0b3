#include "model/site.h"

#include <array>
#include <utility>

namespace vigil {

namespace {

const std::array<std::pair<SiteLevel, const char16_t *>, 3> kLevelKeys = {{
    {SiteLevel::District, u"district"},
    {SiteLevel::Town, u"town"},
    {SiteLevel::Community, u"community"},
}};

const std::array<std::pair<CameraType, const char16_t *>, 6> kCameraTypeKeys = {{
    {CameraType::Fixed, u"fixed"},
    {CameraType::PtzDome, u"ptz_dome"},
    {CameraType::Lookout, u"lookout"},
    {CameraType::Mobile4G, u"mobile_4g"},
    {CameraType::Checkpoint, u"checkpoint"},
    {CameraType::BodyWorn, u"body_worn"},
}};

} // namespace

QString siteLevelKey(SiteLevel level)
{
    for (const auto &[value, key] : kLevelKeys) {
        if (value == level)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<SiteLevel> siteLevelFromKey(const QString &key)
{
    for (const auto &[value, name] : kLevelKeys) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

QString cameraTypeKey(CameraType type)
{
    for (const auto &[value, key] : kCameraTypeKeys) {
        if (value == type)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<CameraType> cameraTypeFromKey(const QString &key)
{
    for (const auto &[value, name] : kCameraTypeKeys) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

QList<CameraType> allCameraTypes()
{
    QList<CameraType> types;
    for (const auto &entry : kCameraTypeKeys)
        types.append(entry.first);
    return types;
}

} // namespace vigil
