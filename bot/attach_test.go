package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/bot/discordtest"
	"github.com/iaibot/iaibot/bot/export"
)

// fileLines are the lines whose replies carry files.
var fileLines = []string{
	"/iai timeline as:chart",
	"/iai funding as:chart",
	"/iai export what:facts format:csv",
	"/iai export what:members format:json country:cambodia",
}

// checkFiles compares the files a request carried with a reply's, in
// order: names, content types and bytes.
func checkFiles(t *testing.T, got []discordtest.File, want []Attachment) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d files sent, the reply has %d", len(got), len(want))
	}
	for i, f := range got {
		w := want[i]
		if f.Index != i || f.Name != w.Name || f.ContentType != w.ContentType || !bytes.Equal(f.Data, w.Data) {
			t.Errorf("files[%d] = %s (%s, %d bytes) as part %d, want %s (%s, %d bytes)", i, f.Name, f.ContentType, len(f.Data), f.Index, w.Name, w.ContentType, len(w.Data))
		}
	}
}

// checkAttachmentsArray checks that the message body names each file as
// files[n] with id "n", which is how Discord tells the uploads apart.
func checkAttachmentsArray(t *testing.T, message any, files []Attachment) {
	t.Helper()
	var want []any
	for i, f := range files {
		want = append(want, map[string]any{"id": strconv.Itoa(i), "filename": f.Name})
	}
	if diff := cmp.Diff(want, field(message, "attachments")); diff != "" {
		t.Errorf("attachments array (-want +got):\n%s", diff)
	}
}

// runLine is what the bot computes for a line, as the console does.
func runLine(t *testing.T, b *Bot, line string) Reply {
	t.Helper()
	inv, ok := ParseLine(line)
	if !ok {
		t.Fatalf("ParseLine(%q) failed", line)
	}
	r, out := b.Run(context.Background(), inv.Sub, inv.Args)
	if out != OutcomeOK {
		t.Fatalf("%s: outcome %s: %+v", line, out, r.Embeds[0])
	}
	return r
}

// checkEditedLikeTheConsole waits for the edit that completes interaction
// id and checks that it carries what the console computes for the same
// line: want is the console's callback body, files its files.
func checkEditedLikeTheConsole(t *testing.T, fake *discordtest.Server, id string, want []byte, files []Attachment) {
	t.Helper()
	edit, err := fake.WaitEdit(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if ct := edit.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/form-data; boundary=") {
		t.Errorf("edit sent as %q, want multipart/form-data", ct)
	}
	if err := discordtest.ValidateWebhookEditFiles(edit.JSON(), edit.Files()); err != nil {
		t.Errorf("edit breaks Discord's schema or limits: %v", err)
	}
	// The edit is the reply's message; the placeholder set the flags.
	data := field(decodeJSON(t, want), "data").(map[string]any)
	delete(data, "tts")
	delete(data, "flags")
	got := decodeJSON(t, edit.JSON())
	if diff := cmp.Diff(data, got); diff != "" {
		t.Errorf("edit (-console +sent):\n%s", diff)
	}
	checkAttachmentsArray(t, got, files)
	checkFiles(t, edit.Files(), files)
}

// TestLiveAttachesFiles sends charts and exports over the gateway: the
// callback is multipart/form-data, its payload_json is the console's
// body, and the files are the console's, each named in the attachments
// array. The fake validates every part.
func TestLiveAttachesFiles(t *testing.T) {
	t.Parallel()
	h := startLive(t, slowHostSetup(liveSetup{}))
	for _, line := range fileLines {
		t.Run(line, func(t *testing.T) {
			_, r := h.callback(t, h.s.Slash(line))
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/form-data; boundary=") {
				t.Errorf("callback sent as %q, want multipart/form-data", ct)
			}
			got := decodeJSON(t, r.JSON())
			if diff := cmp.Diff(h.consoleJSON(t, line), got); diff != "" {
				t.Errorf("payload_json (-console +gateway):\n%s", diff)
			}
			reply := runLine(t, h.b, line)
			checkAttachmentsArray(t, field(got, "data"), reply.Files)
			checkFiles(t, r.Files(), reply.Files)
		})
	}
}

// slowHostSetup keeps replies in the interaction callback however long
// drawing or exporting takes: these tests compare the callback's files,
// and a loaded machine (the race detector on two cores) can take past
// the defer timer and Discord's three seconds. Deferral and its deadline
// have tests of their own.
func slowHostSetup(s liveSetup) liveSetup {
	s.fake = append(s.fake, discordtest.WithInteractionDeadline(0))
	prev := s.options
	s.options = func(o *LiveOptions) {
		if prev != nil {
			prev(o)
		}
		o.DeferAfter = time.Hour
	}
	return s
}

