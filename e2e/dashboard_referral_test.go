package e2e

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// referralEnv is a desk env with specialist referrals on: joint sessions
// reach patients through the env's engine and notifier, with the join
// link the public join page gives.
type referralEnv struct {
	*deskEnv
}

func newReferralEnv(t *testing.T) *referralEnv {
	t.Helper()
	return newReferralEnvOn(t, storetest.NewPostgres(t), startDashboard)
}

// newReferralEnvOn is newReferralEnv on pg, started by start (see
// newConsultEnvOn).
func newReferralEnvOn(t *testing.T, pg *store.Postgres, start func(testing.TB, *store.Postgres, *store.Redis, ...dashOption) *dashEnv) *referralEnv {
	t.Helper()
	re := &referralEnv{deskEnv: &deskEnv{}}
	// The env's referrals exist once the env does: the dashboard is
	// handed a store that forwards to them.
	late := &lateReferrals{}
	re.consultEnv = newConsultEnvOn(t, pg, start, func(c *dashboard.Config) {
		appts := c.Consult.Bookings.(*store.Appointments)
		c.Desk = &dashboard.Desk{Store: appts, Patients: deskNotices{re.deskEnv}, Links: joinLinks{}}
		c.Referrals = &dashboard.Referrals{Store: late, Patients: jointNotices{re}, Video: c.Consult.Video}
		// Sessions outlive the clock moved to a joint session's day (the
		// referring clinician's Today).
		c.Lifetime, c.IdleTimeout = 30*24*time.Hour, 30*24*time.Hour
	})
	late.ReferralStore = re.refs
	return re
}

// lateReferrals is a ReferralStore set after the dashboard is built.
type lateReferrals struct{ dashboard.ReferralStore }

// jointNotices tells patients of joint sessions as cmd does.
type jointNotices struct{ re *referralEnv }

func (n jointNotices) JointSessionBooked(ctx context.Context, js store.JointSession) error {
	return relay.DeskNotices{Words: n.re.engine, Notifier: n.re.sent, Links: joinLinks{}}.JointSessionBooked(ctx, js)
}

