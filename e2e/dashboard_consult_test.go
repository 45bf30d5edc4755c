package e2e

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
)

var (
	tokenField = regexp.MustCompile(`name="token" value="([A-Z2-7]{26})"`)
	slotOption = regexp.MustCompile(`<option value="(\d+:\d+:\d+)">`)
	joinLink   = regexp.MustCompile(`id="join" href="([^"]+)"`)
)

// field returns re's first group in body, failing the test without one.
func field(t *testing.T, re *regexp.Regexp, body string) string {
	t.Helper()
	m := re.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("page lacks %s", re)
	}
	return html.UnescapeString(m[1])
}

// waitPage reloads path until its body contains want.
func (b *browser) waitPage(path, want string) response {
	b.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		res := b.get(path)
		if strings.Contains(res.body, want) {
			return res
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("GET %s never showed %q", path, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// roomAndToken splits a signed join link.
func roomAndToken(t *testing.T, link string) (room, token string) {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Host != "meet.example.org" {
		t.Fatalf("join link %q", link)
	}
	return strings.TrimPrefix(u.Path, "/"), u.Query().Get("jwt")
}

// TestConsultWalkOnDashboard: an Arabic-speaking patient waits, adds their
// hotel; an English-reading clinician sees it, takes the case (the patient
// gets the clinician's name in Arabic and their own link; the clinician the
// moderator's), writes (delivered, shown so), reads the patient's reply,
// closes with a follow-up in their own slots; the patient hears it and
// rates; every step audited without text.
func TestConsultWalkOnDashboard(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ce := newConsultEnv(t)
	p := ce.patient(t, "9001", "ar")
	id := p.queue()
	hotel := "أنا في فندق <هيلتون>، غرفة ٥١٢"
	if got := p.send(hotel); !strings.HasPrefix(got[0].Text, ce.text.Text("ar", "consult_note_added", nil)) {
		t.Fatalf("adding the hotel got %q", texts(got))
	}

	b := ce.browser(t, "en")
	b.mustLogin("dr.khalid")
	path := fmt.Sprintf("/dashboard/cases/%d", id)
	page := b.get(path)
	if !strings.Contains(page.body, html.EscapeString(hotel)) || strings.Contains(page.body, "<هيلتون>") {
		t.Errorf("case page does not show the added words verbatim and escaped")
	}
	if res := b.post(path+"/claim", nil); res.status != http.StatusSeeOther {
		t.Fatalf("claim = %d", res.status)
	}
	claimed := ce.sent.wait(t, p.key, 1)[0].replies
	if len(claimed) != 1 || !strings.Contains(claimed[0].Text, "د. خالد العتيبي") || claimed[0].Lang != "ar" {
		t.Fatalf("the patient was told %q, want the clinician's Arabic name", texts(claimed))
	}
	room, patientToken := roomAndToken(t, claimed[0].Buttons[0][0].URL)
	page = b.waitPage(path, ce.text.Text("en", "dash_delivered", nil))
	clinRoom, clinToken := roomAndToken(t, field(t, joinLink, page.body))
	pc, err1 := ce.jitsi.Verify(patientToken, room, time.Now())
	cc, err2 := ce.jitsi.Verify(clinToken, clinRoom, time.Now())
	if err1 != nil || err2 != nil || room != clinRoom || pc.Moderator || !cc.Moderator {
		t.Errorf("links: room %q/%q, patient %+v (%v), clinician %+v (%v); want one room, the clinician moderating",
			room, clinRoom, pc, err1, cc, err2)
	}

	// The clinician writes; a form sent twice is one message.
	msg := "Hello, I am Dr Khalid. Please join the call."
	form := url.Values{"text": {msg}, "token": {field(t, tokenField, page.body)}}
	for range 2 {
		if res := b.post(path+"/messages", form); res.status != http.StatusSeeOther {
			t.Fatalf("send = %d", res.status)
		}
	}
	fromDoc := ce.sent.wait(t, p.key, 2)[1].replies
	if want := "🩺 د. خالد العتيبي:\n" + msg; len(fromDoc) != 1 || fromDoc[0].Text != want {
		t.Errorf("the patient got %q, want %q", texts(fromDoc), want)
	}

	// The patient answers; the thread (audited) shows it.
	reply := "شكرًا يا دكتور، سأنضم الآن"
	if got := p.send(reply); !strings.Contains(got[0].Text, "د. خالد العتيبي") {
		t.Errorf("patient's reply acknowledged as %q", texts(got))
	}
	thread := b.get(path + "/thread")
	if !strings.Contains(thread.body, reply) || strings.Count(thread.body, msg) != 1 {
		t.Errorf("thread fragment lacks the reply, or shows the message other than once:\n%s", thread.body)
	}
	if !strings.Contains(thread.body, `lang="ar"><bdi dir="auto">`+reply) {
		t.Errorf("the patient's line does not carry their language (Arabic):\n%s", thread.body)
	}

	page = b.get(path)
	slot := field(t, slotOption, page.body)
	res := b.post(path+"/close", url.Values{"disposition": {"follow_up"}, "notes": {"BP check; private"}, "slot": {slot}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("close = %d", res.status)
	}
	closing := ce.sent.wait(t, p.key, 3)[2].replies
	if len(closing) != 2 || !strings.Contains(closing[0].Text, "حُجز لك موعد متابعة") || len(closing[1].Buttons[0]) != 5 {
		t.Fatalf("closing told %q, want the follow-up and five stars", texts(closing))
	}
	var apptPatient, casePatient int64
	if err := ce.pg.Pool().QueryRow(ctx, `SELECT a.patient_id, c.patient_id FROM cases c JOIN appointments a ON a.id = c.follow_up_id
		WHERE c.id = $1`, id).Scan(&apptPatient, &casePatient); err != nil || apptPatient != casePatient {
		t.Errorf("follow-up appointment: patient %d for case patient %d, %v", apptPatient, casePatient, err)
	}
	if got := p.pressIn(closing, `:t:rt:5$`); got[0].Text != ce.text.Text("ar", "consult_rate_thanks", nil) {
		t.Errorf("rating got %q", texts(got))
	}
	page = b.waitPage(path, "5 / 5")
	for _, want := range []string{"Follow-up booked", "BP check; private", ce.text.Text("en", "dash_note_closed", nil)} {
		if !strings.Contains(page.body, want) {
			t.Errorf("closed case page lacks %q", want)
		}
	}
	// Every label is text, in both languages (a coordinator reads in Arabic).
	sara := ce.browser(t, "ar")
	sara.mustLogin("coord.sara")
	for _, res := range []response{page, sara.get(path), b.get("/dashboard/today"), sara.get("/dashboard/queue")} {
		if ids := messageID.FindAllString(res.body, -1); len(ids) > 0 {
			t.Errorf("a page shows message ids instead of text: %v", ids)
		}
	}
	for action, want := range map[string]int{"case.claim": 1, "case.message": 1, "case.close": 1, "case.thread": 1} {
		if n := ce.auditCount(t, action, fmt.Sprint(id)); n != want {
			t.Errorf("%s audit rows = %d, want %d", action, n, want)
		}
	}
	var leaked int
	_ = ce.pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE detail::text ~ '(Khalid|private|هيلتون)'`).Scan(&leaked)
	if leaked != 0 {
		t.Errorf("%d audit rows hold message text", leaked)
	}
}

// TestConsultDeliveryFailures: a channel that fails leaves the message
// "sending" until the sweep delivers it, in order; one that can never
// deliver gives that message up and lets the next go.
func TestConsultDeliveryFailures(t *testing.T) {
	t.Parallel()
	ce := newConsultEnv(t)
	p := ce.patient(t, "9002", "en")
	id := p.queue()
	down := errors.New("telegram down")
	ce.sent.setFail(func(relay.Recipient, []dialogs.Reply) error { return down })
	b := ce.browser(t, "en")
	b.mustLogin("dr.khalid")
	path := fmt.Sprintf("/dashboard/cases/%d", id)
	b.post(path+"/claim", nil)
	page := b.waitPage(path, ce.text.Text("en", "dash_delivering", nil))
	ce.sent.setFail(nil)
	ce.sent.wait(t, p.key, 1) // the sweep
	b.waitPage(path, ce.text.Text("en", "dash_delivered", nil))

	ce.sent.setFail(func(_ relay.Recipient, r []dialogs.Reply) error {
		if strings.Contains(r[0].Text, "first") {
			return fmt.Errorf("%w: blocked", relay.ErrUndeliverable)
		}
		return nil
	})
	page = b.get(path)
	b.post(path+"/messages", url.Values{"text": {"first"}, "token": {field(t, tokenField, page.body)}})
	page = b.get(path)
	b.post(path+"/messages", url.Values{"text": {"second"}, "token": {field(t, tokenField, page.body)}})
	got := ce.sent.wait(t, p.key, 2)
	if !strings.Contains(got[1].replies[0].Text, "second") {
		t.Errorf("after an undeliverable message the patient got %q", texts(got[1].replies))
	}
	b.waitPage(path, ce.text.Text("en", "dash_not_delivered", nil))
}

// TestConsultRefusals: only the clinician in consult writes and closes;
// the forms say what is missing; other origins are refused.
func TestConsultRefusals(t *testing.T) {
	t.Parallel()
	ce := newConsultEnv(t)
	p := ce.patient(t, "9003", "en")
	id := p.queue()
	path := fmt.Sprintf("/dashboard/cases/%d", id)
	khalid := ce.browser(t, "en")
	khalid.mustLogin("dr.khalid")
	khalid.post(path+"/claim", nil)
	page := khalid.get(path)
	token := field(t, tokenField, page.body)

	sara := ce.browser(t, "en") // a coordinator: reads, never writes
	sara.mustLogin("coord.sara")
	if res := sara.post(path+"/messages", url.Values{"text": {"hi"}, "token": {token}}); res.status != http.StatusNotFound {
		t.Errorf("coordinator's message = %d, want 404", res.status)
	}
	omar := ce.browser(t, "en") // another facility
	omar.mustLogin("dr.omar")
	if res := omar.get(path + "/thread"); res.status != http.StatusNotFound {
		t.Errorf("another facility's thread = %d, want 404", res.status)
	}
	if res := ce.browser(t, "en").get(path + "/thread"); res.status != http.StatusUnauthorized {
		t.Errorf("thread without a session = %d, want 401", res.status)
	}
	for _, tc := range []struct {
		name  string
		path  string
		form  url.Values
		flash string
	}{
		{"empty message", "/messages", url.Values{"text": {"  "}, "token": {token}}, "dash_message_empty"},
		{"no outcome", "/close", url.Values{"notes": {"x"}}, "dash_close_choose"},
		{"a slot without follow-up", "/close", url.Values{"disposition": {"advice"}, "slot": {"1:2:3"}}, "dash_close_slot_needs_follow_up"},
		{"someone else's slot", "/close", url.Values{"disposition": {"follow_up"}, "slot": {"999:1893456000:1893456900"}}, "dash_close_slot_taken"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := khalid.post(path+tc.path, tc.form)
			if res.status != http.StatusSeeOther {
				t.Fatalf("POST = %d", res.status)
			}
			if page := khalid.get(path); !strings.Contains(page.body, ce.text.Text("en", tc.flash, nil)) {
				t.Errorf("the page does not say %s", tc.flash)
			}
		})
	}
	if res := khalid.postWith(path+"/messages", url.Values{"text": {"hi"}, "token": {token}},
		map[string]string{"Sec-Fetch-Site": "cross-site"}); res.status != http.StatusForbidden {
		t.Errorf("cross-site message = %d, want 403", res.status)
	}
	khalid.post(path+"/close", url.Values{"disposition": {"advice"}})
	if res := khalid.post(path+"/messages", url.Values{"text": {"late"}, "token": {token}}); res.status != http.StatusSeeOther {
		t.Fatalf("message after closing = %d", res.status)
	} else if page := khalid.get(path); !strings.Contains(page.body, ce.text.Text("en", "dash_consult_not_open", nil)) {
		t.Error("a message after the closing is not refused")
	}
	var n int
	_ = ce.pg.Pool().QueryRow(context.Background(), `SELECT count(*) FROM case_messages WHERE author = 'clinician'`).Scan(&n)
	if n != 0 {
		t.Errorf("%d clinician messages stored, want none", n)
	}
}

// TestWaitUpdates: when a clinician comes on duty the waiting patients hear
// a new estimate, once, at bulk priority; not more often than allowed.
func TestWaitUpdates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ce := newConsultEnv(t)
	p1, p2 := ce.patient(t, "9004", "en"), ce.patient(t, "9005", "ar")
	p1.queue()
	p2.queue()
	// Told "no doctor online" when they queued; the gap has passed.
	if _, err := ce.pg.Pool().Exec(ctx, `UPDATE cases SET wait_told_at = now() - interval '10 minutes'`); err != nil {
		t.Fatal(err)
	}
	b := ce.browser(t, "en")
	b.mustLogin("dr.khalid")
	if res := b.post("/dashboard/duty", url.Values{"on": {"1"}}); res.status != http.StatusSeeOther {
		t.Fatalf("on duty = %d", res.status)
	}
	s := b.openStream("", "") // on duty with the dashboard open: Khalid counts
	defer s.cancel()
	for _, p := range []*patient{p1, p2} {
		got := ce.sent.wait(t, p.key, 1)[0]
		// They were told no doctor was online: the update says one is now.
		if !got.bulk || !strings.HasPrefix(got.replies[0].Text, ce.text.Text(p.lang, "consult_doctor_online", nil)) {
			t.Errorf("%s: update %+v, want a bulk update saying a doctor is online now", p.key, got)
		}
	}
	time.Sleep(300 * time.Millisecond) // several rounds of updates
	if n1, n2 := len(ce.sent.to(p1.key)), len(ce.sent.to(p2.key)); n1 != 1 || n2 != 1 {
		t.Errorf("updates sent %d and %d times, want once each", n1, n2)
	}
	// The update's buttons work: the patient asks their place.
	got := ce.sent.to(p1.key)[0].replies
	if r := p1.pressIn(got, `:t:pos$`); strings.Contains(r[0].Text, ce.text.Text("en", "dialogs_stale_button", nil)) {
		t.Errorf("the update's button was stale: %q", texts(r))
	}
}

func TestEmergencyFlaggedInQueue(t *testing.T) {
	t.Parallel()
	ce := newConsultEnv(t)
	ce.openCase(t, chestPain, 0)
	b := ce.browser(t, "ar")
	b.mustLogin("dr.khalid")
	if rows := b.get("/dashboard/queue/rows"); !strings.Contains(rows.body, ce.text.Text("ar", "dash_callback", nil)) {
		t.Error("an emergency in the queue is not flagged for a call back")
	}
}

// TestTodayJoinLinks: the clinician's appointments of the day come with
// their own (moderator) join links, and their consults in progress are
// listed to go back to.
func TestTodayJoinLinks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ce := newConsultEnv(t)
	khalid := ce.clinician(t, "dr.khalid")
	p := ce.patient(t, "9006", "en")
	id := p.queue()
	var patientID int64
	if err := ce.pg.Pool().QueryRow(ctx, `SELECT patient_id FROM cases WHERE id = $1`, id).Scan(&patientID); err != nil {
		t.Fatal(err)
	}
	room := "abcdefghijklmnopqrstuvwxyz"
	if _, err := ce.pg.Pool().Exec(ctx, `
		INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
		VALUES ($1, $2, $3, 'general_practice', tstzrange(now(), now() + interval '15 minutes'), 'booked', $4, now())`,
		patientID, khalid.ID, khalid.Facilities[0], room); err != nil {
		t.Fatal(err)
	}
	b := ce.browser(t, "ar")
	b.mustLogin("dr.khalid")
	b.post(fmt.Sprintf("/dashboard/cases/%d/claim", id), nil)
	page := b.get("/dashboard/today")
	link := regexp.MustCompile(`href="(https://meet\.example\.org/` + room + `\?jwt=[^"]+)"`).FindStringSubmatch(page.body)
	if link == nil {
		t.Fatalf("Today has no join link for the appointment")
	}
	claims, err := ce.jitsi.Verify(strings.SplitN(html.UnescapeString(link[1]), "jwt=", 2)[1], room, time.Now())
	if err != nil || !claims.Moderator {
		t.Errorf("Today's link: %+v, %v; want the clinician's moderator token", claims, err)
	}
	if !strings.Contains(page.body, ce.text.Text("ar", "dash_mine_title", nil)) ||
		!strings.Contains(page.body, fmt.Sprintf(`href="/dashboard/cases/%d"`, id)) {
		t.Error("Today does not list the consult in progress")
	}
	if q := b.get("/dashboard/queue"); !strings.Contains(q.body, fmt.Sprintf(`href="/dashboard/cases/%d"`, id)) {
		t.Error("the queue page does not list the consult in progress")
	}
}
