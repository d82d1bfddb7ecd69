#!/usr/bin/env python3
"""faker-names-nl.py - adds the Dutch first names and surnames that the PyPI
package Faker (faker/providers/person/nl_NL) and the npm package @faker-js/faker
(its nl locale) ship to the name masker's lists, config/names-first-nl.txt and
config/names-surname-nl.txt, and marks the new first names that are also words
in config/names-keep-nl.txt (kind word).

Run by hand when the lists are to be made again (nothing is downloaded at
build or run time; the lists are committed; Debian's wdutch and wamerican give the
word lists):

    cd /tmp && pip download faker==40.63.0 --no-deps -d /tmp/faker
    cd /tmp && npm pack @faker-js/faker@10.6.0
    python3 deploy/lexicon/faker-names-nl.py /tmp/faker/faker-40.63.0-py3-none-any.whl \
        /tmp/faker-js-faker-10.6.0.tgz config

Faker (joke2k and contributors; MIT) lists 502 first names given in the
Netherlands now and 1,130 Dutch surnames, old and new; @faker-js/faker (the
Faker contributors; MIT) 1,086 Dutch first names (many given since 2010) and
131 surnames (with their particles: the last word is taken). What is taken, and why
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
the end of each file, which a new run replaces. The first names of Faker's other
LOCALES (written in the Latin alphabet; ja_JP's, zh_CN's and zh_TW's romanised) go
between '# --- from Faker, other locales' lines after it in the first-name list only:
those that no list holds, no lower-case word of OpenTaal or of English (Debian
wamerican), no place, region or country of any Faker locale's address list, none of
NOT_FIRST and of three letters or more (session 30, names20: names of every origin that
writers of the development sets gave and no list held). The keep list's `lower`
entries (surnames that are lower-case words) are made from the surname list
and the OpenTaal list; none of the added surnames is one (they are no words).
"""
import ast
import json
import re
import sys
import tarfile
import unicodedata
import zipfile

PERSON = "faker/providers/person/nl_NL/__init__.py"
ADDRESS = "faker/providers/address/nl_NL/__init__.py"
WORDS = "/usr/share/dict/nederlands"
# Debian wamerican: other locales' first names that are English words ("Royal", "Sunny")
ENGLISH_WORDS = "/usr/share/dict/american-english"
BEGIN = "# --- from Faker"
END = "# --- end Faker"
# Faker's locales of the origins Rotterdammers and visitors have, whose first names are
# written in the Latin alphabet (its ja_JP, zh_CN and zh_TW romanised): first names only,
# for a listed first name is masked only before more of a name or after a cue, while a
# listed surname is masked alone (names-dev30, -dev32, -dev33: "Zoltán", "Ilze", "Yuki")
LOCALES = ["nl_BE", "fr_BE", "fr_FR", "de_DE", "de_AT", "de_CH", "da_DK", "sv_SE", "no_NO",
           "fi_FI", "is_IS", "et_EE", "lv_LV", "lt_LT", "pl_PL", "cs_CZ", "sk_SK", "hu_HU",
           "ro_RO", "hr_HR", "sl_SI", "it_IT", "es_ES", "es_MX", "es_CO", "es_AR", "pt_PT",
           "pt_BR", "en_GB", "en_IE", "ga_IE", "en_US", "en_NZ", "en_IN", "en_PK", "en_KE",
           "en_NG", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "zu_ZA", "tr_TR", "az_AZ",
           "uz_UZ", "id_ID", "vi_VN", "ja_JP", "zh_CN", "zh_TW"]
# other locales' first names that name something else first in Dutch text: a brand, a
# ride, a firm, a saint's or a god's name that places and things take
NOT_FIRST = {
    # "Hong Kong": a romanised syllable that names a city first
    "hong",
    # the royal house's and the kings' names that streets, parks, funds and ships bear here
    # ("Tennispark Beatrix", "Prins Bernhardlaan", "De Karel Doorman ligt in Den Helder",
    # "Karel V"): the hand list leaves them out as well
    "juliana", "beatrix", "bernhard", "claus", "maxima", "karel",
    # an account number's acronym, a play and the spelling alphabet's word, a continent
    # ("mijn IBAN", "Romeo en Julia", "South Africa": the development sets' texts)
    "iban", "romeo", "africa",
}
BEGIN_WORLD = "# --- from Faker, other locales"
END_WORLD = "# --- end Faker, other locales"
# first names that are English words or brands more often than names in Dutch text
ENGLISH = {"joy", "ivy", "jay", "dean", "stella", "faye", "lily", "isis", "indy", "beau",
           "kate", "jake", "fem", "quinn", "riley", "luke", "ashley", "puk", "sep",
           # @faker-js/faker's: English words, brands, cities and Dutch words OpenTaal lacks
           "ace", "bella", "bentley", "bobby", "bruce", "chase", "coco", "daisy", "dax", "don",
           "fender", "flip", "grace", "jazz", "jess", "june", "lux", "mace", "macy", "mae",
           "mex", "miles", "nox", "pip", "rover", "ruby", "rose", "roxy", "skye", "ted",
           "teddy", "toby", "vesper", "vic", "vive", "wes", "zion", "jordan", "logan", "lou",
           "midas", "odin", "riff", "bowie", "marley", "dante", "juno", "kenzo", "milano",
           "vienna", "medina", "florence", "boet", "mink", "fos", "foss", "moos", "rein",
           "keet", "lien", "mas", "dies", "fiep", "loet", "lott", "nine", "sare", "wies",
           "tibbe", "vere", "savi", "scott", "shane", "mitch", "rico", "daley", "elle",
           "gigi", "jimi", "noa", "noor", "mik", "vik", "sef", "seff", "zef", "ole",
           "lev", "len", "jur", "kaj", "nils", "ilay", "jidde", "ziva", "kato", "cato"}
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


