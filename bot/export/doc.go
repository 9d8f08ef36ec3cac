// Package export writes fact rows as CSV or JSON files that fit in a
// Discord attachment.
//
// Analysts want the facts in a spreadsheet, not in forty lines of chat.
// The package takes plain [Row] values that the caller builds from facts,
// so it knows nothing of the index or of Discord, and returns the files to
// attach: [Write] splits the rows into as many files as the attachment
// size limit needs, never splitting a row, each file complete on its own
// (a CSV file repeats the header; a JSON file is a whole array).
//
// # Formats
//
// CSV has one column per fixed field of [Row] (kind, doc, section, item,
// fact, sentence), then one per key of [Row.Fields], sorted, over all
// rows, so every file of one export has the same header and they can be
// joined. It is UTF-8 without a byte order mark: a BOM helps old Excel
// guess the encoding, but most CSV readers, Go's encoding/csv among them,
// take it as part of the first column's name.
//
// JSON is one array of objects per file, one object per row on its own
// line, rather than JSON Lines: an array is what spreadsheets, browsers
// and most tools open without being told the format, and a line per row
// still lets grep and diff work on it. Each object has the fixed fields
// and, when the row has any, a "fields" object; keeping them apart means a
// field can never be mistaken for, or clash with, a fixed one.
package export
