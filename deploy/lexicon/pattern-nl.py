#!/usr/bin/env python3
"""pattern-nl.py - converts the Dutch sentiment lexicon of Pattern, as the npm
package @nlpjs/lang-nl ships it, into config/sentiment-pattern-nl.tsv.

Run by hand when the table is to be made again (nothing is downloaded at build
or run time; the converted table is committed):

    cd /tmp && npm pack @nlpjs/lang-nl@4.26.1
    python3 deploy/lexicon/pattern-nl.py /tmp/nlpjs-lang-nl-4.26.1.tgz > config/sentiment-pattern-nl.tsv

The source is package/src/sentiment/pattern_nl.json inside that tarball:
{"stem": polarity, ...}, the polarity of Pattern's nl-sentiment.xml (CLiPS,
University of Antwerp; BSD-3-Clause) per Dutch Snowball stem, as nlp.js
(AXA Group Operations Spain S.A.; MIT) redistributes it. Entries of polarity
0 (place names, neutral words) are left out; every other entry is kept as it
is, sorted, with two decimals. The licence notices of both travel in the
table's header.
"""
import io
import json
import sys
import tarfile

MEMBER = "package/src/sentiment/pattern_nl.json"
LICENCE_MEMBER = "package/LICENSE.md"

HEADER = """\
# sentiment-pattern-nl.tsv - a general Dutch polarity lexicon (stems), read by
# processors/classify.c through the taxonomy's "sentiment-lexicon:" line.
#
# Provenance: the polarity column of Pattern's Dutch sentiment lexicon
# (pattern/text/nl/nl-sentiment.xml, Pattern 2.6/3.6, CLiPS Research Center,
# University of Antwerp; BSD-3-Clause), as the npm package @nlpjs/lang-nl
# {version} redistributes it per Dutch Snowball stem in
# src/sentiment/pattern_nl.json (nlp.js, AXA Group Operations Spain S.A.;
# MIT). Converted by deploy/lexicon/pattern-nl.py: entries of polarity 0 left
# out, the rest sorted, two decimals. {n} entries.
#
# Format: STEM <TAB> POLARITY (-1..1). The classifier folds each stem as it
# folds the text's words and votes with the mean polarity of the words no
# entry of sentiment-nl.tsv covers.
#
# Pattern's licence (BSD-3-Clause; the copyright holder its distribution
# names is the University of Antwerp, Belgium; its conditions):
#   Redistribution and use in source and binary forms, with or without
#   modification, are permitted provided that the following conditions are
#   met: (1) Redistributions of source code must retain the above copyright
#   notice, this list of conditions and the following disclaimer. (2)
#   Redistributions in binary form must reproduce the above copyright notice,
#   this list of conditions and the following disclaimer in the documentation
#   and/or other materials provided with the distribution. (3) Neither the
#   name of Pattern nor the names of its contributors may be used to endorse
#   or promote products derived from this software without specific prior
#   written permission.
#   THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
#   AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
#   IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
#   ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE
#   LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
#   CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
#   SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
#   INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
#   CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
#   ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
#   POSSIBILITY OF SUCH DAMAGE.
#
# nlp.js's licence (MIT), as in the package's LICENSE.md:
{mit}
"""


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: pattern-nl.py nlpjs-lang-nl-VERSION.tgz > sentiment-pattern-nl.tsv")
    path = sys.argv[1]
    with tarfile.open(path, "r:gz") as tar:
        pkg = json.load(tar.extractfile("package/package.json"))
        lex = json.load(tar.extractfile(MEMBER))
        mit = tar.extractfile(LICENCE_MEMBER).read().decode("utf-8")
    rows = []
    for stem, pol in lex.items():
        if not isinstance(pol, (int, float)) or not -1 <= pol <= 1:
            sys.exit("pattern-nl.py: %s: polarity %r out of -1..1" % (stem, pol))
        if round(pol, 2) == 0:
            continue
        if not stem or any(c in stem for c in " \t\n#"):
            sys.exit("pattern-nl.py: stem %r is not one word" % stem)
        rows.append((stem, round(pol, 2)))
    rows.sort()
    out = io.StringIO()
    mit_lines = "\n".join(("#   " + l).rstrip() for l in mit.strip().splitlines())
    out.write(HEADER.format(version=pkg["version"], n=len(rows), mit=mit_lines))
    for stem, pol in rows:
        out.write("%s\t%.2f\n" % (stem, pol))
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