// facilityID returns the id of the facility with code.
func (e *dashEnv) facilityID(t testing.TB, code string) int64 {
	t.Helper()
	var id int64
	if err := e.pg.Pool().QueryRow(context.Background(), `SELECT id FROM facilities WHERE code = $1`, code).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// refer has the browser (a clinician) refer case id to dermatology at
// Jeddah and returns the referral's id.
func (re *referralEnv) refer(t *testing.T, b *browser, caseID int64, question string) int64 {
	t.Helper()
	res := b.post("/dashboard/referrals", url.Values{
		"case": {fmt.Sprint(caseID)}, "target": {fmt.Sprint("dermatology:", re.facilityID(t, "jeddah_corniche"))},
		"urgency": {"urgent"}, "question": {question},
	})
	loc := res.header.Get("Location")
	var id int64
	if _, err := fmt.Sscanf(loc, pathReferrals+"/%d", &id); res.status != http.StatusSeeOther || err != nil {
		t.Fatalf("refer: %d to %q (%v)", res.status, loc, err)
	}
	return id
}

var slotInput = regexp.MustCompile(`name="slot" value="([^"]+)"`)

// TestReferralHTTP: a general practitioner refers a case from its page to
// dermatology at Jeddah; Jeddah's dermatologist finds it in the queue, with
// the case's words, and every view is audited. Clinicians of another
// specialty or facility get 404 for the page and for every change, a
// coordinator may not refer (403), and a cross-site post is refused. The
// dermatologist accepts and answers; the referring clinician's menu
// announces the answer until they read it.
func TestReferralHTTP(t *testing.T) {
	re := newReferralEnv(t)
	caseID := re.patient(t, "7501", "en").queue()

	khalid := re.browser(t, "en")
	khalid.mustLogin("dr.khalid")
	page := khalid.get(fmt.Sprintf("/dashboard/cases/%d", caseID))
	if page.status != http.StatusOK || !strings.Contains(page.body, `id="refer"`) {
		t.Fatalf("the case page offers no referral: %d", page.status)
	}
	if res := khalid.get(fmt.Sprintf("/dashboard/referrals/new?case=%d&urgency=urgent", caseID)); res.status != http.StatusOK {
		t.Fatalf("the referral form: %d", res.status)
	}
	id := re.refer(t, khalid, caseID, "Could this rash be psoriasis?")

	fatimah := re.browser(t, "en")
	fatimah.mustLogin("dr.fatimah")
	if res := fatimah.get(pathReferrals); !strings.Contains(res.body, fmt.Sprintf(`id="ref%d"`, id)) {
		t.Fatalf("the dermatologist's queue lacks the referral: %d", res.status)
	}
	if res := fatimah.get(pathReferrals + "/rows"); !strings.Contains(res.body, fmt.Sprintf(`id="ref%d"`, id)) {
		t.Errorf("the queue's rows lack the referral: %d", res.status)
	}
	res := fatimah.get(fmt.Sprintf("%s/%d", pathReferrals, id))
	if res.status != http.StatusOK || !strings.Contains(html.UnescapeString(res.body), "Could this rash be psoriasis?") ||
		!strings.Contains(res.body, `id="complaint"`) || !strings.Contains(res.body, `id="accept"`) {
		t.Fatalf("the referral's page for the dermatologist: %d", res.status)
	}
	if n := re.auditCount(t, "referral.view", fmt.Sprint(id)); n != 1 {
		t.Errorf("%d views audited, want 1", n)
	}

	for _, who := range []string{"dr.aisha", "dr.omar"} {
		b := re.browser(t, "en")
		b.mustLogin(who)
		if res := b.get(fmt.Sprintf("%s/%d", pathReferrals, id)); res.status != http.StatusNotFound {
			t.Errorf("%s opens the referral: %d, want 404", who, res.status)
		}
		for _, change := range []string{"accept", "answer", "decline", "book"} {
			form := url.Values{"answer": {"no"}, "slot": {"1:1:2"}}
			if res := b.post(fmt.Sprintf("%s/%d/%s", pathReferrals, id, change), form); res.status != http.StatusNotFound {
				t.Errorf("%s: POST %s: %d, want 404", who, change, res.status)
			}
		}
		if res := b.get(pathReferrals); strings.Contains(res.body, fmt.Sprintf(`id="ref%d"`, id)) {
			t.Errorf("%s's queue lists the referral", who)
		}
	}
	sara := re.browser(t, "en")
	sara.mustLogin("coord.sara")
	if res := sara.get(fmt.Sprintf("/dashboard/referrals/new?case=%d", caseID)); res.status != http.StatusForbidden {
		t.Errorf("a coordinator's referral form: %d, want 403", res.status)
	}
	// The coordinator of the referring clinician's facility follows it,
	// read-only.
	if res := sara.get(pathReferrals); !strings.Contains(res.body, fmt.Sprintf(`id="ref%d"`, id)) {
		t.Errorf("the Makkah coordinator's list lacks Makkah's referral: %d", res.status)
	}
	if res := sara.get(fmt.Sprintf("%s/%d", pathReferrals, id)); res.status != http.StatusOK || strings.Contains(res.body, `id="accept"`) {
		t.Errorf("the coordinator's view of the referral: %d, offers to accept: %v", res.status, strings.Contains(res.body, `id="accept"`))
	}
	accept := fmt.Sprintf("%s/%d/accept", pathReferrals, id)
	if res := fatimah.postWith(accept, nil, map[string]string{"Sec-Fetch-Site": "cross-site"}); res.status != http.StatusForbidden {
		t.Errorf("a cross-site acceptance: %d, want 403", res.status)
	}
	if n := re.auditCount(t, "referral.accept", fmt.Sprint(id)); n != 0 {
		t.Fatalf("a refused acceptance was audited")
	}
	if res := fatimah.post(accept, nil); res.status != http.StatusSeeOther {
		t.Fatalf("accept: %d", res.status)
	}
	res = fatimah.post(fmt.Sprintf("%s/%d/answer", pathReferrals, id), url.Values{"answer": {"Psoriasis; start a topical steroid."}})
	if res.status != http.StatusSeeOther {
		t.Fatalf("answer: %d", res.status)
	}

	home := khalid.get(pathQueue)
	if !strings.Contains(home.body, `id="nav-referrals"`) || !strings.Contains(home.body, `class="count-badge"`) {
		t.Error("the referring clinician's menu does not announce the answer")
	}
	res = khalid.get(fmt.Sprintf("%s/%d", pathReferrals, id))
	if !strings.Contains(html.UnescapeString(res.body), "Psoriasis; start a topical steroid.") {
		t.Errorf("the referring clinician does not see the answer: %d", res.status)
	}
	if home := khalid.get(pathQueue); strings.Contains(home.body, `class="count-badge"`) {
		t.Error("the menu still announces an answer once read")
	}
	if page := khalid.get(fmt.Sprintf("/dashboard/cases/%d", caseID)); !strings.Contains(page.body, fmt.Sprintf(`id="ref%d"`, id)) {
		t.Error("the case's page does not list its referral")
	}

	// The reports of the referring clinician's facility count it, answered
	// within 24 hours.
	if page := sara.get("/dashboard/reports"); !strings.Contains(page.body, `id="referred"`) {
		t.Errorf("the reports page does not count referrals: %d", page.status)
	}
	csv := sara.get("/dashboard/reports.csv?days=7")
	lines := strings.Split(strings.TrimSpace(csv.body), "\n")
	head := strings.Split(strings.TrimSpace(lines[0]), ",")
	made, answered := slices.Index(head, "referrals"), slices.Index(head, "referrals_answered_24h")
	found := false
	for _, line := range lines[1:] {
		cols := strings.Split(strings.TrimSpace(line), ",")
		found = found || (made > 0 && answered > 0 && cols[1] == "dermatology" && cols[made] == "1" && cols[answered] == "1")
	}
	if !found {
		t.Errorf("the reports CSV does not count the referral answered within 24 h:\n%s", csv.body)
	}
}

// TestReferralJointSessionHTTP: the dermatologist books a joint session
// from the times all three are free; the patient is told on their channel
// in their language with their join link, the specialist's page has a
// moderator's link and the referring clinician's a guest's, for the same
// room.
func TestReferralJointSessionHTTP(t *testing.T) {
	re := newReferralEnv(t)
	p := re.patient(t, "7502", "ar")
	caseID := p.queue()
	khalid := re.browser(t, "en")
	khalid.mustLogin("dr.khalid")
	id := re.refer(t, khalid, caseID, "هل هذه صدفية؟")

	fatimah := re.browser(t, "ar")
	fatimah.mustLogin("dr.fatimah")
	book := fmt.Sprintf("%s/%d/book", pathReferrals, id)
	var slot string
	for week := 0; week < 2 && slot == ""; week++ {
		res := fatimah.get(book + "?day=" + dayOf(time.Now().AddDate(0, 0, 7*week)))
		if res.status != http.StatusOK {
			t.Fatalf("the session's times: %d", res.status)
		}
		if m := slotInput.FindStringSubmatch(res.body); m != nil {
			slot = m[1]
		}
	}
	if slot == "" {
		t.Fatal("no time offered for the joint session in two weeks")
	}
	res := fatimah.post(book, url.Values{"slot": {slot}})
	if res.status != http.StatusSeeOther || res.header.Get("Location") != fmt.Sprintf("%s/%d", pathReferrals, id) {
		t.Fatalf("book: %d to %q", res.status, res.header.Get("Location"))
	}
	got := re.sent.wait(t, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "7502"}, 1)
	last := got[len(got)-1]
	patientLink := ""
	for _, row := range last.replies[0].Buttons {
		for _, b := range row {
			patientLink = b.URL
		}
	}
	if !strings.Contains(last.replies[0].Text, "د. خالد العتيبي") || !strings.HasPrefix(patientLink, "https://clinic.example.org/join/") {
		t.Fatalf("the patient was told %q with link %q", last.replies[0].Text, patientLink)
	}
	room := strings.TrimPrefix(patientLink, "https://clinic.example.org/join/")

	for _, tc := range []struct {
		who       *browser
		user      string
		moderator bool
	}{{fatimah, "dr.fatimah", true}, {khalid, "dr.khalid", false}} {
		page := tc.who.get(fmt.Sprintf("%s/%d", pathReferrals, id))
		m := regexp.MustCompile(`id="join" href="([^"]+)"`).FindStringSubmatch(page.body)
		if m == nil {
			t.Fatalf("%s's page has no join link", tc.user)
		}
		link := html.UnescapeString(m[1])
		if !strings.HasPrefix(link, "https://meet.example.org/"+room+"?jwt=") {
			t.Fatalf("%s's link %q is not for room %s", tc.user, link, room)
		}
		u, _ := url.Parse(link)
		ap, err := re.appts.AppointmentByRoom(context.Background(), room)
		if err != nil {
			t.Fatal(err)
		}
		claims, err := re.jitsi.Verify(u.Query().Get("jwt"), room, ap.Start)
		want := fmt.Sprintf("clinician-%d", re.clinician(t, tc.user).ID)
		if err != nil || claims.Moderator != tc.moderator || claims.Context.User.ID != want {
			t.Errorf("%s's token: %+v, %v; want moderator %v as %s", tc.user, claims, err, tc.moderator, want)
		}
	}
	if n := re.auditCount(t, "referral.book", fmt.Sprint(id)); n != 1 {
		t.Errorf("%d bookings audited, want 1", n)
	}

	// On the session's day, the referring clinician's Today lists it with
	// their guest link and the referral.
	ap, err := re.appts.AppointmentByRoom(context.Background(), room)
	if err != nil {
		t.Fatal(err)
	}
	// (The dashboard's clock moves to that day; the env's sessions outlive
	// the move.)
	loc := riyadh(t)
	local := ap.Start.In(loc)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc)
	re.setClock(midnight.Add(12 * time.Hour))
	guestLink := regexp.MustCompile(`href="(https://meet\.example\.org/` + room + `\?jwt=[^"]+)"`)
	today := khalid.get("/dashboard/today")
	if today.status != http.StatusOK || guestLink.FindStringSubmatch(today.body) == nil ||
		!strings.Contains(today.body, fmt.Sprintf(`href="%s/%d"`, pathReferrals, id)) {
		t.Errorf("the referring clinician's day (%d) does not list the session with the guest link and the referral", today.status)
	}
	re.setClock(midnight.AddDate(0, 0, 1).Add(12 * time.Hour))
	if today := khalid.get("/dashboard/today"); guestLink.FindStringSubmatch(today.body) != nil {
		t.Error("the next day lists the joint session")
	}
	re.setClock(time.Now())

	// The desk cancels the session: both clinicians are told, on the
	// referral's page and by their notices, until each opens it.
	// (The admin covers Jeddah too, where the specialist's session is.)
	if _, err := re.pg.Pool().Exec(context.Background(), `
INSERT INTO clinician_facilities (clinician_id, facility_id)
SELECT c.id, f.id FROM clinicians c, facilities f WHERE c.username = 'admin.noura' AND f.code = 'jeddah_corniche'`); err != nil {
		t.Fatal(err)
	}
	noura := re.browser(t, "en")
	noura.mustLogin("admin.noura")
	if res := noura.post(fmt.Sprintf("/dashboard/desk/%d/cancel", ap.ID), url.Values{"version": {fmt.Sprint(ap.Version)}}); res.status != http.StatusSeeOther {
		t.Fatalf("the desk's cancel of the joint session: %d", res.status)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		who  *browser
		user string
		lang string
	}{{fatimah, "dr.fatimah", "ar"}, {khalid, "dr.khalid", "en"}} {
		scope := store.ReferralScope{ClinicianID: re.clinician(t, tc.user).ID}
		if n, err := re.refs.Notices(ctx, scope); err != nil || n.Changed != 1 {
			t.Errorf("%s's notices after the desk's cancel: %+v, %v; want one changed", tc.user, n, err)
		}
		page := tc.who.get(fmt.Sprintf("%s/%d", pathReferrals, id))
		want := strings.SplitN(re.text.Text(tc.lang, "dash_ref_session_desk_cancelled", map[string]any{"When": "\x00"}), "(", 2)[0]
		if !strings.Contains(html.UnescapeString(page.body), want) || !strings.Contains(page.body, `id="session-changed"`) {
			t.Errorf("%s's referral page does not say the desk cancelled the session (%q)", tc.user, want)
		}
		if n, err := re.refs.Notices(ctx, scope); err != nil || n.Changed != 0 {
			t.Errorf("%s's notices after opening it: %+v, %v; want none", tc.user, n, err)
		}
	}
}

