package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// This file is the one path an interaction takes once a transport has it,
// whether it came over the gateway ([Live]) or the HTTP endpoint
// ([Endpoint]): compute the response with panic recovery, acknowledge with
// a placeholder when that takes too long, complete the deferred reply
// through REST, and log one line. The transports differ only in how the
// interaction arrives and how the first response leaves.

// interactionHandler computes the response to an interaction and names it
// for logs and metrics, as [Bot.HandleInteraction] does.
type interactionHandler func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, string, Outcome)

// transport is what the gateway and the endpoint share. Each embeds one.
type transport struct {
	log     *slog.Logger
	metrics *Metrics
	rest    *discordgo.Session // sends placeholders and completes deferred replies
	secret  string             // kept out of logged errors; "" for none
	// handle is the Bot's HandleInteraction, except in tests that need a
	// slow or failing handler.
	handle interactionHandler
}

// exchange is one interaction on its way through a transport: what was
// computed for it, and how that was delivered.
type exchange struct {
	i         *discordgo.Interaction
	resp      *discordgo.InteractionResponse
	name      string // as HandleInteraction names it
	outcome   Outcome
	panicked  *panicked     // set when computing panicked
	latency   time.Duration // from receipt to having the response
	deferred  bool          // a placeholder went first
	abandoned bool          // nobody could use the response: too late, or the request went away
	err       error         // delivering the response failed
}

// panicked is a recovered panic, for the log line of the event it broke.
type panicked struct{ value, stack string }

// recovering runs f and returns its panic, if any. Every place that must
// survive a bug (a handler, a transport, a background job) goes through
// it, so that a panic is caught and described the same way everywhere.
// The stack is taken before unwinding, so it shows where the panic was.
func recovering(f func()) (p *panicked) {
	defer func() {
		if r := recover(); r != nil {
			p = &panicked{value: fmt.Sprint(r), stack: string(debug.Stack())}
		}
	}()
	f()
	return nil
}

// compute runs the handler for i and counts the outcome. A panic becomes
// an apology, so that the user hears back and the process survives.
func (t *transport) compute(ctx context.Context, i *discordgo.Interaction, start time.Time) *exchange {
	x := &exchange{i: i}
	x.panicked = recovering(func() {
		x.resp, x.name, x.outcome = t.handle(ctx, i)
		if x.resp == nil {
			panic("handler returned no response")
		}
	})
	if x.panicked != nil {
		x.resp, x.name, x.outcome = apology(i), interactionName(i), OutcomePanic
	}
	t.observe(x, start)
	return x
}

// refused is the exchange for an interaction answered with resp without
// running the handler, such as one over its user's rate limit.
func (t *transport) refused(i *discordgo.Interaction, start time.Time, resp *discordgo.InteractionResponse, outcome Outcome) *exchange {
	x := &exchange{i: i, resp: resp, name: interactionName(i), outcome: outcome}
	t.observe(x, start)
	return x
}

// observe records x's latency and counts it. It runs as soon as the
// response exists, before it is sent, so that the count is in place by the
// time the user sees the reply.
func (t *transport) observe(x *exchange, start time.Time) {
	x.latency = time.Since(start)
	t.metrics.ObserveInteraction(x.name, x.outcome, x.latency)
}

// placeholder is how an interaction was acknowledged before its answer.
type placeholder struct {
	typ       discordgo.InteractionResponseType
	ephemeral bool // the placeholder is visible only to the user
}

// placeholderFor picks the acknowledgement that matches the answer i will
// most likely get, since a placeholder's visibility cannot be edited
// later: paging buttons update their own message, other buttons answer
// privately, commands publicly. Autocomplete cannot be deferred (nil).
func placeholderFor(i *discordgo.Interaction) *placeholder {
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionModalSubmit:
		return &placeholder{typ: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	case discordgo.InteractionMessageComponent:
		// Prev and Next, of search results and of lists alike, edit
		// their own message.
		if d, ok := i.Data.(discordgo.MessageComponentInteractionData); ok && (strings.HasPrefix(d.CustomID, idPage) || strings.HasPrefix(d.CustomID, idList)) {
			return &placeholder{typ: discordgo.InteractionResponseDeferredMessageUpdate}
		}
		return &placeholder{typ: discordgo.InteractionResponseDeferredChannelMessageWithSource, ephemeral: true}
	}
	return nil
}

// response is the placeholder's body. It is written by hand because
// discordgo's InteractionResponseData would add null components and
// embeds, which Discord rejects.
func (d placeholder) response() any {
	type flags struct {
		Flags discordgo.MessageFlags `json:"flags"`
	}
	v := struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data *flags                            `json:"data,omitempty"`
	}{Type: d.typ}
	if d.ephemeral {
		v.Data = &flags{discordgo.MessageFlagsEphemeral}
	}
	return v
}

// deferWith counts a deferral and returns the body that acknowledges it:
// the endpoint writes it as its HTTP answer, the gateway posts it with
// [transport.sendPlaceholder].
func (t *transport) deferWith(ph placeholder) any {
	t.metrics.interactionDeferred()
	return ph.response()
}

