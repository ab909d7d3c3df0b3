#pragma once
// CameraSearch: the map's search box over camera names and ids. Case-insensitive; ranks an exact
// id first, then id prefixes, name prefixes, and finally names or ids containing the text (each
// rank in site order).
//
// Bounded work per query whatever the text: exact ids come from a hash, prefixes from
// binary search in sorted id/name lists (the first `limit` of a run selected in linear time), and
// substring candidates from a lazy merge of the posting lists of all the query's bigrams (one
// character: its unigram list), in site order, stopping at `limit`. 50,000 cameras: worst case
// about 1 ms.
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
    // Entries (indices into m_entries) whose `field` starts with `prefix`, in site order, at
    // most `limit`, skipping those already in `taken`.
    void collectPrefix(const std::vector<int> &sorted, QString Folded::*field,
                       const QString &prefix, size_t limit, std::vector<char> &taken,
                       std::vector<int> &out) const;
    // Posting lists of every bigram of `needle` (its unigram for one character), shortest
    // first; empty when some gram occurs nowhere.
    std::vector<const std::vector<int> *> postingLists(const QString &needle) const;

    std::vector<Folded> m_entries;
    QHash<QString, std::vector<int>> m_byId;   // exact folded id
    std::vector<int> m_idOrder;                // entries sorted by folded id
    std::vector<int> m_nameOrder;              // entries sorted by folded name
    QHash<quint32, std::vector<int>> m_ngrams; // one or two UTF-16 units -> entries, ascending
};

} // namespace vigil::geo
