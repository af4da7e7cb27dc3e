#!/usr/bin/env bash
# Formatting against .clang-format, with clang-format --dry-run -Werror:
#   check_format.sh SOURCE_DIR            the files in formatted-files.txt (already clean: they must stay so)
#                                         and every C++ file changed since the commit in format-base
#   check_format.sh SOURCE_DIR --update   add every file that is clean now to formatted-files.txt
# The tree was not formatted when the check came in (issue 17); the list grows as files are touched, and
# once every file is in it the list can give way to the whole tree.
set -euo pipefail
src=$1
here=$(cd "$(dirname "$0")" && pwd)
list=$here/formatted-files.txt
cd "$src"
code_files() { grep -E '^(app|ui|database|tests)/.*\.(cpp|h)$' || true; }

if [[ ${2:-} == --update ]]; then
    git ls-files | code_files | while read -r f; do
        if clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then echo "$f"; fi
    done | sort -u > "$list"
    echo "$(wc -l < "$list") clean file(s) listed in $list"
    exit 0
fi

files=$(grep -v '^#' "$list" || true)
if git rev-parse --git-dir >/dev/null 2>&1 && [[ -s $here/format-base ]]; then
    base=$(head -1 "$here/format-base")
    if git cat-file -e "$base^{commit}" 2>/dev/null; then
        files+=$'\n'$(git diff --name-only --diff-filter=AM "$base" HEAD | code_files)
    fi
fi
bad=0
checked=0
for f in $(printf '%s\n' "$files" | sort -u); do
    [[ -f $f ]] || continue
    checked=$((checked + 1))
    if ! clang-format --dry-run -Werror "$f" 2>/dev/null; then
        echo "not formatted: $f   (clang-format -i $f)"
        bad=$((bad + 1))
    fi
done
echo "$checked file(s) checked, $bad not formatted"
[[ $bad -eq 0 ]]
