package bot

import (
	"context"

	"github.com/iaibot/iaibot/index"
)

// answerView is the answerer's result for one question.
type answerView struct {
	question string // as cleaned, and as the title repeats it
	answer   index.Answer
}

// handleAsk answers /iai ask and, through [Bot.Message], questions put to
// the bot in a channel: one answer from one sentence; when no sentence
// answers, the sentence that speaks to the question, quoted; and when
// none does, the closest passages and what the documents do say.
func handleAsk(_ context.Context, b *Bot, args Args) (Reply, error) {
	q := CleanArg(args["question"])
	if q == "" {
		return Reply{}, userErrorf("No question", "Ask something, e.g. `/iai ask question:when did Cambodia join the ASEAN-Japan Centre?`")
	}
	return renderAnswer(answerView{question: q, answer: b.ix.Answer(q)}), nil
}
