#!/usr/bin/env bash
# Checks the local services the tests talk to and starts any that stopped (commands from the
# machine notes). PostgreSQL and MariaDB are used by the SQL sink tests.
set -uo pipefail

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {
  local name=$1 port=$2
  for _ in $(seq 1 30); do listening "$port" && { echo "$name is up on $port"; return 0; }; sleep 1; done
  echo "$name did not come up on $port" >&2
  return 1
}

if ! listening 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
fi
wait_for PostgreSQL 5432 || exit 1

if ! listening 3306; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
wait_for MariaDB 3306 || exit 1
