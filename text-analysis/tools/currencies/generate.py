#!/usr/bin/env python3
"""Derives text-analysis' currency resource from CLDR's Chinese currency display names.

Usage (from the repository root; the packages are the npm packages of the Unicode CLDR JSON data):

    cd /tmp && npm pack cldr-numbers-full@48.2.0 cldr-core@48.2.0 cldr-localenames-full@48.2.0 \
        && mkdir -p numbers core names && tar xzf cldr-numbers-full-48.2.0.tgz -C numbers \
        && tar xzf cldr-core-48.2.0.tgz -C core && tar xzf cldr-localenames-full-48.2.0.tgz -C names
    python3 text-analysis/tools/currencies/generate.py /tmp/numbers/package /tmp/core/package /tmp/names/package \
        text-analysis/src/main/resources/io/sinoscope/text

writes currencies-v3.tsv (currency names) and currency-countries-v1.tsv (country names and their currencies) there.

Takes the display names (and unambiguous signs such as US$, HK$, ₩) of every currency some territory uses today
(cldr-core currencyData: no end date, legal tender) in the locales zh (mainland Simplified), zh-Hant (Taiwan) and
zh-Hant-HK (Hong Kong), then adds the rows of hand-entries.tsv that CLDR lacks. Output rows stay as CLDR writes
them (Traditional names in Traditional): MoneyExtractor converts them the way the analyser converts a text.

Short names: news names most currencies without their country (尼日利亚奈拉 is mostly 奈拉, 墨西哥比索 比索). A
display name that starts with the CLDR name of a territory using that currency (or a short country name of
hand-countries.tsv) gives the rest as a short name when it is at least two characters (澳大利亚元 gives no 元). A
short name one currency owns maps to it; one several currencies share (比索, 卢比, 克朗, 第纳尔) is written with all
their codes (ARS|CLP|COP|...): MoneyExtractor resolves it by the country the text names, with currency-countries-v1.tsv
(territory names in the three locales and hand-countries.tsv, each with the currencies CLDR's currencyData says the
territory uses today), or leaves the currency open. A hand entry for a shared short name (卢布 RUB) is an editorial
choice and wins, but must be one of the sharing currencies.
"""
import json
import unicodedata
import os
import sys

LOCALES = ["zh", "zh-Hant", "zh-Hant-HK"]
HERE = os.path.dirname(os.path.abspath(__file__))
# Signs CLDR gives one currency that news uses for another: C$ is the Nicaraguan córdoba in CLDR, but in English and
# Chinese financial writing far more often the Canadian dollar; left out rather than guessed.
AMBIGUOUS_SIGNS = {"C$"}


def current_codes(core):
    data = json.load(open(os.path.join(core, "supplemental", "currencyData.json"), encoding="utf-8"))
    codes = set()
    for uses in data["supplemental"]["currencyData"]["region"].values():
        for use in uses:
            for code, period in use.items():
                if "_to" not in period and period.get("_tender", "true") != "false":
                    codes.add(code)
    return codes


def cldr_rows(numbers, codes):
    names = {}    # surface -> {code: [locales]}
    signs = {}
    for locale in LOCALES:
        path = os.path.join(numbers, "main", locale, "currencies.json")
        table = json.load(open(path, encoding="utf-8"))["main"][locale]["numbers"]["currencies"]
        for code, entry in table.items():
            for key, value in entry.items():
                target = names if key.startswith("displayName") else signs if key.startswith("symbol") else None
                if target is None:
                    continue
                target.setdefault(value, {}).setdefault(code, [])
                if locale not in target[value][code]:
                    target[value][code].append(locale)
    rows = {}
    for surface, by_code in names.items():
        # A name two currencies share (none today) would say nothing about which one is meant.
        current = {c: l for c, l in by_code.items() if c in codes}
        if len(by_code) == 1 and current:
            code, locales = next(iter(current.items()))
            rows[surface] = (code, "suffix", "cldr:" + "+".join(locales))
    for sign, by_code in signs.items():
        # Only signs one currency owns, narrow forms included, that hold a currency sign: US$, HK$, ₩; not $ or ¥
        # (a dozen currencies write them), not PHP or Cg. (letters a text uses for other things).
        if len(by_code) == 1 and any(unicodedata.category(c) == "Sc" for c in sign) and " " not in sign \
                and sign not in AMBIGUOUS_SIGNS:
            code, locales = next(iter(by_code.items()))
            if code in codes and sign != code:
                rows[sign] = (code, "prefix", "cldr:" + "+".join(locales))
    return rows


def territory_currencies(core):
    """Territory code -> the currencies it uses today (legal tender, no end date)."""
    data = json.load(open(os.path.join(core, "supplemental", "currencyData.json"), encoding="utf-8"))
    uses = {}
    for territory, entries in data["supplemental"]["currencyData"]["region"].items():
        for use in entries:
            for code, period in use.items():
                if "_to" not in period and period.get("_tender", "true") != "false":
                    uses.setdefault(territory, []).append(code)
    return uses


