package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/iaibot/iaibot/bot/export"
	"github.com/iaibot/iaibot/index"
)

// Two documents and a few passages built by hand, so that each renderer's
// golden file shows its layout alone: what the index would find is the
// end-to-end goldens' business. The text carries markdown and mentions on
// purpose, to show them escaped.
var (
	renderDoc  = &index.Document{ID: "tokyo-2001-05-cooperation", Title: "Japan & ASEAN: *cooperation* report"}
	renderDoc2 = &index.Document{ID: "hanoi-2002-09-corridor", Title: "The East-West Corridor"}

	renderOverview = &index.Passage{
		ID: renderDoc.ID + "#1", Doc: renderDoc, Kind: index.KindOverview,
		Cite: index.Citation{Doc: renderDoc.ID, DocTitle: renderDoc.Title, SectionTitle: "Overview"},
		Text: "Japan and the ASEAN countries agreed a plan of cooperation for 2001 to 2005.",
	}
	renderHealth = &index.Passage{
		ID: renderDoc.ID + "#7", Doc: renderDoc, Kind: index.KindParagraph,
		Cite: index.Citation{Doc: renderDoc.ID, DocTitle: renderDoc.Title, Section: 4, SectionTitle: "Health"},
		Text: "Japan disbursed $1.5 million through the Japan-ASEAN Fund last year for HIV/AIDS prevention in Cambodia, Laos and Myanmar, " +
			"where the *new member* countries asked @everyone to share the cost on a 50-50 basis.",
	}
	renderCorridor = &index.Passage{
		ID: renderDoc2.ID + "#4", Doc: renderDoc2, Kind: index.KindItem,
		Cite: index.Citation{Doc: renderDoc2.ID, DocTitle: renderDoc2.Title, Section: 2, SectionTitle: "Transport", Item: "(2)"},
		Lead: "The following projects are under way:",
		Text: "The East-West Corridor, linking Da Nang to Mawlamyine, has been built since 1998 with loans from JBIC.",
	}
)

// renderQuoted is a quote standing for an answer, long enough to be cut,
// with markdown and a mention on both sides of the words in bold.
var renderQuoted = func() index.Answer {
	s := "Japan, which has supported the *new member* countries since 1992 through grants, loans, volunteers, experts and " +
		"training courses in Tokyo, Bangkok, Hanoi and Vientiane, and whose ministries asked @everyone to share the cost on a " +
		"50-50 basis, will continue its cooperation to solve transnational issues which hinder the advancement of integration, " +
		"such as drug issues and HIV/AIDS, in the years to come, with the help of its partners in the region and of the " +
		"United Nations agencies concerned, whose *programmes* in the field the Government of Japan has funded since 1996 " +
		"through its trust funds, its embassies in each capital of the region and the volunteers it sends every year to the " +
		"provinces, where the clinics and the schools they staff are the first to see what the countermeasures achieve."
	at := func(w string) index.Span {
		i := strings.Index(s, w)
		return index.Span{Start: i, End: i + len(w)}
	}
	return index.Answer{Quoted: true, Kind: index.AskOpen, Text: s, Sentence: s,
		SentenceSpans: []index.Span{at("drug"), at("HIV")}, Passage: renderHealth}
}()

// span finds the first occurrence of word in p's text, as the index marks
// a match.
func span(p *index.Passage, word string) index.Span {
	i := strings.Index(p.Text, word)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %s", word, p.ID))
	}
	return index.Span{Start: i, End: i + len(word)}
}

