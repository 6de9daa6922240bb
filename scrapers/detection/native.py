"""Platform-native labels ("Paid partnership", "Includes paid promotion") of a post.

The platform shows these above the post, so they are always visible and accepted.

>>> [s.detail for s in find_native_labels(("Betaald partnerschap met Zalando",))]
['paid partnership']
>>> find_native_labels(("Verified",))
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapers.models import Signal

NATIVE_LABELS: tuple[tuple[str, str], ...] = (
    ("paid partnership", "paid partnership"),
    ("includes paid promotion", "paid partnership"),
    ("paid promotion", "paid partnership"),
    ("betaald partnerschap", "paid partnership"),
    ("betaalde samenwerking", "paid partnership"),
    ("bevat betaalde promotie", "paid partnership"),
    ("bezahlte partnerschaft", "paid partnership"),
    ("enthält bezahlte werbung", "paid partnership"),
    ("partenariat rémunéré", "paid partnership"),
    ("inclut une communication commerciale", "paid partnership"),
    ("sponsored", "paid partnership"),
    ("gesponsord", "paid partnership"),
    ("gesponsert", "paid partnership"),
    ("sponsorisé", "paid partnership"),
    ("ad", "paid partnership"),
    ("promoted", "paid partnership"),
)


def find_native_labels(labels: Sequence[str]) -> list[Signal]:
    """A ``disclosure.native_label`` signal per platform label that marks a paid post."""
    signals = []
    for label in labels:
        lowered = label.strip().lower()
        for needle, canonical in NATIVE_LABELS:
            if lowered == needle or lowered.startswith(needle + " "):
                signals.append(Signal("disclosure", "disclosure.native_label", label, 1.0,
                                      None, None, canonical))
                break
    return signals
