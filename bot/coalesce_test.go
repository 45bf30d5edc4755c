package bot

import (
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

func TestCoalesce(t *testing.T) {
	btn := [][]dialogs.Button{{{Label: "OK", Data: "1:o:ok"}}}
	doc := &dialogs.Document{Name: "appointment.ics", Data: []byte("x")}
	none := func(int) bool { return false }
	for _, tc := range []struct {
		name    string
		replies []dialogs.Reply
		done    func(int) bool
		turns   int
		want    []string // texts of the messages, "|" for a group's file
	}{
		{"enough turns: as written", []dialogs.Reply{{Text: "a"}, {Text: "b", Buttons: btn}}, none, 2, []string{"a", "b"}},
		{"advice joins the question, first", []dialogs.Reply{{Text: "advice"}, {Text: "q", Buttons: btn}}, none, 1, []string{"advice\n\nq"}},
		{"a question keeps its own buttons", []dialogs.Reply{{Text: "q1", Buttons: btn}, {Text: "q2", Buttons: btn}}, none, 1, []string{"q1", "q2"}},
		{"a file takes the next text as caption", []dialogs.Reply{{Text: "done", Buttons: btn}, {Text: "cal", Document: doc}, {Text: "menu", Buttons: btn}}, none, 1,
			[]string{"done", "cal\n\nmenu|"}},
		{"a caption too long stays apart", []dialogs.Reply{{Text: "cal", Document: doc}, {Text: strings.Repeat("x", 1100), Buttons: btn}}, none, 1,
			[]string{"cal|", strings.Repeat("x", 1100)}},
		{"sent replies stay alone", []dialogs.Reply{{Text: "a"}, {Text: "b"}, {Text: "c", Buttons: btn}}, func(i int) bool { return i == 0 }, 1,
			[]string{"a", "b\n\nc"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, g := range coalesce(tc.replies, tc.done, tc.turns) {
				s := g.reply.Text
				if g.reply.Document != nil {
					s += "|"
				}
				got = append(got, s)
				if g.to == len(tc.replies)-1 && len(tc.replies[g.to].Buttons) > 0 && len(g.reply.Buttons) == 0 {
					t.Errorf("the last reply's buttons were lost")
				}
			}
			if strings.Join(got, "¶") != strings.Join(tc.want, "¶") {
				t.Errorf("coalesce = %q, want %q", got, tc.want)
			}
		})
	}
}
