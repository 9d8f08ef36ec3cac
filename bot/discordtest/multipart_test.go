package discordtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// tinyPNG is a real 3×2 PNG.
func tinyPNG(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// part is one part of a multipart body built by hand, so that a test can
// build what discordgo never would.
type part struct {
	field, filename, contentType string
	data                         []byte
}

func multipartBody(t *testing.T, parts ...part) (contentType string, body []byte) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		disp := fmt.Sprintf(`form-data; name=%q`, p.field)
		if p.filename != "" {
			disp += fmt.Sprintf(`; filename=%q`, p.filename)
		}
		h.Set("Content-Disposition", disp)
		if p.contentType != "" {
			h.Set("Content-Type", p.contentType)
		}
		pw, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		pw.Write(p.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), buf.Bytes()
}

// chartReply is a callback with one image, as the bot sends a chart.
func chartReply(image string, attachments ...map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{
		"type": 4,
		"data": map[string]any{
			"embeds":           []any{map[string]any{"title": "Timeline", "image": map[string]any{"url": image}}},
			"allowed_mentions": map[string]any{"parse": []any{}},
			"attachments":      attachments,
		},
	})
	return b
}

func ref(id, filename string) map[string]any { return map[string]any{"id": id, "filename": filename} }

// TestMultipartBodies sends callbacks with files to the fake as Discord
// takes them, and as it refuses them: each refusal fails the test with a
// reason and answers the bot with Discord's status and code.
func TestMultipartBodies(t *testing.T) {
	t.Parallel()
	pic := tinyPNG(t)
	payload := func(b []byte) part { return part{"payload_json", "", "application/json", b} }
	chart := part{"files[0]", "chart.png", "image/png", pic}
	for _, tt := range []struct {
		name       string
		parts      []part
		status     int
		code       int
		report     string // "" for an accepted body
		attachment bool   // the stored message has chart.png
	}{
		{name: "a chart", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), chart}, status: 204, attachment: true},
		{name: "files before payload_json", parts: []part{chart, payload(chartReply("attachment://chart.png", ref("0", "chart.png")))}, status: 204, attachment: true},
		{name: "no payload_json", parts: []part{chart}, status: 400, code: 50035, report: "without payload_json"},
		{name: "payload_json not JSON", parts: []part{payload([]byte("{")), chart}, status: 400, code: 50035, report: "not JSON"},
		{name: "unknown part", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), {"file", "chart.png", "image/png", pic}}, status: 400, code: 50035, report: `part "file"`},
		{name: "eleventh file", parts: []part{payload(chartReply("attachment://chart.png", ref("10", "chart.png"))), {"files[10]", "chart.png", "image/png", pic}}, status: 400, code: 50035, report: `part "files[10]"`},
		{name: "file twice", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), chart, chart}, status: 400, code: 50035, report: "two files[0] parts"},
		{name: "no filename", parts: []part{payload(chartReply("", ref("0", "chart.png"))), {"files[0]", "", "image/png", pic}}, status: 400, code: 50035, report: "no filename"},
		{name: "unlisted file", parts: []part{payload(chartReply("attachment://chart.png", ref("1", "b.png"))), chart, {"files[1]", "b.png", "image/png", pic}}, status: 400, code: 50035, report: "does not list files[0]"},
		{name: "no attachments array", parts: []part{payload(chartReply("attachment://chart.png")), chart}, status: 204, attachment: true},
		{name: "listed file missing", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"), ref("1", "b.png"))), chart}, status: 400, code: 50035, report: "names files[1]"},
		{name: "renamed upload", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "other.png"))), chart}, status: 400, code: 50035, report: "would name neither"},
		{name: "image of another name", parts: []part{payload(chartReply("attachment://timeline.png", ref("0", "chart.png"))), chart}, status: 400, code: 50035, report: "names no file"},
		{name: "no content type", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), {"files[0]", "chart.png", "", pic}}, status: 400, code: 50035, report: "no Content-Type"},
		{name: "wrong content type", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), {"files[0]", "chart.png", "text/plain", pic}}, status: 400, code: 50035, report: "want image/png"},
		{name: "not a PNG", parts: []part{payload(chartReply("attachment://chart.png", ref("0", "chart.png"))), {"files[0]", "chart.png", "image/png", []byte("GIF89a")}}, status: 400, code: 50035, report: "not a PNG"},
		{name: "bad JSON file", parts: []part{payload(chartReply("", ref("0", "facts.json"))), {"files[0]", "facts.json", "application/json", []byte("[{")}}, status: 400, code: 50035, report: "not JSON"},
		{name: "CSV not UTF-8", parts: []part{payload(chartReply("", ref("0", "facts.csv"))), {"files[0]", "facts.csv", "text/csv; charset=utf-8", []byte("a,\xff\n")}}, status: 400, code: 50035, report: "not UTF-8"},
		{name: "over the size limit", parts: []part{payload(chartReply("", ref("0", "facts.csv"))), {"files[0]", "facts.csv", "text/csv", bytes.Repeat([]byte("a"), 2049)}}, status: 413, code: 40005, report: "over the attachment_size_limit of 2048"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{TB: t}
			s := New(rec, WithAttachmentSizeLimit(2048))
			id := s.DispatchInteraction(SlashCommand("timeline"))
			ct, body := multipartBody(t, tt.parts...)
			resp, err := http.Post(s.URL()+apiPrefix+"/interactions/"+id+"/fake-token-"+id+"/callback", ct, bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			answer, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tt.status, answer)
			}
			var e struct{ Code int }
			json.Unmarshal(answer, &e)
			if e.Code != tt.code {
				t.Errorf("code %d, want %d: %s", e.Code, tt.code, answer)
			}
			got := rec.reported()
			if tt.report == "" && got != "" || !strings.Contains(got, tt.report) {
				t.Errorf("reported %q, want %q", got, tt.report)
			}
			if !tt.attachment {
				return
			}
			// Discord's message has the upload under an id of its own,
			// with the image's size.
			r, err := s.WaitCallback(t.Context(), id)
			if err != nil {
				t.Fatal(err)
			}
			if files := r.Files(); len(files) != 1 || files[0].Name != "chart.png" || !bytes.Equal(files[0].Data, pic) {
				t.Errorf("Request.Files() = %+v", files)
			}
			if err := ValidateInteractionCallbackFiles(r.JSON(), r.Files()); err != nil {
				t.Errorf("ValidateInteractionCallbackFiles: %v", err)
			}
			s.mu.Lock()
			stored := s.interactions[id].original["attachments"]
			s.mu.Unlock()
			var atts []discordgo.MessageAttachment
			if err := json.Unmarshal(stored, &atts); err != nil || len(atts) != 1 {
				t.Fatalf("stored attachments %s: %v", stored, err)
			}
			if a := atts[0]; a.Filename != "chart.png" || a.Width != 3 || a.Height != 2 || a.Size != len(pic) || a.ID == "0" || !strings.HasSuffix(a.URL, "/chart.png") {
				t.Errorf("stored attachment %+v", a)
			}
		})
	}
}

