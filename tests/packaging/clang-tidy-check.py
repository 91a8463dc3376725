#!/usr/bin/env python3
"""The product code (app, ui, models, sync) passes the checked-in .clang-tidy: every check it lists is an error.

Usage: clang-tidy-check.py SOURCE_DIR BUILD_DIR   (BUILD_DIR holds compile_commands.json)

clang-tidy parses each file with all of Qt's headers, about 10 s of CPU per file on this project's
machine. A file that passed is remembered (in $XDG_CACHE_HOME/c360/clang-tidy, default ~/.cache) under
a hash of: the file, every project header Ninja recorded it includes (`ninja -t deps`), .clang-tidy,
the compile command and clang-tidy's version. So an unchanged file is not checked again, and any
change that could change its findings checks it again. Findings are never cached.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

root = Path(sys.argv[1]).resolve()
build = Path(sys.argv[2]).resolve()
commands = json.loads((build / "compile_commands.json").read_text())
product = re.compile(r"^(app|ui|models|sync)/.*\.cpp$")
cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "c360" / "clang-tidy"
cache.mkdir(parents=True, exist_ok=True)

version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True, check=True).stdout
config = (root / ".clang-tidy").read_bytes()


def ninja_deps():
    """Object file -> the files the compiler read for it, as Ninja recorded them (`ninja -t deps`)."""
    r = subprocess.run(["ninja", "-C", str(build), "-t", "deps"], capture_output=True, text=True)
    deps, current = {}, None
    for line in r.stdout.splitlines() if r.returncode == 0 else []:
        if line and not line[0].isspace():
            current = line.split(":", 1)[0]
            deps[current] = []
        elif line.strip() and current is not None:
            deps[current].append(line.strip())
    return deps


recorded = ninja_deps()


def project_deps(entry):
    """Project headers the file includes, from the build's dependency records (None when not built yet)."""
    m = re.search(r"(?:^|\s)-o\s+(\S+)", entry.get("command", " ".join(entry.get("arguments", []))))
    paths = recorded.get(m.group(1)) if m else None
    if paths is None:
        return None
    return sorted({p for p in paths if p.startswith(str(root) + "/") and "/build" not in p[len(str(root)):]})


def key(entry, rel):
    deps = project_deps(entry)
    if deps is None:
        return None
    h = hashlib.sha256()
    h.update(version.encode())
    h.update(config)
    h.update(entry.get("command", " ".join(entry.get("arguments", []))).replace(str(root), "ROOT").encode())
    h.update(rel.encode())
    for p in [str(root / rel)] + deps:
        h.update(p.replace(str(root), "ROOT").encode())
        h.update(Path(p).read_bytes())
    return h.hexdigest()


entries = {}
for e in commands:
    f = Path(e["file"]).resolve()
    try:
        rel = f.relative_to(root).as_posix()
    except ValueError:
        continue
    if product.match(rel) and "_autogen" not in rel:
        entries[rel] = e

todo, cached = [], 0
for rel, e in sorted(entries.items()):
    k = key(e, rel)
    if k and (cache / k).exists():
        cached += 1
    else:
        todo.append((rel, k))


def check(item):
    rel, k = item
    r = subprocess.run(["clang-tidy", "-p", str(build), "--quiet", str(root / rel)], capture_output=True, text=True)
    findings = [l for l in r.stdout.splitlines() if re.search(r": (error|warning): ", l)]
    if r.returncode == 0 and not findings:
        if k:
            (cache / k).touch()
        return rel, None
    return rel, r.stdout.strip() or r.stderr.strip()


failed = []
with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("C360_JOBS", os.cpu_count() or 2))) as pool:
    for rel, problem in pool.map(check, todo):
        if problem:
            failed.append(rel)
            print(problem, file=sys.stderr)

print(f"{len(entries)} files of app, ui, models and sync: {len(todo)} checked now, {cached} unchanged since they "
      f"passed, {len(failed)} with findings.")
sys.exit(1 if failed or not entries else 0)
