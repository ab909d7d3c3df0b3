// Site import from a directory of CSV files (layout in docs/site-format.md).
#include "store/csvreader.h"
#include "store/siteformat.h"
#include "store/siteimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vigil {

using namespace siteformat;

namespace {

class CsvSiteReader
{
public:
    explicit CsvSiteReader(const QString &dir) : m_dir(dir) {}

    SiteImportResult read()
    {
        if (!QFileInfo(m_dir).isDir())
            return {std::nullopt,
                    {{m_dir, 0, {}, QStringLiteral("not a directory of site CSV files")}}};
        // Syntax first for every file: semantic checks on half-read tables would only add noise.
        const Table site = load(Section::Site, true);
        const Table nodes = load(Section::Nodes, true);
        const Table cameras = load(Section::Cameras, true);
        const Table checkpoints = load(Section::Checkpoints, true);
        const Table credentials = load(Section::Credentials, false);
        const Table doors = load(Section::Doors, false);
        if (m_errors.isEmpty()) {
            QList<Site> siteRows;
            readTable(site, Section::Site, siteFields(), siteRows);
            if (siteRows.size() > 1)
                m_errors.append({site.file,
                                 site.records.at(2).line,
                                 {},
                                 QStringLiteral("only one site row is allowed")});
            else if (siteRows.isEmpty() && site.present)
                m_errors.append({site.file, 0, {}, QStringLiteral("no site row below the header")});
            if (!siteRows.isEmpty()) {
                m_site.id = siteRows.first().id;
                m_site.name = siteRows.first().name;
            }
            readTable(nodes, Section::Nodes, nodeFields(), m_site.nodes);
            readTable(cameras, Section::Cameras, cameraFields(), m_site.cameras);
            readTable(checkpoints, Section::Checkpoints, checkpointFields(), m_site.checkpoints);
            readTable(credentials, Section::Credentials, credentialFields(), m_site.credentials);
            readTable(doors, Section::Doors, doorFields(), m_site.doors);
            if (!siteRows.isEmpty())
                m_errors += validateSite(m_site, m_sources);
        }
        sortErrors(m_errors);
        if (!m_errors.isEmpty())
            return {std::nullopt, m_errors};
        return {m_site, {}};
    }

private:
    struct Table
    {
        QString file;
        bool present = false;
        QList<CsvRecord> records; // header first
    };

    Table load(Section section, bool required)
    {
        Table table;
        table.file = QDir(m_dir).filePath(sectionKey(section) + QStringLiteral(".csv"));
        QFile file(table.file);
        if (!file.exists()) {
            if (required)
                m_errors.append({table.file, 0, {}, QStringLiteral("required file missing")});
            return table;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append({table.file,
                             0,
                             {},
                             QStringLiteral("cannot read file: %1").arg(file.errorString())});
            return table;
        }
        QList<CsvSyntaxError> syntax;
        table.records = parseCsv(file.readAll(), &syntax);
        for (const CsvSyntaxError &e : std::as_const(syntax))
            m_errors.append({table.file, e.line, {}, e.message});
        if (syntax.isEmpty() && table.records.isEmpty())
            m_errors.append(
                {table.file, 1, {}, QStringLiteral("file is empty (expected a header)")});
        table.present = true;
        return table;
    }

    template <typename T>
    void readTable(const Table &table, Section section, const QList<FieldSpec<T>> &specs,
                   QList<T> &out)
    {
        if (!table.present || table.records.isEmpty())
            return;
        const CsvRecord &header = table.records.first();
        QList<const FieldSpec<T> *> columns;
        QStringList seen;
        for (QString name : header.fields) {
            name = name.trimmed();
            const FieldSpec<T> *spec = findField(specs, name);
            if (!spec)
                m_errors.append({table.file, header.line, name,
                                 QStringLiteral("unknown column (expected columns: %1)")
                                     .arg(fieldKeyList(specs))});
            else if (seen.contains(name))
                m_errors.append(
                    {table.file, header.line, name, QStringLiteral("column appears twice")});
            columns.append(spec && !seen.contains(name) ? spec : nullptr);
            seen.append(name);
        }
        QStringList missing;
        for (const FieldSpec<T> &spec : specs) {
            if (spec.required && !seen.contains(spec.key)) {
                m_errors.append(
                    {table.file, header.line, spec.key, QStringLiteral("required column missing")});
                missing.append(spec.key);
            }
        }

        for (qsizetype r = 1; r < table.records.size(); ++r) {
            const CsvRecord &record = table.records.at(r);
            const int index = int(out.size());
            m_sources.addItem(section, index, table.file, record.line, {});
            out.append(T{});
            for (const QString &key : std::as_const(missing))
                m_sources.markBad(section, index, key);
            if (record.fields.size() != header.fields.size()) {
                m_errors.append({table.file,
                                 record.line,
                                 {},
                                 QStringLiteral("record has %1 fields but the header has %2")
                                     .arg(record.fields.size())
                                     .arg(header.fields.size())});
                m_sources.markBad(section, index, {});
                continue;
            }
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const FieldSpec<T> *spec = columns.at(c);
                if (!spec)
                    continue;
                const QString &cell = record.fields.at(c);
                const int line = record.fieldLines.value(c, record.line);
                m_sources.addField(section, index, spec->key, line);
                if (cell.isEmpty()) {
                    if (spec->required) {
                        m_errors.append({table.file, line, spec->key,
                                         QStringLiteral("required value missing")});
                        m_sources.markBad(section, index, spec->key);
                    }
                    continue;
                }
                QString problem;
                const std::optional<FieldValue> value = fieldFromText(spec->kind, cell, &problem);
                if (!value) {
                    m_errors.append({table.file, line, spec->key, problem});
                    m_sources.markBad(section, index, spec->key);
                    continue;
                }
                for (qsizetype j = 0; j < value->list.size(); ++j)
                    m_sources.addField(section, index,
                                       QStringLiteral("%1[%2]").arg(spec->key).arg(j), line,
                                       spec->key);
                spec->assign(out.last(), *value);
            }
        }
    }

    QString m_dir;
    Site m_site;
    SourceMap m_sources;
    QList<ImportError> m_errors;
};

} // namespace

SiteImportResult importSiteCsvDir(const QString &dir)
{
    return CsvSiteReader(dir).read();
}

} // namespace vigil
