package qa

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/iaibot/iaibot/index/corpus"
	"github.com/iaibot/iaibot/index/internal/lexicon"
	"github.com/iaibot/iaibot/index/internal/prose"
)

// A signed instrument (a record of discussions, a memorandum, an exchange
// of notes) ends with its signature block: a sentence with no subject
// that says where and when it was signed ("Signed in Jakarta on 26
// October 2018 in three originals"), then, for each party, "For the
// Japan International Cooperation Agency:" over the name and title of the
// one who signed for it. The block names no verb beside each name, so the
// sentence readers cannot tell who signed for whom; it is read here as a
// whole.

const (
	// signatoryCoverage is how sure a signatory of a block is as the
	// answer to "who signed for X": the block says it by its layout.
	signatoryCoverage = 1.0
	// signatoryBonus ranks the block's signatory for the party asked
	// above names that sentences give near "signed" and the party, and
	// above the party's officers the document names elsewhere.
	signatoryBonus = 0.8
	// ownSigningCoverage and ownSigningBonus rank the date and place of
	// the document's own signing, for a question that asks when or where
	// the document its title names was signed, above those of the other
	// instruments it speaks of.
	ownSigningCoverage = 0.9
	ownSigningBonus    = 0.6
	// partyLineLen is the longest a party's line may be: a name and a
	// title, not a paragraph that opens with "For".
	partyLineLen = 200
	// maxBlockGap is how many passages after the signing sentence the
	// first party's line may stand: a sentence on its language may come
	// between.
	maxBlockGap = 3
)

var (
	// reSignatureOpening opens the sentence of a document's own signing,
	// which has no subject: "Signed in duplicate at Vientiane on ...",
	// "Done at Manila on ...".
	reSignatureOpening = regexp.MustCompile(`^(?:` + lexicon.Alt("signature openers") + `)\b`)
	// reParty opens a party's line of a signature block: "For the
	// Ministry of Health of ...", "On behalf of JICA:".
	reParty = regexp.MustCompile(`^(?i:` + lexicon.Alt("signature party openers") + `)\s+(?:the\s+)?`)
	// reWhenWhereWord is the word a question asks when or where by.
	reWhenWhereWord = regexp.MustCompile(`^(?:` + lexicon.Alt("when where question words") + `)$`)
)

// signingStems open the words that say a signing: "signed",
// "signatory", "exchanged notes", "concluded".
var signingStems = lexicon.Words("signing said stems")

// signature is a document's own signing: the sentence that dates and
// places it, and who signed for each party.
type signature struct {
	rec     *sentenceRec
	parties []signatory
}

// signatory is one party's line of a signature block.
type signatory struct {
	party  string // "Japan International Cooperation Agency"
	person corpus.Person
}

// signatureOf reads document d's signature block once; nil when it has
// none.
func (md *Model) signatureOf(d *corpus.Document) *signature {
	if v, ok := md.signatures.Load(d); ok {
		return v.(*signature)
	}
	sig := md.readSignature(d)
	v, _ := md.signatures.LoadOrStore(d, sig)
	return v.(*signature)
}

func (md *Model) readSignature(d *corpus.Document) *signature {
	var sig *signature
	taken := -1   // the passage that held the last party's signatory
	signedAt := 0 // the passage of the signing sentence
	for i, p := range d.Passages {
		if i == taken {
			continue
		}
		if sig == nil {
			if p.Kind != corpus.KindParagraph {
				continue
			}
			for _, rec := range md.sentsOf[p] {
				if reSignatureOpening.MatchString(rec.text) {
					sig, signedAt = &signature{rec: rec}, i
					break
				}
			}
			continue
		}
		m := reParty.FindStringIndex(p.Text)
		if m == nil || len(p.Text) > partyLineLen {
			// "Witnessed by:", "In the presence of ...": the block's
			// parties have ended. A list of people far after the
			// signing sentence is no block of it.
			if len(sig.parties) > 0 || i-signedAt > maxBlockGap {
				break
			}
			continue
		}
		// The party's name runs to the colon, or to the name of the one
		// who signed for it on the same line; else the name is the next
		// passage's first.
		person, ok := md.firstPerson(p)
		if ok && person.Span.Start > m[1] {
			sig.parties = append(sig.parties, signatory{party: strings.TrimRight(strings.TrimSpace(p.Text[m[1]:person.Span.Start]), ":"), person: person})
			continue
		}
		if !strings.HasSuffix(strings.TrimSpace(p.Text), ":") || i+1 >= len(d.Passages) {
			continue
		}
		if person, ok := md.firstPerson(d.Passages[i+1]); ok && person.Span.Start == 0 {
			sig.parties = append(sig.parties, signatory{party: strings.TrimRight(strings.TrimSpace(p.Text[m[1]:]), ":"), person: person})
			taken = i + 1
		}
	}
	if sig == nil || len(sig.parties) == 0 {
		return nil
	}
	return sig
}

