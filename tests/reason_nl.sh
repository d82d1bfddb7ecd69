#!/usr/bin/env bash
# reason_nl.sh - every rule name in config/urgency.conf, and the classifier's own wording of
# the urgency and theme reasons, has a Dutch translation in the dashboard's REASON_NL table
# (sinks/dashboard/app.js), so that a new or renamed rule cannot show in English on the
# Signaal page unnoticed. A name "a: b" is translated part by part, as reasonNl does, unless
# the whole name is a key. A copy of urgency.conf with an untranslated rule must fail the
# same check, so the check itself is seen to work.
#   reason_nl.sh SRCDIR
set -u
SRC=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is missing (Debian package nodejs)"

# The classifier's wording (processors/classify.c, classify_load.c): what its reasons say
# besides the rule names and the citizen's quoted words. Each must still occur in those
# sources, so that a changed wording fails here until this list and the table follow it.
WORDING=(
    "suicidal statement" "acute danger" "by its words" "by its words and their scope" "logistic model"
    "by its parts" "parts" "rule" "part"
    "denied" "no urgency rule matched" "kind: compliment without a problem"
    "kind: suggestion without a problem" "kind: question without a problem"
    "kind: compliment told in irony (a problem still open)"
    "no theme fits: the model's best is overig, no rule is strong"
)
for w in "${WORDING[@]}"; do
    # (a literal C splits over lines joined again)
    perl -0pe 's/"\s*\n\s*"//g' "$SRC/processors/classify.c" "$SRC/processors/classify_load.c" |
        grep -qF "$w" || fail "\"$w\" no longer occurs in processors/classify.c or classify_load.c: update WORDING here and REASON_NL in sinks/dashboard/app.js"
done

# check CONF : 0 when every rule name of CONF and every wording has a translation.
check() {
    node - "$SRC/sinks/dashboard/app.js" "$1" "${WORDING[@]}" <<'JS'
const fs = require('fs');
const [app, conf, ...wording] = process.argv.slice(2);
const src = fs.readFileSync(app, 'utf8');
const m = /const REASON_NL = (\{[\s\S]*?\n\});/.exec(src);
if (!m) { console.error('FAIL: no REASON_NL table in ' + app); process.exit(1); }
const table = new Function('return ' + m[1])();
const names = [];
fs.readFileSync(conf, 'utf8').split('\n').forEach((line, i) => {
  const r = /^\[(critical|high|normal|low|feature):\s*(.+?)\s*\]\s*$/.exec(line);
  if (r) names.push({ name: r[2], where: conf + ':' + (i + 1) });
  else if (/^\[/.test(line)) { console.error('FAIL: ' + conf + ':' + (i + 1) + ': a section this check does not know: ' + line); process.exit(1); }
});
if (names.length < 50) { console.error('FAIL: only ' + names.length + ' rules read from ' + conf); process.exit(1); }
wording.forEach((w) => names.push({ name: w, where: 'the classifier' }));
let missing = 0;
for (const { name, where } of names) {
  if (name in table) continue;
  const parts = name.split(': ').filter((p) => !(p in table));
  if (parts.length) {
    console.error('FAIL: ' + where + ': "' + name + '" has no Dutch for ' + parts.map((p) => '"' + p + '"').join(', ') +
      ' in REASON_NL (sinks/dashboard/app.js); a name that is Dutch already maps to itself');
    missing++;
  }
}
if (missing) process.exit(1);
console.log('ok: ' + names.length + ' names (' + (names.length - wording.length) + ' rules, ' + wording.length + ' wordings), each in Dutch');
JS
}

check "$SRC/config/urgency.conf" || fail "the shipped rules: see above"
# The check must see a rule added without a translation.
cp "$SRC/config/urgency.conf" "$T/urgency.conf"
printf '\n[high: a rule nobody translated]\nfoo\n' >>"$T/urgency.conf"
if check "$T/urgency.conf" 2>"$T/err"; then
    fail "a rule without a translation passed the check"
fi
grep -q '"a rule nobody translated"' "$T/err" || fail "the untranslated rule is not named: $(cat "$T/err")"
echo "ok: an untranslated rule fails the check"
