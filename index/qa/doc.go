// Package qa answers plain-English questions from the facts package index
// extracts. It owns its state, a [Model] built once from a [Source]: every
// sentence with the terms it can be matched by, the context of each
// passage and how rare each term is. It reads the facts and the index's
// readers of names through Source, never extraction's own data, and
// extraction knows nothing of it. Callers use it through index.Answer.
//
// # Code overview
//
// A question goes through three steps: it is taken apart, each kind of
// answer offers candidates, and the best candidate that covers enough of
// the question wins. When none does, a sentence that covers all of it may
// still be quoted, short of an answer.
//
//   - model.go: Source, the facts it gives, and Model; sentences.go builds
//     the sentence records, passage contexts and term frequencies.
//   - analyse.go: normalising chat shorthand, classifying what is asked;
//     terms.go: stemming, synonyms and typo correction of content words;
//     entities.go: the countries, groups, places, organisations and years
//     a question names, and the rule that a fact must name them too.
//   - answer.go: Answer, and the route from a question to its candidates.
//   - score.go: coverage, nearness and picking the best candidate;
//     mainproject.go: "the project" is the one a document's title names.
//   - One file per kind of question: money.go, when.go, where.go, route.go
//     (yes or no about a route), who.go, people.go, countries.go,
//     member.go, count.go, purpose.go, acronym.go, open.go (what is X,
//     tell me about X) and published.go (the documents themselves).
//   - traps.go: candidates refused however well they match: a past event
//     for a future one, the wrong ordinal, an excluded country.
//   - quoted.go: when nothing of the asked kind answers, the sentence that
//     holds every word and name of the question, quoted as what the
//     documents say; never a sentence a trap rule, a denial or an
//     exclusion refuses, nor one holding a fact of the asked kind.
//   - followup.go: a reply to an answer rewritten as a question of its own,
//     and not answered by its question's fact when another fits.
package qa
