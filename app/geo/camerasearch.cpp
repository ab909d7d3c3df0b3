#include "geo/camerasearch.h"

#include <algorithm>

namespace vigil::geo {

namespace {

// A bigram packs two UTF-16 units; a unigram has 0 in the high half (no real bigram starts
// with U+0000).
quint32 bigram(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}

quint32 unigram(QChar a)
{
    return a.unicode();
}

void addPosting(std::vector<int> &list, int entry)
{
    if (list.empty() || list.back() != entry)
        list.push_back(entry);
}

// First position at or after `from` whose value is >= `value` in an ascending list: gallops
// forward, so walking a dense list costs O(1) per step and a sparse one O(log gap).
size_t gallop(const std::vector<int> &list, size_t from, int value)
{
    size_t step = 1, low = from;
    while (low + step < list.size() && list[low + step] < value) {
        low += step;
        step *= 2;
    }
    const size_t high = std::min(list.size(), low + step + 1);
    return size_t(std::lower_bound(list.begin() + long(low), list.begin() + long(high), value) -
                  list.begin());
}

} // namespace

CameraSearch::CameraSearch(const QList<Entry> &entries)
{
    m_entries.reserve(size_t(entries.size()));
    for (const Entry &e : entries)
        m_entries.push_back({e.key, e.id.toCaseFolded(), e.name.toCaseFolded()});
    m_idOrder.resize(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const int entry = int(i);
        m_idOrder[i] = entry;
        m_byId[m_entries[i].id].push_back(entry);
        for (const QString *text : {&m_entries[i].id, &m_entries[i].name}) {
            for (qsizetype c = 0; c < text->size(); ++c) {
                addPosting(m_ngrams[unigram(text->at(c))], entry);
                if (c + 1 < text->size())
                    addPosting(m_ngrams[bigram(text->at(c), text->at(c + 1))], entry);
            }
        }
    }
    m_nameOrder = m_idOrder;
    // Ties keep site order, so a prefix range is ordered by (text, site order).
    std::stable_sort(m_idOrder.begin(), m_idOrder.end(),
                     [this](int a, int b) { return m_entries[a].id < m_entries[b].id; });
    std::stable_sort(m_nameOrder.begin(), m_nameOrder.end(),
                     [this](int a, int b) { return m_entries[a].name < m_entries[b].name; });
}

void CameraSearch::collectPrefix(const std::vector<int> &sorted, QString Folded::*field,
                                 const QString &prefix, size_t limit, std::vector<char> &taken,
                                 std::vector<int> &out) const
{
    // Strings starting with `prefix` form one contiguous run of the sorted list.
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), prefix,
                                        [this, field](int entry, const QString &value) {
                                            return m_entries[size_t(entry)].*field < value;
                                        });
    const auto last = std::partition_point(first, sorted.end(), [&](int entry) {
        return (m_entries[size_t(entry)].*field).startsWith(prefix);
    });
    std::vector<int> run;
    for (auto it = first; it != last; ++it) {
        if (!taken[size_t(*it)])
            run.push_back(*it);
    }
    // The `limit` first in site order: a selection, linear even for a run of 50,000 ("c").
    const size_t n = std::min(run.size(), limit);
    if (n < run.size())
        std::nth_element(run.begin(), run.begin() + long(n), run.end());
    std::sort(run.begin(), run.begin() + long(n));
    for (size_t i = 0; i < n; ++i) {
        taken[size_t(run[i])] = 1;
        out.push_back(run[i]);
    }
}

std::vector<const std::vector<int> *> CameraSearch::postingLists(const QString &needle) const
{
    std::vector<const std::vector<int> *> lists;
    auto add = [&](quint32 gram) {
        const auto it = m_ngrams.constFind(gram);
        lists.push_back(it == m_ngrams.constEnd() ? nullptr : &*it);
    };
    if (needle.size() == 1)
        add(unigram(needle.at(0)));
    for (qsizetype c = 0; c + 1 < needle.size(); ++c)
        add(bigram(needle.at(c), needle.at(c + 1)));
    if (std::find(lists.begin(), lists.end(), nullptr) != lists.end())
        return {}; // a gram nobody has: no entry can match
    std::sort(lists.begin(), lists.end(), [](const std::vector<int> *a, const std::vector<int> *b) {
        return a->size() < b->size();
    });
    return lists;
}

QList<int> CameraSearch::find(const QString &text, int limit) const
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle.isEmpty() || limit <= 0 || m_entries.empty())
        return {};
    const size_t wanted = size_t(limit);
    std::vector<char> taken(m_entries.size(), 0);
    std::vector<int> found;
    found.reserve(wanted);

    // Rank 0: exact id; 1: id prefix; 2: name prefix.
    const auto exact = m_byId.constFind(needle);
    if (exact != m_byId.constEnd()) {
        for (const int entry : *exact) {
            if (found.size() < wanted) {
                taken[size_t(entry)] = 1;
                found.push_back(entry);
            }
        }
    }
    if (found.size() < wanted)
        collectPrefix(m_idOrder, &Folded::id, needle, wanted - found.size(), taken, found);
    if (found.size() < wanted)
        collectPrefix(m_nameOrder, &Folded::name, needle, wanted - found.size(), taken, found);

    // Rank 3: contains, in site order, stopping once the list is full. Candidates are the
    // entries of the rarest gram's list that are in every other gram's list too (a lazy merge).
    if (found.size() < wanted) {
        const std::vector<const std::vector<int> *> lists = postingLists(needle);
        std::vector<size_t> cursor(lists.size(), 0);
        bool exhausted = lists.empty();
        for (size_t r = 0; !exhausted && r < lists[0]->size(); ++r) {
            const int entry = (*lists[0])[r];
            bool inAll = true;
            for (size_t j = 1; j < lists.size() && inAll; ++j) {
                cursor[j] = gallop(*lists[j], cursor[j], entry);
                exhausted = cursor[j] == lists[j]->size(); // nothing later can match
                inAll = !exhausted && (*lists[j])[cursor[j]] == entry;
            }
            if (!inAll || taken[size_t(entry)])
                continue;
            const Folded &e = m_entries[size_t(entry)];
            if (e.name.contains(needle) || e.id.contains(needle)) {
                found.push_back(entry);
                if (found.size() == wanted)
                    break;
            }
        }
    }
    QList<int> keys;
    keys.reserve(qsizetype(found.size()));
    for (const int entry : found)
        keys.append(m_entries[size_t(entry)].key);
    return keys;
}

} // namespace vigil::geo
