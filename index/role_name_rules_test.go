package index

import "testing"

// saltPaper names one official by the role alone and another by name.
func saltPaper() Source {
	return Source{Name: "salt.txt", Text: `Japan's Cooperation on Salt Iodisation

October 2002
Ministry of Foreign Affairs Japan

1. Salt Iodisation

On 3 March 1999, the Minister of Health of Cambodia requested Japan to help install iodisation equipment at the salt farms of Kampot. In response, Japan launched the Salt Iodisation Project (SIP).

2. Laboratory

The Regional Salt Laboratory (RSL) opened in Hanoi on 15 March 2002. Dr. Tran Minh Duc is Head of RSL.
`}
}

// The name of a role's holder is a person: a sentence naming the role
// alone tells none, and is quoted for none.
func TestRoleNameAskedIsAPerson(t *testing.T) {
	ix := mustOpen(t, saltPaper())
	expectRefused(t, ix, "whats the name of the cambodian health minister")
	if a := ix.Answer("what is the name of the head of RSL"); !a.Found || a.Span != "Dr. Tran Minh Duc" {
		t.Errorf("head of RSL: found %v span %q (%s)", a.Found, a.Span, a.Text)
	}
}

// The office of a country that acted is named whole: "the Minister of
// Health of Cambodia requested Japan" was asked by the Minister, which
// "Cambodia" alone would not say.
func TestCountrysOfficeActs(t *testing.T) {
	ix := mustOpen(t, saltPaper())
	if a := ix.Answer("who asked japan for the salt iodisation help in the first place"); !a.Found || a.Span != "Minister of Health of Cambodia" {
		t.Errorf("who asked: found %v span %q (%s)", a.Found, a.Span, a.Text)
	}
}
