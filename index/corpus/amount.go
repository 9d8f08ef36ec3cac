package corpus

import (
	"regexp"
	"slices"
	"strings"

	"github.com/iaibot/iaibot/index/internal/prose"
)

// Amount is a sum of money.
type Amount struct {
	Text      string   // as written: "$98,520", "6 billion yen"
	Currency  string   // ISO 4217: "USD", "JPY"
	Value     float64  // in units of Currency
	Verb      string   // the verb that moves it: "disbursed", "provided"
	Payer     string   // the country or organisation that pays, when the sentence says
	Recipient string   // the country or organisation it goes to, when named right after it
	Via       string   // the fund or channel it goes through
	Date      *Date    // when, if the sentence dates it
	Purpose   string   // what it pays for
	Project   *Project // the project it funds, when the passage says

	Equivalent   string // the same sum in another currency, given in brackets after it
	EquivalentOf string // set on that bracketed sum: the amount it converts
	Sentence     string
	Passage      *Passage
	Span         Span
}

// ToComeVerb opens the Verb of a sum still to come: "to be provided".
const ToComeVerb = "to be "

// RequestedVerb is the Verb of a sum asked for and not yet given: its
// Payer is the one asked.
const RequestedVerb = "requested"

// amountContext is how much of its sentence a sum's description quotes.
const amountContext = 200

// clipAround clips s to about n characters around the first mention of
// what, so a long sentence still shows the words next to a sum.
func clipAround(s, what string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.Index(s, what)
	if i < 0 {
		return prose.Clip(s, n)
	}
	start := max(0, i-n/2)
	if start > 0 {
		if sp := strings.IndexByte(s[start:], ' '); sp >= 0 && sp < 20 {
			start += sp + 1
		}
	}
	out := prose.Clip(s[start:], n)
	if start > 0 {
		out = "…" + out
	}
	return out
}

// underOwnHeading reports whether a sum stands in a passage under its
// project's own heading ("(1) Northern Laos Small Hydropower Project"),
// which says what all of it is about, and is for nothing its sentence
// points back to: "¥90 million was allocated for the study" is for a
// study the passage named, which may be another thing.
func (a Amount) underOwnHeading() bool {
	if a.Passage == nil || a.Passage.Label == "" || !strings.HasPrefix(a.Project.Name, a.Passage.Label) {
		return false
	}
	// "for the Centre" points back to the project by a word of its name.
	// Its head is the last word before a small one: "centre" of "the
	// centre in FY2003".
	if m := rePointsBack.FindString(a.Purpose); m != "" {
		ws := strings.Fields(strings.ToLower(a.Purpose))[1:]
		head := ""
		for _, w := range ws {
			if prose.Stopwords[w] {
				break
			}
			head = strings.Trim(w, ".,;:")
		}
		return head != "" && slices.Contains(strings.Fields(strings.ToLower(a.Project.Name)), head)
	}
	return true
}

// rePointsBack opens a noun phrase that points back to a thing named
// before: "the study", "this purpose".
var rePointsBack = regexp.MustCompile(`(?i)^(?:the|this|that|these|those)\s`)

// Describe renders an amount the way answers give it: the figure first,
// then how, by whom, when, through what and for what: "$98,520, disbursed
// by Japan in 2000 through the Japan ESCAP Cooperation Fund, for ...".
func (a Amount) Describe() string {
	var b strings.Builder
	b.WriteString(a.Text)
	if a.Equivalent != "" {
		b.WriteString(" (about " + a.Equivalent + ")")
	}
	if a.Verb != "" {
		b.WriteString(", " + a.Verb)
	}
	if a.Payer != "" && a.Verb == RequestedVerb {
		b.WriteString(" from " + a.Payer)
	} else if a.Payer != "" {
		b.WriteString(" by " + a.Payer)
	}
	if a.Recipient != "" {
		b.WriteString(" to " + a.Recipient)
	}
	if a.Date != nil {
		b.WriteString(strings.TrimRight(" "+a.Date.PrepositionAsWritten(), " ") + " " + a.Date.Resolved())
	}
	if a.Via != "" {
		b.WriteString(" through the " + strings.TrimPrefix(a.Via, "the "))
	}
	purpose := a.Purpose
	// A channel is no purpose, though read as a project too.
	if purpose == "" && a.Project != nil && a.Project.Name != a.Via {
		purpose = a.Project.Name
	}
	if purpose != "" {
		b.WriteString(", for " + purposePhrase(purpose))
	}
	// "Under the Mekong Navigation Aids Project (MNAP), Japan extended
	// grant aid of ¥2.45 billion for 420 buoys": the project its own
	// sentence names, when the line does not name it yet. Not one only
	// the passage names: "¥90 million was allocated for the study" is
	// the study's. Unless the passage stands under the project's own
	// heading (see underOwnHeading).
	if a.Project != nil && a.Project.Name != a.Via && a.Project.Name != purpose && !strings.Contains(b.String(), a.Project.Name) && !strings.Contains(b.String(), shortOf(a.Project.Name)) && (strings.Contains(a.Sentence, a.Project.Name) || strings.Contains(a.Sentence, shortOf(a.Project.Name)) || a.underOwnHeading()) {
		b.WriteString(" (" + a.Project.Name + ")")
	}
	switch {
	case a.Passage != nil && a.Passage.IsTableRow() && !strings.Contains(b.String(), a.Passage.Label):
		// A cell says what it is only with its row: "Grant: ¥410 million"
		// is the grant of the row's crossing and country, so the whole
		// row is quoted, its first cell first.
		b.WriteString(": “" + clipAround(strings.TrimSpace(a.Passage.Text), a.Text, amountContext) + "”")
	case a.Purpose == "" && a.Via == "":
		// Nothing says what the sum is for, or who gives it to whom: its
		// clause does. Only the clause, so a country the sentence excludes
		// in another clause does not stand next to the sum.
		cl := a.Sentence
		// A cell cut from its row says neither whose nor what it is:
		// "Japanese contribution: ¥1.1 billion (requested; not approved)"
		// stands in the row of the country and the project.
		if a.Passage != nil && a.Passage.IsTableRow() {
			cl = a.Passage.Text
		} else if i := strings.Index(cl, a.Text); i >= 0 {
			cl = prose.ClauseOf(cl, Span{Start: i, End: i + len(a.Text)})
		}
		b.WriteString(": “" + clipAround(strings.TrimSpace(cl), a.Text, amountContext) + "”")
	}
	return b.String()
}

// purposePhrase reads a purpose inside a sentence: a descriptive project
// name ("Project to facilitate trade") becomes "the project to facilitate
// trade".
func purposePhrase(p string) string {
	for _, head := range []string{"Project ", "Programme ", "Program "} {
		if strings.HasPrefix(p, head) {
			return "the " + strings.ToLower(head[:1]) + p[1:]
		}
	}
	return strings.TrimPrefix(p, "the ")
}

// shortOf is the short form in brackets that ends a name ("MDWIP" of
// "Mekong Delta Waterway Improvement Project (MDWIP)"), or the name.
func shortOf(name string) string {
	if strings.HasSuffix(name, ")") {
		if i := strings.LastIndexByte(name, '('); i >= 0 {
			return name[i+1 : len(name)-1]
		}
	}
	return name
}