def fakerjs_names(tgz):
    """The nl locale's first names and the last words of its surnames, and the version."""
    with tarfile.open(tgz) as t:
        meta = json.load(t.extractfile("package/package.json"))
        member = [m for m in t.getnames()
                  if re.fullmatch(r"package/dist/nl-[A-Za-z0-9_-]+\.js", m)][0]
        src = t.extractfile(member).read().decode("utf-8")

    def items(block):
        out = set()
        for v in re.findall(r"(\[[^\]]*\]|`[^`]*`)", block):
            out |= set(re.findall(r"`([^`]*)`", v) if v.startswith("[") else v.strip("`").split("."))
        return {x for x in out if x}

    first = items(re.search(r"first_name:\{(.*?)\}", src, re.S).group(1))
    last = {x.split()[-1] for x in items(re.search(r"last_name:\{(.*?)\}", src, re.S).group(1))}
    return first, last, meta["version"]


def read_list(path):
    """The file's lines outside the Faker block, and the folded words listed there."""
    keep, listed, inside = [], set(), False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line in (BEGIN, BEGIN_WORLD):
            inside = True
            continue
        if line in (END, END_WORLD):
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


def write_list(path, lines, block, world=None):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n" + BEGIN + "\n" + "\n".join(block) + "\n" + END + "\n")
        if world:
            f.write("\n" + BEGIN_WORLD + "\n" + "\n".join(world) + "\n" + END_WORLD + "\n")


def world_first_names(wheel):
    """The first names of LOCALES (their romanised ones where a locale has them), written
    in the Latin alphabet, and which locales hold each, by folded form."""
    import importlib
    sys.path.insert(0, wheel)
    out = {}
    for loc in LOCALES:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        roman = [a for a in vars(prov) if a.startswith("first_") and "romanized" in a]
        attrs = roman or [a for a in dir(prov) if a.startswith("first_names")]
        for a in attrs:
            v = getattr(prov, a, None)
            if v is None or isinstance(v, (str, property)) or callable(v):
                continue
            for name in (v.keys() if hasattr(v, "keys") else v):
                if isinstance(name, str):
                    out.setdefault(name, set()).add(loc)
    sys.path.pop(0)
    return out


def world_places(wheel):
    """The folded names of the places, regions and countries of every Faker locale's
    address list ("Washington", "Victoria", "Georgia" are first names too)."""
    import importlib
    import pkgutil
    sys.path.insert(0, wheel)
    import faker.providers.address as address
    out = set()
    keys = ("cit", "countr", "state", "province", "region", "town", "place", "municipal",
            "district", "county", "department", "village", "area")
    for m in pkgutil.iter_modules(address.__path__):
        prov = importlib.import_module(f"faker.providers.address.{m.name}").Provider
        for a in dir(prov):
            v = getattr(prov, a, None)
            if a.startswith("_") or not any(k in a for k in keys) or not isinstance(
                    v, (list, tuple, set, dict)):
                continue
            for x in v:
                out.update(fold(y) for y in (x if isinstance(x, tuple) else (x,))
                           if isinstance(y, str))
    sys.path.pop(0)
    return out


def derived(f):
    """The forms the masker reads as a listed first name's (processors/names.c: the
    possessive, the diminutives in -je, -tje, -ke, a Frisian -e's -je): "Thi" is read in
    "This", "Pete" in "Petje"."""
    forms = {f + "s", f + "je", f + "tje", f + "ke"}
    if len(f) > 2 and f.endswith("e") and f[-2] not in "aeiou":
        forms.add(f[:-1] + "je")
    return forms


