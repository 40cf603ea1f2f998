#!/usr/bin/env python3
"""Kill test for intake writes (issue 3; docs/cases.md §8).

Starts onetrip-intake-driver over and over and kills it with SIGKILL at a random moment:
during start-up, inside a write transaction, between the commit and the document file,
while the document is being written. Afterwards the store must pass integrity_check, every
case number the driver reported as committed must be in the store, and every document file
(finished or a leftover temporary one) must belong to a committed case.
"""
import argparse
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

# A document file is "<document number>.json" (QSaveFile's temporary: ".json.XXXXXX").
DOCUMENT = re.compile(r"^(?P<case>[A-Z0-9]{2,12}-\d{8}-[A-Z0-9]{1,4}-\d{5,9})-"
                      r"(?P<suffix>[A-Z0-9]*?(?:SL|GZ|RQ|CN|BY|JS)\d+)\.json")


def check_store(store, committed, documents_dir):
    """Every problem found; empty when the store and the documents are consistent."""
    problems = []
    con = sqlite3.connect(store)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append("integrity_check: " + "; ".join(rows))
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:5]}")
        stored = {r[0] for r in con.execute("SELECT number FROM case_record")}
        stored_documents = {r[0] for r in con.execute("SELECT number FROM case_document")}
        lost = sorted(committed - stored)
        if lost:
            problems.append(f"{len(lost)} committed cases are missing, e.g. {lost[:3]}")
        # Every case has its events; the projection's version counts them.
        bad_versions = con.execute(
            "SELECT count(*) FROM case_record r WHERE r.version != "
            "(SELECT count(*) FROM case_event e WHERE e.case_number = r.number)").fetchone()[0]
        if bad_versions:
            problems.append(f"{bad_versions} cases disagree with their events")
    finally:
        con.close()
    for name in os.listdir(documents_dir):
        m = DOCUMENT.match(name)
        if not m:
            problems.append(f"unexpected file {name}")
            continue
        if m.group("case") not in stored:
            problems.append(f"document {name} belongs to no committed case")
        elif f"{m.group('case')}-{m.group('suffix')}" not in stored_documents:
            problems.append(f"document {name} is not recorded in the store")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--budget", type=float, default=90.0, help="seconds for all the kills")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(f"seed {seed}", flush=True)
    work = tempfile.mkdtemp(prefix="onetrip-kill-")
    store = os.path.join(work, "store.sqlite")
    documents = os.path.join(work, "documents")
    os.mkdir(documents)

    init = subprocess.run([args.driver, "--store", store, "--init"], capture_output=True,
                          text=True)
    if init.returncode != 0:
        print(init.stdout, init.stderr, file=sys.stderr)
        return 1

    # How long one run lives before its kill: the start-up is part of it, so some kills land
    # before the first write; most land among the writes.
    started = time.monotonic()
    committed = set()
    printed = 0
    killed_after_commit = 0
    runs_without_commit = 0
    for i in range(args.kills):
        remaining = args.budget - (time.monotonic() - started)
        mean = max(0.02, min(0.6, remaining / max(1, args.kills - i) * 0.8))
        delay = rng.uniform(0.0, 2 * mean)
        proc = subprocess.Popen([args.driver, "--store", store, "--documents", documents],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        if proc.returncode != -signal.SIGKILL:
            print(f"run {i}: driver ended by itself ({proc.returncode}): {err.decode()}",
                  file=sys.stderr)
            return 1
        lines = out.decode(errors="replace").splitlines()
        run_committed = [l.split()[1] for l in lines if l.startswith("committed ")
                         and len(l.split()) == 2]
        committed.update(run_committed)
        printed += sum(1 for l in lines if l.startswith("printed "))
        if not run_committed:
            runs_without_commit += 1
        elif lines and lines[-1].startswith("committed "):
            killed_after_commit += 1  # killed between the commit and the finished document
        if (i + 1) % 50 == 0:
            problems = check_store(store, committed, documents)
            if problems:
                print(f"after {i + 1} kills:", *problems, sep="\n  ", file=sys.stderr)
                return 1

    problems = check_store(store, committed, documents)
    verify = subprocess.run([args.driver, "--store", store, "--verify"], capture_output=True,
                            text=True)
    if verify.returncode != 0:
        problems.append("event chain: " + verify.stdout + verify.stderr)
    elapsed = time.monotonic() - started
    print(f"{args.kills} kills in {elapsed:.1f} s: {len(committed)} committed cases, "
          f"{printed} documents written, {runs_without_commit} runs killed before their "
          f"first commit, {killed_after_commit} killed between a commit and its document; "
          f"{verify.stdout.strip().splitlines()[-1] if verify.stdout.strip() else ''}")
    if not committed:
        problems.append("no intake was ever committed: the kills tested nothing")
    if problems:
        print("FAILED (work folder kept: " + work + ")", *problems, sep="\n  ", file=sys.stderr)
        return 1
    if not args.keep:
        import shutil
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