// TestInteractionsCarryTheirAttachmentLimit checks the dispatched JSON has
// the attachment_size_limit Discord sends, which discordgo drops.
func TestInteractionsCarryTheirAttachmentLimit(t *testing.T) {
	for _, limit := range []int64{DefaultAttachmentSizeLimit, 25 << 20} {
		in := SlashCommand("export").Interaction
		in.ID, in.Token = "1", "t"
		raw, err := marshalInteraction(&in, limit)
		if err != nil {
			t.Fatal(err)
		}
		var v struct {
			Limit int64 `json:"attachment_size_limit"`
			Data  struct{ Name string }
		}
		if err := json.Unmarshal(raw, &v); err != nil || v.Limit != limit || v.Data.Name != "export" {
			t.Errorf("limit %d: %s (%v)", limit, raw, err)
		}
	}
}

// TestEditWithFilesKeepsAndAdds checks the stored message after a PATCH
// of @original that keeps nothing and uploads a file, as a deferred chart
// is completed.
func TestEditWithFilesKeepsAndAdds(t *testing.T) {
	t.Parallel()
	s := New(t, WithInteractionDeadline(time.Minute))
	id := s.DispatchInteraction(SlashCommand("funding"))
	token := "fake-token-" + id
	resp, err := http.Post(s.URL()+apiPrefix+"/interactions/"+id+"/"+token+"/callback", "application/json", strings.NewReader(`{"type":5}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	edit, _ := json.Marshal(map[string]any{
		"embeds":           []any{map[string]any{"title": "Funding", "image": map[string]any{"url": "attachment://funding.png"}}},
		"allowed_mentions": map[string]any{"parse": []any{}},
		"attachments":      []any{ref("0", "funding.png")},
	})
	ct, body := multipartBody(t, part{"payload_json", "", "application/json", edit}, part{"files[0]", "funding.png", "image/png", tinyPNG(t)})
	req, _ := http.NewRequest(http.MethodPatch, s.URL()+apiPrefix+"/webhooks/"+s.AppID()+"/"+token+"/messages/@original", bytes.NewReader(body))
	req.Header.Set("Content-Type", ct)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var m discordgo.Message
	json.NewDecoder(resp.Body).Decode(&m)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || len(m.Attachments) != 1 || m.Attachments[0].Filename != "funding.png" || m.Flags&flagLoading != 0 {
		t.Errorf("status %d, message %+v", resp.StatusCode, m)
	}
	r, err := s.WaitEdit(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if err := ValidateWebhookEditFiles(r.JSON(), r.Files()); err != nil {
		t.Error(err)
	}
}
