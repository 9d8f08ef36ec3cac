package qa

import (
	"regexp"
	"slices"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
)

// Yes-or-no questions about membership ("is Singapore a member of the
// Institute?", "did India leave AMSIC?") are answered "Yes" or "No" from
// every status the documents give the country in that organisation, then
// the status that decides it, quoted.

var (
	reYesNoQ      = regexp.MustCompile(`^\s*(?:so\s+|and\s+)?(?:is|are|was|were|did|does|do|has|have|had|will|can|could)\b`)
	askedStatuses = lexicon.Pairs("asked membership status")
	reAskedStatus = regexp.MustCompile(`\b(?:` + lexicon.AltOf(keys(askedStatuses)) + `)\b`)
	reMemberWord  = regexp.MustCompile(`\b(?:member|members|membership|join|joined|joining|accede|acceded)\b`)
	reMemberAsk   = regexp.MustCompile(`\b(?:member|members|membership|join|joined|joining|in|part of|belong|belongs|participate|participates|accede|acceded)\b`)
)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// answerMemberYesNo answers a yes-or-no membership question, or reports
// false when the question is not one or the documents give the country no
// status in the organisation asked about.
func (md *Model) answerMemberYesNo(aq *asked) (Answer, bool) {
	if !reYesNoQ.MatchString(aq.q) || len(aq.ent.countries) != 1 || aq.kind != AskMember && !reMemberAsk.MatchString(aq.q) && !reAskedStatus.MatchString(aq.q) {
		return Answer{}, false
	}
	want := corpus.StatusMember
	if m := reAskedStatus.FindString(aq.q); m != "" {
		want = askedStatuses[m]
	} else if aq.kind != AskMember && !reMemberAsk.MatchString(aq.q) {
		return Answer{}, false
	}
	// "Is Laos in the Centre?" needs the organisation named; "is Vientiane
	// in Laos?" is not about membership at all.
	if len(aq.ent.orgs) == 0 && len(aq.ent.groups) == 0 && !reMemberWord.MatchString(aq.q) && !reAskedStatus.MatchString(aq.q) {
		return Answer{}, false
	}
	country := aq.ent.countries[0]
	var ms []corpus.Membership
	orgs := map[string]bool{}
	for _, m := range md.facts.Memberships {
		if m.Country == country && md.orgAsked(aq, m.Org) {
			ms = append(ms, m)
			orgs[m.Org] = true
		}
	}
	// With no organisation named, a country in two says nothing certain.
	if len(ms) == 0 || len(orgs) > 1 {
		return Answer{}, false
	}
	by := map[string]corpus.Membership{}
	for _, m := range ms {
		if _, ok := by[m.Status]; !ok {
			by[m.Status] = m
		}
	}
	yes, decided := false, corpus.Membership{}
	pickFirst := func(statuses ...string) bool {
		for _, s := range statuses {
			if m, ok := by[s]; ok {
				decided = m
				return true
			}
		}
		return false
	}
	switch want {
	case corpus.StatusMember:
		switch {
		case pickFirst(corpus.StatusWithdrew):
			// A member that withdrew is no longer one.
		case pickFirst(corpus.StatusJoined, corpus.StatusFounding, corpus.StatusMember):
			yes = true
		case pickFirst(corpus.StatusNonMember, corpus.StatusObserver, corpus.StatusInvited, corpus.StatusIntends):
		default:
			return Answer{}, false
		}
	default:
		if pickFirst(want) {
			yes = true
		} else if !pickFirst(corpus.StatusJoined, corpus.StatusFounding, corpus.StatusMember, corpus.StatusWithdrew, corpus.StatusNonMember, corpus.StatusObserver, corpus.StatusInvited, corpus.StatusIntends) {
			return Answer{}, false
		}
	}
	rec := md.sentenceOf(decided.Passage, decided.Span)
	if rec == nil {
		return Answer{}, false
	}
	word, line := "no", "No — "
	if yes {
		word, line = "yes", "Yes — "
	}
	line += statusSentence(decided)
	if decided.Date != nil {
		line += " (" + decided.Date.Resolved() + ")"
	}
	a := answerFrom(rec, word, line, decided.Span)
	a.Found, a.Kind = true, AskMember
	return a, true
}
