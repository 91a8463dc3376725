#!/usr/bin/env python3
"""Every translatable string is looked up at run time under the context lupdate recorded.

A .cpp file may define its own `tr(const char*)` helper that calls
QCoreApplication::translate("CONTEXT", text). lupdate cannot see through it: it records each
tr() call under the class or namespace around the call. When the two differ, the string shows
in English although the catalogue translates it. This check reads the catalogue's locations,
finds each file's helper context, and lists every string recorded under another context.
Usage: tr-context-check.py SOURCE_DIR [TS_FILE]
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
ts = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "resources/i18n/c360_zh_CN.ts"
helper = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*(?:,[^)]*)?\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)"', re.S)

contexts = {}  # file -> helper context
for path in list(root.glob("app/*.cpp")) + list(root.glob("ui/*.cpp")) + list(root.glob("models/**/*.cpp")) + list(root.glob("sync/*.cpp")):
    m = helper.search(path.read_text(encoding="utf-8"))
    if m:
        contexts[path.relative_to(root).as_posix()] = m.group(1)

# Classes with their own tr(): inside their members an unqualified tr() is theirs, under the
# context lupdate records (Q_DECLARE_TR_FUNCTIONS(full::Name), or Q_OBJECT's class name).
declared, qobjects = set(), set()
for path in root.glob("**/*.[ch]*"):
    if "build" in path.parts or path.suffix not in (".h", ".cpp"):
        continue
    text = path.read_text(encoding="utf-8", errors="replace")
    declared.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
    qobjects.update(re.findall(r"class\s+(\w+)[^{;]*\{\s*Q_OBJECT", text))

bad = []
tree = ET.parse(ts)
last_file, last_line = None, {}  # lupdate numbers each location relative to the file's previous one
for ctx in tree.getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        source = msg.findtext("source")
        for loc in msg.iter("location"):
            fn = loc.get("filename")
            if fn is not None:
                last_file = fn.replace("../../", "")
            ln = loc.get("line", "0")
            line = last_line.get(last_file, 0) + int(ln) if ln[0] in "+-" else int(ln)
            last_line[last_file] = line
            want = contexts.get(last_file)
            if want is None or want == name or name in declared or name.split("::")[-1] in qobjects:
                continue
            # Only unqualified tr( calls go through the file's helper.
            try:
                text = (root / last_file).read_text(encoding="utf-8").splitlines()[line - 1]
            except (OSError, IndexError):
                continue
            if re.search(r'(?<![\w:.>])tr\(', text):
                bad.append(f"{last_file}:{line}: \"{source}\" recorded as {name}, looked up as {want}")

if bad:
    print(f"{len(bad)} string(s) are looked up under another context than the catalogue's:", file=sys.stderr)
    print("\n".join("  " + b for b in bad), file=sys.stderr)
    sys.exit(1)
print(f"{len(contexts)} files with a tr() helper checked against {ts.name}: contexts agree.")
