package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

func buttons(r Reply) []discordgo.Button {
	var out []discordgo.Button
	for _, row := range r.Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			out = append(out, c.(discordgo.Button))
		}
	}
	return out
}

// TestPagingButtonsCarryTheirState pages a search with its own buttons,
// as a restarted bot would: only the custom_id and the message are used.
func TestPagingButtonsCarryTheirState(t *testing.T) {
	b := mustSeedBot(t)
	for _, q := range []string{"ASEAN", strings.Repeat("ASEAN ", 30)} {
		r, out := b.Run(context.Background(), "search", Args{"query": q})
		if out != OutcomeOK {
			t.Fatalf("%q: %s", q, out)
		}
		bs := buttons(r)
		if len(bs) != 3 || !bs[0].Disabled || bs[1].Disabled || bs[2].Label != "Source" {
			t.Fatalf("%q: buttons %+v", q, bs)
		}
		for _, btn := range bs {
			if n := utf8.RuneCountInString(btn.CustomID); n == 0 || n > maxCustomID {
				t.Errorf("custom_id %q is %d characters", btn.CustomID, n)
			}
		}
		msg := &discordgo.Message{Embeds: r.Embeds}
		page2, update, out := b.Component(context.Background(), bs[1].CustomID, msg)
		if out != OutcomeOK || !update {
			t.Fatalf("%q next: outcome %s update %v: %+v", q, out, update, page2.Embeds)
		}
		if !strings.Contains(page2.Embeds[0].Footer.Text, "Page 2 of") {
			t.Errorf("%q next: footer %q", q, page2.Embeds[0].Footer.Text)
		}
		back, _, _ := b.Component(context.Background(), buttons(page2)[0].CustomID, &discordgo.Message{Embeds: page2.Embeds})
		if back.Embeds[0].Description != r.Embeds[0].Description {
			t.Errorf("%q: Prev from page 2 is not page 1", q)
		}
	}
}

func TestSourceButtonQuotesThePassage(t *testing.T) {
	b := mustSeedBot(t)
	r, _, out := b.Component(context.Background(), "iai:src:mofa-2001-11-japan-cooperation-iai#16", nil)
	if out != OutcomeOK || !r.Ephemeral {
		t.Fatalf("outcome %s, ephemeral %v", out, r.Ephemeral)
	}
	if !strings.Contains(r.Embeds[0].Description, "HIV/AIDS") || !strings.Contains(r.Embeds[0].Footer.Text, "§6 Transnational Issues") {
		t.Errorf("source reply: %+v", r.Embeds[0])
	}
	for _, id := range []string{"iai:src:nope#1", "iai:page:x:HIV", "iai:page:0:HIV", "other"} {
		if r, _, out := b.Component(context.Background(), id, nil); out != OutcomeUserError || !r.Ephemeral {
			t.Errorf("%q: outcome %s", id, out)
		}
	}
}
