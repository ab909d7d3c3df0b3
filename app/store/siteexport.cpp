#include "store/siteexport.h"

#include "store/siteformat.h"

#include <QLocale>

namespace vigil {

using namespace siteformat;

namespace {

// A tiny writer instead of QJsonDocument: QJsonObject sorts keys alphabetically, while this
// format keeps a logical order (id and name first) that is stable across exports.
class JsonWriter
{
public:
    QByteArray take() { return std::move(m_out); }

    void raw(const char *text) { m_out += text; }

    void string(const QString &value)
    {
        // Escaped in UTF-16 and converted once, so surrogate pairs stay together.
        QString escaped;
        escaped.reserve(value.size() + 2);
        escaped += u'"';
        for (const QChar c : value) {
            switch (c.unicode()) {
            case u'"':
                escaped += u"\\\"";
                break;
            case u'\\':
                escaped += u"\\\\";
                break;
            case u'\n':
                escaped += u"\\n";
                break;
            case u'\r':
                escaped += u"\\r";
                break;
            case u'\t':
                escaped += u"\\t";
                break;
            default:
                if (c.unicode() < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += u'"';
        m_out += escaped.toUtf8();
    }

    // Shortest text that reads back as the same double, so export → import is lossless.
    void number(double value)
    {
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void integer(int value) { m_out += QByteArray::number(value); }

    void beginObject() { begin('{'); }
    void endObject() { end('}'); }
    void beginArray() { begin('['); }
    void endArray() { end(']'); }

    // Starts the next member of the enclosing object.
    void key(const QString &name)
    {
        nextEntry();
        string(name);
        m_out += ": ";
    }
    // Starts the next element of the enclosing array.
    void element() { nextEntry(); }

private:
    void begin(char bracket)
    {
        m_out += bracket;
        m_empty.append(true);
    }
    void end(char bracket)
    {
        const bool empty = m_empty.takeLast();
        if (!empty)
            m_out += '\n' + QByteArray(m_empty.size() * 2, ' ');
        m_out += bracket;
    }
    void nextEntry()
    {
        m_out += m_empty.last() ? "\n" : ",\n";
        m_empty.last() = false;
        m_out += QByteArray(m_empty.size() * 2, ' ');
    }

    QByteArray m_out;
    QList<bool> m_empty; // one per open object/array: nothing written into it yet
};

template <typename T, typename WriteFields>
void writeList(JsonWriter &w, const QString &key, const QList<T> &items, WriteFields writeFields)
{
    w.key(key);
    w.beginArray();
    for (const T &item : items) {
        w.element();
        w.beginObject();
        writeFields(item);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray exportSiteJson(const Site &site, bool includeCredentials)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.string(kFormatName);
    w.key(QStringLiteral("version"));
    w.integer(kFormatVersion);
    w.key(QStringLiteral("id"));
    w.string(site.id);
    w.key(QStringLiteral("name"));
    w.string(site.name);

    writeList(w, QStringLiteral("nodes"), site.nodes, [&](const SiteNode &n) {
        w.key(QStringLiteral("id"));
        w.string(n.id);
        if (!n.parentId.isEmpty()) {
            w.key(QStringLiteral("parent"));
            w.string(n.parentId);
        }
        w.key(QStringLiteral("level"));
        w.string(siteLevelKey(n.level));
        w.key(QStringLiteral("name"));
        w.string(n.name);
    });
    writeList(w, QStringLiteral("cameras"), site.cameras, [&](const Camera &c) {
        w.key(QStringLiteral("id"));
        w.string(c.id);
        w.key(QStringLiteral("name"));
        w.string(c.name);
        w.key(QStringLiteral("node"));
        w.string(c.siteNodeId);
        w.key(QStringLiteral("type"));
        w.string(cameraTypeKey(c.type));
        w.key(QStringLiteral("latitude"));
        w.number(c.latitude);
        w.key(QStringLiteral("longitude"));
        w.number(c.longitude);
        w.key(QStringLiteral("heading_deg"));
        w.number(c.headingDeg);
        w.key(QStringLiteral("fov_deg"));
        w.number(c.fovDeg);
        w.key(QStringLiteral("range_m"));
        w.number(c.rangeM);
        w.key(QStringLiteral("main_stream"));
        w.string(c.mainStreamUrl);
        if (!c.subStreamUrl.isEmpty()) {
            w.key(QStringLiteral("sub_stream"));
            w.string(c.subStreamUrl);
        }
    });
    writeList(w, QStringLiteral("checkpoints"), site.checkpoints, [&](const Checkpoint &k) {
        w.key(QStringLiteral("id"));
        w.string(k.id);
        w.key(QStringLiteral("name"));
        w.string(k.name);
        w.key(QStringLiteral("node"));
        w.string(k.siteNodeId);
        w.key(QStringLiteral("latitude"));
        w.number(k.latitude);
        w.key(QStringLiteral("longitude"));
        w.number(k.longitude);
        w.key(QStringLiteral("ring"));
        w.string(k.ring);
        w.key(QStringLiteral("lanes"));
        w.integer(k.lanes);
        w.key(QStringLiteral("cameras"));
        w.raw("[");
        for (qsizetype i = 0; i < k.cameraIds.size(); ++i) {
            if (i > 0)
                w.raw(", ");
            w.string(k.cameraIds.at(i));
        }
        w.raw("]");
    });
    if (!site.doors.isEmpty()) { // optional section: sites without doors export as before
        writeList(w, QStringLiteral("doors"), site.doors, [&](const Door &d) {
            w.key(QStringLiteral("id"));
            w.string(d.id);
            w.key(QStringLiteral("name"));
            w.string(d.name);
            w.key(QStringLiteral("cameras"));
            w.raw("[");
            for (qsizetype i = 0; i < d.cameras.size(); ++i) {
                if (i > 0)
                    w.raw(", ");
                w.string(doorCameraText(d.cameras.at(i)));
            }
            w.raw("]");
        });
    }
    if (includeCredentials) {
        writeList(w, QStringLiteral("credentials"), site.credentials,
                  [&](const CameraCredential &c) {
                      w.key(QStringLiteral("camera"));
                      w.string(c.cameraId);
                      w.key(QStringLiteral("username"));
                      w.string(c.username);
                      w.key(QStringLiteral("password"));
                      w.string(c.password);
                  });
    }
    w.endObject();
    w.raw("\n");
    return w.take();
}

} // namespace vigil
