package index

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkColdStart parses, extracts and indexes the embedded seed, as
// the bot does on start.
func BenchmarkColdStart(b *testing.B) {
	src := seedSources(b)
	for b.Loop() {
		ix, err := Open(src, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// reportLatencies adds median and p99 of the samples as metrics.
func reportLatencies(b *testing.B, samples []time.Duration) {
	b.Helper()
	if len(samples) == 0 {
		return
	}
	slices.Sort(samples)
	at := func(q float64) float64 {
		return float64(samples[min(len(samples)-1, int(q*float64(len(samples))))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(at(0.5), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

var benchQueries = []string{"HIV", "ASEAN-Japan Centre", "East-West Corridor", "vietnamm", "training courses", "ESCAP fund", "Cambodia Laos", "workshop Phnom Penh"}

// BenchmarkSearch is one /iai search page on the seed.
func BenchmarkSearch(b *testing.B) {
	ix := seedIndex(b)
	var samples []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		if _, err := ix.Search(benchQueries[i%len(benchQueries)], 1); err != nil {
			b.Fatal(err)
		}
		samples = append(samples, time.Since(t0))
		i++
	}
	reportLatencies(b, samples)
}

// BenchmarkAnswer answers the evaluation questions in turn on the seed
// and the second document.
func BenchmarkAnswer(b *testing.B) {
	ix := bothIndex(b)
	var qs []string
	for _, set := range []string{"seed.jsonl", "second.jsonl", "none.jsonl"} {
		for _, c := range loadEvalTB(b, set) {
			qs = append(qs, c.Q)
		}
	}
	var samples []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		ix.Answer(qs[i%len(qs)])
		samples = append(samples, time.Since(t0))
		i++
	}
	reportLatencies(b, samples)
}

// BenchmarkAnswerCorpus answers every question of every evaluation file,
// follow-ups as replies, on one index of all the test documents: the
// whole evaluation set, not only the questions the seed was tuned on.
func BenchmarkAnswerCorpus(b *testing.B) {
	src := seedSources(b)
	for _, id := range corpusEvalDocs(b) {
		src = append(src, corpusSource(b, id))
	}
	ix := mustOpen(b, append(src, secondSource(b))...)
	files, err := filepath.Glob(filepath.Join("testdata", "eval", "*.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var cases []evalCase
	for _, f := range files {
		cases = append(cases, loadEvalTB(b, filepath.Base(f))...)
	}
	var samples []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		answerCase(ix, cases[i%len(cases)])
		samples = append(samples, time.Since(t0))
		i++
	}
	reportLatencies(b, samples)
}

// syntheticVocab is a deterministic vocabulary for generated text, drawn
// with Zipf frequencies as natural language is: its most frequent words
// are English function words, the rest pronounceable made-up words.
func syntheticVocab(n int) []string {
	r := rand.New(rand.NewPCG(7, 7))
	cons, vows := "bdfghklmnprstvz", "aeiou"
	out := strings.Fields("the of and to a in is that for it as was with be by on not he this are or his from at which but have an had they you were their one all we can her has there been if more when will would who so no")
	seen := map[string]bool{}
	for len(out) < n {
		var b strings.Builder
		for k := 0; k < 2+r.IntN(3); k++ {
			b.WriteByte(cons[r.IntN(len(cons))])
			b.WriteByte(vows[r.IntN(len(vows))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// syntheticCorpus writes about n passages as deterministic documents of
// the same shape as the real ones: numbered sections with items and
// paragraphs naming countries, places, organisations, money and dates,
// padded with Zipf-distributed words.
func syntheticCorpus(passages int) []Source {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := syntheticVocab(5000)
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	countries := []string{"Cambodia", "Laos", "Myanmar", "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines", "Singapore", "Brunei"}
	places := []string{"Phnom Penh", "Vientiane", "Yangon", "Hanoi", "Bangkok", "Jakarta", "Penang", "Cebu", "Da Nang", "Mandalay"}
	actors := []string{"Japan", "the Asian Development Bank (ADB)", "the ASEAN Secretariat", "the World Health Organization (WHO)", "Japan International Cooperation Agency (JICA)", "the Government of Thailand"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	words := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	var out []Source
	const perDoc = 200
	for d := 0; d*perDoc < passages; d++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Synthetic Cooperation Report %d\n\n%s %d\nSynthetic Ministry\n\nOverview: %s.\n\n", d, months[d%len(months)], 1995+d%25, words(30))
		for s := 1; s <= perDoc/5; s++ {
			fmt.Fprintf(&b, "%d. %s %s\n\n", s, strings.ToUpper(vocab[r.IntN(500)][:1])+vocab[r.IntN(500)][1:], words(2))
			for k := 0; k < 5; k++ {
				fmt.Fprintf(&b, "  %d. %s will %s %s in %s, %s, %s.", k+1, actors[r.IntN(len(actors))], words(3), words(6),
					places[r.IntN(len(places))], countries[r.IntN(len(countries))], words(8))
				if r.IntN(5) == 0 {
					fmt.Fprintf(&b, " It provided $%d,%03d from %d %s %d.", 1+r.IntN(900), r.IntN(1000), 1+r.IntN(28), months[r.IntN(len(months))], 1990+r.IntN(30))
				}
				b.WriteString("\n")
			}
			b.WriteString("\n")
		}
		out = append(out, Source{Name: fmt.Sprintf("synthetic-%05d.txt", d), Text: b.String()})
	}
	return out
}

// syntheticQueries are what users might type against the synthetic
// corpus: one to three words with the corpus's own word frequencies,
// some names, and a typo in one query in ten.
func syntheticQueries(n int) []string {
	r := rand.New(rand.NewPCG(3, 4))
	vocab := syntheticVocab(5000)
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	names := []string{"Cambodia", "Bangkok", "ADB", "malaria", "Japan", "Penang", "JICA"}
	var out []string
	for i := 0; i < n; i++ {
		var ws []string
		for k := 0; k < 1+r.IntN(3); k++ {
			// People search for content words, not "the".
			ws = append(ws, vocab[50+zipf.Uint64()%uint64(len(vocab)-50)])
		}
		if r.IntN(4) == 0 {
			ws = append(ws, names[r.IntN(len(names))])
		}
		if r.IntN(10) == 0 && len(ws[0]) > 5 {
			ws[0] = ws[0][:2] + ws[0][3:] // a dropped letter
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

// BenchmarkLargeCorpus builds an index of about 100,000 generated passages
// and measures build time, heap and search latency. Run it alone:
//
//	go test ./index -run '^$' -bench LargeCorpus -benchtime 1x
func BenchmarkLargeCorpus(b *testing.B) {
	src := syntheticCorpus(100_000)
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		t0 := time.Now()
		ix, err := Open(src, Options{})
		if err != nil {
			b.Fatal(err)
		}
		build := time.Since(t0)
		runtime.GC()
		runtime.ReadMemStats(&after)
		st := ix.Stats()
		var samples []time.Duration
		for i, q := range syntheticQueries(1000) {
			t1 := time.Now()
			if _, err := ix.Search(q, 1+i%3); err != nil {
				b.Fatal(err)
			}
			samples = append(samples, time.Since(t1))
		}
		b.ReportMetric(float64(st.Passages), "passages")
		b.ReportMetric(build.Seconds(), "build-s")
		b.ReportMetric(float64(after.HeapAlloc)/(1<<20), "heap-MiB")
		slices.Sort(samples)
		b.ReportMetric(float64(samples[len(samples)/2].Microseconds())/1e3, "search-p50-ms")
		b.ReportMetric(float64(samples[len(samples)*99/100].Microseconds())/1e3, "search-p99-ms")
		ix.Close()
	}
}

// BenchmarkExtractCorpus parses and extracts the facts of each corpus
// document in turn, the work Open does per document before Bleve; the
// target is under 50 ms a document.
func BenchmarkExtractCorpus(b *testing.B) {
	var docs []*Document
	for _, id := range corpusEvalDocs(b) {
		src := corpusSource(b, id)
		d, err := ParseDocument(DocumentID(src.Name), src.Text)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	var per []time.Duration
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			start := time.Now()
			extract([]*Document{d})
			per = append(per, time.Since(start))
		}
	}
	b.StopTimer()
	slices.Sort(per)
	b.ReportMetric(float64(per[len(per)/2].Microseconds())/1000, "p50-ms/doc")
	b.ReportMetric(float64(per[len(per)*99/100].Microseconds())/1000, "p99-ms/doc")
}

// BenchmarkGazetteer builds the gazetteer from its tables, which a process
// does once at start.
func BenchmarkGazetteer(b *testing.B) {
	for b.Loop() {
		buildGazetteer()
	}
}