def latin(name):
    return all(c.isascii() and c.isalpha() or "\u00c0" <= c <= "\u024f" or
               "\u1e00" <= c <= "\u1eff" for c in name)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: faker-names-nl.py FAKER_WHEEL FAKERJS_TGZ CONFIG_DIR")
    wheel, tgz, conf = sys.argv[1], sys.argv[2], sys.argv[3]
    with zipfile.ZipFile(wheel) as z:
        version = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")][0]
        version = version.split("/")[0][len("faker-"):-len(".dist-info")]
        p = literals(z.read(PERSON).decode("utf-8"),
                     {"first_names_male", "first_names_female", "last_names"})
        places = literals(z.read(ADDRESS).decode("utf-8"), {"cities"})["cities"]
    places = {fold(x) for x in places}
    js_first, js_last, js_version = fakerjs_names(tgz)
    words = set(w.strip() for w in open(WORDS, encoding="utf-8"))
    lower_words = {w for w in words if w[:1].islower()}
    any_words = {fold(w) for w in words}
    first_path, sur_path, keep_path = (f"{conf}/names-first-nl.txt", f"{conf}/names-surname-nl.txt",
                                       f"{conf}/names-keep-nl.txt")
    first_lines, first = read_list(first_path)
    sur_lines, sur = read_list(sur_path)
    keep_lines, keep = read_list(keep_path)
    src = (f"Faker {version} (PyPI; MIT), faker/providers/person/nl_NL, and "
           f"@faker-js/faker {js_version} (npm; MIT), locale nl")
    new_first, new_word = [], []
    # sorted by folded form, then as written: one spelling of "Amélie"/"Amelie" on every run
    for name in sorted(set(p["first_names_male"] + p["first_names_female"]) | js_first,
                       key=lambda x: (fold(x), x)):
        f = fold(name)
        if not name.isalpha() or "\u00c3" in name:  # "\u00c3mer": a mis-encoded entry
            continue
        if f in first or f in sur or f in keep or f in {fold(x) for x in new_first}:
            continue
        new_first.append(name)
        if name.lower() in lower_words or f in ENGLISH:
            new_word.append(name)
    new_sur = []
    for name in sorted(set(p["last_names"]) | js_last, key=lambda x: (fold(x), x)):
        f = fold(name)
        if (" " in name or "," in name or len(f) < 4 or not name[:1].isupper() or f in sur
                or f in first or f in keep or f in any_words or f in places or f in NOT_SURNAMES
                or f in {fold(x) for x in new_sur}
                or f in {fold(x) for x in new_first}):
            continue
        new_sur.append(name)
    # other locales' first names: none that is a word of the OpenTaal list or an English
    # word (wamerican) in lower case in any spelling, a place, region or country of any Faker locale ("Washington", "Victoria",
    # "Georgia"), a keep entry, a listed surname, a name of NOT_FIRST, or shorter than three
    # letters ("Li", "Bo"), and none whose possessive or diminutive is such a word ("Thi":
    # "This"); OpenTaal's proper nouns are mostly first names ("Liesbeth", "Rhys")
    taken = first | sur | keep | {fold(x) for x in new_first}
    lower_folded = {fold(w) for w in lower_words}
    lower_folded |= {fold(w.strip()) for w in open(ENGLISH_WORDS, encoding="utf-8")
                     if w[:1].islower()}
    world_place = world_places(wheel) | places
    world, world_locs = [], set()
    names = world_first_names(wheel)
    for name in sorted(names, key=lambda x: (fold(x), x)):
        f = fold(name)
        if (not latin(name) or not name[:1].isupper() or len(f) < 3 or f in taken
                or f in lower_folded or f in world_place or f in NOT_FIRST):
            continue
        if any(form in lower_folded for form in derived(f)):
            continue
        taken.add(f)
        world.append(name)
        world_locs |= names[name]
    # nor one that with a listed first name spells a word as one ("Pieter|jan" is read as
    # two first names)
    firsts = first | {fold(x) for x in new_first}
    world_set = {fold(x) for x in world}
    clash = set()
    for w in lower_folded:
        for k in range(3, len(w) - 2):
            a, b = w[:k], w[k:]
            if (a in world_set and (b in firsts or b in world_set)) or (
                    b in world_set and a in firsts):
                clash |= {a, b} & world_set
    world = [x for x in world if fold(x) not in clash]
    head = [f"# Added by deploy/lexicon/faker-names-nl.py from {src}:"]
    write_list(first_path, first_lines,
               head + [f"# {len(new_first)} first names this list lacked."] + new_first,
               [f"# Added by deploy/lexicon/faker-names-nl.py from Faker {version} (PyPI; MIT),"
                f" faker/providers/person of {len(world_locs)} other locales ("
                + ", ".join(sorted(world_locs)) + "):",
                f"# {len(world)} first names in the Latin alphabet that no list here holds and"
                " that are no OpenTaal word or place."] + world)
    write_list(sur_path, sur_lines,
               head + [f"# {len(new_sur)} surnames of one word that this list lacked and that no"
                       " OpenTaal word or keep entry spells."] + new_sur)
    write_list(keep_path, keep_lines,
               head + [f"# {len(new_word)} of its first names are also words (OpenTaal, lower"
                       " case) or English words: masked only with other evidence."]
               + [f"{n}\tword" for n in new_word])
    print(f"first names +{len(new_first)} ({len(new_word)} word), other locales +{len(world)},"
          f" surnames +{len(new_sur)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