var (
	renderLastYear = index.Date{
		Text: "last year", Start: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC),
		Precision: "year", Relative: true, Sentence: renderHealth.Text, Passage: renderHealth,
	}
	renderSince1998 = index.Date{
		Text: "1998", Start: time.Date(1998, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(1998, 12, 31, 0, 0, 0, 0, time.UTC),
		Precision: "year", Since: true, Sentence: renderCorridor.Text, Passage: renderCorridor,
	}
	renderProjectCorridor = &index.Project{
		Name: "East-West Corridor", What: renderCorridor.Text,
		Partners: []string{"JBIC"}, Places: []index.Place{{Name: "Da Nang", Country: "Vietnam", Passage: renderCorridor}, {Name: "Mawlamyine", Country: "Myanmar", Passage: renderCorridor}},
		Dates: []index.Date{renderSince1998}, Funding: []string{"loans from JBIC"}, Passage: renderCorridor,
	}
	renderProjectHealth = &index.Project{Name: "HIV/AIDS prevention", What: renderHealth.Text, Passage: renderHealth}
	renderAmount        = &index.Amount{Text: "$1.5 million", Currency: "USD", Value: 1.5e6, Passage: renderHealth}
	renderFundingLines  = []index.Funding{
		{Text: "$1.5 million disbursed by Japan through the Japan-ASEAN Fund in 2000", Amount: renderAmount, Passage: renderHealth},
		{Text: "50-50: the new member countries", Share: &index.Share{Text: "50-50", Parts: []int{50, 50}, Passage: renderHealth}, Passage: renderHealth},
		{Text: "Japan-ASEAN Fund", Fund: &index.Org{Name: "Japan-ASEAN Fund", Passage: renderHealth}, Passage: renderHealth},
	}
	renderCLMV        = index.Group{Name: "CLMV", Members: []string{"Cambodia", "Laos", "Myanmar", "Vietnam"}, Aliases: []string{"new member countries"}, Passage: renderHealth}
	renderMemberships = []index.Membership{
		{Country: "Cambodia", Org: "ASEAN", Status: index.StatusJoined, Date: &index.Date{Text: "April 30, 1999"}, Passage: renderOverview},
		{Country: "Laos", Org: "ASEAN", Status: index.StatusMember, Passage: renderOverview},
		{Country: "Cambodia", Org: "ASEAN-Japan Centre", Status: index.StatusIntends, Date: &renderLastYear, Note: "encouraged to join", Passage: renderHealth},
	}
)

