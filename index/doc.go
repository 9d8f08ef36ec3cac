// Package index turns source documents into passages and typed facts, and
// answers questions about them from a Bleve full-text index.
//
// A document is parsed into its front matter (title, publisher, date) and
// passages: the overview, section paragraphs, numbered and lettered items
// and bullets, each with a [Citation]. Facts are then extracted by code from
// the passage text: countries and groups (with a gazetteer of general
// geography), places, organisations and acronyms learnt from their
// definitions, sums of money and cost shares, dates (relative ones resolved
// against the document's date), counts, membership statuses, purposes and
// projects. Every fact keeps the passage it came from, so every answer can
// cite its source.
//
// Passages go into a Bleve index with an explicit mapping: English analysis
// for prose, keyword fields for countries, organisations, kind and
// document, numeric amounts and datetime dates. User text never reaches
// Bleve's query-string syntax; queries are built from match, phrase and
// fuzzy queries.
//
// With Options.Dir, what Open makes is kept on disk (store.go): the facts
// (factsfile.go), the answerer's model and the Bleve index, under a hash of
// the documents and the program, so that a restart reads them back instead
// of extracting again.
//
// Plain-English questions are answered by package qa, which builds its own
// model from the documents and facts. It reads them through the small
// interface answer.go implements; extraction and the answerer share only
// the types of package corpus and the text rules of internal/prose.
package index
