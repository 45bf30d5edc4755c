package telegramtest

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Patient is one simulated person walking a conversation through a bot in
// webhook mode: it delivers their updates in order, one at a time, and
// reads the bot's answers from the fake. Not safe for concurrent use (a
// person does one thing at a time).
type Patient struct {
	User User
	Fake *Server
	Hook *Webhook
	seen int // messages of the chat already read
	// Sent is when the last update was delivered (200), for latency.
	Sent time.Time
}

// NewPatient returns a patient with no messages read.
func NewPatient(u User, fake *Server, hook *Webhook) *Patient {
	return &Patient{User: u, Fake: fake, Hook: hook}
}

// Say delivers the patient typing text and returns its update_id.
func (p *Patient) Say(ctx context.Context, text string) (int64, error) {
	return p.deliver(ctx, p.Fake.TextUpdate(p.User, text))
}

// Press delivers the patient pressing the button of m whose callback data
// ends with suffix (":o:agree") and returns its update_id; an error when m
// has no such button.
func (p *Patient) Press(ctx context.Context, m Message, suffix string) (int64, error) {
	data := ButtonData(m, suffix)
	if data == "" {
		var have []string
		for _, row := range m.Buttons() {
			for _, b := range row {
				have = append(have, b.CallbackData)
			}
		}
		return 0, fmt.Errorf("telegramtest: message %d of chat %d has no button ending %q (it has %q)", m.ID, p.User.ID, suffix, have)
	}
	return p.deliver(ctx, p.Fake.CallbackUpdate(p.User, m.ID, data))
}

// PressData delivers a press of data on message id (data need not be on
// any button) and returns its update_id.
func (p *Patient) PressData(ctx context.Context, id int, data string) (int64, error) {
	return p.deliver(ctx, p.Fake.CallbackUpdate(p.User, id, data))
}

func (p *Patient) deliver(ctx context.Context, update map[string]any) (int64, error) {
	id := p.Fake.NextUpdateID()
	update["update_id"] = id
	if _, err := p.Hook.Deliver(ctx, update); err != nil {
		return id, err
	}
	p.Sent = time.Now()
	return id, nil
}

// Next waits for the next message not read yet and returns it.
func (p *Patient) Next(ctx context.Context) (Message, error) {
	ms, err := p.Fake.NextMessages(ctx, p.User.ID, p.seen)
	if err != nil {
		return Message{}, fmt.Errorf("telegramtest: chat %d: waiting for message %d: %w", p.User.ID, p.seen+1, err)
	}
	p.seen++
	return ms[0], nil
}

// UntilButtons reads messages until one carries a keyboard (a question)
// and returns every message read; the question is the last.
func (p *Patient) UntilButtons(ctx context.Context) ([]Message, error) {
	var out []Message
	for {
		m, err := p.Next(ctx)
		if err != nil {
			return out, err
		}
		out = append(out, m)
		if len(m.Buttons()) > 0 {
			return out, nil
		}
	}
}

// Answer reads one answer: messages up to one with a keyboard, then any
// that come within grace after it (an answer can be several questions, and
// the keyboard to press is on its last message).
func (p *Patient) Answer(ctx context.Context, grace time.Duration) ([]Message, error) {
	out, err := p.UntilButtons(ctx)
	if err != nil {
		return out, err
	}
	gctx, cancel := context.WithTimeout(ctx, grace)
	defer cancel()
	for {
		ms, err := p.Fake.NextMessages(gctx, p.User.ID, p.seen)
		if err != nil {
			return out, nil
		}
		p.seen += len(ms)
		out = append(out, ms...)
	}
}

// Read returns how many of the chat's messages the patient has read.
func (p *Patient) Read() int { return p.seen }

// ButtonData returns the callback data of m's first button whose data ends
// with suffix, "" when there is none.
func ButtonData(m Message, suffix string) string {
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.CallbackData != "" && strings.HasSuffix(b.CallbackData, suffix) {
				return b.CallbackData
			}
		}
	}
	return ""
}

// ButtonsWith returns the callback data of m's buttons that contain part.
func ButtonsWith(m Message, part string) []string {
	var out []string
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.CallbackData != "" && strings.Contains(b.CallbackData, part) {
				out = append(out, b.CallbackData)
			}
		}
	}
	return out
}
