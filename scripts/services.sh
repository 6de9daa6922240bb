# Start and stop throwaway PostgreSQL and Redis servers on 127.0.0.1 for the tests.
# Sourced by scripts/test.sh and scripts/bench.sh; exports the URLs the tests read.

SERVICES_DIR="${SERVICES_DIR:-$(mktemp -d /tmp/transparant-services.XXXXXX)}"
PG_PORT="${PG_PORT:-54329}"
REDIS_PORT="${REDIS_PORT:-63799}"

_pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_services() {
    local bin; bin="$(_pg_bin)"
    chmod 755 "$SERVICES_DIR"
    mkdir -p "$SERVICES_DIR/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$SERVICES_DIR/pg"
    _as_postgres "$bin/initdb" -D "$SERVICES_DIR/pg" -U transparant --auth=trust >/dev/null
    _as_postgres "$bin/pg_ctl" -D "$SERVICES_DIR/pg" -l "$SERVICES_DIR/pg/server.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k $SERVICES_DIR/pg -F" start >/dev/null
    _as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U transparant transparant_test
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
        --daemonize yes --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log"
    export TRANSPARANT_TEST_POSTGRES_URL="postgresql+psycopg://transparant@127.0.0.1:$PG_PORT/transparant_test"
    export TRANSPARANT_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
    echo "services: PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT"
}

stop_services() {
    local bin; bin="$(_pg_bin)"
    _as_postgres "$bin/pg_ctl" -D "$SERVICES_DIR/pg" -m fast stop >/dev/null 2>&1 || true
    [ -f "$SERVICES_DIR/redis.pid" ] && kill "$(cat "$SERVICES_DIR/redis.pid")" 2>/dev/null || true
    rm -rf "$SERVICES_DIR"
}
