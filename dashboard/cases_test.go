package dashboard

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
)

var sources atomic.Int64

// openCase queues a case as the dialogs would (announcing it), at facility
// (0: the network-wide pool).
func (e *env) openCase(t testing.TB, c dialogs.Case, facility int64) int64 {
	t.Helper()
	ctx := context.Background()
	if c.PatientID == 0 {
		p, err := e.pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "500"}, "500")
		if err != nil {
			t.Fatal(err)
		}
		c.PatientID = p.ID
	}
	if c.Source == "" {
		c.Source = fmt.Sprintf("test:%d", sources.Add(1))
	}
	c.Queue = true
	id, err := e.pg.Cases(e.rd).OpenCase(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if facility != 0 {
		if _, err := e.pg.Pool().Exec(ctx, `UPDATE cases SET facility_id = $2 WHERE id = $1`, id, facility); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

// chestPain is an Arabic-speaking pilgrim's emergency, with markup in
// their words that must show as text.
var chestPain = dialogs.Case{
	Lang: "ar", Complaint: "ألم شديد في الصدر <b>منذ ساعة</b>", Urgency: "emergency", Specialty: "emergency_medicine",
	RedFlags: []string{"RF-CHEST-01"}, Pathway: "chest",
	Answers: map[string]string{"duration": "hours", "chest_spread": "yes"},
	Facts: map[string]string{"pilgrim": "true", "sex": "m", "chronic": "diabetes,hypertension",
		"finding:chest_pain": "present:text", "finding:sweating": "unknown:answer", "finding:breathless": "absent:answer"},
}

func TestQueueAndCaseView(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	routine := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "rash", Urgency: "routine", Specialty: "general_practice"}, 0)
	emergency := e.openCase(t, chestPain, khalid.Facilities[0])

	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	queue := b.get("/dashboard/queue")
	first, second := strings.Index(queue.body, fmt.Sprintf("/dashboard/cases/%d\"", emergency)), strings.Index(queue.body, fmt.Sprintf("/dashboard/cases/%d\"", routine))
	if first < 0 || second < 0 || first > second {
		t.Fatalf("queue does not list the emergency (%d) before the routine case (%d)", emergency, routine)
	}
	for _, want := range []string{`class="u-emergency"`, "Emergency", "Pilgrim", "Arabic", "2 patients waiting", "Take case"} {
		if !strings.Contains(queue.body, want) {
			t.Errorf("queue lacks %q", want)
		}
	}
	if strings.Contains(queue.body, "ألم شديد") {
		t.Error("the queue shows the patient's words; only the case page may")
	}

	page := b.get(fmt.Sprintf("/dashboard/cases/%d", emergency))
	if page.status != http.StatusOK {
		t.Fatalf("case page = %d", page.status)
	}
	for _, want := range []string{
		html.EscapeString(chestPain.Complaint), // verbatim, and escaped
		`lang="ar" dir="auto"`, "RF-CHEST-01", "Yes", "Diabetes, High blood pressure", "Male",
		"Findings", "Pain, tightness or discomfort in the chest now", "in the patient&#39;s words", "Not sure", "Absent",
		"Written in Arabic.", "The patient reads Arabic: reply in short, simple sentences.",
	} {
		if !strings.Contains(page.body, want) {
			t.Errorf("case page lacks %q", want)
		}
	}
	if strings.Contains(page.body, "<b>منذ") {
		t.Error("the patient's words were rendered as markup")
	}
	b.get(fmt.Sprintf("/dashboard/cases/%d", emergency))
	if n := e.auditCount(t, "case.view", fmt.Sprint(emergency)); n != 2 {
		t.Errorf("case.view audit rows = %d after two views, want 2", n)
	}
	var leaked int
	if err := e.pg.Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE detail::text LIKE '%ألم%' OR detail::text LIKE '%rash%'`).Scan(&leaked); err != nil || leaked != 0 {
		t.Errorf("audit rows holding patient text = %d, %v", leaked, err)
	}

	// The same case in Arabic for an Arabic-reading clinician.
	ar := e.browser(t, "ar")
	ar.mustLogin("dr.khalid")
	arPage := ar.get(fmt.Sprintf("/dashboard/cases/%d", emergency))
	for _, want := range []string{`<html lang="ar" dir="rtl">`, "السكري، ارتفاع ضغط الدم", "ذكر", "طارئة", "الحالة " + numeralsAr(emergency),
		"النتائج السريرية", "ألم في الصدر", "من كلام المريض", "غير موجودة", "لغة الكتابة: العربية."} {
		if !strings.Contains(arPage.body, want) {
			t.Errorf("Arabic case page lacks %q", want)
		}
	}
	if strings.Contains(arPage.body, "بجمل قصيرة") {
		t.Error("a clinician who reads the patient's language is asked to write simply")
	}
}

func numeralsAr(n int64) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '٠' + (r - '0')
		}
		return r
	}, fmt.Sprint(n))
}

func TestCaseScoping(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	makkahCase := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "cough", Urgency: "urgent", Specialty: "general_practice"}, khalid.Facilities[0])

	omar := e.browser(t, "en") // Madinah
	omar.mustLogin("dr.omar")
	for _, path := range []string{
		fmt.Sprintf("/dashboard/cases/%d", makkahCase),        // another facility's case by its id
		fmt.Sprintf("/dashboard/cases/%d", makkahCase+10_000), // a guessed id
		"/dashboard/cases/abc",
		"/dashboard/cases/-1",
	} {
		if res := omar.get(path); res.status != http.StatusNotFound || !strings.Contains(res.body, e.text.Text("en", "dash_error_not_found", nil)) {
			t.Errorf("GET %s = %d, want the 404 page", path, res.status)
		}
	}
	if res := omar.post(fmt.Sprintf("/dashboard/cases/%d/claim", makkahCase), nil); res.status != http.StatusNotFound {
		t.Errorf("claim of another facility's case = %d, want 404", res.status)
	}
	if rows := omar.get("/dashboard/queue/rows"); strings.Contains(rows.body, fmt.Sprintf("/dashboard/cases/%d\"", makkahCase)) {
		t.Error("another facility's case is in the queue")
	}
	if n := e.auditCount(t, "case.view", fmt.Sprint(makkahCase)); n != 0 {
		t.Errorf("refused views wrote %d case.view audit rows", n)
	}

	// A coordinator sees it but has no claim button and cannot claim.
	sara := e.browser(t, "en")
	sara.mustLogin("coord.sara")
	page := sara.get(fmt.Sprintf("/dashboard/cases/%d", makkahCase))
	if page.status != http.StatusOK || strings.Contains(page.body, "/claim") {
		t.Errorf("coordinator's case page = %d (claim form shown: %v)", page.status, strings.Contains(page.body, "/claim"))
	}
	if res := sara.post(fmt.Sprintf("/dashboard/cases/%d/claim", makkahCase), nil); res.status != http.StatusNotFound {
		t.Errorf("coordinator's claim = %d, want 404", res.status)
	}
}

func TestClaimRace(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	id := e.openCase(t, dialogs.Case{Lang: "en", Complaint: "fever", Urgency: "urgent", Specialty: "general_practice"}, khalid.Facilities[0])

	watcher := e.browser(t, "en")
	watcher.mustLogin("coord.sara")
	s := watcher.openStream("", "")

	// Two clinicians of the same facility and specialty.
	if _, err := e.pg.Accounts().AddClinician(context.Background(), store.NewClinician{
		Username: "dr.huda", Facilities: []string{"makkah_ajyad"}, Role: store.RoleClinician,
		Names: locales.Names{"ar": "د. هدى", "en": "Dr. Huda"}, Specialties: []string{"general_practice"}, PasswordHash: mustDemoHash(t, e),
	}, store.AuditActor{Kind: store.ActorSystem, ID: "test"}); err != nil {
		t.Fatal(err)
	}
	a, h := e.browser(t, "en"), e.browser(t, "en")
	a.mustLogin("dr.khalid")
	h.mustLogin("dr.huda")

	var wg sync.WaitGroup
	results := make([]response, 2)
	for i, b := range []*browser{a, h} {
		wg.Go(func() { results[i] = b.post(fmt.Sprintf("/dashboard/cases/%d/claim", id), nil) })
	}
	wg.Wait()
	won, lost := -1, -1
	for i, res := range results {
		switch loc := res.header.Get("Location"); {
		case res.status == http.StatusSeeOther && loc == fmt.Sprintf("/dashboard/cases/%d", id):
			won = i
		case res.status == http.StatusSeeOther && loc == pathQueue:
			lost = i
		default:
			t.Fatalf("claim %d = %d to %q", i, res.status, loc)
		}
	}
	if won < 0 || lost < 0 {
		t.Fatalf("claims: won %d, lost %d; want one of each", won, lost)
	}
	winner, loser := []*browser{a, h}[won], []*browser{a, h}[lost]
	if page := loser.get(pathQueue); !strings.Contains(page.body, e.text.Text("en", "dash_case_taken", nil)) {
		t.Error("the losing clinician was not told")
	}
	if page := winner.get(fmt.Sprintf("/dashboard/cases/%d", id)); !strings.Contains(page.body, e.text.Text("en", "dash_case_claimed", nil)) ||
		!strings.Contains(page.body, e.text.Text("en", "dash_case_mine", nil)) {
		t.Error("the winning clinician's case page does not say the case is theirs")
	}
	if res := loser.get(fmt.Sprintf("/dashboard/cases/%d", id)); res.status != http.StatusNotFound {
		t.Errorf("the loser's view of the claimed case = %d, want 404", res.status)
	}

	// Every dashboard hears of the creation and the claim.
	var kinds []string
	for len(kinds) < 1 || kinds[len(kinds)-1] != `{"kind":"case.claimed","case":`+fmt.Sprint(id)+`}` {
		ev := s.next()
		if ev.name == "case" {
			kinds = append(kinds, ev.data)
		}
	}
}

// mustDemoHash hashes the demo password (for accounts a test adds).
func mustDemoHash(t *testing.T, e *env) string {
	t.Helper()
	_, hash, err := e.pg.Accounts().ClinicianLogin(context.Background(), "dr.khalid")
	if err != nil {
		t.Fatal(err)
	}
	return hash // the demo accounts share store.DemoPassword
}

func TestLiveQueueHearsNewCases(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	s := b.openStream("", "")
	id := e.openCase(t, dialogs.Case{Lang: "ar", Complaint: "دوخة", Urgency: "urgent", Specialty: "general_practice"}, 0)
	if ev := s.next(); ev.name != "case" || ev.data != fmt.Sprintf(`{"kind":"case.created","case":%d}`, id) {
		t.Errorf("event = %+v, want case.created for %d", ev, id)
	}
	if rows := b.get("/dashboard/queue/rows"); !strings.Contains(rows.body, fmt.Sprintf("/dashboard/cases/%d\"", id)) {
		t.Error("the new case is not in the rows the script fetches")
	}
}