// renderCases are the views each renderer is golden-tested with; each
// name is a file in testdata/render.
func renderCases() []struct {
	name   string
	render func() (Reply, error)
} {
	longQuery := strings.TrimSpace(strings.Repeat("regional cooperation ", 6))
	var manyDates []index.Date
	for n := range 40 {
		d := renderLastYear
		d.Text = fmt.Sprintf("%d May 2001", n+1)
		d.Relative = false
		manyDates = append(manyDates, d)
	}
	return []struct {
		name   string
		render func() (Reply, error)
	}{
		{"search", func() (Reply, error) {
			return renderSearch(searchView{query: "HIV prevention", page: 1, pages: 3, total: 12, hits: []index.Hit{
				{Passage: renderHealth, Matches: []index.Span{span(renderHealth, "HIV"), span(renderHealth, "prevention")}},
				{Passage: renderOverview, Matches: nil},
			}}), nil
		}},
		{"search-long-query", func() (Reply, error) {
			return renderSearch(searchView{query: longQuery, page: 2, pages: 2, total: 6, hits: []index.Hit{
				{Passage: renderOverview, Matches: []index.Span{span(renderOverview, "cooperation")}},
			}}), nil
		}},
		{"search-nothing", func() (Reply, error) {
			return renderSearch(searchView{query: "@everyone <@123> *spaceport*", page: 1}), nil
		}},
		{"country", func() (Reply, error) {
			return renderCountry(index.Country{
				Name: "Cambodia", Mentioned: true, Via: "Phnom Penh",
				Groups:      []index.Group{renderCLMV},
				Memberships: []index.Membership{renderMemberships[0], renderMemberships[2]},
				Projects:    []*index.Project{renderProjectHealth},
				Places:      []index.Place{{Name: "Phnom Penh", Country: "Cambodia", AsWritten: "Phnom Phen"}, {Name: "Siem Reap", Country: "Cambodia", AsWritten: "Siem Reap"}},
				Funding:     renderFundingLines[:1],
				Passages:    []*index.Passage{renderOverview, renderHealth},
			}, 1)
		}},
		{"country-silent", func() (Reply, error) {
			return renderCountry(index.Country{Name: "Thailand", Mentioned: true, Passages: []*index.Passage{renderOverview}}, 1)
		}},
		{"country-unmentioned", func() (Reply, error) {
			return renderCountry(index.Country{Name: "Brunei"}, 3)
		}},
		{"project", func() (Reply, error) { return renderProject(renderProjectCorridor), nil }},
		{"projects", func() (Reply, error) {
			return renderProjects([]*index.Project{renderProjectHealth, renderProjectCorridor}, 1)
		}},
		{"projects-none", func() (Reply, error) { return renderProjects(nil, 1) }},
		{"funding", func() (Reply, error) { return renderFunding(renderFundingLines, 1) }},
		{"funding-none", func() (Reply, error) { return renderFunding(nil, 1) }},
		{"members", func() (Reply, error) {
			return renderMembers(membersView{groups: []index.Group{renderCLMV}, memberships: renderMemberships}, 1)
		}},
		{"timeline", func() (Reply, error) {
			return renderTimeline([]index.Date{renderSince1998, renderLastYear}, 1)
		}},
		{"timeline-page2", func() (Reply, error) { return renderTimeline(manyDates, 2) }},
		{"timeline-none", func() (Reply, error) { return renderTimeline(nil, 1) }},
		{"answer", func() (Reply, error) {
			return renderAnswer(answerView{question: "how much did Japan disburse for HIV?", answer: index.Answer{
				Found: true, Kind: index.AskMoney, Span: "$1.5 million", Text: "$1.5 million, disbursed last year (2000)",
				Sentence: renderHealth.Text, SentenceSpans: []index.Span{span(renderHealth, "$1.5 million")}, Passage: renderHealth,
			}}), nil
		}},
		{"answer-quoted", func() (Reply, error) {
			return renderAnswer(answerView{question: "what does Japan do about drugs?", answer: renderQuoted}), nil
		}},
		{"answer-none", func() (Reply, error) {
			return renderAnswer(answerView{question: "who won the 2002 world cup?", answer: index.Answer{
				Kind: index.AskWho, Note: "They name no sports events.",
				Closest: []index.Hit{{Passage: renderHealth, Matches: []index.Span{span(renderHealth, "last year")}}, {Passage: renderCorridor}},
			}}), nil
		}},
		{"help", func() (Reply, error) {
			return renderHelp(helpView{commands: []helpEntry{
				{def: &discordgo.ApplicationCommandOption{Name: "search", Description: "Full-text search", Options: []*discordgo.ApplicationCommandOption{
					{Name: "query", Required: true}, {Name: "page"},
				}}, example: "/iai search query:HIV"},
				{def: &discordgo.ApplicationCommandOption{Name: "help", Description: "List the subcommands"}, example: "/iai help"},
			}}), nil
		}},
		{"source", func() (Reply, error) { return renderSource(renderCorridor), nil }},
		{"timeline-chart", func() (Reply, error) {
			return renderChart(chartView{
				sub: "timeline", title: "Timeline (40 dates)", about: "Every dated fact on a time axis.",
				notes: []string{"The chart shows the first 25 of 40 dates, and 15 more."},
				file:  "timeline.png", png: onePixelPNG(), cited: []*index.Passage{renderHealth, renderCorridor},
			}), nil
		}},
		{"funding-chart", func() (Reply, error) {
			return renderChart(chartView{
				sub: "funding", title: "Funding (1 sum, 1 cost share)", about: "Sums by programme and cost shares.",
				file: "funding.png", png: onePixelPNG(), cited: []*index.Passage{renderHealth},
			}), nil
		}},
		{"export", func() (Reply, error) {
			return renderExport(exportView{
				what: "funding", format: export.CSV, country: "Cambodia", rows: 3, limit: 4096,
				files: []export.File{
					{Name: "funding-cambodia-1.csv", ContentType: "text/csv; charset=utf-8", Data: []byte("kind\namount\n"), Rows: 2},
					{Name: "funding-cambodia-2.csv", ContentType: "text/csv; charset=utf-8", Data: []byte("kind\nfund\n"), Rows: 1},
				},
				cited: []*index.Passage{renderHealth},
			}), nil
		}},
	}
}

