package index

import (
	"slices"
	"strings"
	"testing"
)

// Counter-examples to the rules on sums listed with "respectively", joint
// agents, founders in brackets, asides on a body and the project a
// passage speaks of: sentences near each rule where it must not reach.

func counterOpen(t *testing.T, doc string) *Index {
	t.Helper()
	return mustOpen(t, Source{Name: "r.md", Text: paperHeader("Counter Fixture", "July 2019") + "1. Facts\n\n" + doc + "\n"})
}

// counterPayer checks the payer of the sum written as text in doc: want
// when want is set, else that it is none of notWant.
func counterPayer(t *testing.T, doc, text, want string, notWant ...string) {
	t.Helper()
	a := amountNamed(counterOpen(t, doc), text)
	if a == nil {
		t.Errorf("%s: not read as a sum", text)
		return
	}
	if want != "" && a.Payer != want || slices.Contains(notWant, a.Payer) {
		t.Errorf("%s of %q: payer %q, want %q", text, doc, a.Payer, want)
	}
}

// Sums listed with "respectively" pair off only with the agents of a
// giving verb: a participle's agent ("hosted by", "selected by",
// "received by") and recipients ("divided between") pay nothing.
func TestCounterRespectiveAgentOfAnotherVerb(t *testing.T) {
	hosted := "Japan will contribute to the two regional centres hosted by Thailand and Malaysia from FY2020 (US$2 million and US$1 million respectively)."
	selected := "Japan's grants for the schools selected by Cambodia and Laos in 2015 (¥300 million and ¥200 million respectively) were handed over in 2016."
	established := "Japan contributed to the disaster management centres established by Thailand and Vietnam in 2012 (US$2 million and US$1.5 million respectively)."
	divided := "Japan's contribution of ¥1.8 billion was divided between Cambodia and Laos in FY2019 (¥1 billion and ¥800 million respectively)."
	received := "Of the US$5 million provided by Japan, the largest shares were received by Cambodia and Laos (US$2 million and US$1.5 million respectively)."
	t.Run("hosted by", func(t *testing.T) {
		counterPayer(t, hosted, "US$2 million", "Japan")
		counterPayer(t, hosted, "US$1 million", "Japan")
	})
	t.Run("selected by", func(t *testing.T) {
		counterPayer(t, selected, "¥300 million", "Japan")
		counterPayer(t, selected, "¥200 million", "Japan")
	})
	t.Run("established by", func(t *testing.T) {
		counterPayer(t, established, "US$1.5 million", "Japan")
	})
	t.Run("divided between recipients", func(t *testing.T) {
		counterPayer(t, divided, "¥800 million", "", "Cambodia", "Laos")
	})
	t.Run("received by", func(t *testing.T) {
		counterPayer(t, received, "US$1.5 million", "", "Cambodia", "Laos")
	})
	checkRules(t, []ruleCase{
		{name: "host asked as payer", doc: hosted, q: "how much will malaysia contribute"},
		{name: "founder asked as payer", doc: established, q: "how much did vietnam contribute"},
		{name: "selector asked as payer", doc: selected, q: "how much did cambodia give"},
		{name: "japan's part lost", doc: hosted, q: "how much will japan contribute to the centre in malaysia", span: "US$2 million"},
	})
}

// A "respectively" bracket with no agents before it leaves the payer to
// the giving verb's subject.
func TestCounterRespectiveBlocksSubject(t *testing.T) {
	doc := "JICA provided ODA loans to Vietnam and the Philippines in FY2018 (¥40 billion and ¥25 billion, respectively)."
	counterPayer(t, doc, "¥40 billion", "JICA")
	ix := counterOpen(t, doc)
	if a := ix.Answer("how much did jica lend to vietnam"); !strings.Contains(a.Text, "by JICA") {
		t.Errorf("answer %q does not name JICA as the lender", a.Text)
	}
}

// A party after "and" with a verb of its own opens a new clause: the
// agent before it pays alone.
func TestCounterJointAgentsNextClause(t *testing.T) {
	counterPayer(t, "The training costs, ¥40 million, are borne by the Government of Japan and JICA implements the courses.", "¥40 million", "Government of Japan")
	counterPayer(t, "The cost of the programme, ¥50 million, is borne by Japan and Malaysia provides the venue.", "¥50 million", "Japan")
}

// A founder's day is the body's founding, though an aside gives it.
func TestCounterFoundingMemberAsideDate(t *testing.T) {
	doc := "Indonesia is a founding member of the Regional Maritime Disaster Management Partnership (RMDMP), which was launched in Jakarta in November 2019."
	ix := counterOpen(t, doc)
	want := []membershipRow{{"Indonesia", "Regional Maritime Disaster Management Partnership (RMDMP)", StatusFounding, "November 2019"}}
	if got := membershipRows(ix); !slices.Equal(got, want) {
		t.Errorf("memberships %v, want %v", got, want)
	}
	checkRules(t, []ruleCase{
		{name: "founding member since", doc: doc, q: "since when has indonesia been a founding member of the rmdmp", span: "November 2019"},
	})
	ix2 := counterOpen(t, "Thailand became a founding member of the Mekong Institute, which was established in 1996.")
	if rows := membershipRows(ix2); len(rows) != 1 || rows[0].Date != "1996" {
		t.Errorf("Mekong Institute: %v, want Thailand founding member 1996", rows)
	}
}

// "Non-founding members (Myanmar and Thailand)" founded nothing.
func TestCounterNonFoundingInBrackets(t *testing.T) {
	doc := "The Mekong Growth Forum (MGF) was launched in May 2001; its non-founding members (Myanmar and Thailand) joined in 2004."
	ix := counterOpen(t, doc)
	for _, r := range membershipRows(ix) {
		if r.Status == StatusFounding {
			t.Errorf("%s is read as a founding member of %s (%s)", r.Country, r.Org, r.Date)
		}
	}
	checkRules(t, []ruleCase{
		{name: "founders", doc: doc, q: "which countries founded the mgf"},
	})
	if a := ix.Answer("is myanmar a founding member of the mgf"); a.Span != "no" {
		t.Errorf("is myanmar a founding member: %q, want no", a.Text)
	}
}

// A project the passage names only as a model is not what its sentences
// speak of: they answer of the project the question names.
func TestCounterPassageProjectIsTheModel(t *testing.T) {
	doc := "(1) Japan will build a joint inspection facility at Poipet, modelled on the Savannakhet Border Facilitation Project completed in 2010. The Exchange of Notes was signed on 5 March 2012.\n\n" +
		"(2) The Poipet Border Post Improvement Project is expected to be completed in 2014."
	checkRules(t, []ruleCase{
		{name: "the project by its full name", doc: doc, q: "when was the exchange of notes for the poipet border post improvement project signed?", span: "5 March 2012"},
		{name: "by its place", doc: doc, q: "when was the poipet exchange of notes signed?", span: "5 March 2012"},
	})
}

// The status's own date after an aside on the body, not the aside's.
func TestCounterAsideThenOwnDate(t *testing.T) {
	ix := counterOpen(t, "Myanmar joined the Mekong Growth Forum (MGF), which was launched by Japan in 2001, in July 2004.")
	if rows := membershipRows(ix); len(rows) != 1 || rows[0].Date != "July 2004" {
		t.Errorf("rows %v, want Myanmar joined July 2004", rows)
	}
}
