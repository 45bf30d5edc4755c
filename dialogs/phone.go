package dialogs

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/frontdoor-health/frontdoor/numerals"
)

// Contact is a phone number the patient shared: Telegram's "send my
// number" button, or the web chat's phone field. It is never logged.
type Contact struct {
	Phone string
}

// PhoneAsk, on a Reply, asks the channel to offer a way to share a phone
// number, labelled Label: Telegram a keyboard button that sends the
// patient's contact, the web chat a phone field. The Reply has no Buttons
// then (Telegram cannot show both under one message).
type PhoneAsk struct {
	Label string `json:"label"`
}

// PhoneNumber reads a phone number as patients write it ("+966 51 234
// 5678", "٠٥١٢٣٤٥٦٧٨", "00966…") and returns it as ASCII digits after an
// optional "+", or ok false when it is not 6 to 15 digits.
func PhoneNumber(s string) (phone string, ok bool) {
	s = strings.TrimSpace(numerals.Fold(s))
	if rest, ok := strings.CutPrefix(s, "00"); ok {
		s = "+" + rest
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '\u200e' || r == '\u200f':
		default:
			return "", false
		}
	}
	phone = b.String()
	n := len(strings.TrimPrefix(phone, "+"))
	return phone, n >= 6 && n <= 15
}

// offerPhone asks, after the emergency advice or a place in the queue, for
// a number a clinician may call, when the engine keeps numbers (Deps.Phones
// is not NoPhones) and none was shared for this case yet.
func (cf *consultFlow) offerPhone(t *turn, d triageData) {
	if t.e.Phones == NoPhones || d.Case == 0 || d.Phone {
		return
	}
	t.replies = append(t.replies, Reply{
		Lang: t.lang(), Text: t.text("triagedialog_phone_ask", nil),
		AskPhone: &PhoneAsk{Label: t.text("triagedialog_phone_button", nil)},
	})
}

// takePhone keeps a shared number for the conversation's open case, says
// so (taking the channel's phone button away), and asks the current step
// again. A number with no open case to go with is not kept.
func (t *turn) takePhone(ctx context.Context) error {
	var tf triageFlow // stateless: the case's data is in the session
	inCase := t.f.name() == flowTriage || t.f.name() == flowConsult
	var d triageData
	if inCase && t.e.Phones != NoPhones {
		d = tf.load(t)
	}
	phone, valid := PhoneNumber(t.in.Contact.Phone)
	switch {
	case d.Case == 0:
		t.replies = append(t.replies, Reply{Lang: t.lang(), Text: t.text("dialogs_phone_not_kept", nil), EndPhoneAsk: true})
	case !valid:
		t.replies = append(t.replies, Reply{Lang: t.lang(), Text: t.text("dialogs_phone_invalid", nil),
			AskPhone: &PhoneAsk{Label: t.text("triagedialog_phone_button", nil)}})
		return nil
	default:
		err := t.e.Phones.SharePhone(ctx, t.s.PatientID, d.Case, phone)
		switch {
		case errors.Is(err, ErrNotFound):
			t.replies = append(t.replies, Reply{Lang: t.lang(), Text: t.text("dialogs_phone_not_kept", nil), EndPhoneAsk: true})
		case err != nil:
			return fmt.Errorf("dialogs: share a phone: %w", err)
		default:
			d.Phone = true
			if err := tf.save(t, d); err != nil {
				return err
			}
			// The number is not repeated: the patient sees it in their own
			// message, and a "+" set in Arabic text moves to its far end.
			t.replies = append(t.replies, Reply{Lang: t.lang(), EndPhoneAsk: true, Text: t.text("dialogs_phone_kept", nil)})
		}
	}
	t.ask(t.m.Current(), "")
	return nil
}
