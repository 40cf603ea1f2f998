#!/usr/bin/env python3
"""Fault test for sync (docs/api.md, "Faults the sync survives").

Starts a throwaway PostgreSQL cluster (tests/integration/pg_cluster.sh, its own port and
folder) and the real onetrip-server on it, bootstraps a hall and its staff, prepares three
terminal stores with onetripctl (hall set, demo init, generate). Each terminal reaches the
server only through its own fault proxy (fault_proxy.py).

0. Joins: each terminal registers while the answers to its registration are lost, reset or
   cut; two worked standalone and keep their codes, the third is new.
1. Cycles (three terminals at once, --cycles in all): a terminal records a few new cases,
   its proxy is switched to a random fault (drop the request, drop the answer after the
   server committed, duplicate, delay, reset, truncate either way, 502, partition; for
   every request or half of them, for every path or only push or pull), `onetripctl sync
   --retry-for 60` starts, the fault stays on for a random time, then heals. The sync must
   end well and the outbox be empty within 60 s of the healing (the longest is reported).
2. Server kills: a terminal with a large outbox (--batch events) syncs, the server is
   killed with SIGKILL at a random moment and started again, twice per sync; the sync must
   finish by itself (it retries). The other terminals keep syncing meanwhile.
3. Client kills: a terminal with a large outbox syncs and `onetripctl sync` is killed with
   SIGKILL at a random moment; the store must stay sound, and a later sync must finish it.

Then every terminal syncs once more and the server's database and every store must agree:
each terminal's events exist exactly once on the server, applied, with the same hash; no
event was rejected; the feed has no gap or double; every terminal holds every event and
every case with the same projections (SyncHarness::projections); nothing waits, no
conflict; `onetrip-server audit verify` and `onetripctl audit verify` pass.
"""
import argparse
import collections
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fault_proxy  # noqa: E402

PG_CLUSTER = os.path.join(HERE, "..", "integration", "pg_cluster.sh")
HALL = "JNLX"
HALL_NAME = "历下区政务服务中心"
PASSWORD = "password1"
RETRY_FOR = 60  # onetripctl sync --retry-for
DRAIN_LIMIT = 60.0  # seconds from the healing to an empty outbox

# (mode, weight): answers lost after the server committed are the heart of the matter.
FAULTS = [("drop-request", 2), ("drop-response", 4), ("duplicate", 3), ("delay", 2),
          ("reset", 3), ("truncate-request", 2), ("truncate-response", 2),
          ("bad-gateway", 2), ("partition", 2), ("pass", 1)]
# Which requests a fault hits: all, or only the pushes (sign-in passes, the answer to a
# push is what gets lost), or only the pulls.
PREFIXES = [("", 3), ("/api/v1/push", 5), ("/api/v1/pull", 2)]


def deadline_index():
    """The worklists' deadline index (CaseClockIndex): each terminal's own cache, counted
    when a list is read (generate counts it before it ends), so not compared between
    terminals. Its columns as CaseClockIndex::columns() names them, read from that source
    so that a column added there cannot be missed here."""
    source = os.path.join(HERE, "..", "..", "core", "worklist", "CaseClockIndex.cpp")
    with open(source, encoding="utf-8") as f:
        body = f.read().split("CaseClockIndex::columns()", 1)[1].split("return names;", 1)[0]
    names = set(re.findall(r'QStringLiteral\("(\w+)"\)', body))
    if not {"clock_stale", "clock_due"} <= names:
        raise SystemExit("cannot read the deadline index's columns from " + source)
    return names


DEADLINE_INDEX = deadline_index()
# The projections compared between terminals (as SyncHarness::projections); "{record}" is
# case_record's columns but the deadline index.
PROJECTIONS = ["SELECT {record} FROM case_record ORDER BY number",
               "SELECT * FROM case_check ORDER BY 1, 2",
               "SELECT * FROM case_visit ORDER BY 1, 2",
               "SELECT * FROM case_document ORDER BY 1",
               "SELECT * FROM applicant ORDER BY 1"]


class Failure(Exception):
    pass


def weighted(rng, table):
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


