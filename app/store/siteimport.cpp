#include "store/siteimport.h"

#include "store/locatedjson.h"
#include "store/siteformat.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace vigil {

using namespace siteformat;

QString ImportError::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (line > 0 && column > 0)
        text += u':' + QString::number(column);
    text += QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

namespace {

class JsonSiteReader
{
public:
    explicit JsonSiteReader(QString file) : m_file(std::move(file)) {}

    SiteImportResult read(const LocatedJson &root)
    {
        if (root.type != LocatedJson::Type::Object) {
            addError(root.line, {},
                     QStringLiteral("expected an object at the top, got %1").arg(root.typeName()));
            return finish();
        }
        static const QSet<QString> sectionKeys = {
            QStringLiteral("format"),  QStringLiteral("version"),     QStringLiteral("nodes"),
            QStringLiteral("cameras"), QStringLiteral("checkpoints"), QStringLiteral("credentials"),
            QStringLiteral("doors")};
        m_sources.addItem(Section::Site, 0, m_file, root.line, {});
        readFields(root, Section::Site, 0, siteFields(), m_site, {}, sectionKeys);
        readHeader(root);
        readList(root, Section::Nodes, nodeFields(), m_site.nodes, true);
        readList(root, Section::Cameras, cameraFields(), m_site.cameras, true);
        readList(root, Section::Checkpoints, checkpointFields(), m_site.checkpoints, true);
        readList(root, Section::Credentials, credentialFields(), m_site.credentials, false);
        readList(root, Section::Doors, doorFields(), m_site.doors, false);
        m_errors += validateSite(m_site, m_sources);
        return finish();
    }

    SiteImportResult syntaxError(const JsonSyntaxError &error)
    {
        ImportError e{
            m_file, error.line, {}, QStringLiteral("syntax error: ") + error.message, error.column};
        return {std::nullopt, {e}};
    }

private:
    SiteImportResult finish()
    {
        sortErrors(m_errors);
        if (!m_errors.isEmpty())
            return {std::nullopt, m_errors};
        return {m_site, {}};
    }

    void addError(int line, const QString &field, const QString &message)
    {
        m_errors.append({m_file, line, field, message});
    }

    static const LocatedJson *member(const LocatedJson &object, const QString &key)
    {
        for (const auto &[name, value] : object.members) {
            if (name == key)
                return &value;
        }
        return nullptr;
    }

    void readHeader(const LocatedJson &root)
    {
        const QString formatKey = QStringLiteral("format");
        const QString versionKey = QStringLiteral("version");
        const LocatedJson *format = member(root, formatKey);
        if (!format)
            addError(root.line, formatKey,
                     QStringLiteral("required field missing (expected \"%1\")").arg(kFormatName));
        else if (format->type != LocatedJson::Type::String || format->string != kFormatName)
            addError(format->line, formatKey,
                     QStringLiteral("not a Vigil site file (expected \"%1\")").arg(kFormatName));
        const LocatedJson *version = member(root, versionKey);
        if (!version)
            addError(root.line, versionKey, QStringLiteral("required field missing"));
        else if (version->type != LocatedJson::Type::Number || version->number != kFormatVersion)
            addError(version->line, versionKey,
                     QStringLiteral("unsupported format version (this build reads version %1)")
                         .arg(kFormatVersion));
    }

    template <typename T>
    void readList(const LocatedJson &root, Section section, const QList<FieldSpec<T>> &specs,
                  QList<T> &out, bool required)
    {
        const QString key = sectionKey(section);
        const LocatedJson *list = member(root, key);
        if (!list) {
            if (required)
                addError(root.line, key, QStringLiteral("required list missing"));
            return;
        }
        if (list->type != LocatedJson::Type::Array) {
            addError(list->line, key,
                     QStringLiteral("expected an array, got %1").arg(list->typeName()));
            return;
        }
        for (const LocatedJson &entry : list->items) {
            const int index = int(out.size());
            const QString prefix = QStringLiteral("%1[%2]").arg(key).arg(index);
            m_sources.addItem(section, index, m_file, entry.line, prefix);
            // The item is appended even when broken, so indices keep matching the source map.
            out.append(T{});
            if (entry.type != LocatedJson::Type::Object) {
                addError(entry.line, prefix,
                         QStringLiteral("expected an object, got %1").arg(entry.typeName()));
                m_sources.markBad(section, index, {});
                continue;
            }
            readFields(entry, section, index, specs, out.last(), prefix, {});
        }
    }

