"""Which literal words each relation rule cannot match without: ``python -m bench.triggers``.

The gate itself lives in kg/gate.py (``required_clauses``, ``SentenceGate``, built once per rule set
from the compiled patterns); this prints the clause it chose for every rule.
"""
from __future__ import annotations

import sys

from kg.gate import SentenceGate, best_clause, required_clauses, required_slots  # noqa: F401 - re-exported

_best = best_clause


def rule_gates(rules) -> tuple[dict[str, frozenset[str]], list[str]]:
    """{rule id: its most selective required clause}, and the ids of rules without one."""
    gates, ungated = {}, []
    for r in rules:
        best = best_clause(required_clauses(r.regex))
        if best is None:
            ungated.append(r.id)
        else:
            gates[r.id] = best
    return gates, ungated


def main() -> None:
    from kg.extract import load_rules
    rules, _ = load_rules()
    gates, ungated = rule_gates(rules)
    for r in rules:
        g = gates.get(r.id)
        print(f"{r.id:<45} {'UNGATED' if g is None else ' | '.join(sorted(g, key=len))[:110]}")
    words = set().union(*gates.values())
    print(f"\n{len(rules)} rules, {len(words)} trigger strings, {len(ungated)} ungated", file=sys.stderr)


if __name__ == "__main__":
    main()
