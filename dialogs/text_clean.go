package dialogs

import "strings"

// CleanText returns typed text without what no patient types and what
// breaks storage or display: control characters (C0 except tab and line
// feed, DEL, C1) are dropped, CR LF and CR become LF, and invalid UTF-8
// becomes U+FFFD. Bidirectional formatting characters stay (Arabic
// writers use them); pages that show the text isolate it. PostgreSQL
// refuses a NUL in text, so without this a NUL after a red flag lost the
// emergency's case.
func CleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case isControl(r):
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r <= 0x9f)
}