// TestLiveHoldsFilesToTheLimit gives interactions a small
// attachment_size_limit: an export comes in several files within it,
// which together hold the rows of the whole export, and a chart over it
// is refused in words.
func TestLiveHoldsFilesToTheLimit(t *testing.T) {
	t.Parallel()
	const limit = 4096
	h := startLive(t, slowHostSetup(liveSetup{fake: []discordtest.Option{discordtest.WithAttachmentSizeLimit(limit)}}))
	for _, format := range []export.Format{export.CSV, export.JSON} {
		t.Run(string(format), func(t *testing.T) {
			_, r := h.callback(t, h.s.Slash("/iai export what:facts format:"+string(format)))
			files := r.Files()
			if len(files) < 2 || len(files) > maxFiles {
				t.Fatalf("%d files, want the export split in 2 to %d", len(files), maxFiles)
			}
			var parts []Attachment
			for i, f := range files {
				if len(f.Data) > limit {
					t.Errorf("%s is %d bytes, over the limit of %d", f.Name, len(f.Data), limit)
				}
				if want := "facts-" + strconv.Itoa(i+1) + "." + string(format); f.Name != want {
					t.Errorf("file %d is %s, want %s", i, f.Name, want)
				}
				parts = append(parts, Attachment{Name: f.Name, Data: f.Data})
			}
			whole, err := h.b.Export(exportFacts, format, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(readRows(t, format, exportFiles(whole)), readRows(t, format, parts)); diff != "" {
				t.Errorf("split files' rows (-whole +split):\n%s", diff)
			}
			m, err := r.Message()
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Embeds) == 0 {
				t.Fatalf("no embed in %s", r.JSON())
			}
			if d := m.Embeds[0].Description; !strings.Contains(d, "Split into") || !strings.Contains(d, "4 KiB") {
				t.Errorf("the reply does not say it was split to the limit: %q", d)
			}
		})
	}
	t.Run("chart", func(t *testing.T) {
		_, r := h.callback(t, h.s.Slash("/iai timeline as:chart"))
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Embeds) == 0 {
			t.Fatalf("a chart over the limit: no embed in %s", r.JSON())
		}
		if len(r.Files()) != 0 || m.Flags&discordgo.MessageFlagsEphemeral == 0 || m.Embeds[0].Title != "Too large to attach" {
			t.Errorf("a chart over the limit: %d files, flags %d, %+v", len(r.Files()), m.Flags, m.Embeds[0])
		}
	})
}

// TestEndpointAttachesFiles sends charts and exports through the HTTP
// endpoint, whose response body cannot carry files: it defers at once
// and the files come with the edit of the original response.
func TestEndpointAttachesFiles(t *testing.T) {
	h := startEndpoint(t, EndpointOptions{})
	for _, line := range fileLines {
		t.Run(line, func(t *testing.T) {
			inv, _ := ParseLine(line)
			reply := runLine(t, h.bot, line)
			want, err := json.Marshal(callbackPayload(reply.InteractionResponse()))
			if err != nil {
				t.Fatal(err)
			}
			in := h.interaction(slashFor(t, inv))
			start := time.Now()
			got := h.post(in)
			mustValidCallback(t, got)
			if string(got.body) != `{"type":5}` {
				t.Errorf("body %s, want a public deferral", got.body)
			}
			if d := time.Since(start); d > DefaultDeferAfter {
				t.Errorf("the deferral took %v: it must not wait for the defer timer", d)
			}
			checkEditedLikeTheConsole(t, h.fake, in.ID, want, reply.Files)
		})
	}
	t.Run("chart over the limit", func(t *testing.T) {
		in := h.interaction(slashFor(t, Invocation{Sub: "funding", Args: Args{"as": "chart"}}))
		raw, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw[:len(raw)-1], []byte(`,"attachment_size_limit":4096}`)...)
		got := mustValidCallback(t, h.postRaw(in, raw))
		if got.Type != discordgo.InteractionResponseChannelMessageWithSource || got.Data.Flags&discordgo.MessageFlagsEphemeral == 0 ||
			!strings.Contains(got.Data.Embeds[0]["description"].(string), "over the 4 KiB a file may be here") {
			t.Errorf("a chart over the interaction's limit: %+v", got)
		}
	})
	t.Run("attachment_size_limit", func(t *testing.T) {
		const limit = 4096
		in := h.interaction(slashFor(t, Invocation{Sub: "export", Args: Args{"what": "facts", "format": "csv"}}))
		raw, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw[:len(raw)-1], []byte(`,"attachment_size_limit":4096}`)...)
		if got := h.postRaw(in, raw); string(got.body) != `{"type":5}` {
			t.Fatalf("body %s, want a deferral", got.body)
		}
		edit, err := h.fake.WaitEdit(t.Context(), in.ID)
		if err != nil {
			t.Fatal(err)
		}
		files := edit.Files()
		if len(files) < 2 {
			t.Fatalf("%d files: the export was not split to the interaction's limit", len(files))
		}
		for _, f := range files {
			if len(f.Data) > limit {
				t.Errorf("%s is %d bytes, over the interaction's limit of %d", f.Name, len(f.Data), limit)
			}
		}
	})
}

