#!/usr/bin/env bash
# dump-identity.sh CACHE OUT: the result of identity resolution in a cache, as sorted text without timestamps
# (party_link.linked_ms, party.updated_ms), to compare two builds' results byte for byte:
#   c360-identity-bench --records 1000000 --input in.db --db a.db   # (build A; likewise b.db with build B)
#   dump-identity.sh a.db a.txt; dump-identity.sh b.db b.txt; cmp a.txt b.txt
# Links (party, rule, score, evidence), parties and golden fields, records per source, party keys, blocked keys, search rows, the
# timeline's parties and the report facts' parties.
set -euo pipefail
db=$1
out=$2
sqlite3 -readonly "$db" >"$out" <<'SQL'
.mode list
.separator |
SELECT 'link', record_id, party_id, rule, entity, quote(score), quote(evidence) FROM party_link ORDER BY record_id;
SELECT 'party', id, display_name, name_key, quote(primary_email), quote(primary_phone), quote(segment), quote(city),
       quote(lifetime_value), quote(currency), order_count, open_tickets, quote(last_contact_ms) FROM party ORDER BY id;
SELECT 'field', party_id, field, quote(value), quote(source), quote(record_id) FROM party_field ORDER BY party_id, field;
SELECT 'source', party_id, source, records FROM party_source ORDER BY party_id, source;
SELECT 'key', party_id, kind, value, records, first_record, last_ms FROM party_key ORDER BY party_id, kind, value;
SELECT 'block', kind, value, reason, distinct_names FROM identity_key_block ORDER BY kind, value;
SELECT 'fts', rowid, quote(names), quote(emails), quote(phones), quote(ids) FROM party_fts ORDER BY rowid;
SELECT 'event', id, party_id FROM timeline_event ORDER BY id;
SELECT 'contact', record_id, party_id FROM contact_fact ORDER BY record_id;
SELECT 'stage', party_id, reached_ms, stage FROM party_stage ORDER BY party_id, reached_ms, stage;
SQL
echo "$(wc -l <"$out") lines, sha256 $(sha256sum "$out" | cut -c1-16)"
