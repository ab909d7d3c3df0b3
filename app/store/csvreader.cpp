#include "store/csvreader.h"

#include <QStringDecoder>

namespace vigil {

QList<CsvRecord> parseCsv(const QByteArray &utf8, QList<CsvSyntaxError> *errors)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        // Find the line of the first bad byte sequence, for a useful message.
        int line = 1;
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(QChar::ReplacementCharacter)) {
                line = i + 1;
                break;
            }
        }
        errors->append({line, QStringLiteral("file is not valid UTF-8 text")});
        return {};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool fieldQuoted = false;
    bool recordHasContent = false;
    qsizetype pos = 0;
    const qsizetype size = text.size();

    auto startField = [&] {
        field.clear();
        fieldQuoted = false;
        record.fieldLines.append(line);
    };
    auto endRecord = [&] {
        record.fields.append(field);
        // A line with nothing on it is not a record.
        if (recordHasContent || record.fields.size() > 1 || fieldQuoted)
            records.append(record);
        record = CsvRecord{};
        recordHasContent = false;
    };

    record.line = line;
    startField();
    while (pos < size) {
        const QChar c = text.at(pos);
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            // Quoted field: runs to the next lone quote.
            fieldQuoted = true;
            recordHasContent = true;
            const int openedOn = line;
            ++pos;
            bool closed = false;
            while (pos < size) {
                const QChar q = text.at(pos);
                if (q == u'"') {
                    if (pos + 1 < size && text.at(pos + 1) == u'"') {
                        field += u'"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field += q;
                ++pos;
            }
            if (!closed) {
                errors->append({openedOn, QStringLiteral("quoted field opened on line %1 is "
                                                         "never closed (missing \")")
                                              .arg(openedOn)});
                break;
            }
            // After the closing quote only a separator or line end may follow.
            if (pos < size && text.at(pos) != u',' && text.at(pos) != u'\n' &&
                text.at(pos) != u'\r') {
                errors->append({line, QStringLiteral("unexpected text after a closing quote "
                                                     "(inside quotes write \"\" for \")")});
                while (pos < size && text.at(pos) != u',' && text.at(pos) != u'\n')
                    ++pos;
            }
            continue;
        }
        if (c == u',') {
            record.fields.append(field);
            recordHasContent = true;
            ++pos;
            startField();
            continue;
        }
        if (c == u'\r' && pos + 1 < size && text.at(pos + 1) == u'\n') {
            ++pos;
            continue;
        }
        if (c == u'\n') {
            endRecord();
            ++line;
            ++pos;
            record.line = line;
            startField();
            continue;
        }
        if (c == u'"') {
            errors->append({line, QStringLiteral("quote inside an unquoted field (put the whole "
                                                 "field in quotes and write \"\" for \")")});
        }
        if (fieldQuoted) {
            ++pos; // already reported above; skip the stray text
            continue;
        }
        field += c;
        if (!c.isSpace())
            recordHasContent = true;
        ++pos;
    }
    if (pos >= size)
        endRecord();
    return records;
}

} // namespace vigil
