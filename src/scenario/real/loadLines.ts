// The session script's load generator: an awk program that prints a load's records, RATE a
// virtual second, with the simulator's keys and values (src/engine/producer/loadValues.ts), then
// ends. It reads its parameters from the environment (never from awk -v, which would interpret
// backslashes), and holds no single quote, so it sits in a single-quoted shell word.

const AWK = String.raw`
function fl(x) { return x >= 0 || int(x) == x ? int(x) : int(x) - 1 }
function pad(v, w) { v = v ""; while (length(v) < w) v = "0" v; return v }
function rnd(x) { return (x < 0 ? -int(-x * 100000 + 0.5) : int(x * 100000 + 0.5)) / 100000 }
function iso(ms,   total, days, inday, z, era, doe, yoe, doy, mp, d, m, y) {
  total = 1704067200000 + fl(ms); days = fl(total / 86400000); inday = total - days * 86400000
  z = days + 719468; era = fl(z / 146097); doe = z - era * 146097
  yoe = fl((doe - fl(doe / 1460) + fl(doe / 36524) - fl(doe / 146096)) / 365)
  doy = doe - (365 * yoe + fl(yoe / 4) - fl(yoe / 100)); mp = fl((5 * doy + 2) / 153)
  d = doy - fl((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; y = yoe + era * 400 + (m <= 2)
  return y "-" pad(m, 2) "-" pad(d, 2) "T" pad(fl(inday / 3600000), 2) ":" pad(fl(inday / 60000) % 60, 2) ":" pad(fl(inday / 1000) % 60, 2) "." pad(inday % 1000, 3) "Z"
}
function truck(t, now,   pace, angle, wobble) {
  pace = 1 + (t % 3) * 0.25
  angle = (t * 2.4 + (2 * PI * now * pace) / 1200000) % (2 * PI)
  wobble = 0.15 * sin(angle * 3 + t)
  LAT = rnd(18.52 + 0.06 * (1 + wobble) * sin(angle))
  LON = rnd(73.86 + 0.09 * (1 + wobble) * cos(angle))
}
function logline(n, user) {
  if (n % 20 == 19) { LVL = "ERROR"; MSG = "Payment failed for order " (1000 + n); return }
  if (n % 10 == 4) { LVL = "WARN"; MSG = "Slow response from inventory: " (200 + (n * 37) % 800) " ms"; return }
  LVL = "INFO"
  if (n % 4 == 0) MSG = "User " user " logged in"
  else if (n % 4 == 1) MSG = "Order " (1000 + n) " placed by user " user
  else if (n % 4 == 2) MSG = "User " user " viewed the cart"
  else MSG = "User " user " logged out"
}
# Math.imul(n, 0x9e3779b1) >>> 0, in halves so that doubles stay exact
function hash(n) { n = n % 4294967296; return (n * 31153 + (n * 40503 % 65536) * 65536) % 4294967296 }
function value(kind, n, k, now,   user, who, t, h) {
  user = (n * 7) % 50
  if (kind == "gps") {
    t = k >= 0 ? k : n; truck(t, now)
    return "{\"truck_id\":" t ",\"lat\":" LAT ",\"lon\":" LON "}"
  }
  if (kind == "click") {
    who = k >= 0 ? k : user; h = hash(n)
    return "{\"user_id\":" who ",\"event\":\"" (int(h / 1073741824) == 3 ? "page_view" : "click") "\",\"page\":\"" PAGE[int(h / 65536) % 5] "\",\"timestamp\":\"" iso(now) "\"}"
  }
  if (kind == "log") {
    logline(n, user)
    return "{\"level\":\"" LVL "\",\"message\":\"" MSG "\",\"timestamp\":\"" iso(now) "\"}"
  }
  return "{\"order_id\":" (1000 + n) ",\"user_id\":" user ",\"status\":\"placed\"}"
}
BEGIN {
  CONVFMT = "%.10g"; PI = atan2(0, -1)
  PAGE[0] = "home"; PAGE[1] = "search"; PAGE[2] = "product"; PAGE[3] = "cart"; PAGE[4] = "checkout"
  n0 = ENVIRON["L_N0"] + 0; total = ENVIRON["L_TOTAL"] + 0; rate = ENVIRON["L_RATE_MILLI"] + 0
  keys = ENVIRON["L_KEYS"] + 0; prefix = ENVIRON["L_PREFIX"]; sep = ENVIRON["L_SEP"]
  kind = ENVIRON["L_KIND"]; at = ENVIRON["L_AT"] + 0; speed = ENVIRON["L_SPEED"] + 0
  if (speed <= 0) speed = 1
  if (rate <= 0) total = 0
  sent = 0
  for (s = 1; sent < total; s++) {
    target = int(s * rate / 1000)
    if (target > total) target = total
    for (; sent < target; sent++) {
      n = n0 + sent
      k = keys > 0 ? n % keys : -1
      line = value(kind, n, k, at + int((sent + 1) * 1000000 / rate))
      if (k >= 0) line = prefix k sep line
      print line
    }
    fflush()
    if (sent < total) system(sprintf("sleep %.6f", 1 / speed))
  }
}
`;

/** The shell function `load_lines N0 TOTAL RATE_MILLI KEYS PREFIX SEPARATOR KIND AT_MS`. */
export const LOAD_LINES_FUNCTION = [
  '# load_lines N0 TOTAL RATE_MILLI KEYS PREFIX SEPARATOR KIND AT_MS: TOTAL records of a load',
  '# (record numbers from N0), RATE_MILLI/1000 a virtual second, keyed PREFIX0… when KEYS > 0.',
  'load_lines() {',
  `  L_N0=$1 L_TOTAL=$2 L_RATE_MILLI=$3 L_KEYS=$4 L_PREFIX=$5 L_SEP=$6 L_KIND=$7 L_AT=$8 L_SPEED=$SPEED awk '${AWK.trim()}'`,
  '}',
].join('\n');