// onePixelPNG stands for a chart in a renderer's golden file, which holds
// the JSON and not the image.
func onePixelPNG() []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestGoldenRenderers renders hand-built views and compares each reply,
// as the bot would POST it, with testdata/render. Run with -update after
// an intended change.
func TestGoldenRenderers(t *testing.T) {
	for _, c := range renderCases() {
		t.Run(c.name, func(t *testing.T) {
			r, err := c.render()
			if err != nil {
				t.Fatal(err)
			}
			body, err := json.Marshal(callbackPayload(r.InteractionResponse()))
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "render", c.name+".json"), body, callbackValidator(r))
		})
	}
}

// TestRenderersRefuseMissingPages: a page past the end of a list is the
// user's mistake, not an empty reply.
func TestRenderersRefuseMissingPages(t *testing.T) {
	for name, render := range map[string]func() (Reply, error){
		"country": func() (Reply, error) {
			return renderCountry(index.Country{Name: "Laos", Mentioned: true}, 2)
		},
		"projects": func() (Reply, error) {
			return renderProjects([]*index.Project{renderProjectHealth}, 2)
		},
		"funding": func() (Reply, error) { return renderFunding(renderFundingLines, 9) },
		"members": func() (Reply, error) { return renderMembers(membersView{}, 2) },
		"timeline": func() (Reply, error) {
			return renderTimeline([]index.Date{renderLastYear}, 2)
		},
		// An empty list has one page, saying it is empty.
		"no projects": func() (Reply, error) { return renderProjects(nil, 2) },
		"no funding":  func() (Reply, error) { return renderFunding(nil, 2) },
		"no dates":    func() (Reply, error) { return renderTimeline(nil, 2) },
	} {
		if _, err := render(); err == nil || !strings.Contains(err.Error(), "No such page") {
			t.Errorf("%s: page past the end: error %v, want No such page", name, err)
		}
	}
}

// A quote reads as what the documents say, not as an answer: its own
// opening, the quote cut on word boundaries around the words in bold, the
// citation and the Source button, within Discord's limits.
func TestRenderQuotedAnswer(t *testing.T) {
	r := renderAnswer(answerView{question: "what does Japan do about drugs?", answer: renderQuoted})
	e := r.Embeds[0]
	quote, ok := strings.CutPrefix(e.Description, "The documents say:\n> ")
	if !ok {
		t.Fatalf("description %q does not open with what the documents say", e.Description)
	}
	if !strings.HasPrefix(quote, "…") || !strings.HasSuffix(quote, "…") || !strings.Contains(quote, "**drug**") || !strings.Contains(quote, "**HIV**") {
		t.Errorf("quote %q: want it cut at both ends around **drug** and **HIV**", quote)
	}
	plain := strings.NewReplacer("**", "", `\`, "", "@\u200b", "@").Replace(strings.Trim(quote, "…"))
	if !strings.Contains(renderQuoted.Sentence, plain) {
		t.Fatalf("quote %q is not a stretch of the sentence", plain)
	}
	i := strings.Index(renderQuoted.Sentence, plain)
	if j := i + len(plain); i == 0 || j == len(renderQuoted.Sentence) || renderQuoted.Sentence[i-1] != ' ' || renderQuoted.Sentence[j] != ' ' {
		t.Errorf("quote %q is not cut on word boundaries", plain)
	}
	if n := len(quote); n > quotedSnippet+2*len("…")+64 {
		t.Errorf("quote is %d bytes, want about %d", n, quotedSnippet)
	}
	if e.Color == colorUnanswered || e.Footer == nil || e.Footer.Text != cite(renderHealth) || len(r.Components) == 0 {
		t.Errorf("a quote must be cited with its source button: color %#x footer %+v components %d", e.Color, e.Footer, len(r.Components))
	}
}
