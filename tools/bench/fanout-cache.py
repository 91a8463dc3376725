#!/usr/bin/env python3
"""Fans a synthetic cache written by `c360-bench --synthetic` out to K times its customers.

The cache writer is the honest way to build a benchmark cache, but at a million customers it
takes hours on a 2-core machine. This tool copies every customer of a seed cache (built by the
cache writer) K-1 more times, in SQL: integer ids are shifted per copy, and the keys that make a
customer unique (phone, e-mail, order number, source id) are renumbered the way
`c360-bench --synthetic` numbers them, so copy k of synthetic customer #i is synthetic customer
#(i + k*S) with S the seed's customer count. Secondary indexes are dropped and rebuilt (sorted
builds), the dashboard roll-up triggers are set aside while contact facts are copied and the
roll-ups (whose keys are the same in every copy) are multiplied by K, as is the count of customers with
spend beside the lifetime-value permilles (which K copies of the same values leave as they are).

    tools/bench/fanout-cache.py SEED.db OUT.db --copies 100

Only for caches of `c360-bench --synthetic` (CRM customers, contact-center interactions, shop
orders): other tables must be empty in the seed.
"""
import argparse
import os
import re
import shutil
import sqlite3
import sys
import time

# Tables this tool copies; any other non-empty table is an error (it would not be fanned out).
COPIED = {
    "source_record", "record_key", "party", "party_link", "customer_profile", "orders", "order_line",
    "interaction", "timeline_event", "party_fts", "party_key", "party_field", "party_stage",
    "contact_fact", "contact_day", "served_day", "party_source",
}
KEPT = {"sync_state", "report_fact_state", "scope_state", "ltv_quantile"}


def rewrite(expr_kind, expr_value):
    """SQL for a key value of copy k: parameters :s (seed customers) and :k (copy number)."""
    return f"""CASE {expr_kind}
        WHEN 'email' THEN 'customer' || (CAST(substr({expr_value}, 9, instr({expr_value}, '@') - 9) AS INTEGER)
                                          + :k * :s) || substr({expr_value}, instr({expr_value}, '@'))
        WHEN 'phone' THEN '+86139' || printf('%08d', CAST(substr({expr_value}, 7) AS INTEGER) + :k * :s)
        WHEN 'order' THEN (CAST(substr({expr_value}, 1, length({expr_value}) - 1) AS INTEGER) + :k * :s)
                          || substr({expr_value}, -1)
        WHEN 'source_id' THEN {expr_value} || '~' || :k
        ELSE {expr_value} END"""


def email(col):
    return f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} ELSE {rewrite(repr('email'), col)} END"


def phone(col):
    return f"CASE WHEN {col} IS NULL OR {col} = '' THEN {col} ELSE {rewrite(repr('phone'), col)} END"


def columns(db, table):
    return [row[1] for row in db.execute(f'PRAGMA s.table_info("{table}")')]


