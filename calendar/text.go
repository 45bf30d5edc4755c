package calendar

import (
	"strings"
	"unicode/utf8"
)

// escape encodes s as an RFC 5545 TEXT value: backslash, semicolon and comma
// are escaped, every line break (CRLF, LF or CR) becomes \n, other control
// characters but tab are dropped, and invalid UTF-8 becomes U+FFFD.
func escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteByte(c)
		default:
			if c < ' ' || c == 0x7f {
				continue
			}
			b.WriteByte(c) // bytes of multi-byte characters pass unchanged
		}
	}
	return b.String()
}

// maxLine is the longest a content line may be, in octets, before its CRLF.
const maxLine = 75

// fold splits a content line into lines of at most 75 octets, each
// continuation starting with a space (which counts), ending every line with
// CRLF. It never cuts inside a UTF-8 character, so each physical line is
// valid UTF-8 on its own.
func fold(line string) string {
	var b strings.Builder
	b.Grow(len(line) + len(line)/maxLine*3 + 2)
	limit := maxLine
	for len(line) > limit {
		cut := limit
		for !utf8.RuneStart(line[cut]) {
			cut-- // at most 3 steps: a UTF-8 character is at most 4 octets
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLine - 1
	}
	b.WriteString(line)
	b.WriteString("\r\n")
	return b.String()
}
