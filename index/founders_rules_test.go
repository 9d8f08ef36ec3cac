package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// membersTable is a membership table whose "Joined" column dates each
// member; rows is its body.
func membersTable(rows string) Source {
	return Source{Name: "founders.md", Text: paperHeader("Founders Fixture", "November 2009") + `1. Clean Water Network (CWN)

(1) The CWN was launched in Kuala Lumpur on 14 March 2006 in order to share data on river quality.

(2) Membership of the Network is as follows:

  Country        Status     Joined
` + rows + `
`}
}

// With no member called a founder, the founders are the members that
// joined on the first day, when each member's day is given, two at least
// share the first and others came later; the members now are all of them.
func TestFoundersFromTheFirstDay(t *testing.T) {
	ix := mustOpen(t, membersTable(`  Indonesia      member     14 March 2006
  Malaysia       member     14 March 2006
  Vietnam        member     14 March 2006
  Cambodia       member     2 August 2007
  Laos           member     5 February 2008`))
	expectAnswers(t, ix, map[string]string{
		"which countries were founding members of the CWN": "Indonesia, Malaysia, Vietnam",
		"which countries are members of the CWN":           "Indonesia, Malaysia, Vietnam, Cambodia, Laos",
	})
}

// A first day only one member joined on, or a member with no day, names
// no founders: the list of all members is no answer to who founded it.
func TestNoFoundersWithoutAFirstDay(t *testing.T) {
	for name, rows := range map[string]string{
		"one member on the first day": `  Indonesia      member     14 March 2006
  Malaysia       member     2 August 2007
  Vietnam        member     2 August 2007`,
		"a member with no day": `  Indonesia      member     -
  Malaysia       member     2 August 2007
  Vietnam        member     2 August 2007
  Laos           member     5 February 2008`,
	} {
		ix := mustOpen(t, membersTable(rows))
		a := ix.Answer("which countries were founding members of the CWN")
		if a.Found && strings.Contains(a.Span, "Malaysia") {
			t.Errorf("%s: founders %q", name, a.Span)
		}
	}
}

// "Officials from which countries" asks for the countries after
// "officials from", not the ones that bear the course's cost.
func TestCountriesTheAskedNounComesFrom(t *testing.T) {
	ix := mustOpen(t, Source{Name: "from.md", Text: paperHeader("From Fixture", "November 2009") + `1. Training

A third-country training course on wastewater treatment was held in Bangkok from 6th to 17th July 2009 for 24 officials from Cambodia, Laos and Myanmar; two-thirds of its cost is borne by Japan and the remainder by the Government of Thailand.
`})
	if a := ix.Answer("officials from which countries went to the bangkok course?"); !a.Found || a.Span != "Cambodia, Laos, Myanmar" {
		t.Errorf("found=%v span %q", a.Found, a.Span)
	}
}

// "Setting up" asks of a body launched as of one established: the reason
// after "launched ... in order to" answers the reason for setting it up.
func TestSettingUpIsLaunching(t *testing.T) {
	ix := mustOpen(t, membersTable(`  Indonesia      member     14 March 2006
  Malaysia       member     14 March 2006`))
	for _, q := range []string{"What was the reason for setting up the CWN?"} {
		if a := ix.Answer(q); !a.Found || !strings.Contains(a.Span, "share data on river quality") {
			t.Errorf("%q: found=%v span %q", q, a.Found, a.Span)
		}
	}
}

