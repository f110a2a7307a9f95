"""Who could bridge two communities of the network: organisations that do not already work with both, whose
profile fits both, by the recommender's similarity of texts (`Matching.similarities`) to the profiles of each
community's most connected members; explained by the member each fits best, shared sectors and keywords."""

from __future__ import annotations

from collections import Counter

import numpy as np

from matcher.network.schemas import BridgeCandidatePublic, BridgeCandidatesPublic
from matcher.network.service import NetworkService, Sees, community_pair

QUERIES = 5  # the most connected members of each community whose profiles stand for it
POOL = 200  # candidates compared by the model, the best by shared sectors and keywords
TAGS = 30


def bridge_candidates(
    service: NetworkService, sees: Sees, a: int, b: int, k: int = 10
) -> BridgeCandidatesPublic:
    view, _ = service.current()
    group_a, group_b = community_pair(view, a, b)
    with service.recommender.engine.lock:
        cat = service.catalogue
        orgs = {n: o for n, o in cat.orgs.items() if o.visibility != "hidden"}
        partners = {n: cat.partners_of(n) & orgs.keys() for n in orgs}
    in_a, in_b = set(group_a), set(group_b)
    heads = [sorted(g, key=lambda n: (-view.graph.degree(n), n))[:QUERIES] for g in (group_a, group_b)]
    tags = [_top_tags([orgs[n] for n in g if n in orgs]) for g in (group_a, group_b)]

    def overlap(n: int, side: int) -> int:
        return len(_tags(orgs[n]) & tags[side])

    pool = [
        n for n in orgs if not (partners[n] & in_a and partners[n] & in_b) and n not in heads[0] + heads[1]
    ]
    pool.sort(key=lambda n: (-min(overlap(n, 0), overlap(n, 1)), -(overlap(n, 0) + overlap(n, 1)), n))
    pool = pool[:POOL]
    queries = [orgs[n].text for n in heads[0] + heads[1]]
    cosine = (
        np.asarray(service.recommender.similarities(queries, [orgs[n].text for n in pool]))
        if pool
        else np.zeros((len(queries), 0))
    )
    split = len(heads[0])
    rows = []
    for j, n in enumerate(pool):
        fits = [cosine[:split, j], cosine[split:, j]]
        best = [int(np.argmax(f)) for f in fits]
        fit_a, fit_b = (float(f[i]) for f, i in zip(fits, best, strict=True))
        reasons = []
        for side, (label, head, fit) in enumerate((("a", heads[0], fit_a), ("b", heads[1], fit_b))):
            like = service.node(orgs[head[best[side]]], sees).name
            reasons.append(f"its profile fits community {label} (cosine {fit:.2f}, closest to {like})")
            shared = sorted(_tags(orgs[n]) & tags[side])[:5]
            if shared:
                reasons.append(
                    f"shares with community {label}: {', '.join(t.removeprefix('sector:') for t in shared)}"
                )
            known = len(partners[n] & (in_a if side == 0 else in_b))
            if known:
                reasons.append(f"already works with {known} of community {label}")
        rows.append((min(fit_a, fit_b), fit_a, fit_b, n, reasons))
    rows.sort(key=lambda r: (-r[0], r[3]))
    data = [
        BridgeCandidatePublic(
            organisation=service.node(orgs[n], sees, community=view.community_of.get(n)),
            score=round(score, 4),
            fit_a=round(fit_a, 4),
            fit_b=round(fit_b, 4),
            reasons=reasons,
        )
        for score, fit_a, fit_b, n, reasons in rows[:k]
    ]
    return BridgeCandidatesPublic(
        a=service.community(view, a, sees), b=service.community(view, b, sees), data=data, count=len(data)
    )


def _tags(org: object) -> set[str]:
    keywords = getattr(org, "keywords", [])
    return {k.casefold() for k in keywords} | {f"sector:{s}" for s in getattr(org, "sectors", [])}


def _top_tags(members: list[object]) -> set[str]:
    counts = Counter(t for m in members for t in _tags(m))
    return {t for t, _ in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:TAGS]}