class Postgres:
    """The server's database: a throwaway cluster of its own, queried with psql."""

    def __init__(self, folder, port):
        self.folder, self.port = folder, port

    @property
    def url(self):
        return f"postgresql://postgres@127.0.0.1:{self.port}/onetrip_faults"

    def start(self):
        subprocess.run(["bash", PG_CLUSTER, "start", self.folder, str(self.port)], check=True,
                       stdout=subprocess.DEVNULL)
        # The port asked for, or the next free one when another checkout's tests hold it.
        with open(os.path.join(self.folder, "port")) as f:
            self.port = int(f.read())
        self.query("CREATE DATABASE onetrip_faults", database="postgres")

    def stop(self):
        subprocess.run(["bash", PG_CLUSTER, "stop", self.folder], check=False)

    def query(self, sql, database="onetrip_faults"):
        r = subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U",
                            "postgres", "-d", database, "-At", "-F", "\t", "-v",
                            "ON_ERROR_STOP=1", "-c", sql], capture_output=True, text=True)
        if r.returncode != 0:
            raise Failure(f"psql {sql!r}: {r.stderr.strip()}")
        return [line.split("\t") for line in r.stdout.splitlines()]


class SqliteServerDb:
    """The server's database as a SQLite file (--engine sqlite, for a quick local run)."""

    def __init__(self, folder):
        self.path = os.path.join(folder, "server.db")
        self.url = "sqlite://" + self.path

    def start(self):
        pass

    def stop(self):
        pass

    def query(self, sql):
        con = sqlite3.connect(self.path, timeout=30)
        try:
            return [["" if v is None else str(v) for v in row] for row in con.execute(sql)]
        finally:
            con.close()


class Server:
    def __init__(self, binary, database, folder, env):
        self.binary, self.database, self.env = binary, database, env
        self.log_path = os.path.join(folder, "server.log")
        self.process = None
        self.port = None
        self.starts = 0

    def command(self, *args, password=None):
        r = subprocess.run([self.binary, "--database", self.database.url, "--language", "en",
                            *args], input=(password + "\n") if password else "",
                           capture_output=True, text=True, env=self.env, timeout=120)
        return r

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(
            [self.binary, "--database", self.database.url, "--listen", "127.0.0.1:0",
             "--language", "en", "--login-attempts-per-minute", "100000"],
            stdout=subprocess.PIPE, stderr=log, text=True, env=self.env)
        log.close()
        line = self.process.stdout.readline()
        if not line.startswith("listening "):
            self.process.kill()
            raise Failure(f"the server did not start: {line!r}; see {self.log_path}")
        self.port = int(line.split()[1])
        self.starts += 1
        return self.port

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self.process.stdout.close()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(60)
        self.process.stdout.close()
        return code


