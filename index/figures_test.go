package index

import "testing"

// A figure is one term: "Road 9" is not matched by the 9 of "US$9.8
// million" (which Road 8's grant is), nor "JAIF 2.0" lost to its pieces; "Phase II" and "the second
// phase" are phase 2.
func TestFiguresAndNumberedParts(t *testing.T) {
	roads := "A grant of US$9.8 million covers the upgrading of Road 8 in Savannakhet province. The Road 9 grant, of ¥3.46 billion, was signed in 2015."
	phases := "Phase II will cost US$6.2 million over three years. Phase I cost US$3.1 million."
	ordinal := "Japan funded the first phase with ¥300 million. The second phase will receive ¥680 million from Japan."
	balance := "Of the US$25 million, US$15 million comes from the regular contribution and US$10 million from the JAIF 2.0 balance."
	checkRules(t, []ruleCase{
		{name: "the road's own grant", doc: roads, q: "how much is the road 9 grant", span: "¥3.46 billion"},
		{name: "roman numeral", doc: phases, q: "how much will phase 2 cost", span: "US$6.2 million"},
		{name: "ordinal", doc: ordinal, q: "phase 2 funding from japan?", span: "¥680 million"},
		{name: "a version number", doc: balance, q: "how much comes from the JAIF 2.0 balance", span: "US$10 million"},
	})
}

// "The Lao side contributes": a country's side, government or
// authorities pay as the country; its partners in a venture, companies, do
// not.
func TestCountryPartiesPay(t *testing.T) {
	doc := "The Lao side contributes LAK 2.1 billion for extension staff and transport, and the Luxembourg Development Cooperation Agency (LuxDev) has added EUR 300,000 for village water points. The joint venture's capital is US$42 million, of which Myanmar partners contributed US$21.4 million and Japanese partners US$20.6 million."
	ix := mustOpen(t, Source{Name: "parties.md", Text: "# Parties\n\n## Funding\n\n" + doc + "\n"})
	payers := map[string]string{}
	for _, a := range ix.Amounts() {
		payers[a.Text] = a.Payer
	}
	for sum, want := range map[string]string{"LAK 2.1 billion": "Laos", "EUR 300,000": "Luxembourg Development Cooperation Agency (LuxDev)", "US$21.4 million": "", "US$20.6 million": ""} {
		if payers[sum] != want {
			t.Errorf("%s paid by %q, want %q", sum, payers[sum], want)
		}
	}
	checkRules(t, []ruleCase{
		{name: "the side's sum", doc: doc, q: "how much does laos contribute", span: "LAK 2.1 billion"},
		{name: "a clipped short form names its organisation", doc: doc, q: "how much did luxdev give", span: "EUR 300,000"},
		{name: "nor is another's sum in the currency asked", doc: doc, q: "how much did luxdev give in kip"},
		{name: "clipped short form", doc: doc, q: "what does luxdev stand for", span: "Luxembourg Development Cooperation Agency"},
	})
}

// A capitalised "District" or "Island" after an unknown name makes it a
// place, in the country of the known places of its sentence.
func TestUnknownPlacesBeforeCapitalisedSuffixes(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "district", doc: "Running from April 2022 to March 2025, the project will install 12 units at schools in Xaysetha District of Vientiane.", q: "where will the units be installed", span: "Xaysetha District"},
		{name: "island", doc: "The new airport is being built on Panglao Island in Bohol, the Philippines.", q: "where is the new airport being built", span: "Panglao Island in Bohol"},
	})
}

