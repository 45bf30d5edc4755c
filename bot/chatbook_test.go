package bot

import (
	"context"
	"testing"
	"time"
)

func TestChatBookCountsTurnsAsRedisDoes(t *testing.T) {
	var b chatBook
	now := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	if _, ok := b.turns(7, time.Second, 3, now); ok {
		t.Fatal("a chat never booked is known")
	}
	b.booked(7, 2*time.Second, now) // two turns taken just now
	for _, tc := range []struct {
		name  string
		after time.Duration
		want  int
	}{
		{"at once", 0, 1},
		{"a turn later", time.Second, 2},
		{"all back", 5 * time.Second, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if n, ok := b.turns(7, time.Second, 3, now.Add(tc.after)); !ok || n != tc.want {
				t.Errorf("turns = %d, %v; want %d", n, ok, tc.want)
			}
		})
	}
	if _, ok := b.turns(7, time.Second, 3, now.Add(chatBookFor+time.Second)); ok {
		t.Error("the book is trusted after chatBookFor")
	}
	b.forget(7)
	if _, ok := b.turns(7, time.Second, 3, now); ok {
		t.Error("a forgotten chat is known")
	}
}

// What the process books as it takes turns matches what Redis would say,
// so the round trip it saves asks nothing the book does not know.
func TestChatBookAgreesWithTheSchedule(t *testing.T) {
	e := newEnv(t, &stub{}, func(c *Config) { c.Limits = Limits{Global: 1000, Bulk: 500, PerChat: 1} })
	ctx := context.Background()
	const chat = 4242
	tu := turn{chatKey: e.tg.chatRateKey(chat), chatInterval: time.Second, chatBurst: 3 - chatMargin, chatID: chat}
	for i := range 2 {
		if ok, _, err := e.tg.takeTurn(ctx, tu, -1); err != nil || !ok {
			t.Fatalf("turn %d: %v, %v", i, ok, err)
		}
	}
	local, ok := e.tg.chats.turns(chat, time.Second, 3, time.Now())
	if !ok {
		t.Fatal("the book does not know the chat it just took turns in")
	}
	e.tg.chats.forget(chat)
	remote := e.tg.turns(ctx, chat)
	if local != remote || local != 1 {
		t.Errorf("the book says %d turns, Redis %d; want 1 both", local, remote)
	}
}
