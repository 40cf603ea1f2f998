#!/usr/bin/env python3
"""Fills translations/onetrip_zh_CN.ts from the Chinese texts kept in scripts/i18n/*.tsv.

Each .tsv line: context<TAB>English source<TAB>Chinese (\\n written as backslash-n).
Run after `cmake --build build --target update_translations` (which adds new source strings
to the .ts files). Existing finished translations in the .ts are kept unless the .tsv has a
different text for the same (context, source). Prints the strings still untranslated and
exits 1 if there are any (so CI can refuse an untranslated UI with --check).
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "translations", "onetrip_zh_CN.ts")


def load_tsv():
    table = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "scripts", "i18n", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"{path}:{n}: expected 3 tab-separated columns", file=sys.stderr)
                    continue
                ctx, src, zh = (p.replace("\\n", "\n") for p in parts)
                table[(ctx, src)] = zh
    return table


def fresh_copy():
    """The .ts as lupdate would make it from today's sources, in a temporary file."""
    import shutil
    import subprocess
    import tempfile
    tmp = os.path.join(tempfile.mkdtemp(), "onetrip_zh_CN.ts")
    shutil.copy(TS, tmp)
    lupdate = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                    "-I", os.path.join(ROOT, "core"), "-I", os.path.join(ROOT, "app"),
                    *(os.path.join(ROOT, d) for d in ("core", "app", "ctl", "server", "forms")),
                    "-ts", tmp], check=True)
    return tmp


def main():
    # --check: change nothing, fail on any untranslated string of the current sources.
    check_only = "--check" in sys.argv
    # In a check only the .ts counts: it is what the .qm is built from.
    table = {} if check_only else load_tsv()
    tree = ET.parse(fresh_copy() if check_only else TS)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for message in context.iter("message"):
            src = message.findtext("source")
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            zh = table.get((ctx, src))
            if zh is not None:
                if numerus:
                    for child in list(tr):
                        tr.remove(child)
                    form = ET.SubElement(tr, "numerusform")
                    form.text = zh
                    tr.text = None
                else:
                    tr.text = zh
                tr.attrib.pop("type", None)
            elif tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or len(tr)):
                missing.append((ctx, src))
    if not check_only:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(TS, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    for ctx, src in missing:
        print(f"untranslated: [{ctx}] {src!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
