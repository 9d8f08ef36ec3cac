package index

import (
	"fmt"
	"math/rand/v2"
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

// syntheticCorpus writes n passages as deterministic documents of the same
// shape as the real ones: numbered sections, items and paragraphs naming
// countries, places, organisations, money and dates.
func syntheticCorpus(passages int) []Source {
	r := rand.New(rand.NewPCG(1, 2))
	countries := []string{"Cambodia", "Laos", "Myanmar", "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines", "Singapore", "Brunei"}
	places := []string{"Phnom Penh", "Vientiane", "Yangon", "Hanoi", "Bangkok", "Jakarta", "Penang", "Cebu", "Da Nang", "Mandalay"}
	orgs := []string{"Asian Development Bank (ADB)", "ASEAN Secretariat", "World Health Organization (WHO)", "Japan International Cooperation Agency (JICA)"}
	topics := []string{"rural roads", "port logistics", "teacher training", "malaria control", "customs reform", "power grids", "water supply", "vocational schools", "disaster risk", "fisheries"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	var out []Source
	const perDoc = 200
	for d := 0; d*perDoc < passages; d++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Synthetic Cooperation Report %d\n\n%s %d\nSynthetic Ministry\n\nOverview: A generated document for load tests.\n\n", d, months[d%len(months)], 1995+d%25)
		for s := 1; s <= perDoc/5; s++ {
			fmt.Fprintf(&b, "%d. Cooperation on %s\n\n", s, topics[(d+s)%len(topics)])
			for k := 0; k < 5; k++ {
				c, p, o, tp := countries[r.IntN(len(countries))], places[r.IntN(len(places))], orgs[r.IntN(len(orgs))], topics[r.IntN(len(topics))]
				fmt.Fprintf(&b, "  %d. Japan works with the %s on %s in %s, %s, providing $%d,%03d from %d %s %d.\n",
					k+1, o, tp, p, c, 1+r.IntN(900), r.IntN(1000), 1+r.IntN(28), months[r.IntN(len(months))], 1990+r.IntN(30))
			}
			b.WriteString("\n")
		}
		out = append(out, Source{Name: fmt.Sprintf("synthetic-%05d.txt", d), Text: b.String()})
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
		for i := 0; i < 500; i++ {
			t1 := time.Now()
			if _, err := ix.Search(benchQueries[i%len(benchQueries)]+" "+[]string{"roads", "malaria", "customs", "grids"}[i%4], 1+i%3); err != nil {
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
