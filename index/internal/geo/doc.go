// Package geo is the gazetteer's data: every country and territory with its
// official and other names and demonyms, cities and provinces with the
// country they are in, currencies with their names and symbols, old place
// names and the common country groupings. The tables in data/ are
// generated from kept public data sets (see data/README.md) or kept by
// hand where no data set has them; this package only loads them.
package geo

//go:generate sh -c "cd gen && npm ci --no-audit --no-fund && node gen.mjs ../data"
