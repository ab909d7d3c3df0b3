#pragma once
// RFC 4180 style CSV reading with line numbers: comma separated, fields optionally in double
// quotes (which may then hold commas, newlines and doubled quotes ""), UTF-8 (a leading byte
// order mark is ignored), LF or CRLF line ends. Blank lines are skipped.
//
// Thread contract: pure function; any thread.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigil {

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
    QList<int> fieldLines; // line where each field starts
};

struct CsvSyntaxError
{
    int line = 0;
    QString message;
};

// The first record is the header. Every syntax problem is listed in `errors`; records are
// still returned (best effort) so callers can decide.
QList<CsvRecord> parseCsv(const QByteArray &utf8, QList<CsvSyntaxError> *errors);

} // namespace vigil
