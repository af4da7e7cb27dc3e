#!/usr/bin/python3
"""Makes the spreadsheet corpus of tests/spreadsheet/tst_sheetcorpus.cpp: one small ledger (a merged title row,
a header row, three households) as every office program writes it, plus files that must be refused with the
right reason. Run from this folder; needs python3-openpyxl and LibreOffice (soffice) from Debian 12. The files
are committed, so the tests need neither. --keep-libreoffice keeps LibreOffice's files as they are.

  openpyxl:  ledger-openpyxl.xlsx (shared strings, merged title, date and number formats), ledger-1904.xlsx
  derived from the openpyxl file by rewriting its parts (what other writers do):
     ledger-inline.xlsx           no sharedStrings part, every text cell an inline string, some as rich text
     ledger-empty-sst.xlsx        a sharedStrings part of zero bytes (and inline strings)
     ledger-empty-sst-element.xlsx  <sst count="0"/> and inline strings
     ledger-rich-escapes.xlsx     rich-text shared strings, _x000D_ and _x005F_ escapes, entities, phonetic runs
     ledger-strict.xlsx           ISO 29500 strict namespaces (purl.oclc.org) and relationship types
     ledger-absolute.xlsx         absolute part names in every relationship, workbook in /book/ (minimal package)
     ledger-minimal.xlsx          workbook, one sheet, no styles, no docProps, no [Content_Types] overrides, no r=
  LibreOffice 7.4:  ledger-lo.xlsx, ledger-lo.ods, ledger-biff8.xls ("MS Excel 97"), ledger-lo.csv
  by hand (BIFF5 cannot be written by LibreOffice 7.4 any more; MS-XLS and MS-CFB describe the records):
     ledger-biff5.xls             Excel 5.0/95 records (BIFF5, GBK text) in a stream named "Book"
     ledger-biff8-book.xls        the BIFF8 file with its stream renamed "Book"
     protected.xlsx               an OLE2 file holding EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO), as
                                  Excel and WPS save a workbook with a password to open
     protected.xls                the BIFF8 file with a FILEPASS record (RC4 encryption header)
  CSV: ledger-utf8.csv, ledger-utf8-bom.csv, ledger-gb18030.csv
  refused: not-a-workbook.xlsx (a Word package), damaged-sheet.xlsx (sheet XML cut short),
     damaged-crc.xlsx (a part whose bytes do not match its CRC)
"""
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from datetime import date

import openpyxl
from openpyxl.styles import Alignment

TITLE = "朝阳街道城乡低保花名册"
HEADER = ["序号", "户主姓名", "姓名", "身份证号码", "与户主关系", "保障类别", "月保障金额", "享受起始时间"]
ROWS = [
    [1, "王建国", "王建国", "630105197003050019", "户主", "低保", 735, date(2024, 3, 1)],
    [2, "王建国", "李秀兰", "630105197206110026", "配偶", "低保", None, date(2024, 3, 1)],
    [3, "赵德明", "赵德明", "630105195001010030", "户主", "特困", 1150.5, date(2023, 7, 15)],
]


def openpyxl_book(epoch1904=False):
    wb = openpyxl.Workbook()
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    for row in ws.iter_rows(min_row=3, min_col=8, max_col=8):
        row[0].number_format = 'yyyy"年"m"月"d"日"'
    for row in ws.iter_rows(min_row=3, min_col=7, max_col=7):
        row[0].number_format = "#,##0.00"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def parts_of(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def write_zip(path, parts, order=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order or parts:
            z.writestr(name, parts[name])


def shared_strings(parts):
    sst = parts["xl/sharedStrings.xml"].decode()
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"<si>(.*?)</si>", sst, re.S)]


def inline_sheet(sheet, strings, rich_every=0):
    """Every shared-string cell of `sheet` as an inline string; every rich_every-th one as two runs."""
    count = [0]

    def repl(m):
        attrs, index = m.group(1), int(m.group(2))
        attrs = attrs.replace(' t="s"', ' t="inlineStr"')
        text = strings[index]
        count[0] += 1
        if rich_every and count[0] % rich_every == 0 and len(text) > 1:
            body = f"<is><r><t>{text[:1]}</t></r><r><rPr><b/></rPr><t>{text[1:]}</t></r></is>"
        else:
            body = f"<is><t>{text}</t></is>"
        return f"<c{attrs}>{body}</c>"

    return re.sub(r'<c([^>]*t="s"[^>]*)><v>(\d+)</v></c>', repl, sheet.decode()).encode()


