#!/usr/bin/env bash
# The enforcement statistics' range conditions (EnforcementStatistics) on PostgreSQL, with the indexes of V60 (before)
# and of V87 (after), and the date-only alternative: 2,000,000 inspections and 400,000 cases over 62,000 towns and eight years, stored in date order
# (as they are written). For four scopes (whole country, a province, a county, a town) it times the three grouped
# branches of one year (inspections by inspected_on, cases by decided_on and by filed_on) with EXPLAIN ANALYZE, each
# RUNS times, and, in the same run, the database's own limit: a bare count(*) over each whole table.
# Results in docs/benchmarks.md. Needs psql on 127.0.0.1:5432 (user postgres, trust).
#   bench/enforcement-stats-indexes.sh [runs]
set -euo pipefail
RUNS=${1:-3}
DB=zb_bench_enf_idx
psql() { command psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
trap 'dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"' EXIT
psql -d "$DB" -q <<'SQL'
create table enforcement_inspection (id uuid primary key, enterprise_id uuid not null,
  region_code varchar(12) not null, sectors varchar(200) not null, office_code varchar(12) not null,
  mode varchar(24) not null, inspected_on date not null, inspected_year integer not null,
  general_findings integer not null, major_findings integer not null, summary varchar(2000) not null);
create table enforcement_case (id uuid primary key, enterprise_id uuid not null, region_code varchar(12) not null,
  sectors varchar(200) not null, office_code varchar(12) not null, filed_on date not null, filed_year int not null,
  decided_on date, measures varchar(200) not null, fine_unit_yuan numeric(14, 2) not null,
  fine_principal_yuan numeric(14, 2) not null, facts varchar(4000) not null);
-- region: 31 provinces x 10 cities x 10 counties x 20 towns; day: spread over 2019..2026
insert into enforcement_inspection select gen_random_uuid(), md5((g % 200000)::text)::uuid,
  lpad((g % 31 + 11)::text, 2, '0') || lpad((g / 31 % 10 + 1)::text, 2, '0') || lpad((g / 310 % 10 + 1)::text, 2, '0')
    || lpad((g / 3100 % 20 + 1)::text, 3, '0') || '000',
  ',03,', 'O' || g % 3000, 'DAILY', date '2019-01-01' + (g * 7919 % 2920)::int, 2019 + (g * 7919 % 2920 / 365)::int,
  (g % 3)::int, (g % 7 / 6)::int, repeat('x', 200)
from generate_series(1::bigint, 2000000) g order by 7;
insert into enforcement_case select gen_random_uuid(), md5((g % 200000)::text)::uuid,
  lpad((g % 31 + 11)::text, 2, '0') || lpad((g / 31 % 10 + 1)::text, 2, '0') || lpad((g / 310 % 10 + 1)::text, 2, '0')
    || lpad((g / 3100 % 20 + 1)::text, 3, '0') || '000',
  ',03,', 'O' || g % 3000, date '2019-01-01' + (g * 7919 % 2920)::int, 2019 + (g * 7919 % 2920 / 365)::int,
  case when g % 4 = 0 then null else date '2019-01-01' + least(2919, g * 7919 % 2920 + 40)::int end, 'RECTIFY', 1000, 0,
  repeat('y', 300)
from generate_series(1::bigint, 400000) g order by 6;
SQL

ms() { psql -d "$DB" -Atc "explain (analyze, format json) $1" \
  | python3 -c "import json, sys; print(round(json.load(sys.stdin)[0]['Execution Time'], 1))"; }
series() { local out=""; for _ in $(seq "$RUNS"); do out="$out $(ms "$1")"; done; echo "${out# }"; }
access() { psql -d "$DB" -Atc "explain $1" | grep -oE "(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan)( using [a-z_]+)? on [a-z_]+" \
  | head -1 | sed -E 's/ on [a-z_]+$//'; }

measure() {
  psql -d "$DB" -qc "vacuum analyze"
  echo "### $1 (load $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "| scope | branch | runs (ms) | access |"
  echo "|---|---|---|---|"
  for scope in "true:country" "between '110000000000' and '119999999999':province 11" \
      "between '120101000000' and '120101999999':county 120101" "between '130102003000' and '130102003999':town 130102003"; do
    cond=${scope%%:*}; name=${scope#*:}
    ci=$([ "$cond" = true ] && echo true || echo "i.region_code $cond")
    cc=$([ "$cond" = true ] && echo true || echo "c.region_code $cond")
    for q in \
      "select substr(i.region_code, 1, 6), count(*), count(distinct i.enterprise_id), sum(i.general_findings) from enforcement_inspection i where $ci and i.inspected_on between '2025-01-01' and '2025-12-31' group by 1" \
      "select substr(c.region_code, 1, 6), count(*), sum(c.fine_unit_yuan + c.fine_principal_yuan) from enforcement_case c where $cc and c.decided_on between '2025-01-01' and '2025-12-31' group by 1" \
      "select substr(c.region_code, 1, 6), count(*) from enforcement_case c where $cc and c.filed_on between '2025-01-01' and '2025-12-31' group by 1"; do
      branch=$(echo "$q" | grep -oE "(inspected_on|decided_on|filed_on) between" | cut -d' ' -f1)
      echo "| $name | $branch | $(series "$q") | $(access "$q") |"
    done
  done
  echo "| limit: count(*) of all inspections | | $(series "select count(*) from enforcement_inspection") | |"
  echo "| limit: count(*) of all cases | | $(series "select count(*) from enforcement_case") | |"
}

psql -d "$DB" -q -c "create index enforcement_inspection_region_idx on enforcement_inspection (region_code, inspected_year)" \
  -c "create index enforcement_case_region_idx on enforcement_case (region_code, filed_year)"
measure "Before: V60's indexes"
psql -d "$DB" -q -c "create index alt_inspected_on on enforcement_inspection (inspected_on)" \
  -c "create index alt_decided_on on enforcement_case (decided_on)" -c "create index alt_filed_on on enforcement_case (filed_on)"
measure "Alternative: V60's indexes and date-only ones"
psql -d "$DB" -q -c "drop index alt_inspected_on" -c "drop index alt_decided_on" -c "drop index alt_filed_on"
psql -d "$DB" -q -f "$(dirname "$0")/../src/main/resources/db/migration/V87__enforcement_statistics_indexes.sql"
measure "After: V87's indexes"
