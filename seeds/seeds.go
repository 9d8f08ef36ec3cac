// Package seeds embeds the source documents the bot answers from by default.
//
// Every .txt and .md file in this directory is part of the default corpus;
// the files are kept exactly as published.
package seeds

import "embed"

// FS holds the embedded documents.
//
//go:embed *.txt
var FS embed.FS