def drop_shared_strings(parts):
    parts = dict(parts)
    del parts["xl/sharedStrings.xml"]
    parts["[Content_Types].xml"] = re.sub(rb'<Override PartName="/xl/sharedStrings.xml"[^>]*/>', b"", parts["[Content_Types].xml"])
    parts["xl/_rels/workbook.xml.rels"] = re.sub(rb'<Relationship[^>]*sharedStrings[^>]*/>', b"", parts["xl/_rels/workbook.xml.rels"])
    return parts


def variants(base):
    out = {}
    parts = parts_of(base)
    strings = shared_strings(parts)
    sheet = parts["xl/worksheets/sheet1.xml"]

    inline = drop_shared_strings(parts)
    inline["xl/worksheets/sheet1.xml"] = inline_sheet(sheet, strings, rich_every=3)
    out["ledger-inline.xlsx"] = inline

    empty = dict(parts)
    empty["xl/sharedStrings.xml"] = b""
    empty["xl/worksheets/sheet1.xml"] = inline_sheet(sheet, strings)
    out["ledger-empty-sst.xlsx"] = empty

    element = dict(empty)
    element["xl/sharedStrings.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?>'
                                       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>')
    out["ledger-empty-sst-element.xlsx"] = element

    rich = dict(parts)
    items = []
    for s in strings:
        if s == "王建国":
            items.append("<si><r><t>王</t></r><r><rPr><sz val=\"11\"/></rPr><t xml:space=\"preserve\">建国</t></r>"
                         "<rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></si>")
        elif s == "与户主关系":
            items.append("<si><t>与户主_x000D_\n关系</t></si>")
        elif s == "享受起始时间":
            items.append("<si><t>享受&#x8D77;始&#26102;间</t></si>")
        elif s == "低保":
            items.append("<si><t>低&#20445;</t></si>")
        elif s == "序号":
            items.append("<si><t>序号_x005F_x000D_</t></si>")
        else:
            items.append(f"<si><t>{s}</t></si>")
    rich["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                    f'count="{len(items)}" uniqueCount="{len(items)}">' + "".join(items) + "</sst>").encode()
    out["ledger-rich-escapes.xlsx"] = rich

    strict = {}
    for name, data in parts.items():
        if name.endswith(".xml") or name.endswith(".rels"):
            data = (data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main")
                    .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                             b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
        strict[name] = data
    out["ledger-strict.xlsx"] = strict

    absolute = {}
    for name, data in parts.items():
        new = name.replace("xl/", "book/") if name.startswith("xl/") else name
        if name == "[Content_Types].xml":
            data = data.replace(b"/xl/", b"/book/")
        elif name == "_rels/.rels":
            data = data.replace(b'Target="xl/', b'Target="/book/').replace(b'Target="/xl/', b'Target="/book/')
        elif name.startswith("xl/_rels/"):
            data = re.sub(rb'Target="(?!/)([^"]+)"', lambda m: b'Target="/book/' + m.group(1) + b'"', data)
        absolute[new] = data
    out["ledger-absolute.xlsx"] = absolute

    minimal = {
        "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               b'<Default Extension="xml" ContentType="application/xml"/>'
                               b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="workbook.xml"/></Relationships>',
        "workbook.xml": b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                        b'<sheets><sheet name="Sheet1" sheetId="1" r:id="s1"/></sheets></workbook>',
        "_rels/workbook.xml.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                   b'<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheet.xml"/></Relationships>',
    }
    rows = [[TITLE], HEADER] + [[c if not isinstance(c, date) else c.isoformat() for c in r] for r in ROWS]
    xml = []
    for r in rows:
        cells = []
        for v in r:
            if v is None:
                cells.append("<c/>")
            elif isinstance(v, (int, float)):
                cells.append(f"<c><v>{v}</v></c>")
            else:
                cells.append(f'<c t="inlineStr"><is><t>{v}</t></is></c>')
        xml.append("<row>" + "".join(cells) + "</row>")
    minimal["sheet.xml"] = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                            + "".join(xml) + "</sheetData></worksheet>").encode()
    out["ledger-minimal.xlsx"] = minimal
    return out


# --- OLE2 compound files (MS-CFB, version 3, 512-byte sectors, streams of 4096 bytes or more) ---------------

def cfb(streams):
    """streams: list of (name, bytes). Every stream is padded with zeros to 4096 bytes or more, so that none
    belongs in the mini stream (BIFF readers stop at the last EOF record; OFFCRYPTO's streams carry their sizes)."""
    ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    data = []
    for name, payload in streams:
        size = len(payload)
        padded = payload + b"\0" * (max(4096, (size + 511) // 512 * 512) - size)
        data.append((name, len(padded), padded))
    entries_needed = 1 + len(data)
    dir_sectors = (entries_needed + 3) // 4
    stream_sectors = sum(len(p) // 512 for _, _, p in data)
    fat_sectors = 1
    while (fat_sectors + dir_sectors + stream_sectors) > fat_sectors * 128:
        fat_sectors += 1
    fat = [FATSECT] * fat_sectors
    first_dir = len(fat)
    for i in range(dir_sectors):
        fat.append(first_dir + i + 1 if i + 1 < dir_sectors else ENDOFCHAIN)
    starts = []
    for _, _, p in data:
        n = len(p) // 512
        start = len(fat)
        starts.append(start)
        for i in range(n):
            fat.append(start + i + 1 if i + 1 < n else ENDOFCHAIN)
    fat += [FREESECT] * (fat_sectors * 128 - len(fat))

    def entry(name, kind, start, size, child=NOSTREAM, right=NOSTREAM):
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", NOSTREAM, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))

    # Siblings in the order MS-CFB sorts names (length, then upper case): a right-leaning chain.
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), data[i][0].upper()))
    dirs = [entry("Root Entry", 5, ENDOFCHAIN, 0, child=1 + order[0] if data else NOSTREAM)]
    right_of = {order[k]: order[k + 1] + 1 for k in range(len(order) - 1)}
    for i, (name, size, _) in enumerate(data):
        dirs.append(entry(name, 2, starts[i], size, right=right_of.get(i, NOSTREAM)))
    while len(dirs) % 4:
        dirs.append(b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48)
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, first_dir, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0))
    difat = list(range(fat_sectors)) + [FREESECT] * (109 - fat_sectors)
    header += struct.pack("<109I", *difat)
    assert len(header) == 512
    body = b"".join(struct.pack("<128I", *fat[i * 128:(i + 1) * 128]) for i in range(fat_sectors))
    body += b"".join(dirs)
    body += b"".join(p for _, _, p in data)
    return header + body


