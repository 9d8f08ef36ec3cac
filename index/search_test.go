package index

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSearchRanksAndHighlights(t *testing.T) {
	ix := seedIndex(t)
	res, err := ix.Search("HIV", 1)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || len(res.Hits) != 1 {
		t.Fatalf("HIV: %d hits, want 1", res.Total)
	}
	h := res.Hits[0]
	if h.Passage.Cite.Section != 6 {
		t.Errorf("HIV found in §%d, want §6", h.Passage.Cite.Section)
	}
	var marked []string
	for _, m := range h.Matches {
		marked = append(marked, h.Passage.Text[m.Start:m.End])
	}
	if diff := cmp.Diff([]string{"HIV"}, marked); diff != "" {
		t.Errorf("highlighted (-want +got):\n%s", diff)
	}
}

func TestSearchIsTypoTolerantAndStems(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct {
		q       string
		section int
	}{
		{"corridoor", 2},  // typo
		{"exhibition", 4}, // stem of "exhibitions"
		{"ESCAP cooperation fund", 5},
		{"junior diplomats", 1},
		{"Viet Nam", 4}, // alias reaches the countries field
		{"training courses", 3},
	} {
		res, err := ix.Search(tc.q, 1)
		if err != nil || len(res.Hits) == 0 {
			t.Errorf("%q: no hits (%v)", tc.q, err)
			continue
		}
		found := false
		for _, h := range res.Hits {
			found = found || h.Passage.Cite.Section == tc.section
		}
		if !found {
			t.Errorf("%q: §%d not in the first page", tc.q, tc.section)
		}
	}
}

func TestSearchTreatsQuerySyntaxAsText(t *testing.T) {
	ix := seedIndex(t)
	for _, q := range []string{"*", "/.*.*.*/", "field:x", "+HIV -drug", `"unbalanced`, "text:HIV", "HIV^10", "HIV~2", "(((", "\x00\x01", "\xff\xfe"} {
		res, err := ix.Search(q, 1)
		switch {
		case errors.Is(err, ErrEmptyQuery):
			// Nothing searchable in it: the caller says so to the user.
		case err != nil:
			t.Errorf("Search(%q): %v", q, err)
		case strings.Contains(q, "HIV") && res.Total == 0:
			t.Errorf("Search(%q): the word HIV was not searched", q)
		}
		// "*" must not match everything, nor a regexp run.
		if q == "*" || q == "/.*.*.*/" {
			if res.Total > 0 {
				t.Errorf("Search(%q) matched %d passages: query syntax leaked", q, res.Total)
			}
		}
	}
}

func TestSearchLongAndEmptyQueries(t *testing.T) {
	ix := seedIndex(t)
	if _, err := ix.Search("   \t ", 1); !errors.Is(err, ErrEmptyQuery) {
		t.Errorf("blank query: err = %v, want ErrEmptyQuery", err)
	}
	long := strings.Repeat("integration ", 500)
	res, err := ix.Search(long, 1)
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(res.Query)); n > MaxQueryRunes {
		t.Errorf("query kept %d runes, want at most %d", n, MaxQueryRunes)
	}
	if res.Total == 0 {
		t.Error("a long query of a real word found nothing")
	}
}

func TestSearchPages(t *testing.T) {
	ix := seedIndex(t)
	p1, err := ix.Search("ASEAN", 1)
	if err != nil {
		t.Fatal(err)
	}
	if p1.Pages < 2 {
		t.Fatalf("ASEAN: %d pages, want several", p1.Pages)
	}
	p2, _ := ix.Search("ASEAN", 2)
	seen := map[string]bool{}
	for _, h := range append(p1.Hits, p2.Hits...) {
		if seen[h.Passage.ID] {
			t.Errorf("%s on two pages", h.Passage.ID)
		}
		seen[h.Passage.ID] = true
	}
	last, _ := ix.Search("ASEAN", p1.Pages+1)
	if len(last.Hits) != 0 {
		t.Errorf("page past the end has %d hits", len(last.Hits))
	}
}

func TestResolveCountry(t *testing.T) {
	for _, tc := range []struct{ in, want, via string }{
		{"cambodia", "Cambodia", ""},
		{"vietnamm", "Vietnam", ""},
		{"Viet Nam", "Vietnam", ""},
		{"Burma", "Myanmar", ""},
		{"Lao P.D.R.", "Laos", ""},
		{"lao pdr", "Laos", ""},
		{"the Philippines", "Philippines", ""},
		{"cambodai", "Cambodia", ""},
		{"Phnom Penh", "Cambodia", "Phnom Penh"},
		{"Saigon", "Vietnam", "Ho Chi Minh City"},
		{"Brunei Darussalam", "Brunei", ""},
	} {
		got, via, err := ResolveCountry(tc.in)
		if err != nil || got != tc.want || via != tc.via {
			t.Errorf("ResolveCountry(%q) = %q, %q, %v; want %q, %q", tc.in, got, via, err, tc.want, tc.via)
		}
	}
	_, _, err := ResolveCountry("Atlantis")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(nf.Suggestions) == 0 {
		t.Errorf("Atlantis: err = %v, want NotFoundError with suggestions", err)
	}
}

