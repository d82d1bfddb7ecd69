#!/usr/bin/env python3
"""faker-names-nl.py - adds the Dutch first names and surnames that the PyPI
package Faker ships (faker/providers/person/nl_NL) to the name masker's lists,
config/names-first-nl.txt and config/names-surname-nl.txt, and marks the new
first names that are also Dutch words in config/names-keep-nl.txt (kind word).

Run by hand when the lists are to be made again (nothing is downloaded at
build or run time; the lists are committed):

    cd /tmp && pip download faker==40.63.0 --no-deps -d /tmp/faker
    python3 deploy/lexicon/faker-names-nl.py /tmp/faker/faker-40.63.0-py3-none-any.whl config

Faker (joke2k and contributors; MIT) lists 502 first names given in the
Netherlands now and 1,130 Dutch surnames, old and new. What is taken, and why
(the masker masks a listed surname wherever it stands capitalised, so a word
must not get onto the lists through them):
  - a first name this project does not list yet; one whose lower case is a
    word of the OpenTaal list (Debian wdutch, /usr/share/dict/nederlands) or
    that is an English word in Dutch text (Joy, Ivy) is also kind `word`
    (masked only with other evidence: a title, a relation, a greeting, a
    signature);
  - a surname of one word, four letters or more, that this project does not
    list yet, that is no word or proper noun of the OpenTaal list in any case
    (that drops Blaak, Maas, Molen, Haring, Emmen), no entry of the keep list,
    no place of Faker's own nl_NL address list (2,424 places) and not one of a
    few that name something else first (NOT_SURNAMES: Heijmans, a builder).
Everything goes between the lines '# --- from Faker' and '# --- end Faker' at
the end of each file, which a new run replaces. The keep list's `lower`
entries (surnames that are lower-case words) are made from the surname list
and the OpenTaal list; none of the added surnames is one (they are no words).
"""
import ast
import sys
import unicodedata
import zipfile

PERSON = "faker/providers/person/nl_NL/__init__.py"
ADDRESS = "faker/providers/address/nl_NL/__init__.py"
WORDS = "/usr/share/dict/nederlands"
BEGIN = "# --- from Faker"
END = "# --- end Faker"
# first names that are English words or brands more often than names in Dutch text
ENGLISH = {"joy", "ivy", "jay", "dean", "stella", "faye", "lily", "isis", "indy", "beau",
           "kate", "jake", "fem", "quinn", "riley", "luke", "ashley", "puk", "sep"}
# surnames of its list that name something else first here: a builder (Heijmans), a
# city, a brand, English words
NOT_SURNAMES = {"heijmans", "jerusalem", "glasses", "loreal", "saxo", "miner", "garret", "welf"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold().replace("\u2019", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def literals(src, names):
    out = {}
    for node in ast.walk(ast.parse(src)):
        if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in names):
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def read_list(path):
    """The file's lines outside the Faker block, and the folded words listed there."""
    keep, listed, inside = [], set(), False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line == BEGIN:
            inside = True
            continue
        if line == END:
            inside = False
            continue
        if inside:
            continue
        keep.append(line)
        if line and not line.startswith("#"):
            listed.add(fold(line.split("\t")[0]))
    while keep and keep[-1] == "":
        keep.pop()
    return keep, listed


def write_list(path, lines, block):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n" + BEGIN + "\n" + "\n".join(block) + "\n" + END + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: faker-names-nl.py FAKER_WHEEL CONFIG_DIR")
    wheel, conf = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(wheel) as z:
        version = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")][0]
        version = version.split("/")[0][len("faker-"):-len(".dist-info")]
        p = literals(z.read(PERSON).decode("utf-8"),
                     {"first_names_male", "first_names_female", "last_names"})
        places = literals(z.read(ADDRESS).decode("utf-8"), {"cities"})["cities"]
    places = {fold(x) for x in places}
    words = set(w.strip() for w in open(WORDS, encoding="utf-8"))
    lower_words = {w for w in words if w[:1].islower()}
    any_words = {fold(w) for w in words}
    first_path, sur_path, keep_path = (f"{conf}/names-first-nl.txt", f"{conf}/names-surname-nl.txt",
                                       f"{conf}/names-keep-nl.txt")
    first_lines, first = read_list(first_path)
    sur_lines, sur = read_list(sur_path)
    keep_lines, keep = read_list(keep_path)
    src = f"Faker {version} (PyPI; MIT), faker/providers/person/nl_NL"
    new_first, new_word = [], []
    for name in sorted(set(p["first_names_male"] + p["first_names_female"]), key=fold):
        f = fold(name)
        if f in first or f in sur or f in keep or f in {fold(x) for x in new_first}:
            continue
        new_first.append(name)
        if name.lower() in lower_words or f in ENGLISH:
            new_word.append(name)
    new_sur = []
    for name in sorted(set(p["last_names"]), key=fold):
        f = fold(name)
        if (" " in name or "," in name or len(f) < 4 or not name[:1].isupper() or f in sur
                or f in first or f in keep or f in any_words or f in places or f in NOT_SURNAMES
                or f in {fold(x) for x in new_sur}
                or f in {fold(x) for x in new_first}):
            continue
        new_sur.append(name)
    head = [f"# Added by deploy/lexicon/faker-names-nl.py from {src}:"]
    write_list(first_path, first_lines,
               head + [f"# {len(new_first)} first names this list lacked."] + new_first)
    write_list(sur_path, sur_lines,
               head + [f"# {len(new_sur)} surnames of one word that this list lacked and that no"
                       " OpenTaal word or keep entry spells."] + new_sur)
    write_list(keep_path, keep_lines,
               head + [f"# {len(new_word)} of its first names are also words (OpenTaal, lower"
                       " case) or English words: masked only with other evidence."]
               + [f"{n}\tword" for n in new_word])
    print(f"first names +{len(new_first)} ({len(new_word)} word), surnames +{len(new_sur)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
