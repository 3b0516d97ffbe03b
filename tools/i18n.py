"""Translations: collect source texts, fill in Chinese, build the .qm.

    python tools/i18n.py update          # pyside6-lupdate → resources/i18n/frontdesk_zh_CN.ts
    python tools/i18n.py fill FILE.tsv   # "source<TAB>translation" (untranslated ones) or
                                         # "context<TAB>source<TAB>translation" lines into the .ts
    python tools/i18n.py release         # pyside6-lrelease → frontdesk_zh_CN.qm
    python tools/i18n.py check           # lists untranslated texts; exit 1 if any
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "frontdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    py = [p for p in sorted((ROOT / "frontdesk").rglob("*.py")) if "ui/forms" not in p.as_posix()]
    return [str(p.relative_to(ROOT)) for p in py] + [str(p.relative_to(ROOT)) for p in sorted((ROOT / "forms").glob("*.ui"))]


def update() -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS)],
                   check=True, cwd=ROOT)


def messages(tree: ET.ElementTree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def fill(tsv: Path) -> None:
    """Lines "source<TAB>translation" fill the untranslated messages of that source, in every
    context; "context<TAB>source<TAB>translation" sets (or changes) one context's translation."""
    table: dict[str, str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            parts = [p.replace("\\n", "\n") for p in line.split("\t")]
            table[tuple(parts[:-1]) if len(parts) == 3 else parts[0]] = parts[-1]
    tree = ET.parse(TS)
    for ctx, msg in messages(tree):
        src = msg.findtext("source")
        t = msg.find("translation")
        open_ = t.get("type") == "unfinished" or not t.text
        if (ctx, src) in table:
            t.text = table[(ctx, src)]
            t.attrib.pop("type", None)
        elif src in table and open_:  # never overwrites another context's translation
            t.text = table[src]
            t.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)


def unfinished() -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    return [(ctx, msg.findtext("source")) for ctx, msg in messages(tree)
            if msg.find("translation").get("type") == "unfinished" or not msg.findtext("translation")]


def release() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "update":
        update()
    elif cmd == "fill":
        fill(Path(argv[1]))
    elif cmd == "release":
        release()
    missing = unfinished()
    for ctx, src in missing:
        print(f"{ctx}\t{src!r}")
    print(f"{len(missing)} untranslated", file=sys.stderr)
    return 1 if cmd == "check" and missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
