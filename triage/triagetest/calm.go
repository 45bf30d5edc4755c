package triagetest

import (
	"slices"
	"strings"
)

// Calm picks, of a question's buttons' data, the least worrying answer to
// triage's question ("no", an adult's age, days rather than hours, the
// mildest score), else the first answer; "" when none of them answers a
// question (the decision, or a step that asks nothing). The walks answer
// with it all that they do not mean to reveal.
func Calm(buttons []string) string {
	var values, data []string
	for _, d := range buttons {
		if i := strings.Index(d, ":t:a:"); i >= 0 {
			values = append(values, d[i+len(":t:a:"):])
			data = append(data, d)
		}
	}
	if len(values) == 0 {
		return ""
	}
	for _, calm := range []string{"no", "40to64y", "days", "3"} {
		if i := slices.Index(values, calm); i >= 0 {
			return data[i]
		}
	}
	return data[0]
}
