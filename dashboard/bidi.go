package dashboard

import (
	"html/template"
	"strings"
)

// isolate renders text someone else wrote (a patient's words, a note) so
// that it cannot rearrange what the clinician reads: the explicit bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
// dropped, so the text shows in the order it was written ("Trojan
// Source": an override can make "no chest pain" read otherwise), and the
// text sits in its own <bdi dir="auto">, so its direction cannot spill
// into the page around it. The implicit marks (LRM, RLM, ALM), which
// Arabic writers use, stay.
func isolate(s string) template.HTML {
	clean := strings.Map(func(r rune) rune {
		if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			return -1
		}
		return r
	}, s)
	return template.HTML(`<bdi dir="auto">` + template.HTMLEscapeString(clean) + `</bdi>`)
}

var funcs = template.FuncMap{"isolate": isolate, "part": part}

// part hands a shared part of a page (a template in a _*.html file) the
// page's words and its own data, as {{template "findings" (part $.L .Findings)}}:
// a template takes one value, and the part needs both.
func part(words, data any) map[string]any {
	return map[string]any{"L": words, "Data": data}
}
