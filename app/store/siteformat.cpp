#include "store/siteformat.h"

#include <algorithm>
#include <cmath>

namespace vigil::siteformat {

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Site:
        return QStringLiteral("site");
    case Section::Nodes:
        return QStringLiteral("nodes");
    case Section::Cameras:
        return QStringLiteral("cameras");
    case Section::Checkpoints:
        return QStringLiteral("checkpoints");
    case Section::Credentials:
        return QStringLiteral("credentials");
    case Section::Doors:
        return QStringLiteral("doors");
    }
    return {};
}

// Field tables. Order here is the order of keys in exported JSON and of columns in the docs.
const QList<FieldSpec<Site>> &siteFields()
{
    static const QList<FieldSpec<Site>> specs = {
        {QStringLiteral("id"), FieldKind::Text, true,
         [](Site &s, const FieldValue &v) { s.id = v.text; }},
        {QStringLiteral("name"), FieldKind::Text, true,
         [](Site &s, const FieldValue &v) { s.name = v.text; }},
    };
    return specs;
}

const QList<FieldSpec<SiteNode>> &nodeFields()
{
    static const QList<FieldSpec<SiteNode>> specs = {
        {QStringLiteral("id"), FieldKind::Text, true,
         [](SiteNode &n, const FieldValue &v) { n.id = v.text; }},
        {QStringLiteral("parent"), FieldKind::Text, false,
         [](SiteNode &n, const FieldValue &v) { n.parentId = v.text; }},
        {QStringLiteral("level"), FieldKind::Level, true,
         [](SiteNode &n, const FieldValue &v) { n.level = v.level; }},
        {QStringLiteral("name"), FieldKind::Text, true,
         [](SiteNode &n, const FieldValue &v) { n.name = v.text; }},
    };
    return specs;
}

const QList<FieldSpec<Camera>> &cameraFields()
{
    static const QList<FieldSpec<Camera>> specs = {
        {QStringLiteral("id"), FieldKind::Text, true,
         [](Camera &c, const FieldValue &v) { c.id = v.text; }},
        {QStringLiteral("name"), FieldKind::Text, true,
         [](Camera &c, const FieldValue &v) { c.name = v.text; }},
        {QStringLiteral("node"), FieldKind::Text, true,
         [](Camera &c, const FieldValue &v) { c.siteNodeId = v.text; }},
        {QStringLiteral("type"), FieldKind::CameraType, true,
         [](Camera &c, const FieldValue &v) { c.type = v.cameraType; }},
        {QStringLiteral("latitude"), FieldKind::Number, true,
         [](Camera &c, const FieldValue &v) { c.latitude = v.number; }},
        {QStringLiteral("longitude"), FieldKind::Number, true,
         [](Camera &c, const FieldValue &v) { c.longitude = v.number; }},
        {QStringLiteral("heading_deg"), FieldKind::Number, false,
         [](Camera &c, const FieldValue &v) { c.headingDeg = v.number; }},
        {QStringLiteral("fov_deg"), FieldKind::Number, false,
         [](Camera &c, const FieldValue &v) { c.fovDeg = v.number; }},
        {QStringLiteral("range_m"), FieldKind::Number, false,
         [](Camera &c, const FieldValue &v) { c.rangeM = v.number; }},
        {QStringLiteral("main_stream"), FieldKind::Text, true,
         [](Camera &c, const FieldValue &v) { c.mainStreamUrl = v.text; }},
        {QStringLiteral("sub_stream"), FieldKind::Text, false,
         [](Camera &c, const FieldValue &v) { c.subStreamUrl = v.text; }},
    };
    return specs;
}

const QList<FieldSpec<Checkpoint>> &checkpointFields()
{
    static const QList<FieldSpec<Checkpoint>> specs = {
        {QStringLiteral("id"), FieldKind::Text, true,
         [](Checkpoint &k, const FieldValue &v) { k.id = v.text; }},
        {QStringLiteral("name"), FieldKind::Text, true,
         [](Checkpoint &k, const FieldValue &v) { k.name = v.text; }},
        {QStringLiteral("node"), FieldKind::Text, true,
         [](Checkpoint &k, const FieldValue &v) { k.siteNodeId = v.text; }},
        {QStringLiteral("latitude"), FieldKind::Number, true,
         [](Checkpoint &k, const FieldValue &v) { k.latitude = v.number; }},
        {QStringLiteral("longitude"), FieldKind::Number, true,
         [](Checkpoint &k, const FieldValue &v) { k.longitude = v.number; }},
        {QStringLiteral("ring"), FieldKind::Text, true,
         [](Checkpoint &k, const FieldValue &v) { k.ring = v.text; }},
        {QStringLiteral("lanes"), FieldKind::Integer, true,
         [](Checkpoint &k, const FieldValue &v) { k.lanes = v.integer; }},
        {QStringLiteral("cameras"), FieldKind::TextList, false,
         [](Checkpoint &k, const FieldValue &v) { k.cameraIds = v.list; }},
    };
    return specs;
}

