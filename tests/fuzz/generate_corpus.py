#!/usr/bin/env python3
"""Generates the fuzz corpus of tests/data/fuzz/ (docs/fuzzing.md): malformed and hostile case files
and applicant CSV files, each a mutation of a valid example of tests/data.

    python3 tests/fuzz/generate_corpus.py            # rewrites tests/data/fuzz/

The seed is fixed, so the corpus is the same on every run; TestFuzzCorpus runs it. Every file is
listed in manifest.tsv with what the test must see: `refused` (rekrutt-cli check exits 2 naming the
file, a JSON path or line, and a reason; the CSV reader reports a problem) or `any` (a mutation that
may still be valid: any of exit 0, 1, 2, but no crash and within the bounds). Inputs of megabytes are
not stored: TestFuzzCorpus builds them at test time from a recipe.
"""

import copy
import json
import random
import shutil
from pathlib import Path

SEED = 20261205
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OUT = DATA / "fuzz"

CASE_COUNT = 2400
CSV_COUNT = 700

REQUIRED = [("format",), ("person", "familyName"), ("person", "givenName"), ("appointment", "type"),
            ("appointment", "start"), ("appointment", "lengthMonths")]
# Fields whose strings are dates or enumeration keys, not free text (a long string there is refused
# too, but for another reason).
DATE_FIELDS = {"birthDate", "doctoralDegreeDate", "start", "end", "from", "to", "announcementDate",
               "decisionDate", "contractSigned", "projectPlan", "careerPlan", "admissionApplication",
               "admissionAgreement", "supervisorAgreement", "published", "deadline"}
# Lists and their limits (core/interchange/InputLimits.h), with an entry to repeat.
LIST_LIMITS = {
    ("person", "history"): (100, {"type": "postdoc"}),
    ("leaves",): (500, {"kind": "other"}),
    ("extensions",): (200, {"kind": "elected_office", "days": 1}),
    ("milestones", "employeeInterviews"): (100, "2026-01-01"),
    ("dutyWork",): (1000, {"category": "teaching", "hours": 1}),
    ("mobilityGrants",): (100, {"host": "X"}),
    ("recruitment", "committee"): (20, {"name": "M"}),
    ("recruitment", "applicants"): (2000, {"name": "A"}),
}
BAD_DATES = ["1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31", "2025-02-30", "2025-13-01",
             "2025-00-10", "2025-1-1", "25-01-01", "2025-01-01T00:00", "-2025-01-01", "2025/01/01",
             "20250101", "", " 2025-01-01", "2023-02-29", "2025-04-31", "+12025-01-01"]
BAD_NUMBERS = [-1, -1e308, 1e308, 1e13, -0.5, 10**20, -(10**20), 5e-324 * -1]
ENUM_FIELDS = {"type", "kind", "status", "category", "direction", "ruleSet"}
CONTROL = ["\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f"]


def valid_cases():
    files = sorted((DATA / "examples").glob("*.case.json")) + [DATA / "full.case.json"]
    return [(f.name, json.loads(f.read_text(encoding="utf-8"))) for f in files]