// firstPerson is the first person extraction read in passage p.
func (md *Model) firstPerson(p *corpus.Passage) (corpus.Person, bool) {
	var first corpus.Person
	found := false
	for _, pe := range md.facts.People {
		if pe.Passage == p && (!found || pe.Span.Start < first.Span.Start) {
			first, found = pe, true
		}
	}
	return first, found
}

// answerSignatory answers "who signed for JICA", "who signed on the
// Cambodian side" from a signature block: the one whose party is the
// organisation or country asked.
func (md *Model) answerSignatory(aq *asked, consider offerFunc) {
	if !reSigningAsked.MatchString(aq.q) || len(aq.ent.orgs) == 0 && len(aq.ent.countries) == 0 {
		return
	}
	for _, d := range md.docs {
		sig := md.signatureOf(d)
		if sig == nil {
			continue
		}
		for _, s := range sig.parties {
			if !md.partyAsked(aq, s.party) {
				continue
			}
			rec := md.sentenceOf(s.person.Passage, s.person.Span)
			if rec == nil {
				continue
			}
			name := s.person.Passage.Text[s.person.Span.Start:s.person.Span.End]
			consider(answerFrom(rec, name, name+", for the "+s.party+": “"+sig.rec.text+"”", s.person.Span), signatoryCoverage, signatoryBonus)
		}
	}
}

// partyAsked reports whether a signature block's party is one the
// question names: each organisation by its name or short form, each
// country inside the party's name ("... of the Republic of Indonesia").
func (md *Model) partyAsked(aq *asked, party string) bool {
	for _, o := range aq.ent.orgs {
		if !namesOrg(party, o) {
			return false
		}
	}
	return len(aq.ent.countries) == 0 || md.namesAny(party, aq.ent.countries)
}

// answerOwnSigning answers "when was the R/D signed", "where was the
// memorandum signed" with the date or place of the document's own
// signing, when every word the question asks of it is a word of the
// document's title or its initials.
func (md *Model) answerOwnSigning(aq *asked, consider offerFunc) {
	if aq.kind != AskWhen && aq.kind != AskWhere || !reSigningAsked.MatchString(aq.q) {
		return
	}
	for _, d := range md.docs {
		sig := md.signatureOf(d)
		if sig == nil || !titleAsked(aq, d.Title) {
			continue
		}
		pf := md.src.PassageFacts(sig.rec.p)
		in := func(s corpus.Span) bool { return s.Start >= sig.rec.span.Start && s.End <= sig.rec.span.End }
		if aq.kind == AskWhen {
			for _, dt := range pf.Dates {
				if in(dt.Span) {
					consider(answerFrom(sig.rec, dt.Text, dt.Text+" — "+sig.rec.text, dt.Span), ownSigningCoverage, ownSigningBonus)
					break
				}
			}
			continue
		}
		for _, pl := range pf.Places {
			if in(pl.Span) {
				consider(answerFrom(sig.rec, pl.Written(), pl.Written()+" — "+sig.rec.text, pl.Span), ownSigningCoverage, ownSigningBonus)
				break
			}
		}
	}
}

// titleAsked reports whether every content word of the question is a
// word of the title or a short form of its opening words: "the r/d" of
// "RECORD OF DISCUSSIONS ON THE PROJECT ...", "the MoC" of "Memorandum
// of Cooperation ...".
func titleAsked(aq *asked, title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !prose.IsWordRune(r) })
	if len(words) == 0 {
		return false
	}
	stems := map[string]bool{}
	for _, w := range words {
		stems[stemTerm(w)] = true
	}
	var all, content strings.Builder
	for _, w := range words {
		all.WriteRune([]rune(w)[0])
		if !prose.Stopwords[w] {
			content.WriteRune([]rune(w)[0])
		}
	}
	named := false
	for _, w := range strings.Fields(aq.q) {
		w = strings.Trim(w, "?!.,;:'\"")
		if w == "" || questionStop[w] || prose.Stopwords[w] || reSigningAsked.MatchString(w) || reWhenWhereWord.MatchString(w) {
			continue
		}
		if stems[stemTerm(w)] {
			named = true
			continue
		}
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, w)
		if len(letters) >= 2 && (strings.HasPrefix(all.String(), letters) || strings.HasPrefix(content.String(), letters)) {
			named = true
			continue
		}
		return false
	}
	return named
}

// saysSigning reports whether answer a stands where a signing is said: its
// sentence or its passage's lead-in holds a word of signing ("signed",
// "exchanged notes", "concluded"), or it is a signatory of a signature
// block.
func (md *Model) saysSigning(a Answer) bool {
	for _, w := range signingStems {
		if hasStemWord(a.Sentence, w) || hasStemWord(a.Passage.Lead, w) {
			return true
		}
	}
	if sig := md.signatureOf(a.Passage.Doc); sig != nil {
		for _, s := range sig.parties {
			if s.person.Passage == a.Passage {
				return true
			}
		}
	}
	return false
}