// sendPlaceholder acknowledges i with ph through the interaction callback.
func (t *transport) sendPlaceholder(ctx context.Context, i *discordgo.Interaction, ph placeholder) error {
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err := t.rest.RequestWithBucketID(http.MethodPost, endpoint, t.deferWith(ph), endpoint, discordgo.WithContext(ctx))
	return err
}

// complete delivers a response after its placeholder, and counts the
// replies that never reached the user.
func (t *transport) complete(ctx context.Context, i *discordgo.Interaction, ph placeholder, resp *discordgo.InteractionResponse) error {
	err := completeDeferred(ctx, t.rest, i, ph, resp)
	if err != nil {
		t.metrics.deferredReplyFailed()
	}
	return err
}

// completeDeferred delivers an answer after its placeholder: an edit of
// the original response when the answer fits it, otherwise a follow-up
// with the answer's own visibility and, for a "thinking…" of the wrong
// visibility, the placeholder's removal.
func completeDeferred(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, ph placeholder, resp *discordgo.InteractionResponse) error {
	opt := discordgo.WithContext(ctx)
	data := resp.Data
	if data == nil {
		data = &discordgo.InteractionResponseData{}
	}
	edit := (data.Flags&discordgo.MessageFlagsEphemeral != 0) == ph.ephemeral
	if ph.typ == discordgo.InteractionResponseDeferredMessageUpdate {
		edit = resp.Type == discordgo.InteractionResponseUpdateMessage
	}
	if edit {
		if err := editOriginal(ctx, s, i, webhookEdit(data), data.Files); err != nil {
			return fmt.Errorf("edit original response: %w", err)
		}
		return nil
	}
	if err := followUp(ctx, s, i, webhookParams(data), data.Files); err != nil {
		return fmt.Errorf("send follow-up: %w", err)
	}
	if ph.typ == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		if err := s.InteractionResponseDelete(i, opt); err != nil {
			return fmt.Errorf("delete placeholder: %w", err)
		}
	}
	return nil
}

// webhookEdit replaces the whole placeholder, "thinking…" included, with
// data.
func webhookEdit(data *discordgo.InteractionResponseData) *discordgo.WebhookEdit {
	content := data.Content
	embeds := data.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := data.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	mentions := data.AllowedMentions
	if mentions == nil {
		mentions = noMentions()
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: mentions}
}

// webhookParams is data as a follow-up message. Only the flags a
// follow-up may carry are kept, and empty lists are sent as lists,
// because discordgo would send null, which Discord rejects.
func webhookParams(data *discordgo.InteractionResponseData) *discordgo.WebhookParams {
	p := &discordgo.WebhookParams{
		Content:         data.Content,
		Embeds:          data.Embeds,
		Components:      data.Components,
		AllowedMentions: data.AllowedMentions,
		Flags:           data.Flags & (discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds),
	}
	if p.Components == nil {
		p.Components = []discordgo.MessageComponent{}
	}
	if p.AllowedMentions == nil {
		p.AllowedMentions = noMentions()
	}
	return p
}

// finish writes x's one log line.
func (t *transport) finish(x *exchange) {
	attrs := []slog.Attr{
		slog.String("command", x.name),
		slog.Duration("latency", x.latency),
		slog.String("outcome", string(x.outcome)),
		slog.Bool("deferred", x.deferred),
		slog.String("interaction", x.i.ID),
		slog.String("guild", x.i.GuildID),
		slog.String("channel", x.i.ChannelID),
	}
	if x.abandoned {
		attrs = append(attrs, slog.Bool("abandoned", true))
	}
	t.logOutcome("interaction", x.outcome, x.err, x.panicked, attrs...)
}

// logOutcome writes the one line each interaction or message gets, after
// attrs: an error when the user saw an apology or nothing at all, with the
// failure and any panic on the same line, so that one search finds
// everything about one event.
func (t *transport) logOutcome(msg string, outcome Outcome, err error, p *panicked, attrs ...slog.Attr) {
	level := slog.LevelInfo
	if err != nil || outcome == OutcomeError || outcome == OutcomePanic {
		level = slog.LevelError
	}
	if err != nil {
		attrs = append(attrs, slog.String("err", t.redact(err).Error()))
	}
	if p != nil {
		attrs = append(attrs, slog.String("panic", p.value), slog.String("stack", p.stack))
	}
	t.log.LogAttrs(context.Background(), level, msg, attrs...)
}

// redact removes the secret from an error's text, in case a library ever
// quotes a request header or URL.
func (t *transport) redact(err error) error {
	if err == nil || t.secret == "" || !strings.Contains(err.Error(), t.secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), t.secret, Redacted))
}

// apology answers an interaction whose handler failed outright.
func apology(i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return noChoices()
	}
	return apologyReply().InteractionResponse()
}

// noChoices is the autocomplete answer when there is nothing to offer in
// time: an empty list is valid, a message is not.
func noChoices() *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
	}
}

// interactionName names i as HandleInteraction would, for interactions
// answered without it.
func interactionName(i *discordgo.Interaction) string {
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		sub, _ := commandArgs(d)
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return "autocomplete " + sub
		}
		return d.Name + " " + sub
	case discordgo.MessageComponentInteractionData:
		return "button " + buttonKind(d.CustomID)
	}
	if i.Type == discordgo.InteractionPing {
		return "ping"
	}
	return fmt.Sprintf("type %d", i.Type)
}
