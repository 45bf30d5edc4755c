# shellcheck shell=bash
# Sourced by scripts/run and scripts/test: makes sure PostgreSQL and Redis
# answer on 127.0.0.1, installing (Debian packages postgresql, redis-server)
# and starting them when they do not, then exports the URLs Frontdoor uses.
# It never touches servers that already answer.

# FD_T0 is when the outermost script started: log lines carry the seconds
# since then, in subshells too (xargs' workers), so a CI log shows what each
# stage cost.
export FD_T0="${FD_T0:-$(date +%s)}"
log() { printf 'frontdoor [%ss]: %s\n' "$(($(date +%s) - FD_T0))" "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

wait_port() {
	for _ in $(seq 1 60); do port_open "$1" && return 0; sleep 0.5; done
	return 1
}

apt_install() {
	log "installing $* (Debian packages)"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
	if ! port_open 5432; then
		command -v pg_ctlcluster >/dev/null || apt_install postgresql
		local version
		version=$(ls /etc/postgresql | sort -V | tail -n 1)
		log "starting PostgreSQL $version"
		as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
			as_root pg_ctlcluster "$version" main start
		wait_port 5432 || { log "PostgreSQL did not come up on 127.0.0.1:5432"; return 1; }
	fi
	command -v psql >/dev/null || apt_install postgresql-client
	# The admin URL is a maintenance database on which we may create databases.
	if [ -z "${FRONTDOOR_ADMIN_DATABASE_URL:-}" ]; then
		if psql "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable" -qtAc 'select 1' >/dev/null 2>&1; then
			FRONTDOOR_ADMIN_DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
		else
			# A stock Debian server asks for a password over TCP: give
			# Frontdoor a role of its own, through the local superuser.
			log "creating the PostgreSQL role frontdoor (password frontdoor, local development only)"
			as_root runuser -u postgres -- psql -qc "DO \$\$BEGIN
				IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frontdoor') THEN
					CREATE ROLE frontdoor LOGIN CREATEDB PASSWORD 'frontdoor';
				END IF; END\$\$;" >/dev/null
			FRONTDOOR_ADMIN_DATABASE_URL="postgres://frontdoor:frontdoor@127.0.0.1:5432/postgres?sslmode=disable"
		fi
	fi
	export FRONTDOOR_ADMIN_DATABASE_URL
	export FRONTDOOR_TEST_DATABASE_URL="${FRONTDOOR_TEST_DATABASE_URL:-$FRONTDOOR_ADMIN_DATABASE_URL}"
}

# ensure_database NAME creates the database if it is missing and exports
# FRONTDOOR_DATABASE_URL pointing at it (unless already set).
ensure_database() {
	local name=$1
	if [ -n "${FRONTDOOR_DATABASE_URL:-}" ]; then return 0; fi
	if [ "$(psql "$FRONTDOOR_ADMIN_DATABASE_URL" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != 1 ]; then
		psql "$FRONTDOOR_ADMIN_DATABASE_URL" -qc "CREATE DATABASE \"$name\"" >/dev/null
	fi
	export FRONTDOOR_DATABASE_URL="${FRONTDOOR_ADMIN_DATABASE_URL%%/postgres\?*}/$name?sslmode=disable"
}

ensure_redis() {
	if ! port_open 6379; then
		command -v redis-server >/dev/null || apt_install redis-server
		log "starting Redis"
		mkdir -p /tmp/frontdoor-redis
		redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
			--dir /tmp/frontdoor-redis --logfile /tmp/frontdoor-redis/redis.log
		wait_port 6379 || { log "Redis did not come up on 127.0.0.1:6379"; return 1; }
	fi
	export FRONTDOOR_REDIS_URL="${FRONTDOOR_REDIS_URL:-redis://127.0.0.1:6379/0}"
	export FRONTDOOR_TEST_REDIS_URL="${FRONTDOOR_TEST_REDIS_URL:-$FRONTDOOR_REDIS_URL}"
}

ensure_go() {
	command -v go >/dev/null && return 0
	[ -x /usr/local/go/bin/go ] && { export PATH="$PATH:/usr/local/go/bin"; return 0; }
	log "Go is required (1.26 or newer): https://go.dev/doc/install"
	return 1
}

# ensure_test_tools installs what tests use to check our output independently
# (an iCalendar parser, a real browser, the FHIR R4 schema); tests skip
# loudly without them.
ensure_test_tools() {
	# The English word list keeps the triage lexicon from spell-correcting
	# real words into symptoms (TestKnownEnglishWords skips without it).
	if [ ! -f /usr/share/dict/words ]; then
		apt_install wamerican || log "no English word list: the known-words test will skip"
	fi
	if ! command -v chromium >/dev/null; then
		apt_install chromium || log "chromium unavailable: the browser tests will skip"
	fi
	if ! command -v npm >/dev/null; then
		apt_install npm || log "npm unavailable: the FHIR schema test will skip"
	fi
	if command -v npm >/dev/null && fhir/testdata/install-schema.sh; then
		export FRONTDOOR_REQUIRE_FHIR_SCHEMA=1 # the schema is there: a skip would hide a failure
	else
		log "the FHIR R4 schema could not be installed: the FHIR schema test will skip"
	fi
	if ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
		apt_install python3-icalendar || log "python3-icalendar unavailable: the calendar parser test will skip"
	fi
}