// TestReferralFormOffers: the referral form lists each specialty with
// "any facility" and only the facilities that offer it, grouped by
// specialty (no script needed); a facility that does not offer the
// specialty is refused when sent anyway.
func TestReferralFormOffers(t *testing.T) {
	re := newReferralEnv(t)
	caseID := re.patient(t, "7601", "en").queue()
	khalid := re.browser(t, "en")
	khalid.mustLogin("dr.khalid")
	form := khalid.get(fmt.Sprintf("%s/new?case=%d", pathReferrals, caseID))
	jeddah, makkah, madinah := re.facilityID(t, "jeddah_corniche"), re.facilityID(t, "makkah_ajyad"), re.facilityID(t, "madinah_quba")
	for _, want := range []string{
		`<optgroup label="Dermatology">`, `<option value="dermatology:0">Dermatology — any facility</option>`,
		fmt.Sprintf(`<option value="dermatology:%d">`, jeddah), fmt.Sprintf(`<option value="pediatrics:%d">`, madinah),
	} {
		if !strings.Contains(html.UnescapeString(form.body), want) {
			t.Errorf("the referral form lacks %s", want)
		}
	}
	for _, not := range []string{fmt.Sprintf(`"dermatology:%d"`, makkah), fmt.Sprintf(`"pediatrics:%d"`, jeddah)} {
		if strings.Contains(form.body, not) {
			t.Errorf("the referral form offers %s, a facility without the specialty", not)
		}
	}
	res := khalid.post(pathReferrals, url.Values{"case": {fmt.Sprint(caseID)}, "target": {fmt.Sprint("dermatology:", makkah)},
		"urgency": {"routine"}, "question": {"A rash?"}})
	if page := khalid.get(res.header.Get("Location")); res.status != http.StatusSeeOther ||
		!strings.Contains(html.UnescapeString(page.body), re.text.Text("en", "dash_ref_invalid", nil)) {
		t.Errorf("a facility without the specialty: %d to %q, want refused", res.status, res.header.Get("Location"))
	}
}