def rec(kind, payload=b""):
    return struct.pack("<HH", kind, len(payload)) + payload


def biff5():
    """An Excel 5.0/95 workbook: globals (BOF, CODEPAGE 936, fonts, formats, XFs, BOUNDSHEET) and one sheet."""
    def bof(kind):
        return rec(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CC))

    font = rec(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0x86, 0) + bytes([5]) + b"Arial")
    fmt_date = "yyyy-mm-dd".encode("ascii")
    formats = rec(0x001E, struct.pack("<H", 164) + bytes([len(fmt_date)]) + fmt_date)

    def xf(fmt, style):
        # BIFF5 XF: font, format, type/protection/parent, alignment, then 8 bytes of borders and colours
        return rec(0x00E0, struct.pack("<HHHHII", 0, fmt, 0xFFF5 if style else 0x0001, 0x20, 0x20C0, 0))

    xfs = b"".join(xf(0, True) for _ in range(15)) + xf(0, False) + xf(164, False) + xf(14, False)  # 15: general, 16: yyyy-mm-dd, 17: built-in 14
    globals_tail = rec(0x000A)
    sheet_name = "花名册".encode("gbk")

    def boundsheet(offset):
        return rec(0x0085, struct.pack("<IH", offset, 0) + bytes([len(sheet_name)]) + sheet_name)

    head = bof(0x0005) + rec(0x0042, struct.pack("<H", 936)) + rec(0x0022, struct.pack("<H", 0)) + font * 5 + formats + xfs
    offset = len(head) + len(boundsheet(0)) + len(globals_tail)
    workbook_globals = head + boundsheet(offset) + globals_tail

    cells = []

    def label(r, c, text):
        raw = text.encode("gbk")
        cells.append(rec(0x0204, struct.pack("<HHHH", r, c, 15, len(raw)) + raw))

    def number(r, c, v, xf_index=15):
        cells.append(rec(0x0203, struct.pack("<HHHd", r, c, xf_index, float(v))))

    label(0, 0, TITLE)
    for c, h in enumerate(HEADER):
        label(1, c, h)
    for i, row in enumerate(ROWS):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, date):
                number(2 + i, c, (v - date(1899, 12, 30)).days, 17 if i else 16)
            elif isinstance(v, (int, float)):
                number(2 + i, c, v)
            else:
                label(2 + i, c, v)
    dims = rec(0x0200, struct.pack("<HHHHH", 0, 2 + len(ROWS), 0, len(HEADER), 0))
    sheet = bof(0x0010) + dims + b"".join(cells) + rec(0x000A)
    return workbook_globals + sheet


