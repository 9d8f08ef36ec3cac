package bot

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// WriteText renders a reply as plain text, the way the console shows it.
func WriteText(w io.Writer, r Reply) error {
	r = r.fit()
	var b strings.Builder
	if r.Ephemeral {
		b.WriteString("(only you can see this)\n")
	}
	if r.Content != "" {
		b.WriteString(r.Content + "\n")
	}
	for _, e := range r.Embeds {
		if e.Author != nil && e.Author.Name != "" {
			b.WriteString(e.Author.Name + "\n")
		}
		if e.Title != "" {
			b.WriteString("## " + unescape(e.Title) + "\n")
		}
		if e.Description != "" {
			b.WriteString(unescape(e.Description) + "\n")
		}
		if e.Image != nil {
			b.WriteString("[image: " + strings.TrimPrefix(e.Image.URL, "attachment://") + "]\n")
		}
		for _, f := range e.Fields {
			b.WriteString("\n" + unescape(f.Name) + ":\n" + indent(unescape(f.Value)) + "\n")
		}
		if e.Footer != nil && e.Footer.Text != "" {
			b.WriteString("-- " + e.Footer.Text + "\n")
		}
	}
	for _, row := range r.Components {
		ar, ok := row.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		var labels []string
		for _, c := range ar.Components {
			if btn, ok := c.(discordgo.Button); ok {
				l := "[" + btn.Label + "]"
				if btn.Disabled {
					l = "(" + btn.Label + ")"
				}
				labels = append(labels, l)
			}
		}
		b.WriteString(strings.Join(labels, " ") + "\n")
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// unescape undoes Escape for terminal display.
func unescape(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		if r == '\u200b' {
			continue
		}
		if !esc && r == '\\' {
			esc = true
			continue
		}
		esc = false
		b.WriteRune(r)
	}
	return b.String()
}

// WriteJSON writes the body the bot would POST for a line: the interaction
// callback for a slash command, the create-message body for a message.
// For a reply with files it is the payload_json part, whose attachments
// array names them.
func WriteJSON(w io.Writer, r Reply, isMessage bool) error {
	var v any
	if isMessage {
		v = r.MessageSend(nil)
	} else {
		v = callbackPayload(r.InteractionResponse())
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode reply: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// RunLines answers each line in turn, writing text or JSON, and gives the
// files a reply carries to files, unless it is nil.
func (b *Bot) RunLines(ctx context.Context, lines []string, asJSON bool, w io.Writer, files *Outbox) error {
	for _, l := range lines {
		r, isMsg, _ := b.HandleLine(ctx, l)
		var err error
		if asJSON {
			err = WriteJSON(w, r, isMsg)
		} else {
			fmt.Fprintf(w, "> %s\n", CleanArg(l))
			err = WriteText(w, r)
		}
		if err == nil {
			err = files.Save(r)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Outbox is where the console and iaibot query put the files a reply
// carries, a chart or an export, since a terminal cannot show them.
type Outbox struct {
	Dir string    // where files go; "" makes a new temporary directory at the first file
	Log io.Writer // gets a line for each file: "wrote DIR/timeline.png (800×472 PNG)"; nil for none
}

// Save writes r's files into o.Dir, replacing files of the same name, and
// says where each went. A nil Outbox writes nothing.
func (o *Outbox) Save(r Reply) error {
	if o == nil || len(r.Files) == 0 {
		return nil
	}
	if o.Dir == "" {
		dir, err := os.MkdirTemp("", "iaibot-")
		if err != nil {
			return fmt.Errorf("make a directory for the files: %w", err)
		}
		o.Dir = dir
	} else if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return fmt.Errorf("make a directory for the files: %w", err)
	}
	for _, f := range r.Files {
		path := filepath.Join(o.Dir, filepath.Base(f.Name))
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.Name, err)
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "wrote %s (%s)\n", path, describeFile(f))
		}
	}
	return nil
}

// describeFile says what a file is in a few words: a PNG's size in
// pixels, which stays the same from one build to the next, or how many
// bytes a data file has.
func describeFile(f Attachment) string {
	if cfg, err := png.DecodeConfig(bytes.NewReader(f.Data)); err == nil {
		return fmt.Sprintf("%d×%d PNG", cfg.Width, cfg.Height)
	}
	return plural(len(f.Data), "byte")
}

// Console reads lines from in until EOF or ctx ends and answers each as
// text, giving the files a reply carries to files. With interactive set
// it prompts before each line.
func (b *Bot) Console(ctx context.Context, in io.Reader, out io.Writer, interactive bool, files *Outbox) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if interactive {
		fmt.Fprintln(out, "iaibot console: type /iai help, or a question. Ctrl-D quits.")
	}
	for {
		if interactive {
			fmt.Fprint(out, "iai> ")
		}
		if !sc.Scan() {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		line := sc.Text()
		if strings.TrimSpace(line) == "" && !interactive {
			continue
		}
		r, _, _ := b.HandleLine(ctx, line)
		if err := WriteText(out, r); err != nil {
			return err
		}
		if err := files.Save(r); err != nil {
			return err
		}
	}
	return sc.Err()
}
