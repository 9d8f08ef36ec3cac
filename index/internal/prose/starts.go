package prose

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// StartRE finds what a regexp finds, trying it only at the bytes a match
// can start with. Go's regexp tries a pattern that starts with no literal
// text at every byte; extraction's patterns start with a word from a list
// or a capital, which few places in a passage hold, and trying them only
// there finds the same matches in a fraction of the time.
type StartRE struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // ^(?:re): a match starting at the start of the text given
	after    *regexp.Regexp // ^(?s:.)(?:re): one starting after the first character, which \b sees
	starts   [256]bool      // the bytes a match can start with; nil anchored if unknown
	boundary bool           // every match starts at a \b
}

// NewStartRE wraps re. A pattern whose first bytes it cannot tell, that
// can match empty text or that holds ^, is searched as re would search it.
func NewStartRE(re *regexp.Regexp) *StartRE {
	s := &StartRE{re: re}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil || hasBegin(tree) {
		return s
	}
	f := firstBytes(tree)
	if f.nullable || !f.known {
		return s
	}
	// A pattern that may start with an invalid byte, read as U+FFFD,
	// might start in the middle of a character as the bytes are walked.
	for c := 0x80; c < 0xC0; c++ {
		if f.bytes[c] {
			return s
		}
	}
	s.starts = f.bytes
	s.boundary = startsWithBoundary(tree)
	s.anchored = regexp.MustCompile(`^(?:` + re.String() + `)`)
	s.after = regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`)
	return s
}

// String is the pattern's source.
func (s *StartRE) String() string { return s.re.String() }

// FindAllStringSubmatchIndex is re.FindAllStringSubmatchIndex.
func (s *StartRE) FindAllStringSubmatchIndex(t string, n int) [][]int {
	if s.anchored == nil {
		return s.re.FindAllStringSubmatchIndex(t, n)
	}
	var out [][]int
	for i := 0; i < len(t) && (n < 0 || len(out) < n); {
		m := s.next(t, i)
		if m == nil {
			break
		}
		out = append(out, m)
		i = m[1] // matches are never empty
	}
	return out
}

// FindAllStringIndex is re.FindAllStringIndex.
func (s *StartRE) FindAllStringIndex(t string, n int) [][]int {
	ms := s.FindAllStringSubmatchIndex(t, n)
	for i, m := range ms {
		ms[i] = m[:2]
	}
	return ms
}

// FindAllString is re.FindAllString.
func (s *StartRE) FindAllString(t string, n int) []string {
	var out []string
	for _, m := range s.FindAllStringSubmatchIndex(t, n) {
		out = append(out, t[m[0]:m[1]])
	}
	return out
}

// FindAllStringSubmatch is re.FindAllStringSubmatch.
func (s *StartRE) FindAllStringSubmatch(t string, n int) [][]string {
	var out [][]string
	for _, m := range s.FindAllStringSubmatchIndex(t, n) {
		out = append(out, submatches(t, m))
	}
	return out
}

// FindStringSubmatchIndex is re.FindStringSubmatchIndex.
func (s *StartRE) FindStringSubmatchIndex(t string) []int {
	if s.anchored == nil {
		return s.re.FindStringSubmatchIndex(t)
	}
	return s.next(t, 0)
}

// FindStringSubmatch is re.FindStringSubmatch.
func (s *StartRE) FindStringSubmatch(t string) []string {
	m := s.FindStringSubmatchIndex(t)
	if m == nil {
		return nil
	}
	return submatches(t, m)
}

// FindStringIndex is re.FindStringIndex.
func (s *StartRE) FindStringIndex(t string) []int {
	m := s.FindStringSubmatchIndex(t)
	if m == nil {
		return nil
	}
	return m[:2]
}

// FindString is re.FindString.
func (s *StartRE) FindString(t string) string {
	m := s.FindStringIndex(t)
	if m == nil {
		return ""
	}
	return t[m[0]:m[1]]
}

// MatchString is re.MatchString.
func (s *StartRE) MatchString(t string) bool { return s.FindStringIndex(t) != nil }

func submatches(t string, m []int) []string {
	out := make([]string, len(m)/2)
	for k := range out {
		if m[2*k] >= 0 {
			out[k] = t[m[2*k]:m[2*k+1]]
		}
	}
	return out
}

// next finds the leftmost match that starts at from or after it.
func (s *StartRE) next(t string, from int) []int {
	for i := from; i < len(t); i++ {
		c := t[i]
		if !s.starts[c] {
			continue
		}
		prevWord := i > 0 && isWordByte(t[i-1])
		if s.boundary && prevWord == isWordByte(c) {
			continue
		}
		var m []int
		shift := i
		if i == 0 {
			m = s.anchored.FindStringSubmatchIndex(t)
		} else {
			// From one byte before, so that \b and \B see the
			// character before; a match is only ever tried at the start
			// of a character, so the byte before ends one.
			m = s.after.FindStringSubmatchIndex(t[i-1:])
			shift = i - 1
		}
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += shift
			}
		}
		m[0] = i
		return m
	}
	return nil
}

// isWordByte is an ASCII word character, as \b counts them; a byte of a
// longer UTF-8 character is none.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// first is what a pattern's first byte can be.
type first struct {
	bytes    [256]bool
	nullable bool // it can match empty text
	known    bool
}

func firstBytes(re *syntax.Regexp) first {
	var f first
	f.known = true
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		f.nullable = true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			f.nullable = true
			break
		}
		r := re.Rune[0]
		addRune(&f.bytes, r)
		if re.Flags&syntax.FoldCase != 0 {
			for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
				addRune(&f.bytes, o)
			}
		}
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				f.bytes[r] = true
			}
			if hi >= utf8.RuneSelf {
				// Lead bytes grow with the code point.
				a, b := leadByte(max(lo, utf8.RuneSelf)), leadByte(min(hi, unicode.MaxRune))
				for c := int(a); c <= int(b); c++ {
					f.bytes[c] = true
				}
				// An invalid byte reads as U+FFFD.
				if lo <= utf8.RuneError && utf8.RuneError <= hi {
					for c := 0x80; c < 0x100; c++ {
						f.bytes[c] = true
					}
				}
			}
		}
	case syntax.OpCapture:
		return firstBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f = firstBytes(re.Sub[0])
		f.nullable = true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0])
	case syntax.OpRepeat:
		f = firstBytes(re.Sub[0])
		if re.Min == 0 {
			f.nullable = true
		}
	case syntax.OpConcat:
		f.nullable = true
		for _, sub := range re.Sub {
			g := firstBytes(sub)
			f.known = f.known && g.known
			for c, ok := range g.bytes {
				f.bytes[c] = f.bytes[c] || ok
			}
			if !g.nullable {
				f.nullable = false
				break
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			g := firstBytes(sub)
			f.known = f.known && g.known
			f.nullable = f.nullable || g.nullable
			for c, ok := range g.bytes {
				f.bytes[c] = f.bytes[c] || ok
			}
		}
	default: // any character: no use
		f.known = false
	}
	return f
}

func addRune(b *[256]bool, r rune) {
	if r < utf8.RuneSelf {
		b[r] = true
		return
	}
	b[leadByte(r)] = true
	if r == utf8.RuneError {
		for c := 0x80; c < 0x100; c++ {
			b[c] = true
		}
	}
}

func leadByte(r rune) byte {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	return buf[0]
}

// hasBegin reports whether re holds ^ or \A, which a match tried from the
// middle of a text would read wrongly.
func hasBegin(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if hasBegin(sub) {
			return true
		}
	}
	return false
}

// startsWithBoundary reports whether every match of re starts at a \b.
func startsWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return startsWithBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && startsWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !startsWithBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}
