#!/usr/bin/env python3
"""Guards the layering of architecture.md that a compiler cannot see.

  check_structure.py SOURCE_DIR sql        no sqlite3_ call and no SQL text outside database/; ui/ includes
                                           no database/ header but Database.h
  check_structure.py SOURCE_DIR functions  no function body longer than MAX_LINES outside tests/
  check_structure.py SOURCE_DIR report     both lists, without failing (for measuring)

Exit status 1 names every offending file and line.
"""
import os
import re
import sys

MAX_LINES = 100
CODE_DIRS = ("app", "ui")            # database/ is where SQL lives; tests/ may poke at tables
ALL_DIRS = ("app", "ui", "database")

# SQL text: a string literal that starts like a statement or carries a clause only SQL has.
SQL_LITERAL = re.compile(
    r'"\s*(SELECT\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TEMP\s+|UNIQUE\s+)?'
    r'(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL)\s|DROP\s+(TABLE|TRIGGER|INDEX|VIEW)\s|PRAGMA\s|BEGIN\s*(IMMEDIATE|DEFERRED)?\s*"|'
    r'COMMIT"|ROLLBACK|SAVEPOINT\s|RELEASE\s|ATTACH\s|DETACH\s|WITH\s+RECURSIVE\s|VACUUM|ANALYZE"|REPLACE\s+INTO\s)'
    r'|\b(FROM|JOIN)\s+[a-z_]+\s+(WHERE|ON|ORDER|GROUP|LIMIT)\b|\bWHERE\s+[a-z_.]+\s*(=|IN\s*\(|IS\s)')
# ui/ gets services, not repositories: the only database header a widget file may include is the handle that the
# composition root (AppServices, MainWindow) opens and passes on.
UI_DATABASE_INCLUDE = re.compile(r'#include\s+"database/(?!Database\.h")')
SQL_API = re.compile(r'\bsqlite3_\w+|\bQSqlQuery\b|\bQSqlDatabase\b|\bQSqlRecord\b')


def sources(root, dirs, exts):
    for d in dirs:
        for base, _, files in os.walk(os.path.join(root, d)):
            for f in sorted(files):
                if f.endswith(exts):
                    yield os.path.join(base, f)


def sql_offences(root):
    out = []
    for path in sources(root, CODE_DIRS, (".cpp", ".h")):
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                code = line.split("//", 1)[0] if '"' not in line.split("//", 1)[0][-1:] else line
                if SQL_API.search(code):
                    out.append(f"{rel}:{no}: database API outside database/: {line.strip()}")
                elif SQL_LITERAL.search(code) and not code.lstrip().startswith(("//", "*")):
                    out.append(f"{rel}:{no}: SQL text outside database/: {line.strip()}")
                elif rel.startswith("ui" + os.sep) and UI_DATABASE_INCLUDE.search(code):
                    out.append(f"{rel}:{no}: a widget includes a repository (ask a service): {line.strip()}")
    return out


HEAD = re.compile(r'^[A-Za-z_].*[)\w>&*]\s*(const)?\s*(noexcept)?\s*(override)?\s*$|^[A-Za-z_].*\)\s*:\s*\w.*$|^\s+:\s')


def functions(path):
    """(start line, length, name) of each top-level body: a '{' alone in column 0 closed by '}' in column 0."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].rstrip() == "{":
            # name: the nearest line above that is not an initialiser-list line
            j = i - 1
            while j > 0 and (lines[j].startswith((" ", "\t", ":", ",")) or lines[j].strip() == ""):
                j -= 1
            name = lines[j].strip()
            k = i + 1
            while k < len(lines) and not lines[k].startswith("}"):
                k += 1
            if not name.startswith(("namespace", "struct", "class", "enum", "static const", "const ", "constexpr")) \
                    or "(" in name:
                if "(" in name and not name.endswith(("=", "[]")) and not re.search(r'\[\]\s*=\s*$', name):
                    out.append((i + 1, k - i + 1, name))
            i = k
        i += 1
    return out


def long_functions(root):
    out = []
    for path in sources(root, ALL_DIRS, (".cpp",)):
        rel = os.path.relpath(path, root)
        for start, length, name in functions(path):
            if length > MAX_LINES:
                out.append((length, f"{rel}:{start}: {length} lines: {name}"))
    return [text for _, text in sorted(out, reverse=True)]


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("sql", "functions", "report"):
        sys.exit(__doc__)
    root, what = sys.argv[1], sys.argv[2]
    found = []
    if what in ("sql", "report"):
        sql = sql_offences(root)
        print(f"{len(sql)} line(s) of SQL or database API outside database/")
        found += sql
        for s in sql:
            print("  " + s)
    if what in ("functions", "report"):
        longf = long_functions(root)
        print(f"{len(longf)} function(s) longer than {MAX_LINES} lines")
        found += longf
        for s in longf:
            print("  " + s)
    if what != "report" and found:
        sys.exit(1)


if __name__ == "__main__":
    main()
