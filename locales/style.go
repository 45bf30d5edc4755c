package locales

import (
	"fmt"
	"strings"
)

// StyleSheet is the CSS the web pages add for languages that need their
// own fonts or line height (:lang rules, so a section in Urdu inside an
// English page is set right too). It is generated from the language list:
// a new language's font needs no edit of the pages' style sheets.
func StyleSheet() []byte {
	var b strings.Builder
	b.WriteString("/* Generated from locales.All(): fonts and spacing per language. */\n")
	for _, l := range all {
		if l.Fonts == "" && !l.Tall {
			continue
		}
		fmt.Fprintf(&b, ":lang(%s) {", l.Code)
		if l.Fonts != "" {
			fmt.Fprintf(&b, " font-family: %s;", l.Fonts)
		}
		if l.Tall {
			b.WriteString(" line-height: 2;")
		}
		b.WriteString(" }\n")
	}
	return []byte(b.String())
}