// "Separately from MEEL, CVUT secured a EUR 300,000 grant": a sum whose
// clause sets aside what the question names is not its; "excluded from
// the Academy" sets aside what stands before it, not the Academy.
func TestSetAsideNames(t *testing.T) {
	meel := "The total budget of the MEEL programme is ¥1.26 billion. Separately from MEEL, CVUT secured a EUR 300,000 grant from the European Union for curriculum reform."
	academy := "Myanmar is expressly excluded from the 2022 intake of the Shiokawa Water Academy, which will accept 24 trainees from Laos, Cambodia and Vietnam."
	checkRules(t, []ruleCase{
		{name: "set aside", doc: meel, q: "how much did MEEL get from the european union"},
		{name: "the name's own sum", doc: meel, q: "total budget of MEEL?", span: "¥1.26 billion"},
		{name: "excluded from", doc: academy, q: "how many trainees will the water academy take in 2022", span: "24"},
	})
}

// "¥11.6 billion, made up of ¥6.8 billion in grant aid, ¥3.1 billion in
// ODA loans and roughly ¥1.7 billion for technical cooperation": each
// part of the list is dated as its whole, and named by its own words.
func TestPartsListedAfterTheirWhole(t *testing.T) {
	doc := "In FY2016 our total disbursements came to about ¥11.6 billion, made up of ¥6.8 billion in grant aid, ¥3.1 billion in ODA loans and roughly ¥1.7 billion for technical cooperation. In FY2015 they came to ¥9.9 billion."
	checkRules(t, []ruleCase{
		{name: "second part", doc: doc, q: "how much in ODA loans in fy2016", span: "¥3.1 billion"},
		{name: "last part", doc: doc, q: "how much for technical cooperation in fy2016", span: "¥1.7 billion"},
		{name: "the whole", doc: doc, q: "total disbursements in fy2016?", span: "¥11.6 billion"},
	})
}

// A change with dates of its own after its verb is theirs ("signed on 22
// March 2013, saw its opening revised from December 2016 to June 2018");
// a question about a first plan is framed by its words of planning.
func TestRevisionsAndFirstPlans(t *testing.T) {
	airport := "The New Bohol Airport Project, for which a loan of ¥10.8 billion was signed on 22 March 2013, saw its target opening revised from December 2016 to June 2018 because of delays in procurement."
	signing := "The new memorandum was originally to have been signed in March 2020 at the Water Forum, but the ceremony was postponed owing to the pandemic. It was finally signed on 13 September 2021."
	checkRules(t, []ruleCase{
		{name: "the signing, not the revision", doc: airport, q: "when was the bohol airport loan signed", span: "22 March 2013"},
		{name: "the revised date", doc: airport, q: "when is the new target opening for bohol airport", span: "June 2018"},
		{name: "the first plan", doc: signing, q: "when was the signing originally planned", span: "March 2020"},
	})
}

// "number of" and chat's "no. of" ask a count of the noun after them, as
// "how many" does; volunteers "sent" are the ones "dispatched".
func TestCountQuestionHeads(t *testing.T) {
	workshop := "The workshop was held in Vientiane from 9 to 11 July 2019 and brought together 152 participants from seven countries."
	volunteers := "JICA and KOICA ran a joint course, co-financed by JICA, for 64 volunteers. As of 31 March 2022, JICA had dispatched a cumulative total of 1,046 volunteers to Viet Nam."
	checkRules(t, []ruleCase{
		{name: "number of", doc: workshop, q: "number of workshop participants", span: "152"},
		{name: "no. of", doc: workshop, q: "no. of workshop participants", span: "152"},
		{name: "sent is dispatched", doc: volunteers, q: "how many volunteers has jica sent to vietnam in total", span: "1,046"},
		{name: "and money sent is given", doc: "Japan sent US$2 million to Laos for flood relief.", q: "how much did japan give laos", span: "US$2 million"},
		{name: "and money given was sent", doc: "Japan gave US$2 million to Laos for flood relief.", q: "how much did japan send to laos", span: "US$2 million"},
	})
}