    template <typename T>
    void readFields(const LocatedJson &object, Section section, int index,
                    const QList<FieldSpec<T>> &specs, T &item, const QString &prefix,
                    const QSet<QString> &otherKeys)
    {
        auto label = [&](const QString &key) {
            return prefix.isEmpty() ? key : prefix + u'.' + key;
        };
        QSet<QString> seen;
        for (const auto &[key, value] : object.members) {
            if (seen.contains(key)) {
                addError(value.line, label(key), QStringLiteral("duplicate key"));
                m_sources.markBad(section, index, key);
                continue;
            }
            seen.insert(key);
            if (otherKeys.contains(key))
                continue;
            const FieldSpec<T> *spec = findField(specs, key);
            if (!spec) {
                addError(
                    value.line, label(key),
                    QStringLiteral("unknown field (expected one of: %1)").arg(fieldKeyList(specs)));
                continue;
            }
            m_sources.addField(section, index, key, value.line);
            QString problem;
            std::optional<FieldValue> typed =
                convert(spec->kind, value, section, index, key, &problem);
            if (!typed) {
                addError(value.line, label(key), problem);
                m_sources.markBad(section, index, key);
                continue;
            }
            spec->assign(item, *typed);
        }
        for (const FieldSpec<T> &spec : specs) {
            if (spec.required && !seen.contains(spec.key)) {
                addError(object.line, label(spec.key), QStringLiteral("required field missing"));
                m_sources.markBad(section, index, spec.key);
            }
        }
    }

    std::optional<FieldValue> convert(FieldKind kind, const LocatedJson &value, Section section,
                                      int index, const QString &key, QString *problem)
    {
        auto expected = [&](const QString &what) {
            *problem = QStringLiteral("expected %1, got %2").arg(what, value.typeName());
            return std::nullopt;
        };
        FieldValue typed;
        switch (kind) {
        case FieldKind::Text:
            if (value.type != LocatedJson::Type::String)
                return expected(QStringLiteral("a string"));
            typed.text = value.string;
            return typed;
        case FieldKind::Level:
        case FieldKind::CameraType:
            if (value.type != LocatedJson::Type::String)
                return expected(QStringLiteral("a string"));
            return fieldFromText(kind, value.string, problem);
        case FieldKind::Number:
            if (value.type != LocatedJson::Type::Number)
                return expected(QStringLiteral("a number"));
            typed.number = value.number;
            return typed;
        case FieldKind::Integer:
            if (value.type != LocatedJson::Type::Number)
                return expected(QStringLiteral("a whole number"));
            if (std::floor(value.number) != value.number || std::abs(value.number) > 1e9) {
                *problem = QStringLiteral("expected a whole number, got %1").arg(value.number);
                return std::nullopt;
            }
            typed.integer = int(value.number);
            return typed;
        case FieldKind::TextList:
            if (value.type != LocatedJson::Type::Array)
                return expected(QStringLiteral("an array of strings"));
            for (int j = 0; j < value.items.size(); ++j) {
                const LocatedJson &entry = value.items.at(j);
                const QString entryKey = QStringLiteral("%1[%2]").arg(key).arg(j);
                m_sources.addField(section, index, entryKey, entry.line);
                if (entry.type != LocatedJson::Type::String) {
                    *problem = QStringLiteral("entry %1: expected a string, got %2")
                                   .arg(j)
                                   .arg(entry.typeName());
                    return std::nullopt;
                }
                typed.list.append(entry.string);
            }
            return typed;
        }
        return std::nullopt;
    }

    QString m_file;
    Site m_site;
    SourceMap m_sources;
    QList<ImportError> m_errors;
};

} // namespace

SiteImportResult importSiteJsonData(const QByteArray &json, const QString &fileNameForErrors)
{
    JsonSiteReader reader(fileNameForErrors);
    JsonSyntaxError syntax;
    const std::optional<LocatedJson> root = parseLocatedJson(json, &syntax);
    if (!root)
        return reader.syntaxError(syntax);
    return reader.read(*root);
}

SiteImportResult importSiteJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{path, 0, {}, QStringLiteral("cannot read file: %1").arg(file.errorString())}}};
    return importSiteJsonData(file.readAll(), path);
}

SiteImportResult importSite(const QString &path)
{
    if (QFileInfo(path).isDir())
        return importSiteCsvDir(path);
    return importSiteJson(path);
}

} // namespace vigil