class Terminal:
    def __init__(self, ctl, folder, code, env, proxies, server_port, rng):
        self.ctl, self.code, self.env = ctl, code, env
        self.store = os.path.join(folder, f"terminal-{code}.sqlite")
        self.proxies = proxies
        self.proxy = proxies.proxy(("127.0.0.1", server_port), rng.randrange(1 << 30))
        self.url = f"http://127.0.0.1:{self.proxy.port}"
        self.generated = 0

    def run(self, *args, check=True, timeout=300):
        r = subprocess.run([self.ctl, "--store", self.store, *args], capture_output=True,
                           text=True, env=self.env, timeout=timeout)
        if check and r.returncode != 0:
            raise Failure(f"{self.code}: onetripctl {' '.join(args)} -> {r.returncode}: "
                          f"{r.stdout}{r.stderr}")
        return r

    def prepare(self, cases, seed):
        self.run("hall", "set", HALL, self.code, HALL_NAME)
        self.run("demo", "init")
        if cases:
            self.generate(cases, seed)

    def reload_code(self):
        """The terminal code the store has now (the server may have given it one)."""
        self.code = self.run("hall", "show").stdout.split()[1]

    def generate(self, cases, seed):
        # The intake mix only: the server of this test has no agent (the lived mix carries 代办).
        self.run("generate", "--cases", str(cases), "--seed", str(seed), "--terminals", "1",
                 "--intake-only")
        self.generated += cases

    def sync_process(self, user="clerk01", retry_for=RETRY_FOR):
        p = subprocess.Popen([self.ctl, "--store", self.store, "sync", "--server", self.url,
                              "--user", user, "--retry-for", str(retry_for)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=self.env)
        p.stdin.write(PASSWORD + "\n")
        p.stdin.close()
        p.stdin = None  # communicate() must not touch it again
        return p

    def sync(self, user="clerk01", retry_for=RETRY_FOR):
        p = self.sync_process(user, retry_for)
        out, err = p.communicate(timeout=retry_for + 60)
        if p.returncode != 0:
            raise Failure(f"{self.code}: sync -> {p.returncode}: {out}{err}")
        return out, err

    def query(self, sql):
        con = sqlite3.connect(self.store, timeout=30)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def outbox(self):
        return self.query(
            f"SELECT count(*) FROM case_event WHERE hall_code = '{HALL}' AND terminal_code = "
            f"'{self.code}' AND terminal_seq > (SELECT pushed_through FROM sync_state "
            f"WHERE id = 1)")[0][0]

    def conflicts(self):
        return self.query("SELECT count(*) FROM case_conflict")[0][0]

    def own_events(self):
        return {(r[0], r[1], r[2]) for r in self.query(
            f"SELECT id, terminal_seq, hash FROM case_event WHERE hall_code = '{HALL}' AND "
            f"terminal_code = '{self.code}'")}

    def projections(self):
        con = sqlite3.connect(self.store, timeout=30)
        try:
            record = ", ".join(r[1] for r in con.execute("PRAGMA table_info(case_record)")
                               if r[1] not in DEADLINE_INDEX)
            return "\n".join("|".join("" if v is None else str(v) for v in row)
                             for sql in PROJECTIONS
                             for row in con.execute(sql.format(record=record)))
        finally:
            con.close()

    def integrity(self):
        return [r[0] for r in self.query("PRAGMA integrity_check")]

    def set_mode(self, mode, probability=1.0, prefix=""):
        self.proxies.set_mode(self.proxy, mode, probability, prefix)

    def top_up(self, events, rng):
        """Records cases until at least `events` of this terminal's wait to be sent."""
        while self.outbox() < events:
            missing = events - self.outbox()
            self.generate(max(1, missing // 6 + 5), rng.randrange(1 << 30))


class Figures:
    def __init__(self):
        self.lock = threading.Lock()
        self.cycles = 0
        self.drains = []  # seconds from the healing to an empty outbox
        self.modes = collections.Counter()
        self.retried = 0  # cycles in which the sync had to retry at least once
        self.retries = 0

    def add(self, mode, drain, retries):
        with self.lock:
            self.cycles += 1
            self.drains.append(drain)
            self.modes[mode] += 1
            self.retries += retries
            self.retried += retries > 0


def run_cycles(terminal, rng, count, figures, stop, errors, ctr, verbose):
    """The cycles of one terminal; `ctr` hands out cycle numbers across the terminals."""
    try:
        while not stop.is_set():
            with ctr["lock"]:
                if ctr["next"] >= count:
                    return
                number = ctr["next"]
                ctr["next"] += 1
            terminal.generate(rng.randint(1, 3), rng.randrange(1 << 30))
            mode = weighted(rng, FAULTS)
            probability = rng.choice([1.0, 1.0, 0.5])
            prefix = weighted(rng, PREFIXES) if mode != "partition" else ""
            duration = rng.uniform(0.2, 1.6)
            terminal.set_mode(mode, probability, prefix)
            started = time.monotonic()
            p = terminal.sync_process(user=rng.choice(["clerk01", "clerk01", "super01"]))
            try:
                p.wait(duration)
            except subprocess.TimeoutExpired:
                pass
            terminal.set_mode("heal")
            healed = time.monotonic()
            try:
                out, err = p.communicate(timeout=DRAIN_LIMIT + 30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.communicate()
                raise Failure(f"cycle {number} ({terminal.code}, {mode}): the sync did not end "
                              f"within {DRAIN_LIMIT + 30:.0f} s of the healing")
            ended = time.monotonic()
            drain = max(0.0, ended - healed)
            retries = err.count("retrying in ")
            if p.returncode != 0:
                raise Failure(f"cycle {number} ({terminal.code}, {mode} p={probability} "
                              f"{prefix or 'all'}): sync -> {p.returncode}\n{out}{err}")
            waiting = terminal.outbox()
            if waiting:
                raise Failure(f"cycle {number} ({terminal.code}, {mode}): {waiting} events "
                              f"still wait after the sync ended\n{out}{err}")
            if drain > DRAIN_LIMIT:
                raise Failure(f"cycle {number} ({terminal.code}, {mode}): the outbox drained "
                              f"{drain:.1f} s after the healing")
            figures.add(f"{mode}", drain, retries)
            if verbose:
                print(f"cycle {number:3d} {terminal.code} {mode:17s} p={probability:.1f} "
                      f"{prefix or 'all':13s} fault {duration:4.2f} s, sync "
                      f"{ended - started:5.2f} s, drain {drain:5.2f} s, {retries} retries",
                      flush=True)
    except Exception as e:  # noqa: BLE001 - reported by the main thread
        errors.append(e)
        stop.set()


def check(db, server, terminals, expect_rejected=0):
    """Every way in which the server and the terminals disagree; empty when they agree."""
    problems = []
    total, distinct = (int(v) for v in db.query(
        "SELECT count(*), count(DISTINCT id) FROM sync_event")[0])
    if total != distinct:
        problems.append(f"{total} events on the server, {distinct} distinct ids: doubled")
    rejected = int(db.query("SELECT count(*) FROM sync_event WHERE state = 'rejected'")[0][0])
    if rejected != expect_rejected:
        rows = db.query("SELECT terminal_code, terminal_seq, reject_code, reject_reason FROM "
                        "sync_event WHERE state = 'rejected' LIMIT 5")
        problems.append(f"{rejected} rejected events on the server, e.g. {rows}")
    applied, cursors, low, high = db.query(
        "SELECT count(*), count(DISTINCT feed_cursor), coalesce(min(feed_cursor), 0), "
        "coalesce(max(feed_cursor), 0) FROM sync_event WHERE state = 'applied'")[0]
    applied, cursors, low, high = int(applied), int(cursors), int(low), int(high)
    if not (applied == cursors == high and low == min(1, applied)):
        problems.append(f"the feed has gaps or doubles: {applied} applied, {cursors} cursors "
                        f"from {low} to {high}")
    hall_cursor = int(db.query(f"SELECT feed_cursor FROM hall WHERE code = '{HALL}'")[0][0])
    if hall_cursor != high:
        problems.append(f"hall feed_cursor {hall_cursor}, highest event cursor {high}")
    server_ids = set()
    for t in terminals:
        on_server = {(r[0], int(r[1]), r[2]) for r in db.query(
            f"SELECT id, terminal_seq, hash FROM sync_event WHERE hall_code = '{HALL}' AND "
            f"terminal_code = '{t.code}' AND state = 'applied'")}
        server_ids |= {e[0] for e in on_server}
        own = t.own_events()
        if own != on_server:
            problems.append(f"{t.code}: {len(own - on_server)} own events missing on the "
                            f"server, {len(on_server - own)} on the server it does not have")
        last = db.query(f"SELECT last_seq FROM terminal WHERE hall_code = '{HALL}' AND code = "
                        f"'{t.code}'")
        if not last or int(last[0][0]) != len(own):
            problems.append(f"{t.code}: the server's last_seq is {last}, it has {len(own)} "
                            f"events")
    cases = int(db.query("SELECT count(*) FROM case_head")[0][0])
    reference = None
    for t in terminals:
        if t.outbox():
            problems.append(f"{t.code}: {t.outbox()} events still wait")
        if t.conflicts():
            problems.append(f"{t.code}: {t.conflicts()} conflicts")
        ids = {r[0] for r in t.query("SELECT id FROM case_event")}
        if ids != server_ids:
            problems.append(f"{t.code}: {len(server_ids - ids)} of the hall's events missing, "
                            f"{len(ids - server_ids)} the server does not have")
        count = t.query("SELECT count(*) FROM case_event")[0][0]
        if count != len(ids):
            problems.append(f"{t.code}: {count} events but {len(ids)} distinct ids")
        here = t.query("SELECT count(*) FROM case_record")[0][0]
        if here != cases:
            problems.append(f"{t.code}: {here} cases, the server {cases}")
        cursor = t.query("SELECT pull_cursor FROM sync_state WHERE id = 1")[0][0]
        if cursor != high:
            problems.append(f"{t.code}: pull cursor {cursor}, the feed ends at {high}")
        if t.integrity() != ["ok"]:
            problems.append(f"{t.code}: integrity_check {t.integrity()[:3]}")
        projections = t.projections()
        if reference is None:
            reference = (t.code, projections)
        elif projections != reference[1]:
            a, b = reference[1].splitlines(), projections.splitlines()
            diff = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            problems.append(f"{t.code}: projections differ from {reference[0]}'s (line {diff}: "
                            f"{a[diff][:120] if diff < len(a) else '-'} / "
                            f"{b[diff][:120] if diff < len(b) else '-'})")
        audit = t.run("audit", "verify", check=False)
        if audit.returncode != 0:
            problems.append(f"{t.code}: onetripctl audit verify: {audit.stdout}{audit.stderr}")
    audit = server.command("audit", "verify")
    if audit.returncode != 0 or "ok," not in audit.stdout:
        problems.append(f"onetrip-server audit verify: {audit.stdout}{audit.stderr}")
    return problems, {"events": applied, "cases": cases, "audit": audit.stdout.strip()}


class Bystanders:
    """The other terminals keep syncing (pulling what the busy one pushes) meanwhile, so
    the kills hit them too; each sync must end well by itself."""

    def __init__(self, terminals):
        self.terminals = terminals
        self.stop = threading.Event()
        self.errors = []
        self.syncs = 0
        self.threads = [threading.Thread(target=self._run, args=(t,)) for t in terminals]

    def _run(self, terminal):
        try:
            while not self.stop.wait(1.0):
                terminal.sync()
                self.syncs += 1
        except Exception as e:  # noqa: BLE001 - reported by finish()
            self.errors.append(e)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join()
        if self.errors and not exc[0]:
            raise Failure(f"a terminal syncing meanwhile failed: {self.errors[0]}")


def calibrate(terminal, rng, batch):
    """How long an undisturbed sync of `batch` events takes."""
    terminal.top_up(batch, rng)
    started = time.monotonic()
    terminal.sync()
    return time.monotonic() - started


def kill_server(server, terminal, others, proxies, rng, kills, batch, verbose):
    """SIGKILL of the server while `terminal` pushes a large outbox, then a restart; twice
    in each sync (the second kill lands at a random moment of the retried sync)."""
    duration = calibrate(terminal, rng, batch)
    hit = 0
    longest = 0.0
    done = 0
    while done < kills:
        terminal.top_up(batch, rng)
        p = terminal.sync_process()
        notes = []
        for _ in range(min(2, kills - done)):
            delay = rng.uniform(0.0, duration * 0.9)
            time.sleep(delay)
            running = p.poll() is None
            hit += running
            notes.append(f"{delay:4.2f} s{'' if running else ' (after the sync)'}")
            server.kill()
            time.sleep(rng.uniform(0.0, 0.5))
            restarted = time.monotonic()
            port = server.start()
            for t in [terminal] + others:
                proxies.set_upstream(t.proxy, ("127.0.0.1", port))
            done += 1
        out, err = p.communicate(timeout=RETRY_FOR + 60)
        finished = time.monotonic() - restarted
        longest = max(longest, finished)
        retries = err.count("retrying in ")
        if p.returncode != 0:
            raise Failure(f"server kill {done}: sync -> {p.returncode}\n{out}{err}")
        if terminal.outbox():
            raise Failure(f"server kill {done}: {terminal.outbox()} events still wait")
        if verbose:
            print(f"server kills at {', '.join(notes)} of a {duration:4.2f} s sync: "
                  f"{retries} retries, done {finished:4.2f} s after the last restart",
                  flush=True)
    return {"kills": kills, "interrupted": hit, "sync": duration, "longest": longest}


def kill_client(terminal, rng, kills, batch, duration, verbose):
    """SIGKILL of onetripctl sync at random moments while it pushes a large outbox."""
    hit = 0
    for i in range(kills):
        if terminal.outbox() < batch // 2:  # what a kill left waiting is sent by the next
            terminal.top_up(batch, rng)
        before = terminal.outbox()
        p = terminal.sync_process()
        delay = rng.uniform(0.0, duration * 1.1)
        time.sleep(delay)
        running = p.poll() is None
        p.send_signal(signal.SIGKILL)
        out, err = p.communicate(timeout=30)
        hit += running
        if not running and p.returncode != 0:
            raise Failure(f"client kill {i}: sync -> {p.returncode}\n{out}{err}")
        integrity = terminal.integrity()
        if integrity != ["ok"]:
            raise Failure(f"client kill {i}: the store is damaged: {integrity[:3]}")
        if verbose:
            print(f"client kill {i:2d} at {delay:4.2f} s "
                  f"({'during the sync' if running else 'after it'}): {before} -> "
                  f"{terminal.outbox()} waiting", flush=True)
    out, _ = terminal.sync()
    if terminal.outbox():
        raise Failure(f"after the client kills {terminal.outbox()} events still wait: {out}")
    return {"kills": kills, "interrupted": hit}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--server", default=os.environ.get("ONETRIP_SERVER"),
                    help="onetrip-server binary (default $ONETRIP_SERVER)")
    ap.add_argument("--ctl", default=os.environ.get("ONETRIP_CTL"),
                    help="onetripctl binary (default $ONETRIP_CTL)")
    ap.add_argument("--engine", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--pg-port", type=int, default=55433)
    ap.add_argument("--cycles", type=int, default=200)
    ap.add_argument("--terminals", type=int, default=3)
    ap.add_argument("--kills", type=int, default=20, help="server kills, and client kills")
    ap.add_argument("--batch", type=int, default=2000, help="events in flight for a kill")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--work", default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    if not args.server or not args.ctl:
        ap.error("give --server and --ctl (or $ONETRIP_SERVER and $ONETRIP_CTL)")

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(f"seed {seed}", flush=True)
    if args.work and os.path.exists(args.work):  # left by an earlier run: start afresh
        subprocess.run(["bash", PG_CLUSTER, "stop", os.path.join(args.work, "pg")],
                       check=False, stderr=subprocess.DEVNULL)
        shutil.rmtree(args.work)
    work = args.work or tempfile.mkdtemp(prefix="onetrip-sync-faults-")
    os.makedirs(work, exist_ok=True)
    os.chmod(work, 0o755)  # the cluster runs as an unprivileged user under it
    env = dict(os.environ, ONETRIP_LANG="en", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    db = (Postgres(os.path.join(work, "pg"), args.pg_port) if args.engine == "postgres"
          else SqliteServerDb(work))
    started = time.monotonic()
    proxies = fault_proxy.ProxyThread()
    server = None
    failed = True
    try:
        db.start()
        server = Server(args.server, db, work, env)
        steps = [("hall", "add", HALL, HALL_NAME),
                 ("user", "add", "super01", "supervisor", "王芳", "--hall", HALL),
                 ("user", "add", "clerk01", "clerk", "张敏", "--hall", HALL)]
        for step in steps:
            r = server.command(*step, password=PASSWORD)
            if r.returncode != 0:
                raise Failure(f"onetrip-server {' '.join(step)}: {r.stdout}{r.stderr}")
        port = server.start()
        terminals = [Terminal(args.ctl, work, f"T{n + 1:02d}", env, proxies, port, rng)
                     for n in range(args.terminals)]
        # Each terminal joins while the answers to its registration are lost, reset or cut
        # for a while: the first ones worked standalone and keep their codes, the last one
        # is new and gets a code from the server (a lost answer costs it one).
        for n, (t, mode) in enumerate(zip(terminals,
                                          ["drop-response", "reset", "truncate-response"] * 9)):
            fresh = n == len(terminals) - 1 and n > 0
            t.prepare(0 if fresh else rng.randint(10, 20), rng.randrange(1 << 30))
            t.set_mode(mode, 1.0, "/api/v1/terminals")
            p = t.sync_process(user="super01")
            time.sleep(rng.uniform(0.3, 1.0))
            t.set_mode("heal")
            out, err = p.communicate(timeout=RETRY_FOR + 60)
            if p.returncode != 0 or t.outbox():
                raise Failure(f"{t.code} did not join while its registration was {mode}: "
                              f"{p.returncode}\n{out}{err}")
            if fresh:
                t.reload_code()
                t.generate(rng.randint(10, 20), rng.randrange(1 << 30))
                t.sync()
        registered = db.query("SELECT code, last_seq FROM terminal ORDER BY code")
        setup = time.monotonic() - started
        print(f"set up in {setup:.1f} s ({args.engine}; terminals "
              f"{', '.join(t.code for t in terminals)} joined through faults; registered: "
              f"{', '.join(c + (' (never used)' if q == '0' else '') for c, q in registered)})",
              flush=True)

        # 1. Faults through the proxies, the terminals at once.
        figures = Figures()
        stop = threading.Event()
        errors = []
        counter = {"lock": threading.Lock(), "next": 0}
        workers = [threading.Thread(target=run_cycles,
                                    args=(t, random.Random(rng.randrange(1 << 30)),
                                          args.cycles, figures, stop, errors, counter,
                                          args.verbose))
                   for t in terminals]
        phase = time.monotonic()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        if errors:
            raise errors[0]
        for t in terminals:
            t.set_mode("heal")
            t.sync()
        problems, totals = check(db, server, terminals)
        if problems:
            raise Failure("after the fault cycles:\n  " + "\n  ".join(problems))
        stats = collections.Counter()
        for t in terminals:
            stats.update(proxies.run(lambda p=t.proxy: dict(p.stats)))
        drains = sorted(figures.drains)
        print(f"{figures.cycles} fault cycles in {time.monotonic() - phase:.1f} s: "
              f"drain after healing max {drains[-1]:.2f} s, median "
              f"{drains[len(drains) // 2]:.2f} s; {figures.retried} cycles retried "
              f"({figures.retries} retries); {totals['events']} events, {totals['cases']} "
              f"cases", flush=True)
        lost = sum(n for k, n in stats.items() if "push applied" in k or "push was applied" in k)
        print(f"  {lost} answers to applied pushes lost (dropped, reset, cut or 502)")
        print("  modes: " + ", ".join(f"{m} {n}" for m, n in sorted(figures.modes.items())))
        print("  proxy: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())
                                      if not k.startswith("mode:")), flush=True)
        for t in terminals:
            t.set_mode("pass")

        # 2. and 3. kill -9 of the server, then of the client, during large pushes.
        phase = time.monotonic()
        with Bystanders(terminals[1:]) as bystanders:
            killed = kill_server(server, terminals[0], terminals[1:], proxies, rng, args.kills,
                                 args.batch, args.verbose)
        print(f"{killed['kills']} server kills in {time.monotonic() - phase:.1f} s "
              f"({killed['interrupted']} during a sync of {args.batch}+ events that "
              f"took {killed['sync']:.2f} s undisturbed; each finished at most "
              f"{killed['longest']:.2f} s after the restart; {bystanders.syncs} syncs of the "
              f"other terminals meanwhile)", flush=True)
        phase = time.monotonic()
        with Bystanders([t for t in terminals if t is not terminals[1 % len(terminals)]]):
            clients = kill_client(terminals[1 % len(terminals)], rng, args.kills, args.batch,
                                  killed["sync"], args.verbose)
        print(f"{clients['kills']} client kills in {time.monotonic() - phase:.1f} s "
              f"({clients['interrupted']} during a sync)", flush=True)

        phase = time.monotonic()
        for t in terminals:
            one = time.monotonic()
            out, _ = t.sync()
            if args.verbose:
                print(f"final sync {t.code} {time.monotonic() - one:.1f} s: {out.strip()}",
                      flush=True)
        synced = time.monotonic() - phase
        problems, totals = check(db, server, terminals)
        if problems:
            raise Failure("after the kills:\n  " + "\n  ".join(problems))
        print(f"final syncs {synced:.1f} s, checks {time.monotonic() - phase - synced:.1f} s",
              flush=True)
        code = server.stop()
        server = None
        if code != 0:
            raise Failure(f"the server did not stop cleanly on SIGTERM: {code}")
        print(f"ok: {totals['events']} events, {totals['cases']} cases, exactly once on the "
              f"server and on all {len(terminals)} terminals; {totals['audit']} "
              f"({time.monotonic() - started:.1f} s in all)", flush=True)
        failed = False
        return 0
    except Exception as e:  # noqa: BLE001 - any failure fails the test, with its context
        print(f"FAILED (seed {seed}): {e}", file=sys.stderr)
        log = os.path.join(work, "server.log")
        if os.path.exists(log):
            with open(log, errors="replace") as f:
                print("server log, last lines:\n" + "".join(f.readlines()[-20:]),
                      file=sys.stderr)
        return 1
    finally:
        if server is not None and server.process and server.process.poll() is None:
            server.kill()
        proxies.close()
        db.stop()
        if failed or args.keep:
            print(f"work folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
