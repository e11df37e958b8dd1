"""Named-mention recall and precision of the actor and place finder on MEANTIME (../shared/data/meantime).

For each CAT XML document the text is rebuilt from its tokens (spaces between tokens, a newline between
sentences), run through `prepare` and `find_actors_and_places`, and compared with the gold ENTITY_MENTIONs:

* untyped recall: a gold NAM mention (PER, ORG or LOC instance) is found when any actor or place mention
  overlaps it;
* typed recall: the overlapping mention must also be of a fitting kind: PER -> person; ORG -> organisation,
  government, armed forces, armed group, media or international organisation; LOC -> a place, or a
  government (a country or capital standing for its state is LOC in MEANTIME and a government actor here);
* precision (a lower bound: the annotation is partial): share of our NAME/METONYM mentions that overlap any
  gold entity mention of any syntactic type;
* PRO/FIN NAM mentions (products, financial entities) are out of scope for actors and reported apart;
* pronoun mentions ("he", "its", "they") are scored apart, against MEANTIME's coreference: one of ours is
  right when the gold mention it overlaps refers to the same entity as a gold mention overlapping one of the
  actor's names or descriptions; pron. P = right / ours judged (ours in annotated sentences that overlap a
  gold mention: MEANTIME annotates entities only in the title and first five sentences), pron. R = right /
  gold mentions that are a third-person pronoun, of any entity (the syntactic type PRO is missing from some
  corpora; "it" is often a product).

Development used airbus and gm; apple and stock are the check corpora. Run:
    .venv/bin/python bench/bench_entities.py [--corpus airbus,gm] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.entities.kb import load_knowledge_base
from newsline.core.ingest.prepare import prepare
from newsline.core.model import ActorKind, MentionType

import _meantime  # noqa: E402  (bench/ is on sys.path when a bench runs)

MEANTIME = _meantime.MEANTIME
DEV = ("airbus", "gm")

ORG_KINDS = {ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.ARMED_FORCES, ActorKind.ARMED_GROUP,
             ActorKind.MEDIA, ActorKind.INTERNATIONAL}


PERSONAL = frozenset("he him his she her it its they them their".split())


def fits(ent_type: str, kind: str) -> bool:
    if ent_type == "PER":
        return kind == "person"
    if ent_type == "ORG":
        return kind in {k.value for k in ORG_KINDS}
    if ent_type == "LOC":
        return kind in ("place", ActorKind.GOVERNMENT.value)
    return False


def read_doc(path: Path):
    """Text (one sentence per line) and gold mentions (m_id, syntactic type, start, end, entity type)."""
    doc = _meantime.read(path)
    page = doc.render("lines")
    markables = doc.root.find("Markables")
    mentions = {}
    instances = {}
    for el in markables:
        if el.tag == "ENTITY_MENTION":
            span = page.span_of(el)
            if span:
                mentions[el.get("m_id")] = (el.get("syntactic_type"), *span)
        elif el.tag == "ENTITY":
            instances[el.get("m_id")] = el.get("ent_type")
    types: dict[str, str] = {}
    relations = doc.root.find("Relations")
    if relations is not None:
        for rel in relations.findall("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in instances:
                continue
            for src in rel.findall("source"):
                types[src.get("m_id")] = instances[target.get("m_id")]
    gold = [(mid, st, s, e, types.get(mid)) for mid, (st, s, e) in mentions.items()]
    instance = {mid: target.get("m_id") for rel in (relations.findall("REFERS_TO") if relations is not None else [])
                for target in [rel.find("target")] if target is not None for mid in
                [src.get("m_id") for src in rel.findall("source")]}
    return page.text, gold, instance


def evaluate(paths: list[Path]):
    c = defaultdict(float)
    per_type = defaultdict(lambda: [0, 0, 0])
    misses = []
    extras = []
    for path in paths:
        text, gold, instance = read_doc(path)
        prepared = prepare(text)
        t0 = time.perf_counter()
        actors, places = find_actors_and_places(prepared)
        c["seconds"] += time.perf_counter() - t0
        c["chars"] += len(text)
        ours = []  # (start, end, kind, mention type) in original coordinates
        for a in actors:
            spans = [prepared.mapped.to_original(m.span.start, m.span.end) for m in a.mentions]
            named = {instance.get(mid) for sp, m in zip(spans, a.mentions) if m.type != MentionType.PRONOUN
                     for mid, _, s, e, _ in gold if s < sp.end and sp.start < e} - {None}
            for sp, m in zip(spans, a.mentions):
                ours.append((sp.start, sp.end, a.kind.value, m.type))
                if m.type == MentionType.PRONOUN:
                    over = [instance.get(mid) for mid, _, s, e, _ in gold if s < sp.end and sp.start < e]
                    if over:
                        c["pron_judged"] += 1
                        c["pron_right"] += bool(set(over) & named)
                        c["pron_right_gold"] += any(instance.get(mid) in named for mid, _, s, e, _ in gold
                                                    if s < sp.end and sp.start < e and text[s:e].lower() in PERSONAL)
        c["pron_gold"] += sum(1 for mid, st, s, e, et in gold if text[s:e].lower() in PERSONAL)
        for p in places:
            for m in p.mentions:
                sp = prepared.mapped.to_original(m.span.start, m.span.end)
                ours.append((sp.start, sp.end, "place", m.type))
        for mid, st, s, e, et in gold:
            if st != "NAM":
                continue
            hit = [o for o in ours if o[0] < e and s < o[1]]
            if et in ("PRO", "FIN", "MIX"):
                c["out_total"] += 1
                c["out_found"] += bool(hit)
                continue
            c["nam"] += 1
            c["found"] += bool(hit)
            key = et or "untyped"
            per_type[key][0] += 1
            per_type[key][1] += bool(hit)
            if et:
                c["typed_total"] += 1
                ok = any(fits(et, o[2]) for o in hit)
                c["typed_found"] += ok
                per_type[key][2] += ok
                if not ok:
                    misses.append((path.name[:30], et, text[s:e], [o[2] for o in hit]))
            elif not hit:
                misses.append((path.name[:30], "?", text[s:e], []))
        for o in ours:
            if o[3] in (MentionType.NOMINAL, MentionType.PRONOUN):
                continue
            c["ours"] += 1
            ok = any(o[0] < e and s < o[1] for _, _, s, e, _ in gold)
            c["ours_ok"] += ok
            if not ok:
                extras.append((path.name[:30], o[2], text[o[0]:o[1]]))
    return c, per_type, misses, extras


def ratio(a: float, b: float) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="airbus,gm,apple,stock")
    ap.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed or mistyped mentions")
    ap.add_argument("--extras", type=int, default=0, help="print this many of our mentions with no gold mention")
    args = ap.parse_args(argv)
    if not MEANTIME.is_dir():
        print(f"MEANTIME not found at {MEANTIME}; nothing to measure.")
        return 0
    load_knowledge_base()  # load once outside the timings, and warm the lazy tables
    find_actors_and_places(prepare("Officials in Deir el-Zour said Acme Widgets Inc. had left Warsaw."))
    rows = []
    total = defaultdict(float)
    all_misses = []
    all_extras = []
    print("| corpus | role | docs | NAM | recall | typed recall | PER | ORG | LOC | precision (lower bound) | "
          "PRO/FIN found | pron. P | pron. R | chars/s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.corpus.split(","):
        paths = sorted((MEANTIME / f"corpus_{name}").glob("*.xml"))
        if args.limit:
            paths = paths[: args.limit]
        c, pt, misses, extras = evaluate(paths)
        all_misses += misses
        all_extras += extras
        for k, v in c.items():
            total[k] += v
        role = "dev" if name in DEV else "check"
        rows.append(name)
        typed = {k: ratio(pt[k][2], pt[k][0]) for k in ("PER", "ORG", "LOC")}
        print(f"| {name} | {role} | {len(paths)} | {int(c['nam'])} | {ratio(c['found'], c['nam'])} | "
              f"{ratio(c['typed_found'], c['typed_total'])} | {typed['PER']} | {typed['ORG']} | {typed['LOC']} | "
              f"{ratio(c['ours_ok'], c['ours'])} | {ratio(c['out_found'], c['out_total'])} | "
              f"{ratio(c['pron_right'], c['pron_judged'])} | {ratio(c['pron_right_gold'], c['pron_gold'])} | "
              f"{c['chars'] / c['seconds']:,.0f} |")
    print(f"| all | | | {int(total['nam'])} | {ratio(total['found'], total['nam'])} | "
          f"{ratio(total['typed_found'], total['typed_total'])} | | | | {ratio(total['ours_ok'], total['ours'])} | "
          f"{ratio(total['out_found'], total['out_total'])} | {ratio(total['pron_right'], total['pron_judged'])} | "
          f"{ratio(total['pron_right_gold'], total['pron_gold'])} | {total['chars'] / total['seconds']:,.0f} |")
    for m in all_misses[: args.misses]:
        print("miss", *m)
    for m in all_extras[: args.extras]:
        print("unmatched", *m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
