package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// Redacted stands in for a secret in logs.
const Redacted = "[REDACTED]"

// minSecretLen is the shortest value treated as a secret: replacing every
// "ab" in the logs would garble them and protect nothing, as no real token
// or key is that short.
const minSecretLen = 8

// NewRedactHandler wraps h so that the secrets (a bot token, say) never
// reach it: every occurrence in a record's message, attribute keys and
// values, groups, attributes added with With, errors and values printed
// with %+v, including panic values and stacks logged by the recoverers,
// becomes [Redacted]. Secrets shorter than eight bytes are ignored.
func NewRedactHandler(h slog.Handler, secrets ...string) slog.Handler {
	var pairs []string
	for _, s := range secrets {
		if len(s) >= minSecretLen {
			pairs = append(pairs, s, Redacted)
		}
	}
	if len(pairs) == 0 {
		return h
	}
	return &redactHandler{next: h, r: strings.NewReplacer(pairs...)}
}

// redactHandler is the handler [NewRedactHandler] returns.
type redactHandler struct {
	next slog.Handler
	r    *strings.Replacer
}

// Enabled defers to the wrapped handler: redaction never changes what is
// logged, only what it says.
func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

// Handle passes on a copy of rec, since a Record may share its attributes
// with other copies and must not be changed in place.
func (h *redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, h.r.Replace(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs redacts the attributes once, here, rather than on every
// record that carries them.
func (h *redactHandler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = h.attr(a)
	}
	return &redactHandler{next: h.next.WithAttrs(clean), r: h.r}
}

// WithGroup redacts the group's name too: a secret could be anywhere a
// caller puts text.
func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{next: h.next.WithGroup(h.r.Replace(name)), r: h.r}
}

// attr returns a with secrets replaced. Values that are not strings are
// printed to look for secrets, and become strings only when they held one,
// so structured values keep their shape in the common case.
func (h *redactHandler) attr(a slog.Attr) slog.Attr {
	a.Key = h.r.Replace(a.Key)
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(h.r.Replace(v.String()))
	case slog.KindGroup:
		g := v.Group()
		clean := make([]slog.Attr, len(g))
		for i, m := range g {
			clean[i] = h.attr(m)
		}
		a.Value = slog.GroupValue(clean...)
	case slog.KindAny:
		var s string
		switch x := v.Any().(type) {
		case error:
			s = x.Error()
		case []byte:
			s = string(x)
		default:
			s = fmt.Sprintf("%+v", x)
		}
		if r := h.r.Replace(s); r != s {
			a.Value = slog.StringValue(r)
		} else {
			a.Value = v
		}
	default:
		a.Value = v
	}
	return a
}
