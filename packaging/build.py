"""Build the one-folder bundle and prove it works — on Linux (``bash packaging/build``) and on
Windows (``py packaging\\build.py``). Standard library only: it runs before any virtual environment.

1. A clean virtual environment (``build/package/venv``) gets Frontdesk installed from the checkout
   as a wheel, and PyInstaller.
2. PyInstaller builds ``build/package/dist/frontdesk/`` from ``packaging/frontdesk.spec``.
3. The bundle is copied to a folder whose name has Chinese characters and spaces and its
   ``selftest`` runs there with ``PATH``, ``PYTHONPATH`` and the checkout out of reach (a bare
   environment, another working folder). Then one shipped file is removed from the copy and the
   self-test must fail naming it.
4. Size and start-up time (launch → log-in window, median of 5) of the bundle are printed beside
   those of the same program run from the virtual environment. The bundle must stay under
   ``--max-mb`` (150).

Exit status 0 only if everything held. ``--reuse-venv`` skips step 1 when the venv exists (for a
maintainer trying changes to the spec; CI always builds clean).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def run(cmd: list, **kwargs) -> None:
    say(" ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def bare_env(tmp: Path, **extra: str) -> dict[str, str]:
    """What a desk PC's session has, and nothing of this machine's Python or of the checkout."""
    keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "NUMBER_OF_PROCESSORS", "PROCESSOR_ARCHITECTURE")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    system = [os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\system32", os.environ.get("SYSTEMROOT", r"C:\Windows")] \
        if WINDOWS else ["/usr/bin", "/bin"]
    home = tmp / "home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(PATH=os.pathsep.join(system), HOME=str(home), USERPROFILE=str(home), TEMP=str(tmp), TMP=str(tmp),
               TMPDIR=str(tmp), LOCALAPPDATA=str(home / "AppData" / "Local"), APPDATA=str(home / "AppData" / "Roaming"),
               LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def selftest(exe: Path, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), "selftest"], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=600)


def startup_seconds(cmd: list, env: dict, cwd: Path, runs: int = 5) -> float:
    """Median wall time from launching the program to its log-in window on screen."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen([str(c) for c in cmd] + ["gui", "--smoke"], env=env, cwd=cwd, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")
        for line in p.stdout:
            if line.startswith("login window shown"):
                times.append(time.perf_counter() - t0)
                break
        p.kill()
        p.wait()
    if not times:
        raise SystemExit("[build] the log-in window never showed (see `frontdesk gui --smoke`)")
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "package")
    ap.add_argument("--reuse-venv", action="store_true")
    ap.add_argument("--max-mb", type=float, default=150.0)
    ap.add_argument("--python", default=sys.executable, help="the Python to build with (3.11+)")
    args = ap.parse_args()
    work, venv = args.work.resolve(), args.work.resolve() / "venv"
    py = venv_python(venv)
    started = time.perf_counter()
    if not (args.reuse_venv and py.exists()):
        shutil.rmtree(venv, ignore_errors=True)
        run([args.python, "-m", "venv", venv])
        run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"])
        run([py, "-m", "pip", "install", "-q", f"{ROOT}[package]"])
    else:
        run([py, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(ROOT)])
    dist = work / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    run([py, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", dist,
         "--workpath", work / "pyinstaller", ROOT / "packaging" / "frontdesk.spec"], cwd=work)
    bundle = dist / "frontdesk"
    cli = "frontdesk-cli" if WINDOWS else "frontdesk"
    failures = []
    with tempfile.TemporaryDirectory(prefix="frontdesk-bundle-") as t:
        tmp = Path(t)
        copy = tmp / "前台 程序" / "frontdesk"  # Chinese characters and a space, as under 程序 Files
        shutil.copytree(bundle, copy, symlinks=True)
        env = bare_env(tmp / "session")
        say(f"self-test of the bundle in {copy} (bare environment, no Python, no checkout)")
        result = selftest(copy / f"{cli}{EXE}", env, cwd=tmp)
        print(result.stdout + result.stderr, flush=True)
        if result.returncode != 0:
            failures.append(f"the bundle's self-test failed (exit {result.returncode})")
        # a bundle that lost a file must say which
        font = next(copy.rglob("wqy-microhei.ttc"))
        font.unlink()
        broken = selftest(copy / f"{cli}{EXE}", env, cwd=tmp)
        named = [ln for ln in broken.stdout.splitlines() if "wqy-microhei.ttc" in ln]
        if broken.returncode == 0 or not named:
            failures.append("a bundle without its font passed the self-test or did not name the file")
        else:
            say(f"without its font the bundle fails, naming it: {named[0][:120]}")
        # size and start-up beside the venv program
        store = tmp / "store"
        runtime = bare_env(tmp / "startup", FRONTDESK_HOME=str(store), FRONTDESK_CONFIG=str(tmp / "config"),
                           FRONTDESK_USER="zhuguan", FRONTDESK_PASSWORD="Demo2026")
        bundled = [bundle / f"{cli}{EXE}"]
        from_venv = [py, "-m", "frontdesk"]
        subprocess.run([str(c) for c in bundled] + ["demo"], env=runtime, cwd=tmp, check=True, capture_output=True)
        subprocess.run([str(c) for c in bundled] + ["gui", "--smoke"], env=runtime, cwd=tmp,  # the log-in cache
                       capture_output=True)
        sizes = {"bundle": size_mb(bundle), "venv": size_mb(venv)}
        times = {"venv": startup_seconds(from_venv, runtime, tmp), "bundle": startup_seconds(bundled, runtime, tmp)}
    print(f"\n{'':8}{'size':>10}{'start-up (launch → log-in window, median of 5)':>52}")
    for what in ("bundle", "venv"):
        print(f"{what:8}{sizes[what]:>8.0f} MB{times[what]:>50.2f} s")
    if sizes["bundle"] > args.max_mb:
        failures.append(f"the bundle is {sizes['bundle']:.0f} MB, over {args.max_mb:.0f} MB")
    if times["bundle"] > times["venv"] * 1.15:
        say(f"note: the bundle started slower than the venv program ({times['bundle']:.2f} s vs {times['venv']:.2f} s)")
    say(f"done in {time.perf_counter() - started:.0f} s: {bundle}")
    for f in failures:
        say(f"FAILED: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
