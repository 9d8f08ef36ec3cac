package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
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
func WriteJSON(w io.Writer, r Reply, isMessage bool) error {
	var v any
	if isMessage {
		v = r.MessageSend(nil)
	} else {
		v = r.InteractionResponse()
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode reply: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// RunLines answers each line in turn, writing text or JSON.
func (b *Bot) RunLines(ctx context.Context, lines []string, asJSON bool, w io.Writer) error {
	for _, l := range lines {
		r, isMsg, _ := b.HandleLine(ctx, l)
		var err error
		if asJSON {
			err = WriteJSON(w, r, isMsg)
		} else {
			fmt.Fprintf(w, "> %s\n", CleanArg(l))
			err = WriteText(w, r)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Console reads lines from in until EOF or ctx ends and answers each as
// text. With interactive set it prompts before each line.
func (b *Bot) Console(ctx context.Context, in io.Reader, out io.Writer, interactive bool) error {
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
	}
	return sc.Err()
}
