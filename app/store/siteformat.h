#pragma once
// Internal to the site import/export code: the field tables shared by the JSON and CSV formats
// (one key per field, same key in both), the map from site items back to file lines, and the
// semantic validation both importers run. See docs/site-format.md for the formats themselves.
//
// Thread contract: plain values and pure functions; any thread.

#include "model/site.h"
#include "store/siteimport.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace vigil::siteformat {

inline constexpr int kFormatVersion = 1;
inline const QString kFormatName = QStringLiteral("vigil-site");

enum class Section
{
    Site,
    Nodes,
    Cameras,
    Checkpoints,
    Credentials,
    Doors
};
QString sectionKey(Section section); // "nodes", "cameras", ... (the JSON key and CSV file stem)

enum class FieldKind
{
    Text,
    Number,
    Integer,
    TextList,
    Level,
    CameraType
};

struct FieldValue
{
    QString text;
    double number = 0;
    int integer = 0;
    QStringList list;
    QList<int> listLines; // JSON: line of each list entry
    SiteLevel level = SiteLevel::District;
    CameraType cameraType = CameraType::Fixed;
};

template <typename T>
struct FieldSpec
{
    QString key;
    FieldKind kind = FieldKind::Text;
    bool required = true;
    void (*assign)(T &item, const FieldValue &value) = nullptr;
};

const QList<FieldSpec<Site>> &siteFields(); // the site's own id and name
const QList<FieldSpec<SiteNode>> &nodeFields();
const QList<FieldSpec<Camera>> &cameraFields();
const QList<FieldSpec<Checkpoint>> &checkpointFields();
const QList<FieldSpec<CameraCredential>> &credentialFields();
const QList<FieldSpec<Door>> &doorFields();

// A door's camera entry: "camera" or "camera:door zone" (camera ids never hold ':').
DoorCamera doorCameraFromText(const QString &entry);
QString doorCameraText(const DoorCamera &camera);

template <typename T>
const FieldSpec<T> *findField(const QList<FieldSpec<T>> &specs, const QString &key)
{
    for (const FieldSpec<T> &spec : specs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

template <typename T>
QString fieldKeyList(const QList<FieldSpec<T>> &specs)
{
    QStringList keys;
    for (const FieldSpec<T> &spec : specs)
        keys.append(spec.key);
    return keys.join(QStringLiteral(", "));
}

// Converts CSV cell text (also used for the text inside JSON strings of enum fields).
// The message never quotes the value of a credential field.
std::optional<FieldValue> fieldFromText(FieldKind kind, const QString &text, QString *error);
QString levelKeyList();
QString cameraTypeKeyList();

// Where each item and field of a Site came from, so errors found after parsing point back
// at a file and line. Items are addressed by section and index in the Site's lists.
class SourceMap
{
public:
    // `fieldPrefix` is prepended to field keys in errors ("cameras[3]" → "cameras[3].latitude");
    // empty for CSV, where the column name alone is clear.
    void addItem(Section section, int index, const QString &file, int line,
                 const QString &fieldPrefix);
    void addField(Section section, int index, const QString &key, int line,
                  const QString &label = {});
    // A field (or, with an empty key, a whole item) already reported as bad by a reader:
    // validation skips it so one mistake gives one error.
    void markBad(Section section, int index, const QString &key);
    bool isBad(Section section, int index, const QString &key) const;
    ImportError errorAt(Section section, int index, const QString &key,
                        const QString &message) const;

private:
    struct Item
    {
        QString file;
        int line = 0;
        QString prefix;
    };
    struct Field
    {
        int line = 0;
        QString label;
    };
    static QString itemKey(Section section, int index);
    QHash<QString, Item> m_items;
    QHash<QString, Field> m_fields;
    QSet<QString> m_bad;
};

// Semantic checks on a parsed site (ranges, ids, references, levels, URLs). Returns every
// problem found, located through `sources`.
QList<ImportError> validateSite(const Site &site, const SourceMap &sources);

// Orders errors by file and line, for reading top to bottom.
void sortErrors(QList<ImportError> &errors);

} // namespace vigil::siteformat
