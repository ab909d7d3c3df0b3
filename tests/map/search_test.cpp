// CameraSearch against a brute-force reference on a site shaped like vigil-mapgen's large site
// (names "<road><n>号-<id>", so some bigrams occur in every entry), with the queries that used
// to fall back to long candidate lists.
#include "geo/camerasearch.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <algorithm>

using vigil::geo::CameraSearch;

namespace {

QList<CameraSearch::Entry> syntheticEntries(int count)
{
    const QStringList roads = {QStringLiteral("人民路"),   QStringLiteral("建设路"),
                               QStringLiteral("和平路"),   QStringLiteral("解放大道"),
                               QStringLiteral("清河大道"), QStringLiteral("东湖路")};
    QList<CameraSearch::Entry> entries;
    QRandomGenerator rng(11);
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("cam%1").arg(i, 5, 10, QLatin1Char('0'));
        QString name = QStringLiteral("%1%2号-%3")
                           .arg(roads[int(rng.bounded(quint32(roads.size())))])
                           .arg(rng.bounded(300) + 1)
                           .arg(id);
        if (i % 97 == 0)
            name = QStringLiteral("Gate %1 East").arg(i); // some Latin names for case folding
        entries.append({1000 + i, id, name});
    }
    return entries;
}

// The documented ranking, computed the slow way.
QList<int> reference(const QList<CameraSearch::Entry> &entries, const QString &text, int limit)
{
    const QString needle = text.trimmed().toCaseFolded();
    QList<std::pair<int, int>> hits; // (rank, position)
    if (needle.isEmpty())
        return {};
    for (int i = 0; i < entries.size(); ++i) {
        const QString id = entries[i].id.toCaseFolded();
        const QString name = entries[i].name.toCaseFolded();
        int rank = -1;
        if (id == needle)
            rank = 0;
        else if (id.startsWith(needle))
            rank = 1;
        else if (name.startsWith(needle))
            rank = 2;
        else if (name.contains(needle) || id.contains(needle))
            rank = 3;
        if (rank >= 0)
            hits.append({rank, i});
    }
    std::sort(hits.begin(), hits.end());
    QList<int> keys;
    for (int i = 0; i < std::min<qsizetype>(limit, hits.size()); ++i)
        keys.append(entries[hits[i].second].key);
    return keys;
}

} // namespace

TEST_CASE("camera search matches the brute-force ranking on worst-case queries", "[map][search]")
{
    const QList<CameraSearch::Entry> entries = syntheticEntries(6000);
    const CameraSearch search(entries);
    const QStringList queries = {
        QStringLiteral("号-"),         QStringLiteral("号"),       QStringLiteral("-"),
        QStringLiteral("c"),           QStringLiteral("cam0"),     QStringLiteral("号-cam0"),
        QStringLiteral("路1号"),       QStringLiteral("m0号"),     QStringLiteral("0号-c"),
        QStringLiteral("号-cam05999"), QStringLiteral("cam05999"), QStringLiteral("CAM00097"),
        QStringLiteral("gate"),        QStringLiteral("EAST"),     QStringLiteral("人民路12号"),
        QStringLiteral("大道"),        QStringLiteral("不存在"),   QStringLiteral("号号"),
        QStringLiteral("1"),           QStringLiteral("99"),       QStringLiteral(" 建设路 "),
        QStringLiteral("路-"),         QStringLiteral("am0"),      QStringLiteral("x"),
    };
    for (const QString &q : queries) {
        for (int limit : {1, 7, 50, 5000}) {
            INFO("query '" << q.toStdString() << "' limit " << limit);
            CHECK(search.find(q, limit) == reference(entries, q, limit));
        }
    }
    // Both bigrams of "m0号" are common, yet never adjacent: candidates exist, matches do not.
    CHECK(search.find(QStringLiteral("m0")).size() == 50);
    CHECK(search.find(QStringLiteral("0号")).size() == 50);
    CHECK(search.find(QStringLiteral("m0号")).isEmpty());
}
