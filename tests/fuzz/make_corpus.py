#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_push (tests/fuzz/corpus/) from a store's real events.

    ONETRIP_DATA_DIR=data onetripctl --store S demo init
    onetripctl --store S hall set JNLX T01 历下区政务服务中心
    onetripctl --store S generate --cases 12 --seed 5 --terminals 1
    python3 tests/fuzz/make_corpus.py S tests/fuzz/corpus

Valid push bodies, push responses and pull pages made of the store's events exactly as the
terminal would send them (SyncWire's field names), plus hand-made edge cases.
"""
import json
import os
import sqlite3
import sys


def dump(path, value):
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(value, str):
            f.write(value)
        else:
            json.dump(value, f, ensure_ascii=False, separators=(",", ":"))


def main():
    store, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    db = sqlite3.connect(store)
    rows = db.execute(
        "SELECT id, case_number, hall_code, terminal_code, terminal_seq, actor, at, type, "
        "payload, base_version, parent_id, prev_hash, hash FROM case_event "
        "ORDER BY terminal_seq").fetchall()
    events = [{"id": r[0], "case": r[1], "hall": r[2], "terminal": r[3], "seq": r[4],
               "actor": r[5], "at": r[6], "type": r[7], "payload": json.loads(r[8]),
               "base": r[9], "parent": r[10], "prevHash": r[11], "hash": r[12]} for r in rows]
    hall, terminal = events[0]["hall"], events[0]["terminal"]

    def push(batch):
        return {"hall": hall, "terminal": terminal, "events": batch}

    dump(f"{out}/push-first-event.json", push(events[:1]))
    dump(f"{out}/push-batch-20.json", push(events[:20]))
    seen = set()
    for e in events:  # one batch per event type, with its own payload
        if e["type"] not in seen:
            seen.add(e["type"])
            dump(f"{out}/push-{e['type'].replace('.', '-')}.json", push([e]))
    dump(f"{out}/push-response.json", {
        "results": [{"id": e["id"], "outcome": "applied", "cursor": 100 + i}
                    for i, e in enumerate(events[:5])] +
                   [{"id": events[5]["id"], "outcome": "rejected", "code": "stale",
                     "reason": "Case … was changed meanwhile at terminal T02"}],
        "terminalSequence": 6})
    dump(f"{out}/pull-page.json", {
        "events": [dict(e, cursor=4701 + i) for i, e in enumerate(events[:10])],
        "cursor": 4710, "more": True})
    dump(f"{out}/pull-empty.json", {"events": [], "cursor": 0, "more": False})

    # Edge cases: limits, time forms, escapes and the characters the server refuses.
    first = events[0]
    edge = {
        "max-seq": dict(first, seq=9007199254740991),
        "seq-as-float": dict(first, seq=1.0),
        "utc-time": dict(first, at="2026-12-01T01:30:00.000Z"),
        "time-without-offset": dict(first, at="2026-12-01T09:30:00.000"),
        "unicode-actor": dict(first, actor="张敏"),
        "nul-in-case": dict(first, case="JNLX-20261201-T01-00001\u0000"),
        "deep-payload": dict(first, payload={"v": 2, "x": [[[[[[[[{"a": [1, -0.0, 1e308]}]]]]]]]]}),
    }
    for name, e in edge.items():
        dump(f"{out}/push-{name}.json", push([e]))
    text = json.dumps(push([first]), ensure_ascii=False, separators=(",", ":"))
    dump(f"{out}/push-lone-surrogate.json", text.replace('"actor":"', '"actor":"\\ud800', 1))
    dump(f"{out}/push-duplicate-keys.json", text.replace('{"hall":', '{"hall":"QTEST","hall":', 1))
    dump(f"{out}/push-bom.json", "\ufeff" + text)
    # Qt drops U+FEFF at the start of a text, so these are refused (a fuzz/push finding).
    dump(f"{out}/push-bom-in-key.json", text.replace('"v":', '"\ufeffv":', 1))
    dump(f"{out}/push-escaped-bom-in-text.json", text.replace('"actor":"', '"actor":"\\ufeff', 1))
    dump(f"{out}/push-cut.json", text[: len(text) // 2])
    dump(f"{out}/push-wrong-types.json",
         '{"hall":1,"terminal":null,"events":[{"seq":"1","base":-1,"payload":[]}]}')


if __name__ == "__main__":
    main()