def ole_streams(path):
    """The streams of a compound file LibreOffice wrote (only what is needed here: names, sizes, sector chains)."""
    d = open(path, "rb").read()
    sector = lambda n: d[512 + n * 512: 512 + (n + 1) * 512]
    fat_count, first_dir = struct.unpack_from("<II", d, 0x2C)
    difat = struct.unpack_from("<109I", d, 0x4C)[:fat_count]
    fat = []
    for s in difat:
        fat += struct.unpack("<128I", sector(s))
    mini_cutoff, first_minifat, n_minifat = struct.unpack_from("<III", d, 0x38)

    def chain(start):
        out = []
        while start < 0xFFFFFFFA:
            out.append(start)
            start = fat[start]
        return out

    dir_bytes = b"".join(sector(s) for s in chain(first_dir))
    entries = []
    for i in range(len(dir_bytes) // 128):
        e = dir_bytes[i * 128:(i + 1) * 128]
        n = struct.unpack_from("<H", e, 64)[0]
        kind = e[66]
        start, size = struct.unpack_from("<IQ", e, 116)
        entries.append((e[:max(0, n - 2)].decode("utf-16-le"), kind, start, size & 0xFFFFFFFF))
    root = entries[0]
    ministream = b"".join(sector(s) for s in chain(root[2]))
    minifat = []
    for s in chain(first_minifat):
        minifat += struct.unpack("<128I", sector(s))
    out = []
    for name, kind, start, size in entries[1:]:
        if kind != 2:
            continue
        if size < mini_cutoff:
            data = b""
            s = start
            while s < 0xFFFFFFFA:
                data += ministream[s * 64:(s + 1) * 64]
                s = minifat[s]
        else:
            data = b"".join(sector(s) for s in chain(start))
        out.append((name, data[:size]))
    return out


def with_filepass(biff8):
    """BIFF8 globals with a FILEPASS record (RC4, MS-XLS 2.4.117) right after the BOF."""
    bof_len = 4 + struct.unpack_from("<H", biff8, 2)[0]
    filepass = rec(0x002F, struct.pack("<HHH", 1, 1, 1) + os.urandom(48))
    return biff8[:bof_len] + filepass + biff8[bof_len:]


def soffice(src, target, outdir):
    env = dict(os.environ, HOME=tempfile.mkdtemp())
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/1/8/5", "--convert-to", target,
                    "--outdir", outdir, src], check=True, env=env, stdout=subprocess.DEVNULL)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    open("ledger-openpyxl.xlsx", "wb").write(openpyxl_book())
    open("ledger-1904.xlsx", "wb").write(openpyxl_book(epoch1904=True))

    lines = [TITLE + "," * (len(HEADER) - 1), ",".join(HEADER)]
    for r in ROWS:
        lines.append(",".join("" if v is None else v.isoformat() if isinstance(v, date) else str(v) for v in r))
    text = "\r\n".join(lines) + "\r\n"
    open("ledger-utf8.csv", "wb").write(text.encode("utf-8"))
    open("ledger-utf8-bom.csv", "wb").write(b"\xEF\xBB\xBF" + text.encode("utf-8"))
    open("ledger-gb18030.csv", "wb").write(text.encode("gb18030"))

    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "ledger-lo.csv")
    shutil.copy("ledger-utf8.csv", src)
    for target, name in [("xlsx", "ledger-lo.xlsx"), ("ods", "ledger-lo.ods"), ("xls:MS Excel 97", "ledger-biff8.xls")]:
        if "--keep-libreoffice" in sys.argv and os.path.exists(name):
            continue  # LibreOffice's files stay as committed; the others are made again
        soffice(src, target, tmp)
        shutil.copy(os.path.join(tmp, "ledger-lo." + target.split(":")[0]), name)
    base = open("ledger-lo.xlsx", "rb").read()
    for name, parts in variants(base).items():
        write_zip(name, parts)

    open("ledger-biff5.xls", "wb").write(cfb([("Book", biff5())]))
    streams = ole_streams("ledger-biff8.xls")
    workbook = dict(streams)["Workbook"]
    open("ledger-biff8-book.xls", "wb").write(cfb([("Book", workbook)]))
    open("protected.xls", "wb").write(cfb([("Workbook", with_filepass(workbook))]))
    info = struct.pack("<HHI", 4, 2, 0x40) + b"\0" * 64
    open("protected.xlsx", "wb").write(cfb([("EncryptionInfo", info), ("EncryptedPackage", struct.pack("<Q", 9000) + os.urandom(9008))]))

    word = {"[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" '
                           b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            "word/document.xml": b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'}
    write_zip("not-a-workbook.xlsx", word)
    parts = parts_of(base)
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:-200]
    write_zip("damaged-sheet.xlsx", parts)
    good = bytearray(base)
    marker = b"xl/worksheets/sheet1.xml"
    local = good.find(marker)  # local header's name: its data follows after the extra field
    name_len, extra_len = struct.unpack_from("<HH", good, local - 4)
    data_at = local + name_len + extra_len
    good[data_at + 20] ^= 0x55
    open("damaged-crc.xlsx", "wb").write(bytes(good))


if __name__ == "__main__":
    sys.exit(main())