// "Its founding members are" after a clause of the same sentence that
// named one body is that body's list, though the passage named others
// before ("the ACSL acts as the secretariat of ASTNet"); a sentence that
// named two says nothing of whose list it is.
func TestFoundersOfTheBodyTheSentenceNamed(t *testing.T) {
	doc := func(sentence string) *Index {
		return mustOpen(t, Source{Name: "its.md", Text: paperHeader("Its Fixture", "September 2011") + `1. Training

Japan helps national statistical offices (NSOs) train their staff. The ASEAN Centre for Statistical Learning (ACSL) acts as the secretariat of the ASEAN Statistical Training Network (ASTNet), which links the training units of the NSOs. ` + sentence + ` Vietnam joined on 3 February 2009.
`})
	}
	founders := func(ix *Index) []string {
		var out []string
		for _, m := range ix.Memberships() {
			if m.Status == StatusFounding {
				out = append(out, m.Country+"@"+m.Org)
			}
		}
		slices.Sort(out)
		return out
	}
	one := doc("ASTNet was founded in Manila on 22 June 2008; its founding members are Indonesia, Malaysia and Thailand.")
	const astnet = "ASEAN Statistical Training Network (ASTNet)"
	want := []string{"Indonesia@" + astnet, "Malaysia@" + astnet, "Thailand@" + astnet}
	if got := founders(one); !slices.Equal(got, want) {
		t.Errorf("founders %v, want %v", got, want)
	}
	expectAnswers(t, one, map[string]string{"who are the founding members of astnet": "Indonesia, Malaysia, Thailand"})
	two := doc("ASTNet and the ACSL were founded in 2008; its founding members are Indonesia, Malaysia and Thailand.")
	if got := founders(two); len(got) != 0 {
		t.Errorf("with two bodies named: founders %v, want none", got)
	}
}

// Who signed the instrument that set a body up founded it ("The Charter
// of the Centre was signed by ..."); a country that presses another to
// complete its accession does not itself intend to join.
func TestCharterSignatoriesAndUrgers(t *testing.T) {
	ix := mustOpen(t, Source{Name: "charter.md", Text: paperHeader("Charter Fixture", "November 2017") + "1. ASEAN Typhoon and Flood Forecasting Centre\n\n" +
		"(1) Establishment and Membership\n\nThe ASEAN Typhoon and Flood Forecasting Centre (ATFFC) is hosted in Quezon City. The Charter of the Centre was signed by Cambodia, Laos, the Philippines, Thailand and Vietnam in Da Nang on 19 November 2013. Myanmar became a member on 15 July 2014.\n\n" +
		"2. Next Steps\n\nJapan will continue to encourage Singapore to complete its accession to ATFFC.\n"})
	expectAnswers(t, ix, map[string]string{
		"who are the founding members of atffc": "Cambodia, Laos, Philippines, Thailand, Vietnam",
	})
	_, ms := ix.Members()
	for _, m := range ms {
		if m.Country == "Japan" {
			t.Errorf("Japan listed: %+v", m)
		}
	}
	if !slices.ContainsFunc(ms, func(m Membership) bool { return m.Country == "Singapore" && m.Status == StatusIntends }) {
		t.Errorf("Singapore's intention missing: %+v", ms)
	}
}

// Joining is an event: "which countries joined after it was set up"
// lists a country that joined and later left, as "which are members"
// does not.
func TestJoinedLaterThoughLeft(t *testing.T) {
	ix := mustOpen(t, Source{Name: "left.md", Text: paperHeader("Left Fixture", "November 2017") + "1. ASEAN Typhoon and Flood Forecasting Centre\n\n" +
		"(1) Establishment and Membership\n\nThe ASEAN Typhoon and Flood Forecasting Centre (ATFFC) was founded in 2013 by Cambodia, Laos and Vietnam. Myanmar became a member on 15 July 2014, Indonesia on 9 March 2015 and Malaysia on 21 September 2016. Indonesia left the Centre with effect from 1 January 2017.\n"})
	expectAnswers(t, ix, map[string]string{
		"which countries joined atffc after it was set up": "Myanmar, Indonesia, Malaysia",
		"which countries are members of atffc":             "Cambodia, Laos, Vietnam, Myanmar, Malaysia",
	})
}

// A document's "It was launched ... by five founding members: ..." names
// its own founders, whatever countries the document read before it ended
// with.
func TestFoundersOfTheirOwnDocument(t *testing.T) {
	before := Source{Name: "mofa-2004-02-teachers.txt", Text: paperHeader("Teacher Training", "February 2004") + `1. Future Direction

Japan will encourage Malaysia to complete its accession to the Mekong Teacher Network (MTN).
`}
	after := Source{Name: "mofa-2021-09-labs.txt", Text: paperHeader("Laboratory Networks", "September 2021") + `1. Laboratory Networks

(1) ASEAN Laboratory Network for Emerging Pathogens (ALNEP)

ALNEP connects national reference laboratories. It was launched in Ho Chi Minh City on 21 January 2019 by five founding members: Indonesia, Malaysia, the Philippines, Thailand and Vietnam. Cambodia joined on 4th September 2019.
`}
	for _, src := range [][]Source{{before, after}, {after, before}} {
		ix := mustOpen(t, src...)
		expectAnswers(t, ix, map[string]string{
			"who were the founding members of alnep": "Indonesia, Malaysia, Philippines, Thailand, Vietnam",
		})
	}
}