const QList<FieldSpec<CameraCredential>> &credentialFields()
{
    static const QList<FieldSpec<CameraCredential>> specs = {
        {QStringLiteral("camera"), FieldKind::Text, true,
         [](CameraCredential &c, const FieldValue &v) { c.cameraId = v.text; }},
        {QStringLiteral("username"), FieldKind::Text, true,
         [](CameraCredential &c, const FieldValue &v) { c.username = v.text; }},
        {QStringLiteral("password"), FieldKind::Text, true,
         [](CameraCredential &c, const FieldValue &v) { c.password = v.text; }},
    };
    return specs;
}

const QList<FieldSpec<Door>> &doorFields()
{
    static const QList<FieldSpec<Door>> specs = {
        {QStringLiteral("id"), FieldKind::Text, true,
         [](Door &d, const FieldValue &v) { d.id = v.text; }},
        {QStringLiteral("name"), FieldKind::Text, true,
         [](Door &d, const FieldValue &v) { d.name = v.text; }},
        {QStringLiteral("cameras"), FieldKind::TextList, true,
         [](Door &d, const FieldValue &v) {
             d.cameras.clear();
             for (const QString &entry : v.list)
                 d.cameras.append(doorCameraFromText(entry));
         }},
    };
    return specs;
}

DoorCamera doorCameraFromText(const QString &entry)
{
    const qsizetype colon = entry.indexOf(u':');
    if (colon < 0)
        return {entry.trimmed(), {}};
    return {entry.left(colon).trimmed(), entry.mid(colon + 1).trimmed()};
}

QString doorCameraText(const DoorCamera &camera)
{
    return camera.doorZone.isEmpty() ? camera.cameraId : camera.cameraId + u':' + camera.doorZone;
}

QString levelKeyList()
{
    return QStringList{siteLevelKey(SiteLevel::District), siteLevelKey(SiteLevel::Town),
                       siteLevelKey(SiteLevel::Community)}
        .join(QStringLiteral(", "));
}

QString cameraTypeKeyList()
{
    QStringList keys;
    for (CameraType type : allCameraTypes())
        keys.append(cameraTypeKey(type));
    return keys.join(QStringLiteral(", "));
}

std::optional<FieldValue> fieldFromText(FieldKind kind, const QString &text, QString *error)
{
    FieldValue value;
    value.text = text;
    bool ok = true;
    switch (kind) {
    case FieldKind::Text:
        break;
    case FieldKind::Number:
        value.number = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(value.number)) {
            *error = QStringLiteral("not a number: \"%1\"").arg(text);
            return std::nullopt;
        }
        break;
    case FieldKind::Integer:
        value.integer = text.trimmed().toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("not a whole number: \"%1\"").arg(text);
            return std::nullopt;
        }
        break;
    case FieldKind::TextList:
        for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                value.list.append(part.trimmed());
        }
        break;
    case FieldKind::Level:
        if (auto level = siteLevelFromKey(text)) {
            value.level = *level;
            break;
        }
        *error =
            QStringLiteral("unknown level \"%1\" (expected one of: %2)").arg(text, levelKeyList());
        return std::nullopt;
    case FieldKind::CameraType:
        if (auto type = cameraTypeFromKey(text)) {
            value.cameraType = *type;
            break;
        }
        *error = QStringLiteral("unknown camera type \"%1\" (expected one of: %2)")
                     .arg(text, cameraTypeKeyList());
        return std::nullopt;
    }
    return value;
}

QString SourceMap::itemKey(Section section, int index)
{
    return QStringLiteral("%1/%2").arg(int(section)).arg(index);
}

void SourceMap::addItem(Section section, int index, const QString &file, int line,
                        const QString &fieldPrefix)
{
    m_items.insert(itemKey(section, index), {file, line, fieldPrefix});
}

void SourceMap::addField(Section section, int index, const QString &key, int line,
                         const QString &label)
{
    m_fields.insert(itemKey(section, index) + u'/' + key, {line, label});
}

void SourceMap::markBad(Section section, int index, const QString &key)
{
    m_bad.insert(itemKey(section, index) + u'/' + key);
}

bool SourceMap::isBad(Section section, int index, const QString &key) const
{
    const QString item = itemKey(section, index) + u'/';
    return m_bad.contains(item) || m_bad.contains(item + key);
}

ImportError SourceMap::errorAt(Section section, int index, const QString &key,
                               const QString &message) const
{
    const QString id = itemKey(section, index);
    const Item item = m_items.value(id);
    const Field field = m_fields.value(id + u'/' + key);
    ImportError error;
    error.file = item.file;
    error.line = field.line > 0 ? field.line : item.line;
    if (!field.label.isEmpty())
        error.field = field.label;
    else if (item.prefix.isEmpty())
        error.field = key;
    else
        error.field = key.isEmpty() ? item.prefix : item.prefix + u'.' + key;
    error.message = message;
    return error;
}

void sortErrors(QList<ImportError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const ImportError &a, const ImportError &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
}

} // namespace vigil::siteformat
