"""Event benchmarks: trigger F1 on TempEval-3 (TimeBank, AQUAINT), participant-link F1 on MEANTIME, speed.

    .venv/bin/python bench/bench_events.py [triggers|participants|speed|all] [--limit N] [--errors]

Prints tables. Reads ../shared (or $NEWSLINE_SHARED); nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import re
import sys
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSLINE_SHARED", ROOT.parent / "shared"))

from newsline.core.events.extract import find_events, sentence_triggers  # noqa: E402
from newsline.core.ingest.prepare import prepare  # noqa: E402
from newsline.core.model import Actor, EventClass, Mention, MentionType, Span  # noqa: E402
from newsline.core.pipeline import extract  # noqa: E402

import _meantime  # noqa: E402  (bench/ is on sys.path when a bench runs)


# ------------------------------------------------------------------------------------------ TimeML
def read_timeml(path: Path) -> tuple[str, list[tuple[int, int, str]], dt.date | None]:
    """Plain text of <TEXT>, gold EVENT spans (start, end, class) in it, and the creation date."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)', raw)
    m = re.search(r'<DCT>.*?value="(\d{4})-(\d\d)-(\d\d)', raw, re.S)
    if m:
        dct = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    text_parts: list[str] = []
    events: list[tuple[int, int, str]] = []
    pos = 0
    open_event: tuple[int, str] | None = None
    for tm in re.finditer(r"<(/?)(\w+)([^>]*)>|([^<]+)", body):
        if tm.group(4) is not None:
            s = tm.group(4).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            text_parts.append(s)
            pos += len(s)
        elif tm.group(2) == "EVENT":
            if tm.group(1):
                if open_event:
                    events.append((open_event[0], pos, open_event[1]))
                open_event = None
            else:
                cm = re.search(r'class="(\w+)"', tm.group(3))
                open_event = (pos, cm.group(1) if cm else "OCCURRENCE")
    return "".join(text_parts), events, dct


def read_time_links(path: Path) -> tuple[str, dict[str, tuple[int, int]], dict[str, tuple[int, int]], set]:
    """Text, EVENT spans by eid, TIMEX3 spans by tid (inside TEXT) and gold (eid, tid) pairs linked by a TLINK
    that places the event in or at the time (IS_INCLUDED, DURING, SIMULTANEOUS, INCLUDES, BEGINS, ENDS...)."""
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    pos = 0
    parts: list[str] = []
    opened: list[tuple[str, str, int]] = []
    events: dict[str, tuple[int, int]] = {}
    timexes: dict[str, tuple[int, int]] = {}
    for tm in re.finditer(r"<(/?)(\w+)([^>]*)>|([^<]+)", body):
        if tm.group(4) is not None:
            t = tm.group(4).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            parts.append(t)
            pos += len(t)
        elif tm.group(2) in ("EVENT", "TIMEX3"):
            if tm.group(1):
                kind, ident, start = opened.pop()
                (events if kind == "EVENT" else timexes)[ident] = (start, pos)
            else:
                im = re.search(r'(?:eid|tid)="(\w+)"', tm.group(3))
                opened.append((tm.group(2), im.group(1) if im else "", pos))
    inst = dict(re.findall(r'<MAKEINSTANCE eventID="(\w+)" eiid="(\w+)"', raw))
    eiid_to_eid = {v: k for k, v in inst.items()}
    pairs = set()
    for m in re.finditer(r'<TLINK[^>]*relType="(\w+)"[^>]*eventInstanceID="(\w+)"[^>]*relatedToTime="(\w+)"', raw):
        rel, eiid, tid = m.groups()
        if rel in ("IS_INCLUDED", "DURING", "SIMULTANEOUS", "INCLUDES", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY",
                   "IDENTITY") and tid in timexes and eiid in eiid_to_eid:
            pairs.add((eiid_to_eid[eiid], tid))
    return "".join(parts), events, timexes, pairs


