"""ohmystack on Airflow: the eight daily KST slots (00, 03, ..., 21 Asia/Seoul), one task per stage.

    doctor -> collect -> run -> report

Every task calls the `ohmystack` CLI (npm install ohmystack in OHMYSTACK_HOME), so the DAG holds no
pipeline code. `collect` stages the slot's postings on disk; `run` with the same --run-id loads them
without fetching them again (and resumes a half-done slot); a retried task reuses what is staged. The run
id is the slot's KST start, YYYYMMDDTHH00, taken from the logical date, so a retry or a manual re-run of
a slot writes the same lake keys and database rows instead of duplicates.

Exit codes the tasks act on (see `ohmystack --help`): 0 ok/skipped/staged; 1 failed (retried: the run
resumes from what is staged); 2 partial (data loaded, but a source failed or records were quarantined:
the slot is committed, so a retry would only skip it — the run task logs it and succeeds, the report JSON
says what failed); 64 configuration error; 75 slot already running elsewhere (retried); 130/143
interrupted (retried).

Settings come from the environment of the workers (or an Airflow connection exported as env):
OHMYSTACK_S3_BUCKET, OHMYSTACK_ATHENA_DATABASE, OHMYSTACK_DATABASE_URL, KAKAO_REST_API_KEY, ... or an
ohmystack.config.json in OHMYSTACK_HOME. The work dir must be shared by the tasks of one slot (one
worker, or a shared volume), since `run` reads what `collect` staged.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.timetables.trigger import CronTriggerTimetable

try:  # Airflow 3
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow.operators.bash import BashOperator

KST = pendulum.timezone("Asia/Seoul")
# Trigger semantics: the logical date of a run is its slot (09:00 KST runs as 09:00), not the start of the
# previous interval as with Airflow 2's default cron timetable.
SLOTS = CronTriggerTimetable("0 0,3,6,9,12,15,18,21 * * *", timezone=KST)

# Where the project that installed ohmystack lives (its node_modules/.bin/ohmystack, config, work dir).
OHMYSTACK_HOME = os.environ.get("OHMYSTACK_HOME", "/opt/ohmystack")
# V8 otherwise lets garbage pile up far past the live set; 192 MB holds runs of ~100,000 postings under
# 400 MB RSS (npm run bench). Raise it for bigger runs.
OHMYSTACK = (
    f"cd {OHMYSTACK_HOME} && mkdir -p reports && "
    "NODE_OPTIONS=--max-old-space-size=192 npx --no-install ohmystack"
)

# The slot's KST start as a run id: 20261129T0900 (with CronTriggerTimetable the logical date is the slot).
RUN_ID = "{{ logical_date.in_timezone('Asia/Seoul').strftime('%Y%m%dT%H00') }}"
# The slot's date, for the report's file name.
RUN_DATE = "{{ logical_date.in_timezone('Asia/Seoul').strftime('%Y-%m-%d') }}"

default_args = {
    "owner": "ohmystack",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    # A run that has not finished in 2.5 h would collide with the next slot.
    "execution_timeout": timedelta(hours=2, minutes=30),
}

with DAG(
    dag_id="ohmystack",
    description="Korean IT job postings: collect, normalize, geocode and load, eight times a day",
    schedule=SLOTS,
    start_date=pendulum.datetime(2026, 1, 1, tz=KST),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["ohmystack", "jobs"],
) as dag:
    doctor = BashOperator(
        task_id="doctor",
        # Configuration, secrets (set or not, never shown), database, S3, Athena.
        bash_command=f"{OHMYSTACK} doctor",
        retries=0,
    )

    collect = BashOperator(
        task_id="collect",
        bash_command=f"{OHMYSTACK} collect --run-id {RUN_ID} --json > /dev/null",
    )

    run = BashOperator(
        task_id="run",
        # Loads the postings `collect` staged for this run id: normalize, geocode, branches, features, sinks.
        bash_command=(
            f"{OHMYSTACK} run --run-id {RUN_ID} --json > reports/{RUN_ID}.json; code=$?; "
            f'if [ "$code" -eq 2 ]; then echo "ohmystack: partial run, see reports/{RUN_ID}.json"; exit 0; fi; '
            "exit $code"
        ),
    )

    report = BashOperator(
        task_id="report",
        # The trend page over the local lake (with an S3 lake, query Athena instead: `ohmystack query --athena`).
        bash_command=f"{OHMYSTACK} report --out reports/ohmystack-{RUN_DATE}.html",
        trigger_rule="all_success",
    )

    doctor >> collect >> run >> report
