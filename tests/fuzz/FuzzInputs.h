#pragma once

// What each fuzz target does with its bytes, shared by the libFuzzer targets (fuzz_*.cpp) and the Qt Test
// that replays every saved finding (tst_fuzzregressions.cpp), so a regression runs through exactly the code
// the fuzzer found it in. Every function must return normally for any input: a crash, a sanitizer report
// or a hang is a bug in the reader.
#include "services/sync/KeyRing.h"
#include "services/sync/SyncKey.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sn::fuzz {

// Accepted (ok) or refused with a message; a refusal must carry a message the clerk can read.
struct Outcome
{
    bool ok = false;
    QString error;
};

// UTF-8 (first byte even) or UTF-16 (odd) text through IdNumber::parse, errorText(), masked() and ageOn().
Outcome idNumber(const QByteArray &data);
// The bytes as a .csv file through CsvReader (and as .tsv when the first byte is odd).
Outcome csv(const QByteArray &data);
// The bytes as an .xlsx file through XlsxReader: the zip container and whatever survives its CRCs.
Outcome xlsx(const QByteArray &data);
// The bytes split on '\x01' into workbook.xml, workbook.xml.rels, sheet1.xml, sharedStrings.xml and styles.xml,
// packed into a valid (stored, CRC-correct) zip, then read by XlsxReader: the XML parsing behind the container.
Outcome xlsxParts(const QByteArray &data);
// The bytes as an .xls file through XlsReader (FreeXL).
Outcome xls(const QByteArray &data);
// The bytes as an .ods file through OdsReader: the zip container.
Outcome ods(const QByteArray &data);
// The bytes as content.xml, packed with an OpenDocument mimetype into a valid stored zip, through OdsReader:
// the XML parsing, repeated rows and cells against the cell budget.
Outcome odsContent(const QByteArray &data);
// The bytes as a file named .xlsx, .xls, .ods or .csv (first byte) through SheetReader::forFile, which sniffs
// the content (zip, OLE2 compound file with its directory, PDF, text), then the reader it picks.
Outcome sheet(const QByteArray &data);
// The bytes as a sync bundle: Bundle::peek and Bundle::open with the fixed test key.
Outcome bundle(const QByteArray &data);
// The bytes as a bundle's payload, sealed with the test key so they get past authentication: first byte odd,
// the rest is compressed first (reaches the JSON or CBOR parsing); even, the rest is the payload as is (reaches
// qUncompress with any bytes). Bit 1 of the first byte set: a format 2 bundle (CBOR payload), else format 1 (JSON).
Outcome bundlePayload(const QByteArray &data);

// The fixed key the bundle targets seal and open with (not a secret: it exists only in the fuzz targets).
const SyncKey &testKey();
// The district keys derived from testKey(), with a station's signing key: what opens a signed bundle.
const KeyRing &testRing();
// A sealed bundle whose payload is exactly these bytes (the header's checksum and size match).
QByteArray sealRawPayload(const QByteArray &payload, qint64 changes, int format = 1);
// A zip of stored entries with correct CRCs.
QByteArray storedZip(const QList<QPair<QString, QByteArray>> &entries);
// The parts xlsxParts() expects, joined with '\x01'.
QByteArray joinParts(const QList<QByteArray> &parts);

// Target names, in the order run.sh runs them, and the function for each.
using TargetFn = Outcome (*)(const QByteArray &);
struct Target
{
    const char *name;
    TargetFn fn;
};
const QList<Target> &targets();

} // namespace sn::fuzz