// TestEndpointChartAfterDeferral makes the chart late: the endpoint has
// deferred in the body already, and the file comes with the edit.
func TestEndpointChartAfterDeferral(t *testing.T) {
	release := make(chan struct{})
	h := startEndpoint(t, EndpointOptions{DeferAfter: time.Millisecond}, gatedHandler(release))
	in := h.interaction(slashFor(t, Invocation{Sub: "timeline", Args: Args{"as": "chart"}}))
	if got := h.post(in); string(got.body) != `{"type":5}` {
		t.Fatalf("body %s, want a deferral", got.body)
	}
	close(release)
	reply := runLine(t, h.bot, "/iai timeline as:chart")
	want, _ := json.Marshal(callbackPayload(reply.InteractionResponse()))
	checkEditedLikeTheConsole(t, h.fake, in.ID, want, reply.Files)
	if err := h.ep.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestPayloadNamesFilesOnce checks the JSON the transports send with
// files: the attachments array is there once, at the message's level,
// and the rest is discordgo's own body.
func TestPayloadNamesFilesOnce(t *testing.T) {
	r := Reply{Content: "see the chart", Files: []Attachment{{Name: "a.png", ContentType: "image/png", Data: []byte("x")}, {Name: "b.csv", ContentType: "text/csv", Data: []byte("y")}}}
	b, err := json.Marshal(callbackPayload(r.InteractionResponse()))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":4,"data":{"tts":false,"content":"see the chart","components":[],"embeds":[],"allowed_mentions":{"parse":[],"replied_user":false},"attachments":[{"id":"0","filename":"a.png"},{"id":"1","filename":"b.csv"}]}}`
	if string(b) != want {
		t.Errorf("payload\n got %s\nwant %s", b, want)
	}
	for _, v := range []any{
		editWithFiles{webhookEdit(r.ResponseData()), attachmentRefs(r.ResponseData().Files)},
		followupWithFiles{webhookParams(r.ResponseData()), attachmentRefs(r.ResponseData().Files)},
	} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), `"attachments"`); n != 1 || !strings.Contains(string(b), `"attachments":[{"id":"0","filename":"a.png"},{"id":"1","filename":"b.csv"}]`) {
			t.Errorf("%T: %s", v, b)
		}
	}
	// An answer without files is sent as discordgo sends it.
	plain := Reply{Content: "hi"}.InteractionResponse()
	if callbackPayload(plain) != any(plain) {
		t.Error("a reply without files is not sent as it is")
	}
}

// TestReadAttachmentLimit reads the field discordgo drops.
func TestReadAttachmentLimit(t *testing.T) {
	for raw, want := range map[string]int64{
		`{"id":"1","attachment_size_limit":26214400}`: 26214400,
		`{"id":"1"}`:                     0,
		`{"attachment_size_limit":-5}`:   0,
		`{"attachment_size_limit":"10"}`: 10,
		`{"attachment_size_limit":1.5}`:  0,
		`not json`:                       0,
	} {
		if got := readAttachmentLimit([]byte(raw)); got != want {
			t.Errorf("readAttachmentLimit(%s) = %d, want %d", raw, got, want)
		}
	}
	ctx := context.Background()
	if got := attachmentLimit(withAttachmentLimit(ctx, 0)); got != DefaultAttachmentLimit {
		t.Errorf("no limit given: %d, want the default %d", got, DefaultAttachmentLimit)
	}
	if got := attachmentLimit(withAttachmentLimit(ctx, 1234)); got != 1234 {
		t.Errorf("limit 1234 read back as %d", got)
	}
}
