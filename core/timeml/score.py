"""TempEval-3 Task A scoring of TIMEX3: strict span match (same extent) and relaxed match (overlap, one to
one), type and value accuracy on relaxed matches, attribute F1 = accuracy x relaxed F1, micro-averaged."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .reader import TimeMLError, parse_timeml


@dataclass(frozen=True)
class Timex:
    """What the scorer compares: an extent and its attributes."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class TimexCounts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "TimexCounts") -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.errors += other.errors

    # ------------------------------------------------------------------ measures (percent)
    @staticmethod
    def _f(p: float, r: float) -> float:
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def strict_p(self) -> float:
        return 100.0 * self.strict / self.system if self.system else 0.0

    @property
    def strict_r(self) -> float:
        return 100.0 * self.strict / self.gold if self.gold else 0.0

    @property
    def strict_f1(self) -> float:
        return self._f(self.strict_p, self.strict_r)

    @property
    def relaxed_p(self) -> float:
        return 100.0 * self.relaxed / self.system if self.system else 0.0

    @property
    def relaxed_r(self) -> float:
        return 100.0 * self.relaxed / self.gold if self.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        return self._f(self.relaxed_p, self.relaxed_r)

    @property
    def type_accuracy(self) -> float:
        return 100.0 * self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return 100.0 * self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1 / 100.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1 / 100.0


def match(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold and system timexes; the largest overlaps are paired first."""
    pairs = []
    for g in gold:
        for s in system:
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                exact = g.start == s.start and g.end == s.end
                pairs.append((not exact, -ov, g.start, s.start, g, s))
    pairs.sort(key=lambda p: p[:4])
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for *_, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def score_timexes(gold: list[Timex], system: list[Timex], name: str = "", errors: bool = False) -> TimexCounts:
    c = TimexCounts(gold=len(gold), system=len(system))
    matched = match(gold, system)
    mg = {id(g) for g, _ in matched}
    ms = {id(s) for _, s in matched}
    for g, s in matched:
        c.relaxed += 1
        strict = g.start == s.start and g.end == s.end
        c.strict += strict
        c.type_ok += g.type == s.type
        c.value_ok += g.value == s.value
        if errors:
            if not strict:
                c.errors.append(f"{name}\tEXTENT\tgold {g.text!r} system {s.text!r}")
            if g.type != s.type or g.value != s.value:
                c.errors.append(f"{name}\tVALUE\t{g.text!r}: gold {g.type} {g.value} system {s.type} {s.value}")
    if errors:
        c.errors += [f"{name}\tMISSED\t{g.text!r} {g.type} {g.value}" for g in gold if id(g) not in mg]
        c.errors += [f"{name}\tSPURIOUS\t{s.text!r} {s.type} {s.value}" for s in system if id(s) not in ms]
    return c


def timexes_of(xml: str) -> tuple[str, list[Timex]]:
    doc = parse_timeml(xml)
    return doc.text, [Timex(t.span.start, t.span.end, t.type, t.value, t.text) for t in doc.timexes]


def score_directories(gold_dir: Path, system_dir: Path, errors: bool = False) -> tuple[TimexCounts, list[str]]:
    """Micro-averaged counts over every gold *.tml that has a system file of the same name; the second item
    lists problems (missing system files, texts that differ)."""
    gold_dir, system_dir = Path(gold_dir), Path(system_dir)
    for d, what in ((gold_dir, "gold"), (system_dir, "system")):
        if not d.is_dir():
            raise InputError(f"The {what} directory {d} does not exist or is not a directory.")
    gold_files = sorted(gold_dir.glob("*.tml"))
    if not gold_files:
        raise InputError(f"The gold directory {gold_dir} holds no .tml files.")
    total = TimexCounts()
    problems: list[str] = []
    for gf in gold_files:
        sf = system_dir / gf.name
        try:
            gtext, gold = timexes_of(gf.read_text(encoding="utf-8"))
        except (TimeMLError, UnicodeDecodeError) as e:
            problems.append(f"{gf.name}: gold file unreadable ({e})")
            continue
        if not sf.is_file():
            problems.append(f"{gf.name}: no system file; counted as finding nothing")
            total.add(score_timexes(gold, [], gf.name, errors))
            continue
        try:
            stext, system = timexes_of(sf.read_text(encoding="utf-8"))
        except (TimeMLError, UnicodeDecodeError) as e:
            problems.append(f"{gf.name}: system file unreadable ({e}); counted as finding nothing")
            total.add(score_timexes(gold, [], gf.name, errors))
            continue
        if stext != gtext:
            problems.append(f"{gf.name}: the system text differs from the gold text; offsets may not line up")
        total.add(score_timexes(gold, system, gf.name, errors))
    return total, problems


def format_table(rows: list[tuple[str, TimexCounts]]) -> str:
    w = max([12] + [len(name) for name, _ in rows])
    head = (f"{'set':<{w}} {'gold':>5} {'sys':>5} | {'strict P':>8} {'R':>6} {'F1':>6} | {'relax P':>7} {'R':>6} "
            f"{'F1':>6} | {'type F1':>7} {'value F1':>8}")
    lines = [head, "-" * len(head)]
    for name, c in rows:
        lines.append(f"{name:<{w}} {c.gold:>5} {c.system:>5} | {c.strict_p:>8.1f} {c.strict_r:>6.1f} {c.strict_f1:>6.1f} | "
                     f"{c.relaxed_p:>7.1f} {c.relaxed_r:>6.1f} {c.relaxed_f1:>6.1f} | {c.type_f1:>7.1f} {c.value_f1:>8.1f}")
    return "\n".join(lines)
