#include "geo/camerasearch.h"

#include <algorithm>

namespace vigil::geo {

namespace {
quint32 bigram(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}
} // namespace

CameraSearch::CameraSearch(const QList<Entry> &entries)
{
    m_entries.reserve(size_t(entries.size()));
    for (const Entry &e : entries)
        m_entries.push_back({e.key, e.id.toCaseFolded(), e.name.toCaseFolded()});
    for (size_t i = 0; i < m_entries.size(); ++i) {
        for (const QString *text : {&m_entries[i].id, &m_entries[i].name}) {
            for (qsizetype c = 0; c + 1 < text->size(); ++c) {
                std::vector<int> &list = m_bigrams[bigram(text->at(c), text->at(c + 1))];
                if (list.empty() || list.back() != int(i))
                    list.push_back(int(i));
            }
        }
    }
}

QList<int> CameraSearch::find(const QString &text, int limit) const
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle.isEmpty() || limit <= 0)
        return {};
    struct Hit
    {
        int rank;
        size_t order;
    };
    // Candidates: entries holding the needle's rarest bigram (every match holds all of them).
    const std::vector<int> *candidates = nullptr;
    for (qsizetype c = 0; c + 1 < needle.size(); ++c) {
        const auto it = m_bigrams.constFind(bigram(needle.at(c), needle.at(c + 1)));
        if (it == m_bigrams.constEnd())
            return {};
        if (!candidates || it->size() < candidates->size())
            candidates = &*it;
    }
    std::vector<int> all;
    if (!candidates) { // one character: scan everything
        all.resize(m_entries.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        candidates = &all;
    }
    std::vector<Hit> hits;
    for (const int candidate : *candidates) {
        const size_t i = size_t(candidate);
        const Folded &e = m_entries[i];
        int rank = -1;
        if (e.id == needle)
            rank = 0;
        else if (e.id.startsWith(needle))
            rank = 1;
        else if (e.name.startsWith(needle))
            rank = 2;
        else if (e.name.contains(needle) || e.id.contains(needle))
            rank = 3;
        if (rank >= 0)
            hits.push_back({rank, i});
    }
    const size_t n = std::min(hits.size(), size_t(limit));
    std::partial_sort(hits.begin(), hits.begin() + long(n), hits.end(),
                      [](const Hit &a, const Hit &b) {
                          return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
                      });
    QList<int> keys;
    keys.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        keys.append(m_entries[hits[i].order].key);
    return keys;
}

} // namespace vigil::geo
