package main

import (
	"fmt"
	"github.com/frontdoor-health/frontdoor/numerals"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// TestNobodyOnline plays patients through serve's wiring while no
// clinician is on the dashboard: an urgent case, on Telegram in Arabic and
// in the web chat in English, hears that no doctor is online and the
// fallback (the 937 line; a call button where the channel can dial) and
// stays waiting in the queue; an emergency, in each channel, gets the
// emergency advice and is not told a clinician on duty has it.
func TestNobodyOnline(t *testing.T) {
	c := newClinic(t)
	noDoctor := func(lang string) string { return c.text.Text(lang, "consult_no_doctor", nil) }
	call := func(lang string) string {
		return c.text.Text(lang, "consult_no_doctor_call", map[string]any{"Phone": "937"})
	}
	onDuty := func(lang string) string {
		return c.text.Text(lang, "triagedialog_emergency_recorded", map[string]any{"Emergency": numerals.In(lang, "997")})
	}
	emergencyNoDoctor := func(lang string) string {
		return c.text.Text(lang, "triagedialog_emergency_no_doctor", map[string]any{"Emergency": numerals.In(lang, "997")})
	}

	// Telegram, in Arabic: urgent.
	u := telegramtest.User{ID: 5601, FirstName: "سالم", LanguageCode: "ar"}
	sent := walkTelegram(t, c, u)
	decision := sent[len(sent)-2] // the last is the offer to send a phone number
	if !strings.Contains(decision.Text, noDoctor("ar")) || !strings.Contains(decision.Text, call("ar")) ||
		strings.Contains(decision.Text, c.text.Text("ar", "triagedialog_queued", nil)) {
		t.Errorf("Telegram urgent decision with nobody online:\n%s", decision.Text)
	}
	if strings.Contains(decision.ReplyMarkup, "tel:") || !strings.Contains(decision.ReplyMarkup, ":t:lv") {
		t.Errorf("Telegram buttons %s: want the way out of the queue and no tel: link Telegram refuses", decision.ReplyMarkup)
	}
	caseOf(t, c, fmt.Sprintf("telegram:%d/", u.ID)) // still waiting

	// Web chat, in English: urgent, with the line as a call link.
	web, n := c.client(t), 0
	c.do(t, web, http.MethodGet, "/chat", "", "")
	last := c.webSend(t, web, &n, "/start", "")
	for _, re := range []string{":o:lang:en$", ":o:agree$", ":o:m:doctor$"} {
		last = c.webSend(t, web, &n, "", dataWith(t, last, re))
	}
	last = c.webSend(t, web, &n, "heat exhaustion", "")
	for i := 0; i < 20 && strings.Contains(fmt.Sprint(last), ":t:a:"); i++ {
		last = c.webSend(t, web, &n, "", dataWith(t, last, `:t:a:(no|40to64y|days|3)$`))
	}
	last = c.skipPlaceWeb(t, web, &n, last)
	got := last[len(last)-2] // the last is the offer to send a phone number
	if !strings.Contains(got.Text, noDoctor("en")) || !strings.Contains(got.Text, call("en")) ||
		!strings.Contains(got.Text, c.text.Text("en", "consult_no_doctor_kept", nil)) {
		t.Errorf("web urgent decision with nobody online:\n%s", got.Text)
	}
	if linkOf(last) != "tel:937" {
		t.Errorf("web call link = %q, want tel:937", linkOf(last))
	}
	caseOf(t, c, "web:")

	// Emergencies, in each channel.
	web2, n2 := c.client(t), 0
	c.do(t, web2, http.MethodGet, "/chat", "", "")
	last = c.webSend(t, web2, &n2, "/start", "")
	for _, re := range []string{":o:lang:en$", ":o:agree$", ":o:m:doctor$"} {
		last = c.webSend(t, web2, &n2, "", dataWith(t, last, re))
	}
	last = c.webSend(t, web2, &n2, "crushing chest pain and I am sweating", "")
	texts := make([]string, 0, len(last))
	for _, r := range last {
		texts = append(texts, r.Text)
	}
	if !strings.Contains(texts[0], "997") || !slices.Contains(texts, emergencyNoDoctor("en")) ||
		slices.Contains(texts, onDuty("en")) {
		t.Errorf("web emergency with nobody online: %q", texts)
	}

	v := telegramtest.User{ID: 5602, FirstName: "حصة", LanguageCode: "ar"}
	c.fake.PushText(v, "/start")
	msgs := c.fake.WaitSent(t, v.ID, 1)
	for _, want := range []string{":o:lang:ar", ":o:agree", ":o:m:doctor"} {
		m := msgs[len(msgs)-1]
		var data string
		for _, row := range m.Buttons() {
			for _, b := range row {
				if strings.HasSuffix(b.CallbackData, want) {
					data = b.CallbackData
				}
			}
		}
		if data == "" {
			t.Fatalf("no button %s in %s", want, m.ReplyMarkup)
		}
		c.fake.PushCallback(v, m.ID, data)
		msgs = c.fake.WaitSent(t, v.ID, len(msgs)+1)
	}
	before := len(msgs)
	c.fake.PushText(v, "عندي ألم شديد في الصدر وأتعرق")
	msgs = c.fake.WaitSent(t, v.ID, before+3)
	var tgTexts []string
	for _, m := range msgs[before:] {
		tgTexts = append(tgTexts, m.Text)
	}
	if !slices.Contains(tgTexts, emergencyNoDoctor("ar")) || slices.Contains(tgTexts, onDuty("ar")) {
		t.Errorf("Telegram emergency with nobody online: %q", tgTexts)
	}
}
