#pragma once
// CameraSearch: the map's search box over camera names and ids. Case-insensitive; ranks an exact
// id first, then id prefixes, name prefixes, and finally names or ids containing the text.
// A bigram index keeps queries of two or more characters to the few entries that can match
// (50,000 cameras: well under a millisecond instead of a full scan).
//
// Thread contract: immutable after construction; find() may run on any thread concurrently.

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace vigil::geo {

class CameraSearch
{
public:
    struct Entry
    {
        int key = -1;
        QString id;
        QString name;
    };
    explicit CameraSearch(const QList<Entry> &entries = {});

    // Keys of matching entries, best first, at most `limit`.
    QList<int> find(const QString &text, int limit = 50) const;

private:
    struct Folded
    {
        int key;
        QString id;
        QString name;
    };
    std::vector<Folded> m_entries;
    QHash<quint32, std::vector<int>> m_bigrams; // two UTF-16 units -> entries containing them
};

} // namespace vigil::geo
