package index

import "testing"

// A person asked by the role they hold ("who is in command of"), a body's
// seat from a sentence that speaks of it as "the Centre", a reason given
// "with a view to", and no agent of another verb for "who visited".
func TestRolesSeatsAndReasons(t *testing.T) {
	text := "Disaster Relief\n\nMarch 2005\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. Helicopter Unit\n\n" +
		"Ground SDF: 4 helicopters based in Medan, under the command of Colonel Hiroshi Tanabe.\n\n" +
		"2. Regional Flood Data Centre (RFDC)\n\n" +
		"The Centre was established in Vientiane on 3 May 2004 with a view to sharing river-level data among its members.\n\n" +
		"3. Visits\n\n" +
		"A delegation visited Medan and Padang on 9 February 2005 and opened a school rebuilt by UNICEF and funded by Japan.\n"
	ix := mustOpen(t, Source{Name: "mofa-2005-03-relief.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"who is in command of the GSDF helicopters?": "Colonel Hiroshi Tanabe",
		"where is the RFDC based":                    "Vientiane",
	})
	if a := ix.Answer("why was the rfdc founded"); !a.Found || a.Span != "with a view to sharing river-level data among its members" {
		t.Errorf("why: found %v %q", a.Found, a.Span)
	}
	// Japan funded the school; it did not visit.
	for _, q := range []string{"who visited medan and padang in february"} {
		if a := ix.Answer(q); a.Span == "Japan" || a.Span == "UNICEF" {
			t.Errorf("%q answered %q", q, a.Text)
		}
	}
}

// A name that starts inside a hyphenated word ("the e-ASEAN Initiative")
// is the tail of a name, not a project of its own.
func TestNoProjectFromAWordsTail(t *testing.T) {
	text := "ICT Cooperation\n\nSeptember 2002\nMinistry of Foreign Affairs of Japan\n\n" +
		"Overview: Japan supports the efforts of ASEAN through the e-ASEAN Initiative, bilateral Official Development Assistance (ODA) and regional cooperation.\n\n" +
		"1. Support for the e-ASEAN Initiative\n\n" +
		"(1) The following projects are financed by Japan:\n\n" +
		"  1. Mekong Broadband Project: US$1.2 million\n"
	ix := mustOpen(t, Source{Name: "mofa-2002-09-ict.txt", Text: text})
	for _, n := range projectNames(ix.Projects()) {
		if n == "ASEAN Initiative" {
			t.Errorf("projects hold %q", n)
		}
	}
	if len(ix.Projects()) == 0 {
		t.Errorf("no project read")
	}
}

// A body named in full is the one asked, not another whose name shares
// a run of its words ("ASEAN-Japan Solar").
func TestFullNameOverLooseOne(t *testing.T) {
	text := "Solar Cooperation\n\nMarch 2008\nMinistry of Foreign Affairs of Japan\n\n" +
		"1. ASEAN-Japan Solar Conservation Centre (AJSCC)\n\nThe Centre was established in Kuala Lumpur on 2 April 2004.\n\n" +
		"2. Ministers' Meeting\n\nThe First ASEAN-Japan Solar Ministers' Meeting (AJSMM) was held in Cebu on August 23, 2007.\n"
	ix := mustOpen(t, Source{Name: "mofa-2008-03-solar.txt", Text: text})
	expectAnswers(t, ix, map[string]string{
		"when was the first ASEAN-Japan Solar Ministers' Meeting held?":  "August 23, 2007",
		"where was the first ASEAN-Japan Solar Ministers' Meeting held?": "Cebu",
	})
}
