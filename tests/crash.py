"""Kill a desk (or a backup) with SIGKILL at random moments and check the store after each kill.

Used by ``tests/test_crash.py`` (a few dozen kills) and ``benchmarks/robustness.py`` (hundreds).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def spawn(url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    p = subprocess.Popen([sys.executable, "-m", "tests.desks", url, *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    line = p.stdout.readline()
    if line.strip() != "ready":
        p.kill()
        raise AssertionError(f"the desk did not start: {line}{p.stderr.read()}")
    return p


def kill_at_random(url: str, args: list[str], rng: random.Random, check, lo: float = 0.02, hi: float = 0.5) -> None:
    """Start a desk, let it work for a random moment, SIGKILL it, then ``check()``; a desk that
    died by itself (an exception) fails with its error output."""
    p = spawn(url, *args)
    time.sleep(rng.uniform(lo, hi))
    if p.poll() is not None:
        raise AssertionError(f"the desk stopped by itself ({p.returncode}):\n{p.stderr.read()}")
    p.send_signal(signal.SIGKILL)
    p.wait()
    p.stdout.close()
    p.stderr.close()
    check()