def bench_time_links(limit: int | None) -> None:
    print("\n## Event-time anchoring on TempEval-3 (event dated by a time expression that a gold TLINK places it in)\n")
    print("| corpus | gold links | found links | P | R | F1 |")
    print("|---|---|---|---|---|---|")
    for corpus in ("TimeBank", "AQUAINT"):
        tot = collections.Counter()
        for f in sorted((SHARED / "data" / "tempeval3" / corpus).glob("*.tml"))[:limit]:
            text, gev, gtx, pairs = read_time_links(f)
            dct = read_timeml(f)[2]
            doc = extract(text, dct)
            times = {t.id: t for t in doc.times}
            found = set()
            for e in doc.events:
                if e.time.resolution.value not in ("explicit", "relative", "narrative"):
                    continue
                eid = next((k for k, (a, b) in gev.items() if a < e.trigger.end and e.trigger.start < b), None)
                if eid is None:
                    continue
                for tid in e.time.timex_ids:
                    t = times.get(tid)
                    if t is None:
                        continue
                    gt = next((k for k, (a, b) in gtx.items() if a < t.span.end and t.span.start < b), None)
                    if gt is not None:
                        found.add((eid, gt))
            tot.update(gold=len(pairs), pred=len(found), tp=len(found & pairs))
        p, r, f1_ = f1(tot["tp"], tot["pred"], tot["gold"])
        print(f"| {corpus} | {tot['gold']} | {tot['pred']} | {p:.3f} | {r:.3f} | **{f1_:.3f}** |")


def predicted_triggers(text: str) -> list[tuple[int, int, str]]:
    prepared = prepare(text)
    out = []
    for sent in prepared.sentences:
        for tok, trig in sentence_triggers(prepared.text, sent):
            sp = prepared.mapped.to_original(tok.start, tok.end)
            out.append((sp.start, sp.end, trig.event_class.value))
    return out


def match(gold, pred):
    """Strict (same extent) and relaxed (overlap, one-to-one) matches; class agreement on relaxed pairs."""
    strict = len({(s, e) for s, e, _ in gold} & {(s, e) for s, e, _ in pred})
    used = set()
    relaxed = 0
    cls_ok = 0
    pred_sorted = sorted(pred)
    for gs, ge, gc in gold:
        for k, (ps, pe, pc) in enumerate(pred_sorted):
            if k in used:
                continue
            if ps < ge and gs < pe:
                used.add(k)
                relaxed += 1
                cls_ok += gc == pc
                break
    return strict, relaxed, cls_ok


