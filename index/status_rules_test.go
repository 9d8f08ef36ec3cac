package index

import "testing"

// "What status?" after a question that asks whether asks which status: one
// who joined is a member; the plain question still asks yes or no.
func TestWhatStatusAsked(t *testing.T) {
	doc := "The ASEAN-Japan Women's Enterprise Centre (AJWEC) was established on 2 April 2012 by Japan and Malaysia. Vietnam joined the Centre on January 14, 2014. Myanmar participates in the Centre as an observer."
	checkRules(t, []ruleCase{
		{name: "a member", doc: doc, q: "is vietnam in AJWEC now - what status?", span: "member"},
		{name: "an observer", doc: doc, q: "is myanmar in AJWEC - which status?", span: "observer"},
		{name: "whether", doc: doc, q: "is vietnam in AJWEC?", span: "yes"},
	})
}

// A where-question that names a year is not answered by a place its own
// date puts in another year.
func TestPlaceOfTheYearAsked(t *testing.T) {
	doc := "Incubation workshops were held in Vientiane from 3rd to 7th March 2014 and in Yangon on August 18-20, 2015."
	checkRules(t, []ruleCase{
		{name: "the later", doc: doc, q: "where did the aug 2015 workshop take place", span: "Yangon"},
		{name: "the earlier", doc: doc, q: "where was the 2014 workshop held", span: "Vientiane"},
	})
}

// A place's country, in brackets or after a comma, stands between it and
// its own date.
func TestPlaceOfTheYearAfterItsCountry(t *testing.T) {
	for _, doc := range []string{
		"The workshop was held in Yangon (Myanmar) in March 2014 and in Manila (Philippines) in August 2015.",
		"The workshop was held in Yangon, Myanmar in March 2014 and in Manila, Philippines in August 2015.",
	} {
		checkRules(t, []ruleCase{
			{name: "the later", doc: doc, q: "where was the workshop held in 2015?", span: "Manila"},
			{name: "the earlier", doc: doc, q: "where was the workshop held in 2014?", span: "Yangon"},
		})
	}
}

// An observer who then joined as a full member is, asked its status, a
// member; a joining "as an associate member" in the same sentence as
// another country's full membership is not.
func TestStatusAfterObserverJoinedFull(t *testing.T) {
	const est = "The ASEAN-Japan Women's Enterprise Centre (AJWEC) was established on 2 April 2012 by Japan and Malaysia. "
	checkRules(t, []ruleCase{
		{name: "observer then full member", doc: est + "Vietnam, an observer since 2012, joined the Centre as a full member on January 14, 2014.", q: "what status does vietnam have in AJWEC?", span: "member"},
		{name: "the other's full membership", doc: est + "Myanmar joined the Centre as an associate member, and Vietnam as a full member, in 2015.", q: "what status does myanmar have in AJWEC?", span: "joined 2015"},
	})
}