// "It was launched ... by five founding members: ..." after a paragraph
// whose countries joined another body: "It" is the body, and the
// founders are the countries set off after the status.
func TestFoundersSetOffAfterItWasLaunched(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2021-09-labs.txt", Text: paperHeader("Laboratory Networks", "September 2021") + `1. Laboratory Networks

(1) ASEAN Centre for Disease Data (ACDD)

Thailand and Laos joined the ACDD on 3 May 2018.

(2) ASEAN Laboratory Network for Emerging Pathogens (ALNEP)

It was launched in Ho Chi Minh City on 21 January 2019 by five founding members: Indonesia, Malaysia, the Philippines, Thailand and Vietnam. Cambodia joined on 4th September 2019.
`})
	expectAnswers(t, ix, map[string]string{
		"who were the founding members of alnep": "Indonesia, Malaysia, Philippines, Thailand, Vietnam",
		"which countries joined the acdd":        "Thailand, Laos",
	})
}

// "The Agreement Establishing ACHEP was signed in Hanoi on 12 November
// 2020 by seven Member States: A, B and C": the signatories the colon
// lists founded the body, though the place and day stand before "by".
// "Japan will encourage the remaining signatories to ratify the
// Agreement" does not make Japan one that ratified it.
func TestFoundingInstrumentSignedByAListAfterAColon(t *testing.T) {
	ix := mustOpen(t, Source{Name: "mofa-2021-09-centre.txt", Text: paperHeader("Health Emergencies", "September 2021") + `1. Regional Centre

(1) Establishment

The ASEAN Centre for Health Emergency Preparedness (ACHEP) began interim operations on 1 June 2021 in Nonthaburi.

(2) Founding Agreement

The Agreement Establishing ACHEP was signed in Hanoi on 12 November 2020 by seven Member States: Brunei Darussalam, Cambodia, Indonesia, Laos, the Philippines, Thailand and Vietnam.

Only four signatories have so far ratified: Thailand (3 March 2021), Cambodia (18 May 2021), Laos (2 July 2021) and Vietnam (30 July 2021).

2. Future Direction

Japan will encourage the remaining signatories to ratify the Agreement Establishing ACHEP.
`})
	expectAnswers(t, ix, map[string]string{
		"who were the founding members of achep": "Brunei, Cambodia, Indonesia, Laos, Philippines, Thailand, Vietnam",
	})
	if a := ix.Answer("which countries have ratified the achep agreement"); a.Found && strings.Contains(a.Span, "Japan") {
		t.Errorf("ratified: %q", a.Span)
	}
}

// "Six countries founded AELN: A, B, ...": the countries after the colon
// are the founders the noun counts.
func TestCountriesNounFoundedBeforeAColon(t *testing.T) {
	text := paperHeader("Colon Fixture", "June 2016") + "1. Network\n\n" +
		"The Mekong Grid Forum (MGF) was set up in Bangkok on 5 May 2012.\n\n" +
		"Four countries founded MGF: Cambodia, Laos, Thailand and Vietnam. Myanmar joined on 2 June 2013.\n"
	ix := mustOpen(t, Source{Name: "mofa-2016-06-colon.md", Text: text})
	body := "Mekong Grid Forum (MGF)"
	want := []string{
		"Cambodia " + StatusFounding + " " + body,
		"Laos " + StatusFounding + " " + body,
		"Thailand " + StatusFounding + " " + body,
		"Vietnam " + StatusFounding + " " + body,
		"Myanmar " + StatusJoined + " " + body,
	}
	if diff := cmp.Diff(want, membershipLines(ix)); diff != "" {
		t.Errorf("memberships (-want +got):\n%s", diff)
	}
}
