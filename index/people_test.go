package index

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// People are read with their honorifics and roles, a role running on over
// the commas of a long title, and "who" questions are answered with them.
func TestPeople(t *testing.T) {
	doc := Source{Name: "people-fixture.md", Text: `People Fixture

May 2012
Ministry of Foreign Affairs

1. Signing

On 3 May 2012 in Vientiane, H.E. Mr. Kenji Sato, Ambassador of Japan to the Lao PDR, and H.E. Mr. Somsak Phan, Minister of Public Works, Transport and Construction of Laos, signed the Exchange of Notes for the Vientiane Drainage Project.

2. Management

Ms. Noriko Abe, Chief Adviser of the JICA Laos Office, chairs the steering committee. Mekong Partners Ltd, a consultancy, reports to it. Vientiane Capital, the host city, provides the land.
`}
	ix := mustOpen(t, doc)
	type row struct{ Hon, Name, Role string }
	var got []row
	for _, p := range ix.x.people {
		got = append(got, row{p.Honorific, p.Name, p.Role})
	}
	want := []row{
		{"H.E. Mr.", "Kenji Sato", "Ambassador of Japan to the Lao PDR"},
		{"H.E. Mr.", "Somsak Phan", "Minister of Public Works, Transport and Construction of Laos"},
		{"Ms.", "Noriko Abe", "Chief Adviser of the JICA Laos Office"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("people (-want +got):\n%s", d)
	}
	for _, c := range []struct{ q, want string }{
		{"who is somsak phan", "Minister of Public Works, Transport and Construction of Laos"},
		{"whats kenji sato's job", "Ambassador of Japan to the Lao PDR"},
		{"who chairs the steering committee", "Ms. Noriko Abe"},
		{"who signed for japan", "H.E. Mr. Kenji Sato"},
		{"who represented laos", "H.E. Mr. Somsak Phan"},
	} {
		if a := ix.Answer(c.q); !a.Found || a.Span != c.want {
			t.Errorf("%q: found %v span %q, want %q", c.q, a.Found, a.Span, c.want)
		}
	}
	// The documents never give the committee's secretary.
	if a := ix.Answer("who is the secretary of the steering committee"); a.Found && a.Span == "Noriko Abe" {
		t.Errorf("a person was offered for a role the documents do not give: %q", a.Text)
	}
}

// A title before a name with no honorific, a title before the honorific,
// and a role labelling its line are each the person's role; the small word
// a sentence opens with and a possessive are not part of them. Lines that
// each open with a label are read apart.
func TestTitlesBeforeNames(t *testing.T) {
	doc := Source{Name: "titles-fixture.md", Text: `Titles Fixture

13 June 2008
Ministry of Foreign Affairs

Press Secretary: Mr. Hideo Takamura
Venue: Press Conference Room, Tokyo

## 1. Signing

The loan agreement was signed on 16 March 2018 by Finance Secretary Carlos G. Dominguez III and JICA Chief Representative Yoshio Kanda. Task Force Bangon Marawi, chaired by Housing Secretary Eduardo del Rosario, asked JICA to restore water supply. During Prime Minister Shinzo Abe's visit, Japan announced new support. On 9 June, Senior Vice-Minister for Foreign Affairs Mr. Taro Kinoshita met the Deputy Minister in Yangon.
`}
	ix := mustOpen(t, doc)
	got := namesAndRoles(ix)
	want := []nameRole{
		{"Hideo Takamura", "Press Secretary"},
		{"Taro Kinoshita", "Senior Vice-Minister for Foreign Affairs"},
		{"Carlos G. Dominguez III", "Finance Secretary"},
		{"Yoshio Kanda", "JICA Chief Representative"},
		{"Eduardo del Rosario", "Housing Secretary"},
		{"Shinzo Abe", "Prime Minister"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("people (-want +got):\n%s", d)
	}
	for _, c := range []struct{ q, want string }{
		{"who was the press secretary", "Mr. Hideo Takamura"},
		{"who chairs the task force bangon marawi", "Eduardo del Rosario"},
		{"name of the jica chief rep who signed the loan", "Yoshio Kanda"},
	} {
		if a := ix.Answer(c.q); !a.Found || a.Span != c.want {
			t.Errorf("%q: found=%v span %q, want %q", c.q, a.Found, a.Span, c.want)
		}
	}
}

// "U" and "Daw" are Myanmar's honorifics; "who did X meet" asks for the
// one X met, whatever role the question gives X.
func TestMetAndMyanmarHonorifics(t *testing.T) {
	ix := mustOpen(t, Source{Name: "met.md", Text: `Met Fixture

June 2008
Ministry of Foreign Affairs of Japan

## 1. Relief

On 9 June, Senior Vice-Minister for Foreign Affairs Mr. Taro Kinoshita met U Kyaw Thein Naing, Deputy Minister for Foreign Affairs of Myanmar, in Yangon.
`})
	for _, c := range []struct{ q, want string }{
		{"who did senior vice-minister kinoshita meet in yangon", "U Kyaw Thein Naing"},
		{"who is kyaw thein naing", "Deputy Minister for Foreign Affairs of Myanmar"},
	} {
		if a := ix.Answer(c.q); !a.Found || !strings.HasPrefix(a.Span, c.want) {
			t.Errorf("%q: found=%v span %q, want %q", c.q, a.Found, a.Span, c.want)
		}
	}
}

// An honorific is a word of its own: the "U." that ends "KPPU." before
// "Dr. Dewi noted" is no Myanmar honorific.
func TestHonorificIsAWordOfItsOwn(t *testing.T) {
	ix := mustOpen(t, Source{Name: "kppu.md", Text: paperHeader("Honorific Fixture", "July 2012") + `1. Network

The fourth meeting of the network was held in Bali on 24-25 April 2012 under the chairmanship of Dr. Dewi Kartika Sari, Chairperson of KPPU. Dr. Dewi noted that merger notifications had risen.
`})
	for _, per := range ix.x.people {
		if strings.HasPrefix(per.Honorific, "U") {
			t.Errorf("person %q with honorific %q", per.Name, per.Honorific)
		}
	}
	if a := ix.Answer("who chaired the fourth meeting"); !a.Found || !strings.HasPrefix(a.Span, "Dr. Dewi Kartika Sari") {
		t.Errorf("chair: %v %q", a.Found, a.Span)
	}
}

// A list of leaders after a name is no role of it, nor is a relative
// clause ("Sultan Hassanal Bolkiah, who co-chaired ..." gives no role);
// "Secretary General" is a title, not part of a name.
func TestRolesOfListedLeaders(t *testing.T) {
	ix := mustOpen(t, Source{Name: "leaders.md", Text: "Wire Report\n\n14 December 2013\nKyodo\n\n## Summit\n\n" +
		"Brunei's Sultan Hassanal Bolkiah, who co-chaired the gathering as this year's ASEAN chair, said the summit had given fresh substance to the relationship. " +
		"Nine leaders attended: Cambodian Prime Minister Hun Sen, Myanmar President Thein Sein, Aquino, Singaporean Prime Minister Lee Hsien Loong and Vietnamese Prime Minister Nguyen Tan Dung. " +
		"ASEAN Secretary General Le Luong Minh also attended.\n"})
	got := map[string]string{}
	for _, p := range ix.x.people {
		got[p.Name] = p.Role
	}
	want := map[string]string{
		"Hun Sen":         "Cambodian Prime Minister",
		"Thein Sein":      "Myanmar President",
		"Lee Hsien Loong": "Singaporean Prime Minister",
		"Nguyen Tan Dung": "Vietnamese Prime Minister",
		"Le Luong Minh":   "ASEAN Secretary General",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// nameRole is a person the index read and the role it gave them.
type nameRole struct{ Name, Role string }

// namesAndRoles lists the people ix read, in order, with their roles.
func namesAndRoles(ix *Index) []nameRole {
	var out []nameRole
	for _, p := range ix.x.people {
		out = append(out, nameRole{p.Name, p.Role})
	}
	return out
}