def leaves_of(value, path=()):
    """Every (path, value) of a JSON value that is not an object or a list."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaves_of(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves_of(child, path + (index,))
    else:
        yield path, value


def containers_of(value, path=()):
    """Every (path, value) of an object or a list, the top level included."""
    if isinstance(value, (dict, list)):
        yield path, value
        children = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in children:
            yield from containers_of(child, path + (key,))


def set_at(doc, path, value):
    target = doc
    for key in path[:-1]:
        if isinstance(target, dict):
            target = target.setdefault(key, {})
        else:
            target = target[key]
    target[path[-1]] = value


def delete_at(doc, path):
    target = doc
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]


def dump(doc, rng):
    return json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])).encode("utf-8")


class CaseMutator:
    """Each method returns (bytes, expectation) for one mutation of `doc`."""

    def __init__(self, rng):
        self.rng = rng

    def pick_leaf(self, doc, accept=lambda path, value: True):
        choices = [(p, v) for p, v in leaves_of(doc) if p and accept(p, v)]
        return self.rng.choice(choices) if choices else (None, None)

    def deep_nesting(self, doc):
        depth = self.rng.choice([9, 10, 16, 64, 500, 5000, 20000])
        opener, closer = self.rng.choice([("[", "]"), ('{"a":', "}"), ("[{\"x\":", "}]")])
        path, _ = self.pick_leaf(doc)
        marker = "\u2603NEST\u2603"
        set_at(doc, path, marker)
        text = dump(doc, self.rng).decode("utf-8")
        quoted = json.dumps(marker, ensure_ascii=False)
        if quoted not in text:
            quoted = json.dumps(marker)
        text = text.replace(quoted, opener * depth + "1" + closer * depth, 1)
        return text.encode("utf-8"), "refused"

    def huge_string(self, doc):
        path, _ = self.pick_leaf(doc, lambda p, v: isinstance(v, str) and p != ("format",))
        if path is None:
            path = ("institution",)
        length = self.rng.choice([1001, 1500, 4096, 20000])
        set_at(doc, path, self.rng.choice("xÅ\u4e2d") * length)
        return dump(doc, self.rng), "refused"

    def huge_array(self, doc):
        path, (limit, entry) = self.rng.choice(list(LIST_LIMITS.items()))
        count = limit + self.rng.choice([1, 2, limit])
        if path == ("recruitment", "applicants"):
            items = [{"id": f"a{i}", "name": "A"} for i in range(count)]
        elif path == ("recruitment", "committee"):
            items = [{"id": f"c{i}", "name": "M"} for i in range(count)]
        else:
            items = [copy.deepcopy(entry) for _ in range(count)]
        set_at(doc, path, items)
        return json.dumps(doc, separators=(",", ":")).encode("utf-8"), "refused"

    def too_many_conflicts(self, doc):
        conflicts = [f"a{i}" for i in range(self.rng.choice([101, 500, 2000]))]
        doc.setdefault("recruitment", {})["committee"] = [{"id": "c1", "conflictsWith": conflicts}]
        return json.dumps(doc, separators=(",", ":")).encode("utf-8"), "refused"

    def duplicate_key(self, doc):
        objects = [(p, v) for p, v in containers_of(doc) if isinstance(v, dict) and v]
        path, obj = self.rng.choice(objects)
        key = self.rng.choice(list(obj))
        text = dump(doc, self.rng).decode("utf-8")
        # Rebuild the object's text with the key twice: write the object alone, then splice it in.
        marker = "DUPLICATE_MARKER_8f3a"
        holder = copy.deepcopy(doc)
        if path:
            set_at(holder, path, marker)
            text = json.dumps(holder)
            inner = json.dumps(obj)
            twice = "{" + json.dumps(key) + ": " + json.dumps(self.rng.choice([obj[key], "other", 1, None])) + ", " + inner[1:]
            text = text.replace(json.dumps(marker), twice, 1)
        else:
            inner = json.dumps(obj)
            text = "{" + json.dumps(key) + ": " + json.dumps(obj[key]) + ", " + inner[1:]
        return text.encode("utf-8"), "refused"

    def control_character(self, doc):
        path, value = self.pick_leaf(doc, lambda p, v: isinstance(v, str))
        char = self.rng.choice(CONTROL)
        position = self.rng.randint(0, len(value))
        set_at(doc, path, value[:position] + char + value[position:])
        text = json.dumps(doc, ensure_ascii=self.rng.random() < 0.7)
        if self.rng.random() < 0.3 and char < " ":
            # Raw, unescaped: not even valid JSON.
            text = text.replace(json.dumps(char)[1:-1], char, 1)
            return text.encode("utf-8"), "refused"
        # Escaped in a free text it is data (CaseWriter writes what a user pasted, and reads it back);
        # in a date, an enumeration key or the format it is refused.
        key = path[-1] if isinstance(path[-1], str) else path[-2]
        coded = key in DATE_FIELDS or key in ENUM_FIELDS or key in ("format", "employeeInterviews")
        return text.encode("utf-8"), "refused" if coded else "any"

    def invalid_utf8(self, doc):
        data = dump(doc, self.rng)
        bad = self.rng.choice([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80",
                               b"\xc0\xaf", b"\x80", b"\xf4\x90\x80\x80"])
        # Inside a string (after an opening quote), or anywhere.
        quotes = [i for i, b in enumerate(data) if b == 0x22]
        position = self.rng.choice(quotes) + 1 if quotes and self.rng.random() < 0.8 else self.rng.randrange(len(data))
        return data[:position] + bad + data[position:], "refused"

    def extreme_date(self, doc):
        path, _ = self.pick_leaf(doc, lambda p, v: isinstance(v, str) and isinstance(p[-1], str) and p[-1] in DATE_FIELDS)
        if path is None:
            path = ("appointment", "start")
        set_at(doc, path, self.rng.choice(BAD_DATES))
        return dump(doc, self.rng), "refused"

    def extreme_number(self, doc):
        path, _ = self.pick_leaf(doc, lambda p, v: isinstance(v, (int, float)) and not isinstance(v, bool))
        if path is None:
            path = ("appointment", "lengthMonths")
        set_at(doc, path, self.rng.choice(BAD_NUMBERS))
        return dump(doc, self.rng), "refused"

    def number_text(self, doc):
        # Numbers JSON cannot hold, or that overflow a double.
        path, value = self.pick_leaf(doc, lambda p, v: isinstance(v, (int, float)) and not isinstance(v, bool))
        if path is None:
            path, value = ("appointment", "lengthMonths"), 48
        marker = 987654321.125
        set_at(doc, path, marker)
        text = json.dumps(doc).replace(repr(marker), self.rng.choice(
            ["1e999", "-1e999", "NaN", "Infinity", "0x10", "01", "1.", ".5", "1e", "--1", "1_000", "4 8"]), 1)
        return text.encode("utf-8"), "refused"

    def truncation(self, doc):
        data = dump(doc, self.rng)
        last = data.rindex(b"}")
        return data[: self.rng.randrange(0, last)], "refused"

    def wrong_type(self, doc):
        path, value = self.pick_leaf(doc, lambda p, v: v is not None)
        others = [v for v in ["text", 12, 1.5, True, False, [], {}, [1], {"a": 1}]
                  if type(v) is not type(value) and not (isinstance(value, (int, float)) and isinstance(v, (int, float)) and not isinstance(v, bool))]
        set_at(doc, path, self.rng.choice(others))
        return dump(doc, self.rng), "refused"

    def wrong_container(self, doc):
        containers = [(p, v) for p, v in containers_of(doc) if p]
        path, value = self.rng.choice(containers)
        replacement = self.rng.choice(["x", 1, True] + ([{}] if isinstance(value, list) else [[]]))
        set_at(doc, path, replacement)
        return dump(doc, self.rng), "refused"

    def unknown_field(self, doc):
        objects = [(p, v) for p, v in containers_of(doc) if isinstance(v, dict)]
        path, obj = self.rng.choice(objects)
        existing = list(obj) or ["field"]
        base = self.rng.choice(existing)
        name = self.rng.choice([base + "s", base.upper(), base[:-1] or "x", "_" + base, base + "\u00e9",
                                "x" * self.rng.choice([41, 300, 5000]), "", " " + base, "__proto__"])
        if name in obj:
            name = name + "_unknown"
        obj[name] = self.rng.choice([1, "x", None, True, [], {}])
        return dump(doc, self.rng), "refused"

    def missing_required(self, doc):
        path = self.rng.choice(REQUIRED)
        try:
            delete_at(doc, path)
        except (KeyError, TypeError):
            pass
        return dump(doc, self.rng), "refused"

    def not_an_object(self, doc):
        data = self.rng.choice([b"", b" ", b"null", b"[]", b"\"text\"", b"42", b"true", b"\xef\xbb\xbf",
                                b"[" + dump(doc, self.rng) + b"]", dump(doc, self.rng) + b"{}",
                                b"\x00" * 16, b"{" * 3, b"}"])
        return data, "refused"

    def byte_flips(self, doc):
        data = bytearray(dump(doc, self.rng))
        for _ in range(self.rng.randint(1, 8)):
            data[self.rng.randrange(len(data))] = self.rng.randrange(256)
        return bytes(data), "any"

    def bad_enum(self, doc):
        path, _ = self.pick_leaf(doc, lambda p, v: isinstance(p[-1], str) and p[-1] in
                                 {"type", "kind", "status", "category", "direction", "ruleSet"})
        if path is None:
            path = ("appointment", "type")
        set_at(doc, path, self.rng.choice(["PHD_FELLOW", "phd fellow", "", "postdoc ", "unknown", "\u00e6"]))
        return dump(doc, self.rng), "refused"

    def leave_backwards(self, doc):
        doc["leaves"] = [{"kind": "sickness", "from": "2026-05-01", "to": "2026-04-30", "percent": 100}]
        return dump(doc, self.rng), "refused"

    def duplicate_id(self, doc):
        doc.setdefault("recruitment", {})["applicants"] = [{"id": "a1", "name": "A"}] * self.rng.choice([2, 50, 2000])
        return json.dumps(doc, separators=(",", ":")).encode("utf-8"), "refused"

    def valid_extremes(self, doc):
        # At the bounds, not beyond: must be evaluated (or refused for another reason), never crash.
        doc["appointment"]["start"] = self.rng.choice(["1900-01-01", "2200-12-31", "2024-02-29"])
        doc["appointment"]["lengthMonths"] = self.rng.choice([1, 240])
        doc["leaves"] = [{"kind": "sickness", "from": "1900-01-01", "to": "2200-12-31", "percent": 100}]
        return dump(doc, self.rng), "any"


CASE_MUTATIONS = [name for name in vars(CaseMutator) if not name.startswith("_") and name != "pick_leaf"]


def base_csvs(cases):
    """Valid applicant CSV texts from the applicants of the examples."""
    columns = ["id", "name", "qualified", "disability", "cvGap", "nonWesternImmigrant", "interviewed", "references",
               "rank", "rankReason"]
    tables = []
    for _, doc in cases:
        applicants = doc.get("recruitment", {}).get("applicants", [])
        if applicants:
            tables.append((columns, [[a.get(c) for c in columns] for a in applicants]))
    tables.append((["name", "id"], [["Kari Nilsen", "x1"], ["Berg, \"Ola\"", "x2"], ["Åse Ødegård", "x3"]]))
    return tables


def csv_text(columns, rows, separator, rng):
    def field(value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return rng.choice(["true", "ja", "1", "TRUE"]) if value else rng.choice(["false", "nei", "0", ""])
        text = str(value)
        if any(ch in text for ch in (separator, '"', "\n", "\r")) or rng.random() < 0.2:
            return '"' + text.replace('"', '""') + '"'
        return text
    newline = rng.choice(["\n", "\r\n"])
    lines = [separator.join(columns)] + [separator.join(field(v) for v in row) for row in rows]
    return (rng.choice(["", "\ufeff"]) + newline.join(lines) + rng.choice(["", newline])).encode("utf-8")


def mutate_csv(columns, rows, rng):
    separator = rng.choice([",", ";"])
    rows = [list(r) for r in rows]
    kind = rng.choice(["bad_flag", "bad_number", "quote_inside", "after_quote", "unclosed", "invalid_utf8", "control",
                       "field_count", "duplicate_id", "unknown_column", "duplicate_column", "empty_name", "huge_field",
                       "too_many_lines", "no_name_column", "truncation", "byte_flips", "empty", "huge_number"])
    row = rng.randrange(len(rows))
    expect = "refused"
    if kind == "bad_flag":
        rows[row][columns.index("name")] = rows[row][columns.index("name")]
        columns, rows = columns + ["qualified"] if "qualified" not in columns else columns, rows
        index = columns.index("qualified")
        for r in rows:
            r.extend([None] * (len(columns) - len(r)))
        rows[row][index] = rng.choice(["maybe", "sant", "2", "-", "t", "yes please"])
    elif kind in ("bad_number", "huge_number"):
        if "references" not in columns:
            columns = columns + ["references"]
            for r in rows:
                r.append(None)
        rows[row][columns.index("references")] = rng.choice(
            ["-1", "1001", "1.5", "+2", "2e3", "x", "99999999999999999999999", "0x10", " 1 2"])
    elif kind == "empty_name":
        rows[row][columns.index("name")] = rng.choice(["", "   "])
    elif kind == "huge_field":
        rows[row][columns.index("name")] = rng.choice("nÅ") * rng.choice([1001, 5000, 40000])
    elif kind == "duplicate_id":
        if "id" not in columns:
            columns = columns + ["id"]
            for i, r in enumerate(rows):
                r.append(f"z{i}")
        rows.append(list(rows[row]))
    elif kind == "too_many_lines":
        rows = [rows[0][:] for _ in range(2001 + rng.choice([0, 10, 500]))]
        if "id" in columns:
            for i, r in enumerate(rows):
                r[columns.index("id")] = f"n{i}"
    elif kind == "no_name_column":
        index = columns.index("name")
        columns = columns[:index] + columns[index + 1:]
        rows = [r[:index] + r[index + 1:] for r in rows]
        if not columns:
            columns, rows = ["id"], [["a"]]
    elif kind == "unknown_column":
        columns = columns[:]
        columns[rng.randrange(len(columns))] = rng.choice(["navn", "Name", "rank ", "x" * 500, "kvalifisert"])
    elif kind == "duplicate_column":
        columns = columns + [columns[0]]
        for r in rows:
            r.append(r[0])
    data = csv_text(columns, rows, separator, rng)
    text_lines = data.split(b"\n")
    line = min(1 + row + (1 if len(text_lines) > 1 else 0), len(text_lines) - 1)
    if kind == "quote_inside":
        text_lines[line] = text_lines[line] + b'x"y'
    elif kind == "after_quote":
        text_lines[line] = text_lines[line] + separator.encode() + b'"q"tail'
    elif kind == "unclosed":
        text_lines[line] = text_lines[line] + separator.encode() + b'"never closed'
    elif kind == "invalid_utf8":
        text_lines[line] = text_lines[line] + rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80"])
    elif kind == "control":
        text_lines[line] = text_lines[line].replace(b"\r", b"") + rng.choice([b"\x00", b"\x07", b"\x1b", b"\xc2\x85"])
    elif kind == "field_count":
        text_lines[line] = text_lines[line].replace(b"\r", b"") + separator.encode() * rng.choice([1, 2, 30])
    data = b"\n".join(text_lines)
    if kind in ("quote_inside", "after_quote", "unclosed", "invalid_utf8", "control", "field_count"):
        # The line mutated may hold the end of a quoted line break, which changes what is bad: still a problem.
        expect = "any" if len(text_lines) < 2 else "refused"
    if kind == "truncation":
        data, expect = data[: rng.randrange(0, len(data))], "any"
    elif kind == "byte_flips":
        mutable = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            mutable[rng.randrange(len(mutable))] = rng.randrange(256)
        data, expect = bytes(mutable), "any"
    elif kind == "empty":
        data = rng.choice([b"", b"\n\n", b"\xef\xbb\xbf", b" \r\n"])
    return kind, data, expect


def main():
    rng = random.Random(SEED)
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "case").mkdir(parents=True)
    (OUT / "csv").mkdir(parents=True)
    cases = valid_cases()
    manifest = ["# file\texpect (refused: must be refused with a reason; any: must not crash)"]

    mutator = CaseMutator(rng)
    for number in range(CASE_COUNT):
        name, base = cases[number % len(cases)]
        kind = CASE_MUTATIONS[number % len(CASE_MUTATIONS)]
        data, expect = getattr(mutator, kind)(copy.deepcopy(base))
        stem = name.removesuffix(".case.json")
        path = f"case/{number:04d}-{kind}-{stem}.case.json"
        (OUT / path).write_bytes(data)
        manifest.append(f"{path}\t{expect}")

    tables = base_csvs(cases)
    for number in range(CSV_COUNT):
        columns, rows = tables[number % len(tables)]
        kind, data, expect = mutate_csv(list(columns), [list(r) for r in rows], rng)
        path = f"csv/{number:04d}-{kind}.csv"
        (OUT / path).write_bytes(data)
        manifest.append(f"{path}\t{expect}")

    (OUT / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    total = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(f"{CASE_COUNT} case files, {CSV_COUNT} CSV files, {total / 1e6:.1f} MB in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
