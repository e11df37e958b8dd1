"""Actor corrections asked of the user: a new name, a kind, the actor to merge into, a colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QWidget

from newsline.core.model import Actor, ActorKind

from ..actor_sidebar import KIND_LABELS


def ask_new_name(parent: QWidget | None, actor: Actor) -> str | None:
    text, ok = QInputDialog.getText(parent, "Rename actor", f"New name for “{actor.name}”:", text=actor.name)
    text = text.strip()
    return text if ok and text and text != actor.name else None


def ask_kind(parent: QWidget | None, actor: Actor) -> ActorKind | None:
    kinds = list(ActorKind)
    labels = [KIND_LABELS[k] for k in kinds]
    label, ok = QInputDialog.getItem(parent, "Actor kind", f"What is “{actor.name}”?", labels,
                                     kinds.index(actor.kind), False)
    return kinds[labels.index(label)] if ok else None


def ask_merge_target(parent: QWidget | None, actor: Actor, others: list[Actor]) -> Actor | None:
    if not others:
        return None
    names = [f"{a.name} ({KIND_LABELS[a.kind]})" for a in others]
    label, ok = QInputDialog.getItem(parent, "Merge actors",
                                     f"“{actor.name}” is the same as:", names, 0, False)
    return others[names.index(label)] if ok else None


def ask_colour(parent: QWidget | None, actor: Actor, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent, f"Colour for {actor.name}")
    return colour.name() if colour.isValid() else None