def f1(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench_triggers(limit: int | None, show_errors: bool) -> None:
    print("\n## Event triggers on TempEval-3 (TBAQ-cleaned)\n")
    print("| corpus | docs | gold | found | strict P/R/F1 | relaxed P/R/F1 | class acc |")
    print("|---|---|---|---|---|---|---|")
    for corpus in ("TimeBank", "AQUAINT"):
        d = SHARED / "data" / "tempeval3" / corpus
        files = sorted(d.glob("*.tml"))[:limit]
        tot = collections.Counter()
        misses = collections.Counter()
        spurious = collections.Counter()
        for f in files:
            text, gold, _ = read_timeml(f)
            pred = predicted_triggers(text)
            s, r, c = match(gold, pred)
            tot.update(gold=len(gold), pred=len(pred), strict=s, relaxed=r, cls=c)
            if show_errors:
                gs = {(a, b) for a, b, _ in gold}
                ps = {(a, b) for a, b, _ in pred}
                misses.update(text[a:b].lower() for a, b in gs - ps)
                spurious.update(text[a:b].lower() for a, b in ps - gs)
        sp = f1(tot["strict"], tot["pred"], tot["gold"])
        rp = f1(tot["relaxed"], tot["pred"], tot["gold"])
        acc = tot["cls"] / tot["relaxed"] if tot["relaxed"] else 0
        print(f"| {corpus} | {len(files)} | {tot['gold']} | {tot['pred']} | "
              f"{sp[0]:.3f}/{sp[1]:.3f}/**{sp[2]:.3f}** | {rp[0]:.3f}/{rp[1]:.3f}/{rp[2]:.3f} | {acc:.3f} |")
        if show_errors:
            print("  missed:", misses.most_common(60))
            print("  spurious:", spurious.most_common(60))


# ------------------------------------------------------------------------------------------ MEANTIME
def read_meantime(path: Path):
    """Text rebuilt from tokens; entity mentions and event mentions as char spans; gold (event, entity) links."""
    doc = _meantime.read(path)
    page = doc.render("lines")
    ents: dict[str, tuple[int, int, str]] = {}
    evs: dict[str, tuple[int, int]] = {}
    for m in doc.root.find("Markables"):
        span = page.span_of(m)
        if span is None:
            continue
        if m.tag == "ENTITY_MENTION":
            ents[m.get("m_id")] = (*span, m.get("syntactic_type") or "")
        elif m.tag == "EVENT_MENTION":
            evs[m.get("m_id")] = span
    links = []
    instance = {}
    for r in doc.root.find("Relations"):
        if r.tag == "REFERS_TO":
            for src in r.findall("source"):
                instance[src.get("m_id")] = r.find("target").get("m_id")
    read_meantime.instances = {ents[m][:2]: i for m, i in instance.items() if m in ents}
    for r in doc.root.find("Relations"):
        if r.tag == "HAS_PARTICIPANT":
            s = r.find("source").get("m_id")
            t = r.find("target").get("m_id")
            if s in evs and t in ents:
                links.append((evs[s], ents[t][:2]))
    return page.text, ents, evs, links


def _ov(a, b):
    return a[0] < b[1] and b[0] < a[1]


DEV_CORPORA = ("airbus", "gm")  # rules are tuned on these; "apple" and "stock" are the held-out check


def bench_participants(limit: int | None, show_errors: bool = False) -> None:
    print("\n## Participant links on MEANTIME (HAS_PARTICIPANT, overlap match)\n")
    print("Split: dev = airbus + gm (tuned on), check = apple + stock (held out). MEANTIME annotates events only\n"
          "in the title and first five sentences: P and F1 count every found link, P5 and F1-5 only links of\n"
          "triggers in those annotated sentences. F1-5a also asks the link's actor to be the gold entity (one of\n"
          "its names or descriptions is a mention of it): a pronoun resolved to the wrong actor scores no hit.\n")
    print("| actors from | split | docs | gold links | found links | P | R | F1 | P5 | F1-5 | F1-5a | event recall |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    files = _meantime.files(limit)
    for source in ("gold entity mentions", "pipeline"):
        tots = {"dev": collections.Counter(), "check": collections.Counter(), "all": collections.Counter()}
        for f in files:
            text, ents, evs, links = read_meantime(f)
            if source == "pipeline":
                doc = extract(text, None)
                events = doc.events
            else:
                prepared = prepare(text)
                norm = prepared.mapped.to_normalised
                actors = [Actor(id=f"a{i + 1}", name=text[s:e],
                                mentions=[Mention(span=Span(start=norm(s), end=max(norm(s), norm(e))), text=text[s:e],
                                                  type=MentionType.PRONOUN if ty == "PRO" else
                                                  MentionType.NOMINAL if ty == "NOM" else MentionType.NAME)])
                          for i, (s, e, ty) in enumerate(ents.values())]
                events = find_events(prepared, [], actors, [], None)
                back = prepared.mapped.to_original
                events = [ev.model_copy(update={
                    "trigger": back(ev.trigger.start, ev.trigger.end),
                    "participants": [p.model_copy(update={"span": back(p.span.start, p.span.end)})
                                     for p in ev.participants if p.span is not None]}) for ev in events]
            found = []
            owner = []  # the gold entities each found link's actor is named as (by its non-pronoun mentions)
            inst = read_meantime.instances
            named = {}
            if source == "pipeline":
                for a in doc.actors:
                    named[a.id] = {i for m in a.mentions if m.type != MentionType.PRONOUN
                                   for sp, i in inst.items() if _ov(sp, (m.span.start, m.span.end))}
            for ev in events:
                for p in ev.participants:
                    if p.span is not None:
                        found.append(((ev.trigger.start, ev.trigger.end), (p.span.start, p.span.end)))
                        owner.append(named.get(p.actor_id))
            used = set()
            tp = 0
            tp_actor = 0
            missed = []
            for ge, gm in links:
                for k, (pe, pm) in enumerate(found):
                    if k not in used and _ov(ge, pe) and _ov(gm, pm):
                        used.add(k)
                        tp += 1
                        tp_actor += owner[k] is None or inst.get(gm) in owner[k]
                        break
                else:
                    missed.append((ge, gm))
            ev_found = sum(any(_ov(g, (e.trigger.start, e.trigger.end)) for e in events) for g in evs.values())
            last = max((e for _, e in evs.values()), default=0)
            limit = text.find("\n", last) if text.find("\n", last) >= 0 else len(text)
            pred5 = sum(1 for pe, _ in found if pe[0] < limit)
            split = "dev" if f.parent.name.replace("corpus_", "") in DEV_CORPORA else "check"
            for key in (split, "all"):
                tots[key].update(gold=len(links), pred=len(found), pred5=pred5, tp=tp, tp_actor=tp_actor,
                                 gev=len(evs), fev=ev_found, docs=1)
            if show_errors and source == "pipeline" and split == "dev":
                print(f"\n### {f.name}")
                for ge, gm in missed:
                    print(f"  MISS  {text[ge[0]:ge[1]]!r} <- {text[gm[0]:gm[1]]!r}   | {_line(text, ge[0])}")
                for k, (pe, pm) in enumerate(found):
                    if k not in used and pe[0] < limit:
                        print(f"  SPUR  {text[pe[0]:pe[1]]!r} <- {text[pm[0]:pm[1]]!r}   | {_line(text, pe[0])}")
        for key in ("dev", "check", "all"):
            tot = tots[key]
            p, r, f = f1(tot["tp"], tot["pred"], tot["gold"])
            p5, _, f5 = f1(tot["tp"], tot["pred5"], tot["gold"])
            _, _, f5a = f1(tot["tp_actor"], tot["pred5"], tot["gold"])
            print(f"| {source} | {key} | {tot['docs']} | {tot['gold']} | {tot['pred']} | {p:.3f} | {r:.3f} | "
                  f"**{f:.3f}** | {p5:.3f} | **{f5:.3f}** | {f5a:.3f} | {tot['fev'] / max(1, tot['gev']):.3f} |")


def _line(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a:b if b >= 0 else len(text)][:160]


# ------------------------------------------------------------------------------------------ speed
def bench_speed() -> None:
    print("\n## Speed of the whole pipeline (extract)\n")
    seed = SHARED / "seed" / "article.txt"
    texts = []
    for f in sorted((SHARED / "data" / "tempeval3" / "TimeBank").glob("*.tml"))[:40]:
        texts.append(read_timeml(f)[0])
    ntok = sum(len(re.findall(r"\w+|[^\w\s]", t)) for t in texts)
    extract(texts[0], dt.date(1998, 1, 1))  # warm caches
    t0 = time.perf_counter()
    for t in texts:
        extract(t, dt.date(1998, 1, 1))
    el = time.perf_counter() - t0
    print("| measure | value |")
    print("|---|---|")
    print(f"| TimeBank x{len(texts)}: tokens | {ntok} |")
    print(f"| tokens/s (extract, warm) | {ntok / el:,.0f} |")
    # the event stage alone, on the other stages' output
    from newsline.core.entities.extract import find_actors_and_places
    from newsline.core.temporal.tagger import tag_times
    inputs = []
    for t in texts:
        p = prepare(t)
        acts, pls = find_actors_and_places(p)
        inputs.append((p, tag_times(p.text, dt.date(1998, 1, 1), p.sentences), acts, pls))
    t0 = time.perf_counter()
    for p, tms, acts, pls in inputs:
        find_events(p, tms, acts, pls, dt.date(1998, 1, 1))
    print(f"| tokens/s (find_events alone) | {ntok / (time.perf_counter() - t0):,.0f} |")
    if seed.is_file():
        s = seed.read_text(encoding="utf-8")
        extract(s, dt.date(2017, 11, 4))
        t0 = time.perf_counter()
        reps = 5
        for _ in range(reps):
            extract(s, dt.date(2017, 11, 4))
        print(f"| seed ({len(s.split())} words) extract time | {(time.perf_counter() - t0) / reps * 1000:.1f} ms |")
        tracemalloc.start()
        extract(s, dt.date(2017, 11, 4))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"| seed peak memory (tracemalloc) | {peak / 1e6:.2f} MB |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("what", nargs="?", default="all", choices=["triggers", "times", "participants", "speed", "all"])
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    ap.add_argument("--errors", action="store_true", help="list the most common missed and spurious triggers")
    a = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}", file=sys.stderr)
        return 1
    if a.what in ("triggers", "all"):
        bench_triggers(a.limit, a.errors)
    if a.what in ("times", "all"):
        bench_time_links(a.limit)
    if a.what in ("participants", "all"):
        bench_participants(a.limit, a.errors)
    if a.what in ("speed", "all"):
        bench_speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
