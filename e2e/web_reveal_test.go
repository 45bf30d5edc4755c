package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/triage/triagetest"
	"github.com/frontdoor-health/frontdoor/webchat"
)

// TestEmergencyRevealedByAnswerWebChat walks each family through the web
// chat's HTTP API: the first message is not an emergency, and the
// emergency advice is the first reply to the revealing answer.
func TestEmergencyRevealedByAnswerWebChat(t *testing.T) {
	t.Parallel()
	st := newWebStack(t)
	rules := mustRules(t)
	// Every walk comes from 127.0.0.1: room for all of them at once.
	s, ts := st.process(t, func(s *webchat.Server) {
		s.Limits = webchat.DefaultLimits()
		s.Limits.StartPerAddress.Burst, s.Limits.SendPerAddress.Burst = 100, 1000
	})
	for _, w := range triagetest.Reveals {
		t.Run(w.Name, func(t *testing.T) {
			t.Parallel()
			l := w.Lang
			advice := st.t(l, "triage_advice_emergency")
			prompts := map[string]bool{}
			for _, id := range w.Yes {
				q, _ := rules.Question(id)
				prompts[st.t(l, q.PromptID)] = true
			}
			c, _ := st.atTriage(t, ts, l, l)
			send := c.send
			got := send(w.Words, "")
			if strings.HasPrefix(got[0].Text, advice) {
				t.Fatalf("%q is an emergency from the words alone", w.Words)
			}
			revealed := false
			for i := 0; i < 15 && !revealed; i++ {
				q := got[len(got)-1]
				data := calmAnswer(q)
				if data == "" {
					break
				}
				yes := prompts[q.Text]
				if yes {
					data = strings.TrimSuffix(data, data[strings.LastIndex(data, ":")+1:]) + "yes"
				}
				got = send("", data)
				revealed = strings.HasPrefix(got[0].Text, advice)
				if revealed && !yes {
					t.Errorf("the emergency advice came after a calm answer to %q", q.Text)
				}
			}
			if !revealed {
				t.Fatalf("no emergency advice after answering yes to %v", w.Yes)
			}
			var urgency string
			err := st.pg.Pool().QueryRow(context.Background(),
				`SELECT urgency FROM cases WHERE starts_with(source, $1) ORDER BY id DESC LIMIT 1`,
				"web:"+c.conv(s)+"/").Scan(&urgency)
			if err != nil || urgency != string(triage.Emergency) {
				t.Errorf("case urgency %q, %v; want emergency", urgency, err)
			}
		})
	}
}
