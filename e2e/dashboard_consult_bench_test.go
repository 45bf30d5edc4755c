package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// The consult's benchmarks report their own figures (ns/op says nothing
// here): see docs/BENCHMARKS.md for the commands and what they measure.

var caseLink = regexp.MustCompile(`/dashboard/cases/(\d+)"`)

// queueChanged is the kind of event a clinician gets for another
// clinician's case.
const queueChanged = `"queue.changed"`

// fetch GETs path as b, safely from any goroutine.
func (b *browser) fetch(path string) (string, error) {
	req, _ := http.NewRequest(http.MethodGet, b.base+path, nil)
	res, err := b.c.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("GET %s = %d", path, res.StatusCode)
	}
	return string(body), err
}

// queueWatch is an open queue page as dash.js runs it: on every case event
// it fetches the rows; it records when each case first showed in them.
type queueWatch struct {
	mu    sync.Mutex
	first map[int64]time.Time
}

func watchQueue(tb testing.TB, b *browser) *queueWatch {
	tb.Helper()
	w := &queueWatch{first: map[int64]time.Time{}}
	s := b.openStream("", "")
	tb.Cleanup(s.cancel)
	go func() {
		for ev := range s.events {
			if ev.name != "case" && ev.name != "reset" {
				continue
			}
			rows, err := b.fetch("/dashboard/queue/rows")
			if err != nil {
				continue
			}
			at := time.Now()
			w.mu.Lock()
			for _, m := range caseLink.FindAllStringSubmatch(rows, -1) {
				id, _ := strconv.ParseInt(m[1], 10, 64)
				if _, ok := w.first[id]; !ok {
					w.first[id] = at
				}
			}
			w.mu.Unlock()
		}
	}()
	return w
}

// seen waits until case id showed and returns when it first did.
func (w *queueWatch) seen(tb testing.TB, id int64) time.Time {
	tb.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		w.mu.Lock()
		at, ok := w.first[id]
		w.mu.Unlock()
		if ok {
			return at
		}
		time.Sleep(time.Millisecond)
	}
	tb.Fatalf("case %d never showed on the dashboard", id)
	return time.Time{}
}

func percentile(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// BenchmarkTriageToDashboard measures, per patient, the time from the
// patient's last triage answer reaching the (fake) Telegram Bot API to
// their case showing in the rows of an open queue page: intake, the
// dialogs, the case written and announced, the event stream, the rows
// fetched. Patients walk one after another, Arabic and English in turn.
func BenchmarkTriageToDashboard(b *testing.B) {
	b.StopTimer() // the figures are the latencies reported below
	ce := newConsultEnv(b)
	tg := ce.telegram(b)
	doc := ce.browser(b, "en")
	doc.mustLogin("dr.khalid")
	watch := watchQueue(b, doc)
	ctx := context.Background()
	var lat []time.Duration
	for i := range b.N {
		u := telegramtest.User{ID: int64(800000 + i), FirstName: "P", LanguageCode: []string{"ar", "en"}[i%2]}
		m, data := tg.toTriage(b, u)
		t0 := tg.answerToQueue(b, u, m, data)
		var id int64
		if err := ce.pg.Pool().QueryRow(ctx, `SELECT id FROM cases WHERE starts_with(source, $1) AND status = 'waiting'`,
			fmt.Sprintf("telegram:%d/", u.ID)).Scan(&id); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, watch.seen(b, id).Sub(t0))
		// Keep the queue at a working length: the case is taken.
		if _, err := ce.pg.Pool().Exec(ctx, `UPDATE cases SET status = 'left' WHERE id = $1`, id); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(percentile(lat, 0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(lat, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(slices.Max(lat).Microseconds())/1000, "max-ms")
}

// BenchmarkCreateClaimWith20Dashboards measures queue throughput: b.N
// cases created (as the dialogs create them: written and announced) and
// claimed through the dashboard's claim form (the claim, its video room
// and the patient's notice in one transaction, then the notice delivered
// through the patient's conversation) by 8 clinicians' browsers at once,
// while 20 dashboards hold the event stream open. It reports cases created
// and claimed per second, and how long after the last claim every
// dashboard had heard of every case and claim.
func BenchmarkCreateClaimWith20Dashboards(b *testing.B) {
	b.StopTimer()
	ctx := context.Background()
	ce := newConsultEnv(b)
	const dashboards, claimers = 20, 8
	var heard [dashboards]atomic.Int64
	for i := range dashboards {
		br := ce.browser(b, "en")
		br.mustLogin([]string{"dr.khalid", "dr.omar", "coord.sara", "admin.noura"}[i%4])
		s := br.openStream("", "")
		b.Cleanup(s.cancel)
		go func() {
			for ev := range s.events {
				// Another clinician hears a claim as "queue.changed", which
				// names no case (events.go, eventFor); a delivered notice
				// too, so that dashboard may count a claim early.
				if strings.Contains(ev.data, store.EventCaseCreated) || strings.Contains(ev.data, store.EventCaseClaimed) ||
					strings.Contains(ev.data, queueChanged) {
					heard[i].Add(1)
				}
			}
		}()
	}
	docs := make([]*browser, claimers)
	for i := range docs {
		docs[i] = ce.browser(b, "en")
		docs[i].mustLogin("dr.khalid")
	}
	patients := make([]int64, b.N)
	for i := range patients {
		p, err := ce.pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: strconv.Itoa(900000 + i)}, "x")
		if err != nil {
			b.Fatal(err)
		}
		patients[i] = p.ID
	}
	live := ce.pg.Cases(ce.rd)
	work := make(chan int)
	var failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := range claimers {
		wg.Go(func() {
			for i := range work {
				id, err := live.OpenCase(ctx, dialogs.Case{PatientID: patients[i], Source: fmt.Sprint("bench/", i), Lang: "ar",
					Complaint: "إجهاد حراري", Urgency: "urgent", Specialty: "general_practice", Queue: true})
				if err != nil || docs[w].claim(id) != nil {
					failed.Add(1)
				}
			}
		})
	}
	for i := range b.N {
		work <- i
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	want := int64(2 * b.N)
	for i := range dashboards {
		for heard[i].Load() < want {
			if time.Since(start) > elapsed+30*time.Second {
				b.Fatalf("dashboard %d heard %d of %d events", i, heard[i].Load(), want)
			}
			time.Sleep(time.Millisecond)
		}
	}
	fanOut := time.Since(start) - elapsed
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d cases failed", n)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "cases/s")
	b.ReportMetric(float64(fanOut.Microseconds())/1000, "fanout-ms")
}

// claim posts the claim form for case id; safe from any goroutine.
func (b *browser) claim(id int64) error {
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/dashboard/cases/%d/claim", b.base, id), strings.NewReader(url.Values{}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := b.c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || !strings.HasSuffix(res.Header.Get("Location"), fmt.Sprint("/cases/", id)) {
		return fmt.Errorf("claim %d = %d to %s", id, res.StatusCode, res.Header.Get("Location"))
	}
	return nil
}
