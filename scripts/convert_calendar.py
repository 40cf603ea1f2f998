#!/usr/bin/env python3
"""Convert the reference working-day calendar into OneTrip's calendar format.

Input:  shared/data/cn_workday_calendar.json (State Council holiday notices, 2024-2026)
Output: data/calendar/cn-workdays.json ("onetrip-workday-calendar", formatVersion 1,
        documented in docs/calendar-format.md)

Standard library only and deterministic: the same input always gives the same bytes, so
the shipped file can be regenerated and compared in review. The sources (notice title,
number, date, URLs) and the legal notes are kept: they are the calendar's provenance.
Years without a published notice (status only, no dates) are left out: a year that is not
in the file has no calendar, and OneTrip warns about it instead of guessing.

Usage: convert_calendar.py INPUT OUTPUT
"""

import datetime
import json
import sys

FORMAT = "onetrip-workday-calendar"
FORMAT_VERSION = 1


def fail(message):
    sys.exit("convert_calendar: " + message)


def day(text, where):
    try:
        d = datetime.date.fromisoformat(text)
    except (TypeError, ValueError):
        fail(f"{where}: {text!r} is not a YYYY-MM-DD date")
    if d.isoformat() != text:
        fail(f"{where}: {text!r} is not written as YYYY-MM-DD")
    return d


def is_weekend(d):
    return d.isoweekday() >= 6


def working_days(year, off, makeup):
    count = 0
    d = datetime.date(year, 1, 1)
    while d.year == year:
        if (d in makeup) if is_weekend(d) else (d not in off):
            count += 1
        d += datetime.timedelta(days=1)
    return count


def convert_source(raw, where):
    if not isinstance(raw, dict) or not raw.get("title"):
        fail(f"{where}: the source has no title")
    out = {"title": raw["title"]}
    if raw.get("doc_no"):
        out["docNo"] = raw["doc_no"]
    if raw.get("issued"):
        out["issued"] = day(raw["issued"], where + ".issued").isoformat()
    if raw.get("urls"):
        out["urls"] = list(raw["urls"])
    if raw.get("note"):
        out["note"] = raw["note"]
    unknown = set(raw) - {"title", "doc_no", "issued", "urls", "note"}
    if unknown:
        fail(f"{where}: unexpected source fields {sorted(unknown)}")
    return out


def convert_year(year, raw):
    where = f"years.{year}"
    off = sorted({day(t, where + ".weekday_off_days") for t in raw["weekday_off_days"]})
    makeup = sorted({day(t, where + ".makeup_workdays") for t in raw["makeup_workdays"]})
    if len(off) != len(raw["weekday_off_days"]) or len(makeup) != len(raw["makeup_workdays"]):
        fail(f"{where}: duplicate dates")
    for d in off:
        if d.year != year or is_weekend(d):
            fail(f"{where}: weekday off day {d} is not a weekday of {year}")
    for d in makeup:
        if d.year != year or not is_weekend(d):
            fail(f"{where}: make-up workday {d} is not a weekend day of {year}")

    holidays = []
    for i, h in enumerate(raw.get("holidays", [])):
        hw = f"{where}.holidays[{i}]"
        off_days = [day(t, hw + ".off_days").isoformat() for t in h["off_days"]]
        makeup_days = [day(m["date"], hw + ".makeup_workdays").isoformat()
                       for m in h.get("makeup_workdays", [])]
        if len(off_days) != h.get("off_days_count", len(off_days)):
            fail(f"{hw}: off_days_count does not match the listed days")
        holiday = {"name": h["holiday"]}
        if h.get("notice_text"):
            holiday["noticeText"] = h["notice_text"]
        holiday["offDays"] = off_days
        holiday["makeupWorkdays"] = makeup_days
        holidays.append(holiday)

    count = working_days(year, set(off), set(makeup))
    declared = raw.get("counts", {}).get("working_days_in_year")
    if declared is not None and declared != count:
        fail(f"{where}: the source says {declared} working days, the dates give {count}")

    out = {"source": convert_source(raw.get("source"), where + ".source")}
    if raw.get("cross_year_note"):
        out["note"] = raw["cross_year_note"]
    out["holidays"] = holidays
    out["weekdayOffDays"] = [d.isoformat() for d in off]
    out["makeupWorkdays"] = [d.isoformat() for d in makeup]
    out["workingDaysInYear"] = count
    return out


def convert(raw):
    years = {}
    skipped = []
    for key in sorted(raw["years"]):
        entry = raw["years"][key]
        if "weekday_off_days" not in entry:
            status = entry.get("status", "no dates")
            skipped.append(f"{key}: {status}")
            continue
        years[key] = convert_year(int(key), entry)
    provenance = (
        "Converted by scripts/convert_calendar.py from shared/data/cn_workday_calendar.json: "
        "the State Council's yearly holiday notices (sources per year), cross-checked day by "
        "day for 2024-2026 against an independently published calendar.")
    if skipped:
        provenance += " Not included (no published notice): " + "; ".join(skipped) + "."
    return {
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "description": raw.get("description", ""),
        "provenance": provenance,
        "legalNotes": list(raw.get("legal_notes", [])),
        "years": years,
    }


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        raw = json.load(f)
    out = convert(raw)
    text = json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"convert_calendar: wrote {argv[2]} ({', '.join(out['years'])})")


if __name__ == "__main__":
    main(sys.argv)
