// The top of a session script: what it is, how to run it, its settings and its shell functions.
import type { Session } from '../session';
import { LOAD_LINES_FUNCTION } from './loadLines';
import { commentText } from './quote';

const FUNCTIONS = `
# kafka TOOL ARGS...: a Kafka tool, from $KAFKA_BIN if set, otherwise inside the container.
kafka() {
  local tool=$1
  shift
  if [[ -n "\${KAFKA_BIN:-}" ]]; then
    "$KAFKA_BIN/$tool.sh" "$@"
  else
    docker exec -i "$KAFKA_CONTAINER" "/opt/kafka/bin/$tool.sh" "$@"
  fi
}

# rf N: N, but at most MAX_RF.
rf() { if (($1 < MAX_RF)); then echo "$1"; else echo "$MAX_RF"; fi; }

# pause MS: wait MS milliseconds of the session's virtual time.
pause() { sleep "$(awk -v ms="$1" -v speed="$SPEED" 'BEGIN { printf "%.3f", ms / 1000 / speed }')"; }

# failed STATUS: a command failed; the replay goes on, as the session did in the simulator.
failed() { echo "session: the command above failed (exit $1); going on" >&2; }

BG_NAMES=()
# start_bg NAME TOOL ARGS...: a tool in the background, reading this function's stdin; its PID
# goes in the variable NAME. docker exec passes no signals on, so inside the container the tool
# keeps its PID in /tmp/NAME.pid for stop_bg.
start_bg() {
  local name=$1 tool=$2
  shift 2
  if [[ -n "\${KAFKA_BIN:-}" ]]; then
    "$KAFKA_BIN/$tool.sh" "$@" <&0 &
  else
    docker exec -i "$KAFKA_CONTAINER" sh -c 'echo $$ >"/tmp/$0.pid"; exec "$@"' \\
      "$name" "/opt/kafka/bin/$tool.sh" "$@" <&0 &
  fi
  printf -v "$name" '%s' "$!"
  BG_NAMES+=("$name")
}

# stop_bg NAME SIGNAL: TERM closes a console client (a consumer commits and leaves its group);
# KILL is a crash (the group finds out after session.timeout.ms).
stop_bg() {
  local name=$1 signal=$2 pid=\${!1:-}
  [[ -n "$pid" ]] || return 0
  if [[ -n "\${KAFKA_BIN:-}" ]]; then
    kill -s "$signal" "$pid" 2>/dev/null || true
  else
    docker exec "$KAFKA_CONTAINER" sh -c 'kill -s "$0" "$(cat "/tmp/$1.pid")"; rm -f "/tmp/$1.pid"' \\
      "$signal" "$name" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  printf -v "$name" '%s' ''
}

# wait_bg NAME: wait for a background tool to end by itself (a load that has sent its records).
wait_bg() {
  local pid=\${!1:-}
  [[ -z "$pid" ]] || wait "$pid" || true
  printf -v "$1" '%s' ''
}

# Leaving, however it happens, stops what still runs in the background (SIGTERM: consumers close).
cleanup() {
  local name
  for name in \${BG_NAMES[@]+"\${BG_NAMES[@]}"}; do stop_bg "$name" TERM; done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
`;

const SETTINGS = `
# Where the cluster is.
BOOTSTRAP="\${BOOTSTRAP:-localhost:9092}"
# How much faster than the session to replay it: SPEED=10 plays 10 virtual seconds in 1 s.
SPEED="\${SPEED:-1}"
# The docker-compose file runs one broker, so replication factors (and min.insync.replicas) are
# clamped to MAX_RF: a topic cannot have more replicas than there are brokers. On a bigger
# cluster, set MAX_RF to its number of brokers.
MAX_RF="\${MAX_RF:-1}"
# Seconds to let the consumers catch up and commit before the final describe.
SETTLE="\${SETTLE:-5}"
# The container the compose file starts, used when KAFKA_BIN (a Kafka bin/ directory) is not set.
KAFKA_CONTAINER="\${KAFKA_CONTAINER:-kafka}"
`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

export function scriptPrelude(
  session: Session,
  end: number,
  actions: number,
  file: string,
): string {
  const c = session.cluster;
  const brokers = c.brokers.map((b) => commentText(String(b), 12)).join(', ');
  const mode = c.mode === 'zookeeper' ? 'ZooKeeper' : 'KRaft';
  const name = commentText(file, 60);
  const header = [
    '#!/usr/bin/env bash',
    `# ${session.title === undefined ? 'A Kafka Visual Simulator session' : commentText(session.title)}`,
    '# A Kafka Visual Simulator session, replayed in order against a real Kafka cluster.',
    `# Seed ${commentText(String(session.seed), 24)}. The simulator ran ${c.brokers.length} broker(s) (${commentText(brokers)}) in ${mode} mode;`,
    `# ${actions} action(s) over ${seconds(end)} of virtual time.`,
    ...(c.mode === 'zookeeper'
      ? ['# The compose cluster runs KRaft (Kafka 4 has no ZooKeeper): the tools are the same.']
      : []),
    '#',
    '# How to run it, with docker-compose.yml (one broker, KRaft) in this directory:',
    '#   docker compose up -d',
    `#   bash ${name}`,
    `# Or with Kafka's own tools: KAFKA_BIN=/path/to/kafka/bin BOOTSTRAP=host:9092 MAX_RF=3 bash ${name}`,
    '# Start from a fresh cluster (docker compose down, then up), as the session did. Timings are',
    '# approximate: each tool starts a JVM, which takes a second or so.',
    'set -euo pipefail',
  ];
  return [...header, SETTINGS, FUNCTIONS.trim(), '', LOAD_LINES_FUNCTION, ''].join('\n');
}