func TestCountryProfile(t *testing.T) {
	ix := seedIndex(t)
	c, err := ix.Country("cambodia")
	if err != nil {
		t.Fatal(err)
	}
	var groups, ms, places []string
	for _, g := range c.Groups {
		groups = append(groups, g.Name)
	}
	for _, m := range c.Memberships {
		ms = append(ms, m.Org+": "+m.Status+" "+m.Date.Text)
	}
	for _, p := range c.Places {
		places = append(places, p.Name)
	}
	if diff := cmp.Diff([]string{"ASEAN", "CLMV", "Indochina"}, groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ASEAN-Japan Centre: joined June 11, 2001"}, ms); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Phnom Penh"}, places); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{
		"ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam",
		"Attachment Programme at the ASEAN Secretariat for Junior Diplomats of CLMV",
		"Human Capacity Building Workshop for MFA personnel of the CLMV",
		"HRD Workshop for non-MFA personnel of the CLMV",
		"Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries: CLMV into ASEAN",
		"2nd East-West Corridor",
		"Project to facilitate trade by removing procedural and regulatory barriers",
	}, projectNames(c.Projects)); diff != "" {
		t.Errorf("projects (-want +got):\n%s", diff)
	}
	var funds []string
	for _, f := range c.Funding {
		funds = append(funds, f.Text)
	}
	if diff := cmp.Diff([]string{
		"Japan-ASEAN General Exchange Fund (JAGEF): funds ICT Cooperation to Cambodia, Laos, Myanmar and Vietnam; Attachment Programme at the ASEAN Secretariat for Junior Diplomats of CLMV; Human Capacity Building Workshop for MFA personnel of the CLMV; HRD Workshop for non-MFA personnel of the CLMV; Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries: CLMV into ASEAN",
		"$98,520, disbursed by Japan in 2000 through the Japan ESCAP Cooperation Fund, for the project to facilitate trade by removing procedural and regulatory barriers",
		"Japan ESCAP Cooperation Fund: funds Project to facilitate trade by removing procedural and regulatory barriers; $98,520 disbursed",
	}, funds); diff != "" {
		t.Errorf("funding (-want +got):\n%s", diff)
	}

	b, err := ix.Country("Brunei")
	if err != nil || b.Mentioned {
		t.Errorf("Brunei: mentioned=%v err=%v; want a real country the documents never mention", b.Mentioned, err)
	}
}

func TestProjectLookup(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ in, want string }{
		{"East-West Corridor", "East-West Corridor"},
		{"2nd east west corridor", "2nd East-West Corridor"},
		{"jspp21", "Japan-Singapore Partnership Program for the 21st Century (JSPP21)"},
		{"attachment programme", "Attachment Programme at the ASEAN Secretariat for Junior Diplomats of CLMV"},
		{"workplan workshp", "Workshop to Formulate a Workplan for the Integration of ASEAN New Member Countries: CLMV into ASEAN"},
	} {
		p, err := ix.Project(tc.in)
		if err != nil || p.Name != tc.want {
			t.Errorf("Project(%q) = %v, %v; want %q", tc.in, p, err, tc.want)
		}
	}
	_, err := ix.Project("moon base")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(nf.Suggestions) == 0 {
		t.Errorf("unknown project: err = %v, want NotFoundError with suggestions", err)
	}
}

func TestTimelineIsChronological(t *testing.T) {
	ix := seedIndex(t)
	var got []string
	for _, d := range ix.Timeline() {
		got = append(got, d.Resolved())
	}
	if diff := cmp.Diff([]string{"2000", "February 2000", "June 11, 2001", "15th to 21st July 2001", "November 2001", "20-22 November 2001"}, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
}

func TestSuggest(t *testing.T) {
	ix := seedIndex(t)
	for _, tc := range []struct{ in, want string }{
		{"camb", "Cambodia"}, {"vietnamm", "Vietnam"}, {"Burma", "Myanmar"}, {"viet", "Vietnam"}, {"lao p", "Laos"},
	} {
		got := ix.SuggestCountries(tc.in, 25)
		if len(got) == 0 || got[0] != tc.want || len(got) > 25 {
			t.Errorf("SuggestCountries(%q) = %v; want %q first", tc.in, got, tc.want)
		}
	}
	if got := ix.SuggestProjects("east", 25); len(got) < 2 || !strings.Contains(got[0], "East-West") {
		t.Errorf("SuggestProjects(east) = %v", got)
	}
	if got := ix.SuggestProjects("", 25); len(got) != len(ix.Projects()) {
		t.Errorf("SuggestProjects(\"\") = %d names, want all %d", len(got), len(ix.Projects()))
	}
}

func TestSeveralDocumentsCiteTheirOwn(t *testing.T) {
	ix := bothIndex(t)
	for _, tc := range []struct{ q, doc string }{
		{"HIV", "mofa-2001-11-japan-cooperation-iai"},
		{"tuberculosis", "jica-2003-03-mekong-health-education"},
	} {
		res, err := ix.Search(tc.q, 1)
		if err != nil || len(res.Hits) == 0 {
			t.Fatalf("%s: %v", tc.q, err)
		}
		if got := res.Hits[0].Passage.Cite.Doc; got != tc.doc {
			t.Errorf("%s cited %s, want %s", tc.q, got, tc.doc)
		}
	}
	if _, err := Open(append(seedSources(t), seedSources(t)...), Options{}); err == nil {
		t.Error("two documents with one name were accepted")
	}
}
