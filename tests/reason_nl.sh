#!/usr/bin/env bash
# reason_nl.sh - every rule name in config/urgency.conf, and the classifier's own wording of
# the urgency and theme reasons, has a Dutch translation in config/reasons-nl.tsv, the one
# table the dashboard's page (app.js, reasonNl, from /reasons-nl.json) and the internetaken
# sink (core/reason_nl.c) translate with, so that a new or renamed rule cannot show in
# English on the Signaal page or in an internetaak unnoticed. A name "a: b" is translated
# part by part, as reasonNl does, unless the whole name is a key. A copy of urgency.conf with
# an untranslated rule must fail the same check, so the check itself is seen to work. app.js
# keeps no table of its own, and its reasonNl gives the cases of tests/unit/test_reason_nl.c
# what the C translation gives them.
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
        grep -qF "$w" || fail "\"$w\" no longer occurs in processors/classify.c or classify_load.c: update WORDING here and config/reasons-nl.tsv"
done

# check CONF : 0 when every rule name of CONF and every wording has a translation.
check() {
    node - "$SRC/config/reasons-nl.tsv" "$1" "${WORDING[@]}" <<'JS'
const fs = require('fs');
const [tsv, conf, ...wording] = process.argv.slice(2);
const table = {};
fs.readFileSync(tsv, 'utf8').split('\n').forEach((line) => {
  if (!line || line.startsWith('#')) return;
  const [en, nl] = line.split('\t');
  table[en] = nl;
});
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
      ' in config/reasons-nl.tsv; a name that is Dutch already maps to itself');
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

# One table: app.js has none of its own (it reads /reasons-nl.json).
if grep -qE "^const REASON_NL = \{|'acute danger': " "$SRC/sinks/dashboard/app.js"; then
    fail "sinks/dashboard/app.js holds a table of reasons of its own: config/reasons-nl.tsv is the one"
fi
# The page's reasonNl, fed the table as the dashboard serves it, gives the C unit test's cases
# what core/reason_nl.c gives them.
node - "$SRC/sinks/dashboard/app.js" "$SRC/config/reasons-nl.tsv" "$SRC/tests/unit/test_reason_nl.c" <<'JS' || fail "the page's reasonNl differs from core/reason_nl.c"
const fs = require('fs');
const [app, tsv, ctest] = process.argv.slice(2);
const table = {};
for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
  if (line && !line.startsWith('#')) { const [en, nl] = line.split('\t'); table[en] = nl; }
}
const src = fs.readFileSync(app, 'utf8');
const from = src.indexOf('let REASON_NL'), to = src.indexOf('const themeWhyNl');
if (from < 0 || to < 0) { console.error('FAIL: reasonNl not found in ' + app); process.exit(1); }
const { loadReasons, reasonNl } = new Function('fetch', src.slice(from, to) + '\nreturn { loadReasons, reasonNl };')(
  async (url) => ({ ok: url === '/reasons-nl.json', status: 200, json: async () => table }));
const c = fs.readFileSync(ctest, 'utf8');
const block = /cases\[\]\[2\] = \{([\s\S]*?)\n\};/.exec(c)[1];
const cases = [...block.matchAll(/\{((?:\s*"(?:[^"\\]|\\.)*")+),((?:\s*"(?:[^"\\]|\\.)*")+)\}/g)]
  .map((m) => [m[1], m[2]].map((lits) => [...lits.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => JSON.parse('"' + x[1] + '"')).join('')));
if (cases.length < 5) { console.error('FAIL: only ' + cases.length + ' cases read from ' + ctest); process.exit(1); }
loadReasons().then(() => {
  let bad = 0;
  for (const [en, nl] of cases) {
    const got = reasonNl(en);
    if (got !== nl) { console.error(`FAIL: reasonNl(${JSON.stringify(en)}) = ${JSON.stringify(got)}, C: ${JSON.stringify(nl)}`); bad++; }
  }
  if (bad) process.exit(1);
  console.log('ok: ' + cases.length + ' reasons alike on the page and in C');
});
JS
