package bot

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzParseLine feeds arbitrary lines to the parser and the dispatcher: no
// input may panic, and every reply must encode and fit Discord's limits.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{"/iai search HIV", "/iai search query:HIV page:2", `/iai country name:"Lao P.D.R."`, "/iai ask question:why?", "/iai", "/iai search \xff", "hello @everyone"} {
		f.Add(s)
	}
	b := mustSeedBot(f)
	f.Fuzz(func(t *testing.T, line string) {
		inv, ok := ParseLine(line)
		if ok {
			for k, v := range inv.Args {
				if !utf8.ValidString(k) || !utf8.ValidString(v) {
					t.Fatalf("ParseLine(%q) produced invalid UTF-8 %q=%q", line, k, v)
				}
			}
		}
		r, isMsg, _ := b.HandleLine(context.Background(), line)
		var v any = r.InteractionResponse()
		if isMsg {
			v = r.MessageSend(nil)
		}
		body, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(body) {
			t.Fatalf("reply to %q is not UTF-8", line)
		}
		fitted := r.fit()
		total := 0
		for _, e := range fitted.Embeds {
			total += embedLen(e)
		}
		if total > maxEmbedTotal {
			t.Fatalf("reply to %q has %d embed characters", line, total)
		}
	})
}