def copy_sql(db, table, overrides):
    cols = columns(db, table)
    exprs = [overrides.get(c, c) for c in cols]
    return f'INSERT INTO main."{table}"({",".join(cols)}) SELECT {",".join(exprs)} FROM s."{table}"'


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("seed")
    p.add_argument("out")
    p.add_argument("--copies", type=int, required=True, help="K: the output has K times the seed's customers")
    a = p.parse_args()
    if a.copies < 1:
        sys.exit("--copies takes a number ≥ 1")
    started = time.time()
    seed = sqlite3.connect(f"file:{a.seed}?mode=ro", uri=True)
    for (name,) in seed.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                "AND name NOT LIKE 'party_fts_%'"):
        if name in COPIED or name in KEPT:
            continue
        (n,) = seed.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        if n:
            sys.exit(f"{a.seed}: table {name} has {n} rows; this tool fans out only c360-bench --synthetic caches")
    s = seed.execute("SELECT count(*) FROM party").fetchone()[0]
    offsets = {
        "P": seed.execute("SELECT max(id) FROM party").fetchone()[0],
        "R": seed.execute("SELECT max(id) FROM source_record").fetchone()[0],
        "E": seed.execute("SELECT max(id) FROM timeline_event").fetchone()[0],
        "L": seed.execute("SELECT coalesce(max(id), 0) FROM order_line").fetchone()[0],
    }
    seed.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(a.out + suffix):
            os.remove(a.out + suffix)
    # A consistent copy of the seed (its WAL folded in) is copy 0.
    src = sqlite3.connect(f"file:{a.seed}?mode=ro", uri=True)
    dst = sqlite3.connect(a.out)
    src.backup(dst)
    src.close()
    db = dst
    db.isolation_level = None
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-2000000")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("ATTACH ? AS s", (a.seed,))
    saved = db.execute("SELECT type, name, sql FROM main.sqlite_master WHERE type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL").fetchall()
    db.execute("BEGIN")
    for kind, name, _ in saved:
        db.execute(f'DROP {kind.upper()} main."{name}"')
    P, R, E, L = offsets["P"], offsets["R"], offsets["E"], offsets["L"]
    plans = {
        "source_record": {"id": f"id + :k * {R}", "source_id": "source_id || '~' || :k"},
        "record_key": {"record_id": f"record_id + :k * {R}", "value": rewrite("kind", "value")},
        "party": {"id": f"id + :k * {P}", "primary_email": email("primary_email"),
                  "primary_phone": phone("primary_phone")},
        "party_link": {"record_id": f"record_id + :k * {R}", "party_id": f"party_id + :k * {P}"},
        "customer_profile": {"record_id": f"record_id + :k * {R}", "email": email("email"), "phone": phone("phone")},
        "orders": {"record_id": f"record_id + :k * {R}", "number": rewrite("'order'", "number"),
                   "email": email("email"), "phone": phone("phone")},
        "order_line": {"id": f"id + :k * {L}", "record_id": f"record_id + :k * {R}"},
        "interaction": {"record_id": f"record_id + :k * {R}", "email": email("email"), "phone": phone("phone")},
        "timeline_event": {"id": f"id + :k * {E}", "party_id": f"party_id + :k * {P}",
                           "record_id": f"record_id + :k * {R}"},
        "party_key": {"party_id": f"party_id + :k * {P}", "value": rewrite("kind", "value"),
                      "first_record": f"first_record + :k * {R}"},
        "party_field": {"party_id": f"party_id + :k * {P}",
                        "value": f"CASE field WHEN 'email' THEN {email('value')} WHEN 'phone' THEN {phone('value')} "
                                 f"ELSE value END",
                        "record_id": f"record_id + :k * {R}"},
        "party_stage": {"party_id": f"party_id + :k * {P}"},
        "party_source": {"party_id": f"party_id + :k * {P}"},
        "contact_fact": {"record_id": f"record_id + :k * {R}", "party_id": f"party_id + :k * {P}"},
    }
    statements = {t: copy_sql(db, t, o) for t, o in plans.items()}
    # The trigram index: a copy's names as they are, its e-mails and phones renumbered, its order numbers
    # renumbered line by line.
    order_re = re.compile(r"^(\d+)(\d)$")

    def fts_ids(ids, k):
        if ids is None:
            return None
        out = []
        for line in ids.split("\n"):
            m = order_re.match(line)
            out.append(f"{int(m.group(1)) + k * s}{m.group(2)}" if m else line)
        return "\n".join(out)

    def fts_phones(phones, k):
        if phones is None:
            return None
        out = []
        for line in phones.split("\n"):
            if line.startswith("+86139"):
                out.append("+86139%08d" % (int(line[6:]) + k * s))
            elif line.startswith("139") and line.isdigit():
                out.append("139%08d" % (int(line[3:]) + k * s))
            else:
                out.append(line)
        return "\n".join(out)

    db.create_function("fts_ids", 2, fts_ids, deterministic=True)
    db.create_function("fts_phones", 2, fts_phones, deterministic=True)
    fts = (f"INSERT INTO main.party_fts(rowid, names, emails, phones, ids) SELECT rowid + :k * {P}, names, "
           f"{email('emails')}, fts_phones(phones, :k), fts_ids(ids, :k) FROM s.party_fts")
    for k in range(1, a.copies):
        for table, sql in statements.items():
            db.execute(sql, {"k": k, "s": s})
        db.execute(fts, {"k": k, "s": s})
        if k % 10 == 0 or k == a.copies - 1:
            print(f"  copy {k} of {a.copies - 1} ({time.time() - started:.0f} s)", flush=True)
    # The roll-ups: every copy adds the same keys, so each sum is K times the seed's (a maximum stays).
    db.execute("UPDATE main.contact_day SET contacts = contacts * :c, followed = followed * :c, repeats = repeats * :c, "
               "handle_count = handle_count * :c, handle_sum = handle_sum * :c, wrap_count = wrap_count * :c, "
               "wrap_sum = wrap_sum * :c", {"c": a.copies})
    db.execute("UPDATE main.served_day SET contacts = contacts * :c", {"c": a.copies})
    # The lifetime-value permilles of K copies of the same values are the seed's; rank 0 counts the customers.
    db.execute("UPDATE main.ltv_quantile SET value = value * :c WHERE rank = 0", {"c": a.copies})
    db.execute("COMMIT")
    print(f"  rows copied ({time.time() - started:.0f} s); rebuilding {len(saved)} indexes and triggers", flush=True)
    db.execute("BEGIN")
    for kind, name, sql in saved:
        db.execute(sql)
    db.execute("COMMIT")
    db.execute("DETACH s")
    db.execute("PRAGMA journal_mode=WAL")
    (parties,) = db.execute("SELECT count(*) FROM party").fetchone()
    (events,) = db.execute("SELECT count(*) FROM timeline_event").fetchone()
    db.close()
    print(f"{a.out}: {parties} customers, {events} timeline events in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
