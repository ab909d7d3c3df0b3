#pragma once
// Start-up repair of the segment index after a crash: segments left "open" by a writer that died
// get their real end (what the fragmented file holds) and are closed; rows whose file is missing
// or unreadable are removed.
// Thread contract: on the thread owning the index's connection; not the GUI thread (file I/O).

#include <QtGlobal>

namespace vigil {

class SegmentIndex;

struct RecoveryResult
{
    int closed = 0;
    int removed = 0;
};

// Only rows with id <= maxId are touched, so live writers started since are left alone.
RecoveryResult recoverOpenSegments(SegmentIndex &index, qint64 maxId);

} // namespace vigil