def territory_names(names, uses):
    """Country name -> (territory code, source) for every territory with a currency: CLDR names, then the hand file."""
    found = {}
    for locale in LOCALES:
        path = os.path.join(names, "main", locale, "territories.json")
        table = json.load(open(path, encoding="utf-8"))["main"][locale]["localeDisplayNames"]["territories"]
        for key, name in table.items():
            territory = key.split("-alt-")[0]
            if territory in uses and len(territory) == 2 and territory.isalpha():
                entry = found.setdefault(name, [territory, []])
                if entry[0] != territory:
                    sys.exit(f"territory name {name} is both {entry[0]} and {territory}")
                if locale not in entry[1]:
                    entry[1].append(locale)
    result = {name: (t, "cldr:" + "+".join(locales)) for name, (t, locales) in found.items()}
    for line in open(os.path.join(HERE, "hand-countries.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            name, territory = line.split("\t")
            if territory not in uses:
                sys.exit(f"hand country {name}: {territory} uses no currency in CLDR")
            if name in result and result[name][0] != territory:
                sys.exit(f"hand country {name} says {territory}, CLDR says {result[name][0]}")
            result.setdefault(name, (territory, "hand"))
    return result


def short_rows(numbers, codes, countries, uses):
    """Short name -> set of codes: a display name minus the name of a country that uses the currency."""
    shorts = {}
    for locale in LOCALES:
        path = os.path.join(numbers, "main", locale, "currencies.json")
        table = json.load(open(path, encoding="utf-8"))["main"][locale]["numbers"]["currencies"]
        for code, entry in table.items():
            if code not in codes:
                continue
            for key, value in entry.items():
                if not key.startswith("displayName"):
                    continue
                # The longest country the name starts with: 沙地阿拉伯里亞爾 is 里亞爾, not 阿拉伯里亞爾 after 沙地.
                country = max((c for c, (territory, _) in countries.items()
                               if code in uses[territory] and value.startswith(c)), key=len, default=None)
                if country is not None and len(value) - len(country) >= 2:
                    shorts.setdefault(value[len(country):], {}).setdefault(code, set()).add(locale)
    return shorts


def hand_rows(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            surface, code, position = line.split("\t")
            rows.append((surface, code, position))
    return rows


def main(numbers, core, names, out_dir):
    package = json.load(open(os.path.join(numbers, "package.json"), encoding="utf-8"))
    codes = current_codes(core)
    rows = cldr_rows(numbers, codes)
    uses = territory_currencies(core)
    countries = territory_names(names, uses)
    for surface, by_code in short_rows(numbers, codes, countries, uses).items():
        if surface in rows:
            continue  # a full name of its own (the short name of one currency is another's name): the full name wins
        locales = sorted({l for ls in by_code.values() for l in ls}, key=LOCALES.index)
        rows[surface] = ("|".join(sorted(by_code)), "suffix", "short:" + "+".join(locales))
    for surface, code, position in hand_rows(os.path.join(HERE, "hand-entries.tsv")):
        if surface in rows and rows[surface][2].startswith("short:"):
            if code not in rows[surface][0].split("|"):
                sys.exit(f"hand entry {surface} says {code}, not one of the currencies sharing it: {rows[surface][0]}")
            rows[surface] = (code, position, rows[surface][2] + "+hand:" + code)
        elif surface in rows:
            cldr_code, cldr_position, source = rows[surface]
            if cldr_code != code:
                sys.exit(f"hand entry {surface} says {code}, CLDR says {cldr_code}")
            if cldr_position == position:
                continue  # CLDR has it: the hand entry is not needed
            rows[surface] = (code, position, source + "+hand:" + position)
        else:
            rows[surface] = (code, position, "hand")
    with open(os.path.join(out_dir, "currencies-v3.tsv"), "w", encoding="utf-8") as out:
        write_currencies(out, package, rows)
    with open(os.path.join(out_dir, "currency-countries-v1.tsv"), "w", encoding="utf-8") as out:
        write_countries(out, package, countries, uses)


def write_countries(out, package, countries, uses):
    out.write("# Countries and the currencies they use, version 1. GENERATED by text-analysis/tools/currencies/generate.py:\n")
    out.write("# do not edit, edit tools/currencies/hand-countries.tsv or the generator and run it again.\n")
    out.write(f"# Source: Unicode CLDR {package.get('cldrVersion')} territory names (cldr-localenames-full, locales "
              + ", ".join(LOCALES) + ") and\n")
    out.write("# currencyData (cldr-core): currencies in use today; licence Unicode-3.0. Plus hand-countries.tsv.\n")
    out.write("# MoneyExtractor reads it to tell which currency a shared short name (比索, 克朗) means.\n")
    out.write("# Columns: country name <TAB> territory <TAB> currencies (|-separated) <TAB> source\n")
    for name in sorted(countries, key=lambda n: (countries[n][0], n)):
        territory, source = countries[name]
        out.write(f"{name}\t{territory}\t{'|'.join(sorted(uses[territory]))}\t{source}\n")


def write_currencies(out, package, rows):
    out.write("# Currencies, version 3. GENERATED by text-analysis/tools/currencies/generate.py: do not edit, edit\n")
    out.write("# tools/currencies/hand-entries.tsv or the generator and run it again (command in its docstring).\n")
    out.write(f"# Source: Unicode CLDR {package.get('cldrVersion')} via npm {package['name']}@{package['version']} and "
              "cldr-core (currencyData), locales " + ", ".join(LOCALES) + ";\n")
    out.write(f"# licence {package['license']} (Unicode License v3, https://www.unicode.org/license.txt).\n")
    out.write("# Plus hand entries for what CLDR lacks (colloquial 美金, 港币, 台币, 日圆, 韩圜; signs; bare 元).\n")
    out.write("# Plus short names, a CLDR name minus its country (奈拉, 福林; shared ones list every currency: 比索).\n")
    out.write("# Columns: surface as CLDR or the hand file writes it <TAB> ISO 4217 code, or codes separated by | for a\n")
    out.write("#          short name several currencies share (LOCAL: the bare 元, the currency of the article's region)\n")
    out.write("#          <TAB> position (suffix: 5亿美元; prefix: US$5亿; both)\n")
    out.write("#          <TAB> source (cldr:<locales>, short:<locales>, hand)\n")
    for surface in sorted(rows, key=lambda s: (rows[s][0], s)):
        code, position, source = rows[surface]
        out.write(f"{surface}\t{code}\t{position}\t{source}\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
