package bot

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestOverSentinel: the channel on a Redis reached through Sentinel (the
// intake's own reading client included) takes an update in and answers it.
func TestOverSentinel(t *testing.T) {
	r, _ := storetest.NewSentinelRedis(t)
	e := newEnvOn(t, telegramtest.NewServer(t), r.Client(), r.Key("tg"), &stub{})
	e.fake.PushText(alice, "hello")
	e.start(t)
	if sent := e.fake.WaitSent(t, alice.ID, 1); sent[0].Text != "echo: hello" {
		t.Errorf("sent %+v", sent)
	}
	e.idle(t)
}