// A who-question's verb says who: its subject, not the name right after
// it ("The Ministry asked JICA to build ..."), and not someone whose
// sentence does not say it when another's does; a surname alone is
// answered with the full name the document gave first.
func TestWhoByTheVerb(t *testing.T) {
	stations := "The Ministry of Public Works and Transport (MPWT) asked JICA to build axle-load control stations along the road."
	consult := "At the consultation, Dr. Nguyen Thi Lan, Director General of MPI, asked JICA to send more volunteers with experience in elderly care. In reply, Mr. Shimizu Akira, Chief Representative of the JICA Office, said that JICA would send more volunteers."
	delegation := "Ms. Yuko Arai, Director-General of the Bureau, signed the memorandum. Ms. Arai led the delegation to Vientiane."
	checkRules(t, []ruleCase{
		{name: "subject, not object", doc: stations, q: "who asked for the axle-load stations", span: "Ministry of Public Works and Transport"},
		{name: "the sentence that says it", doc: consult, q: "who asked jica for more elderly care volunteers", span: "Dr. Nguyen Thi Lan"},
		{name: "full name", doc: delegation, q: "who led the delegation", span: "Ms. Yuko Arai"},
	})
}

// "CP-02 contract value in yen" is not answered by a sum of a sentence
// that names no CP-02; "resume" is an act a date must be said of.
func TestCodesAndResumption(t *testing.T) {
	doc := "The first tranche, worth ¥98.6 billion, was signed in Manila on 14 November 2019. The DOTr suspended the CP-02 contract, worth PHP 31.5 billion, on 18 October 2022. The Southern Shan State Project runs to FY2017."
	checkRules(t, []ruleCase{
		{name: "a code the sentence does not name", doc: doc, q: "cp-02 contract value in yen?"},
		{name: "a code its passage does not name", doc: "The CP-01 contract is worth PHP 20 billion.\n\nThe DOTr suspended the CP-02 contract on 18 October 2022.", q: "cp-02 contract value?"},
		{name: "the code's own sum", doc: doc, q: "cp-02 contract value?", span: "PHP 31.5 billion"},
		{name: "chat is no code", doc: doc, q: "how much was the first tranche b4 2020", span: "¥98.6 billion"},
		{name: "no resumption said", doc: doc, q: "when will the shan state project resume"},
	})
}

// "China took part as an observer from November 2012 until it withdrew":
// "it" is the country; a list of places is answered with the noun it
// shares, unless the question has said it ("which provinces").
func TestLaterStepsAndSharedPlaceNouns(t *testing.T) {
	doc := "The Mekong Regional Disaster Information Network (MRDIN) was founded on 14 March 2012 by Cambodia, Thailand and Viet Nam. China took part as an observer from November 2012 until it withdrew from the network in August 2015."
	places := "The Salinity Early Warning Project in Viet Nam covers Ben Tre, Tra Vinh and Soc Trang provinces."
	checkRules(t, []ruleCase{
		{name: "until it withdrew", doc: doc, q: "when did china withdraw from mrdin", span: "August 2015"},
		{name: "no longer an observer", doc: doc, q: "is china still an observer in mrdin", span: "no"},
		{name: "but it was one", doc: doc, q: "was china an observer in mrdin", span: "yes"},
		{name: "where: the shared noun", doc: places, q: "where is the salinity early warning project", span: "Ben Tre, Tra Vinh and Soc Trang provinces"},
		{name: "which provinces: the names", doc: places, q: "which provinces does the salinity early warning project cover", span: "Ben Tre, Tra Vinh and Soc Trang"},
	})
}

// "Operating expenditure in FY2017 totalled ¥6.1 billion": expenditure is
// money asked, with or without "how much".
func TestExpenditureIsMoney(t *testing.T) {
	doc := "Operating expenditure in FY2017 totalled ¥6.1 billion, of which ¥4.3 billion was spent on language education. In FY2017 the Center dispatched 474 partners."
	checkRules(t, []ruleCase{
		{name: "expenditure", doc: doc, q: "total operating expenditure fy2017?", span: "¥6.1 billion"},
	})
}
