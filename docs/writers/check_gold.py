"""Check a writer's folder: front matter, gold header, rows, evidence and names."""
import os, re, sys, unicodedata

PREDS = set("founder alumniOf worksFor memberOf location develops publisher datePublished "
            "foundingDate prioritizes parentOrganization investedIn".split())
DATES = {"datePublished", "foundingDate"}
HEADER = [
    "# Columns: subject, predicate, object, need (R = required: counted in recall; O = optional: acceptable, not required), evidence (verbatim snippet).",
    "# A cell may list alternative names separated by |; any of them matches any rdfs:label / skos:altLabel of the entity.",
    "# Names are compared after NFKC normalisation with quotes, 《》 and white space removed.",
    "# Predicates: founder alumniOf worksFor memberOf location develops publisher datePublished foundingDate prioritizes parentOrganization investedIn",
    "# Dates are literals: YYYY, YYYY-MM or YYYY-MM-DD.",
    "subject\tpredicate\tobject\tneed\tevidence",
]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\"'“”‘’「」『』《》]", "", s).lower()


def check(folder):
    problems = []
    mds = sorted(f for f in os.listdir(folder) if f.endswith(".md"))
    if len(mds) != 14:
        problems.append(f"{folder}: {len(mds)} articles, expected 14")
    for md in mds:
        path = os.path.join(folder, md)
        if not re.fullmatch(r"(0[1-9]|1[0-4])_[a-z0-9_]+\.md", md):
            problems.append(f"{md}: name must be NN_slug.md")
        text = open(path, encoding="utf-8").read()
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            problems.append(f"{md}: no YAML front matter")
            continue
        fm = m.group(1)
        for key in ("id", "title", "date", "source", "lang"):
            if not re.search(rf"^{key}:\s*\S", fm, re.M):
                problems.append(f"{md}: front matter lacks {key}")
        if not re.search(r'^date:\s*"?\d{4}-\d{2}-\d{2}"?\s*$', fm, re.M):
            problems.append(f"{md}: date must be YYYY-MM-DD")
        body = text[m.end():]
        nbody = norm(body)
        tsv = path[:-3] + ".tsv"
        if not os.path.exists(tsv):
            problems.append(f"{md}: no gold file {os.path.basename(tsv)}")
            continue
        lines = open(tsv, encoding="utf-8").read().splitlines()
        if not lines or not lines[0].startswith("# Gold facts for "):
            problems.append(f"{os.path.basename(tsv)}: first line must be '# Gold facts for <folder>/<file>.md'")
        if lines[1:7] != HEADER:
            problems.append(f"{os.path.basename(tsv)}: header lines 2-7 differ from the brief")
        seen, nr = set(), 0
        for i, line in enumerate(lines[7:], start=8):
            if not line.strip():
                continue
            where = f"{os.path.basename(tsv)} line {i}"
            cells = line.split("\t")
            if len(cells) != 5:
                problems.append(f"{where}: {len(cells)} columns, expected 5")
                continue
            s, p, o, need, ev = cells
            if p not in PREDS:
                problems.append(f"{where}: unknown predicate {p!r}")
            if need not in ("R", "O"):
                problems.append(f"{where}: need must be R or O")
            nr += need == "R"
            key = (norm(s), p, norm(o))
            if key in seen:
                problems.append(f"{where}: duplicate row")
            seen.add(key)
            if norm(ev) not in nbody or len(ev.strip()) < 3:
                problems.append(f"{where}: evidence is not a verbatim snippet of the article: {ev!r}")
            for cell, name in ((s, "subject"), (o, "object")):
                if p in DATES and name == "object":
                    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", o):
                        problems.append(f"{where}: date must be YYYY, YYYY-MM or YYYY-MM-DD: {o!r}")
                    continue
                alts = cell.split("|")
                if any(not a.strip() for a in alts):
                    problems.append(f"{where}: empty name in {name}")
                elif not any(norm(a) in nbody for a in alts):
                    problems.append(f"{where}: no {name} name of {cell!r} occurs in the article")
        if nr < 8:
            problems.append(f"{os.path.basename(tsv)}: only {nr} R rows (write at least 8)")
    return problems


if __name__ == "__main__":
    probs = check(sys.argv[1])
    print("\n".join(probs) if probs else "OK")
    sys.exit(1 if probs else 0)
