package index

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRestartMatchesBuild builds every test document into a directory,
// opens it again as a restart does, and checks that everything the index
// answers is the same, byte for byte: search, answers to every evaluation
// question, and every fact command. The in-memory build must give the same
// facts and answers too, so that keeping the index on disk changes nothing.
func TestRestartMatchesBuild(t *testing.T) {
	src := allSources(t)
	dir := t.TempDir()

	built, msgs := openLogged(t, dir, src)
	mustLog(t, msgs, logBuilt)
	want := snapshot(t, built)
	mustClose(t, built)

	restarted, msgs := openLogged(t, dir, src)
	mustLog(t, msgs, logReopened)
	mustNotLog(t, msgs, logBuilt, logStale, logDamaged)
	got := snapshot(t, restarted)
	mustClose(t, restarted)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after a restart (-built +restarted):\n%s", diff)
	}

	// The in-memory Bleve index of a small corpus (upsidedown) scores in
	// its last digits unlike scorch on disk, and answers draw on search,
	// so only what no search decides is compared with it.
	mem := mustOpen(t, src...)
	if diff := cmp.Diff(unranked(want), unranked(snapshot(t, mem))); diff != "" {
		t.Errorf("in memory (-on disk +in memory):\n%s", diff)
	}
}

// unranked drops from a snapshot the searches and the answers.
func unranked(snap []string) []string {
	var out []string
	for _, l := range snap {
		if !strings.HasPrefix(l, "Search ") && !strings.HasPrefix(l, "Answer ") {
			out = append(out, l)
		}
	}
	return out
}

// snapshot is everything ix answers about the test documents, one line per
// call, rendered with passages and documents named by ID.
func snapshot(t *testing.T, ix *Index) []string {
	t.Helper()
	var out []string
	add := func(call string, vs ...any) {
		var b strings.Builder
		for _, v := range vs {
			b.WriteString(" ")
			dump(&b, reflect.ValueOf(v))
		}
		out = append(out, call+" →"+b.String())
	}

	cases := allEvalCases(t)
	for _, c := range cases {
		if c.Prev != "" {
			add("FollowUp "+strconv.Quote(c.Prev)+" "+strconv.Quote(c.Q), ix.FollowUp(c.Prev, c.Q))
		}
		add("Answer "+strconv.Quote(c.Q), answerCase(ix, c))
	}

	queries := slices.Clone(storeQueries)
	for _, pr := range ix.Projects() {
		queries = append(queries, pr.Name)
	}
	for _, c := range cases[:min(len(cases), 60)] {
		queries = append(queries, c.Q)
	}
	for _, q := range queries {
		for page := 1; page <= 2; page++ {
			res, err := ix.Search(q, page)
			add(fmt.Sprintf("Search %q %d", q, page), res, errString(err))
		}
		pr, err := ix.Project(q)
		add("Project "+strconv.Quote(q), pr, errString(err))
	}

	add("Funding", ix.Funding())
	groups, members := ix.Members()
	add("Members", groups, members)
	add("Timeline", ix.Timeline())
	add("Projects", ix.Projects())
	add("Groups", ix.Groups())
	add("Orgs", ix.Orgs())
	add("Places", ix.Places())
	add("Amounts", ix.Amounts())
	add("Shares", ix.Shares())
	add("Dates", ix.Dates())
	add("Counts", ix.Counts())
	add("Memberships", ix.Memberships())
	add("Purposes", ix.Purposes())
	add("Stats", ix.Stats())
	add("Documents", ix.Documents())
	for _, d := range ix.Documents() {
		for _, p := range d.Passages {
			got, ok := ix.Passage(p.ID)
			add("Passage "+p.ID, *got, ok, ix.PassageCountries(p))
		}
	}
	for _, prefix := range []string{"", "mek", "rout", "water"} {
		add("SuggestProjects "+strconv.Quote(prefix), ix.SuggestProjects(prefix, 10))
	}
	names := append(slices.Clone(gaz.countryNames), "Phnom Penh", "vietnamm", "lao pdr", "Atlantis", "")
	for _, name := range names {
		c, err := ix.Country(name)
		if errors.As(err, new(*NotFoundError)) || c.Mentioned || name == "" {
			add("Country "+strconv.Quote(name), c, errString(err))
		}
	}
	for _, prefix := range []string{"", "camb", "vietnamm", "ph"} {
		add("SuggestCountries "+strconv.Quote(prefix), ix.SuggestCountries(prefix, 10))
	}
	return out
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// dump renders v deeply, exported fields or not, with passages and
// documents named by ID, since they point at each other.
func dump(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("<invalid>")
	case reflect.Pointer:
		switch {
		case v.IsNil():
			b.WriteString("nil")
		case v.Type() == reflect.TypeFor[*Passage]():
			b.WriteString("passage(" + v.Elem().FieldByName("ID").String() + ")")
		case v.Type() == reflect.TypeFor[*Document]():
			b.WriteString("document(" + v.Elem().FieldByName("ID").String() + ")")
		default:
			b.WriteString("&")
			dump(b, v.Elem())
		}
	case reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dump(b, v.Elem())
	case reflect.Struct:
		b.WriteString(v.Type().Name() + "{")
		for i := range v.NumField() {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(v.Type().Field(i).Name + ":")
			dump(b, v.Field(i))
		}
		b.WriteString("}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("nil")
			return
		}
		b.WriteString("[")
		for i := range v.Len() {
			if i > 0 {
				b.WriteString(" ")
			}
			dump(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.Map:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		var entries []string
		for _, k := range v.MapKeys() {
			var e strings.Builder
			dump(&e, k)
			e.WriteString(":")
			dump(&e, v.MapIndex(k))
			entries = append(entries, e.String())
		}
		slices.Sort(entries)
		b.WriteString("map[" + strings.Join(entries, " ") + "]")
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	default:
		b.WriteString("<" + v.Kind().String() + ">")
	}
}
