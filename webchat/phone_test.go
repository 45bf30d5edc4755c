package webchat

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
	"github.com/frontdoor-health/frontdoor/video"
)

// The phone the walk used: an iPhone 12-14's CSS viewport.
const phoneWidth, phoneHeight = 390, 844

// phoneProcess starts a web chat with triage and booking both on, as serve
// wires them over the demo clinics.
func (st stack) phoneProcess(t *testing.T) *httptest.Server {
	t.Helper()
	if _, err := store.SeedDemo(t.Context(), st.pg); err != nil {
		t.Fatal(err)
	}
	rules, err := triage.Load()
	if err != nil {
		t.Fatal(err)
	}
	eng := &dialogs.Engine{Sessions: st.redis, Patients: st.pg.Patients(), Text: st.text, EmergencyNumber: "997",
		Cases:    st.pg.Cases(st.redis),
		Triage:   &dialogs.Triage{Rules: rules, FacilityPhone: clinicPhone},
		RedFlags: dialogs.RedFlagsFrom(rules),
	}
	svc, err := reminders.NewJobs(st.pg.Pool(), nil)
	if err != nil {
		t.Fatal(err)
	}
	appts, err := store.NewAppointments(st.pg, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: svc})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.UseBooking(dialogs.Booking{Appointments: appts, HoldFor: appts.HoldFor()}); err != nil {
		t.Fatal(err)
	}
	if err := eng.Validate(); err != nil {
		t.Fatal(err)
	}
	s := &Server{Handler: eng, Text: st.text, Locker: st.redis, Keys: st.redis, Limiter: st.redis, Metrics: metrics.New(), Emergency: "997"}
	ts := httptest.NewServer(s.Routes())
	t.Cleanup(ts.Close)
	return ts
}

// phone drives one conversation on a 390×844 phone screen.
type phone struct {
	t     *testing.T
	ctx   context.Context
	name  string // screenshot prefix
	shots int
}

func openPhone(t *testing.T, accept, name string) *phone {
	t.Helper()
	ctx := openBrowser(t, accept, false)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateMobile, chromedp.EmulateScale(2))); err != nil {
		t.Fatalf("phone viewport: %v", err)
	}
	return &phone{t: t, ctx: ctx, name: name}
}

// replies counts the replies shown so far.
func (p *phone) replies() int {
	p.t.Helper()
	n, err := chromedp.Run(p.ctx, chromedp.Evaluate[int](`document.querySelectorAll("#log li.bot").length`))
	if err != nil {
		p.t.Fatalf("count replies: %v", err)
	}
	return n
}

// act runs do, waits for the answer to be drawn (more replies than
// before, nothing left to send) and checks the screen as a patient sees it.
func (p *phone) act(step string, do ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	before := p.replies()
	if err := chromedp.Do(p.ctx, do...); err != nil {
		p.t.Fatalf("%s: %v", step, err)
	}
	wait := fmt.Sprintf(`document.querySelectorAll("#log li.bot").length > %d && document.getElementById("typing").hidden`, before)
	if _, err := chromedp.Run(p.ctx, chromedp.Poll[bool](wait)); err != nil {
		p.t.Fatalf("%s: no answer drawn: %v", step, err)
	}
	p.check(step)
}

// inView is what the check measures: each live control of the latest
// reply, and whether its whole box lies inside the visible part of the
// conversation (between the header and the input row) and the screen.
const inView = `(() => {
  const main = document.getElementById("main").getBoundingClientRect();
  const top = Math.max(0, main.top), bottom = Math.min(innerHeight, main.bottom);
  const bots = document.querySelectorAll("#log li.bot");
  const last = bots[bots.length - 1];
  return Array.from(last.querySelectorAll(".key, .phone-field")).map(k => {
    const r = k.getBoundingClientRect();
    const ok = r.top >= top - 1 && r.bottom <= bottom + 1 && r.left >= -1 && r.right <= innerWidth + 1 && r.height > 0;
    return (ok ? "ok " : "OUT ") + Math.round(r.top) + "-" + Math.round(r.bottom) + " of " + Math.round(top) + "-" + Math.round(bottom) + " " + k.textContent.trim();
  });
})()`

// check fails the step when a button of the latest reply is not wholly on
// screen without scrolling, and keeps a screenshot of it.
func (p *phone) check(step string) {
	p.t.Helper()
	// Let the scroll and the layout settle (two frames).
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		p.t.Fatal(err)
	}
	boxes, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](inView))
	if err != nil {
		p.t.Fatalf("%s: measure buttons: %v", step, err)
	}
	for _, b := range boxes {
		if !strings.HasPrefix(b, "ok ") {
			p.t.Errorf("%s: a button of the latest reply is off screen: %s", step, b)
		}
	}
	// Nothing (the header's tools above all) reaches past the screen's
	// edges: a page wider than the phone hides what lies beyond.
	wide, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".top button, .emergency a, .compose button")).filter(b => b.offsetParent).map(b => {
	  const r = b.getBoundingClientRect();
	  return (r.left >= -1 && r.right <= innerWidth + 1 ? "ok " : "OUT ") + Math.round(r.left) + ".." + Math.round(r.right) + " " + b.textContent.trim();
	}).concat(document.documentElement.scrollWidth > innerWidth + 1 ? ["OUT page " + document.documentElement.scrollWidth] : [])`))
	if err != nil {
		p.t.Fatalf("%s: measure the page: %v", step, err)
	}
	for _, b := range wide {
		if !strings.HasPrefix(b, "ok ") {
			p.t.Errorf("%s: past the screen's edge: %s", step, b)
		}
	}
	p.shots++
	p.shoot(fmt.Sprintf("%s-%02d-%s", p.name, p.shots, step))
}

func (p *phone) shoot(name string) {
	p.t.Helper()
	dir := artefacts(p.t)
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		p.t.Fatal(err)
	}
	p.t.Logf("screenshot: %s", path)
}

// artefacts is where the phone walks keep their screenshots:
// $FRONTDOOR_SCREENSHOTS, else $FRONTDOOR_ARTEFACTS/screens, else
// testdata/screens (ignored by git).
func artefacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv(browsertest.EnvScreenshots)
	if dir == "" {
		if a := os.Getenv("FRONTDOOR_ARTEFACTS"); a != "" {
			dir = filepath.Join(a, "screens")
		} else {
			dir = filepath.Join("testdata", "screens")
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// tap taps the live button labelled label.
func (p *phone) tap(step, label string) {
	p.t.Helper()
	p.act(step, chromedp.Click(key(label)))
}

// tapFirst taps the first live button of the latest reply.
func (p *phone) tapFirst(step string) {
	p.t.Helper()
	p.act(step, chromedp.Click(`#log li.bot:last-child button.key:not([disabled])`))
}

// typeText types text and sends it with the Send button.
func (p *phone) typeText(step, text string) {
	p.t.Helper()
	p.act(step, chromedp.SendKeys("#text", text), chromedp.Click(".send"))
}

// live returns the labels of the latest reply's live buttons.
func (p *phone) live() []string {
	p.t.Helper()
	live, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#log li.bot:last-child button.key:not([disabled])")).map(b => b.textContent.trim())`))
	if err != nil {
		p.t.Fatal(err)
	}
	return live
}

// answerTriage answers "No" to every yes/no question and the first choice
// to any other, until the advice comes.
func answerTriage(t *testing.T, p *phone, st stack, l string) {
	t.Helper()
	done := map[string]bool{st.t(l, "triagedialog_book_button"): true, st.t(l, "triagedialog_worried_button"): true,
		st.t(l, "triagedialog_doctor_anyway_button"): true, st.t(l, "triagedialog_menu_button"): true,
		st.t(l, "booking_yes_button"): true}
	for i := 1; i <= 15; i++ {
		live := p.live()
		if len(live) == 0 || slices.ContainsFunc(live, func(s string) bool { return done[s] }) {
			return
		}
		if slices.Contains(live, st.t(l, "triage_a_no")) {
			p.tap(fmt.Sprintf("answer%d", i), st.t(l, "triage_a_no"))
		} else {
			p.tapFirst(fmt.Sprintf("answer%d", i))
		}
	}
	t.Fatal("triage asked more than 15 questions")
}

// TestPhoneWalks walks booking and triage on a phone-sized screen in Arabic
// and English, as an elderly patient would: after every reply, every
// button of the latest reply must be on screen without scrolling.
func TestPhoneWalks(t *testing.T) {
	browsertest.Need(t)
	st := newStack(t)
	ts := st.phoneProcess(t)
	for _, tc := range []struct {
		lang, accept, routine, emergency string
	}{
		{"ar", "ar-SA,ar;q=0.9", "ابي اجدد وصفة دوا الضغط", "صدري يوجعني وعرقان"},
		{"en", "en-GB,en;q=0.9", "I need a repeat prescription for my blood pressure pills", "my father can't move his left arm"},
	} {
		l := tc.lang
		start := func(p *phone) {
			t.Helper()
			if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(key(st.lang(l)))); err != nil {
				t.Fatal(err)
			}
			p.check("start")
			p.tap("language", st.lang(l))
			p.tap("consent", st.t(l, "onboarding_agree"))
		}
		t.Run("booking-"+l, func(t *testing.T) {
			p := openPhone(t, tc.accept, "phone-"+l+"-booking")
			start(p)
			p.tap("book", st.t(l, "menu_book"))
			p.typeText("problem", tc.routine)
			answerTriage(t, p, st, l)
			if slices.Contains(p.live(), st.t(l, "triagedialog_book_button")) {
				p.tap("to-booking", st.t(l, "triagedialog_book_button"))
			}
			for i := 1; !slices.Contains(p.live(), st.t(l, "booking_yes_button")); i++ {
				if i > 4 {
					t.Fatalf("no %q after %d taps", st.t(l, "booking_yes_button"), i)
				}
				p.tapFirst(fmt.Sprintf("choose%d", i)) // specialty, day, time
			}
			p.tap("booked", st.t(l, "booking_yes_button"))
			p.tap("appointments", st.t(l, "menu_appointments"))
			p.tapFirst("appointment")
			// Back another day: the menu offers the same doctor first, and
			// their times are three taps away.
			p.act("menu", chromedp.Click(`.tool[data-send="/menu"]`))
			p.tapFirst("again")
			p.tap("safety", st.t(l, "booking_safety_no"))
			p.tapFirst("again-day")
		})
		t.Run("triage-"+l, func(t *testing.T) {
			p := openPhone(t, tc.accept, "phone-"+l+"-triage")
			start(p)
			p.tap("doctor", st.t(l, "menu_doctor"))
			p.typeText("problem", tc.routine)
			answerTriage(t, p, st, l)
			p.act("menu", chromedp.Click(`.tool[data-send="/menu"]`))
		})
		t.Run("emergency-"+l, func(t *testing.T) {
			p := openPhone(t, tc.accept, "phone-"+l+"-emergency")
			start(p)
			p.tap("doctor", st.t(l, "menu_doctor"))
			p.typeText("red-flag", tc.emergency)
			// The last reply offers a phone field for a call back.
			p.act("phone", chromedp.SendKeys(`#log li.bot:last-child input.phone-field`, "+966 51 234 5678"),
				chromedp.Click(`#log li.bot:last-child button.phone-send`))
			thanks, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](
				`Array.from(document.querySelectorAll("#log li.bot")).map(li => li.textContent).join("\n")`))
			if err != nil || !strings.Contains(thanks, st.t(l, "dialogs_phone_kept")) {
				t.Errorf("no thanks for the number kept (%v)", err)
			}
		})
	}
}

// TestPhoneLongMessageKeepsText types a message longer than the limit on a
// phone: the page says how far over it is and keeps every letter in the
// box, and nothing is sent; shortened, it goes.
func TestPhoneLongMessageKeepsText(t *testing.T) {
	browsertest.Need(t)
	for _, tc := range []struct{ lang, accept, letter, over string }{
		{"ar", "ar-SA,ar;q=0.9", "ب", "٢٠٠"},
		{"en", "en-GB,en;q=0.9", "b", "200"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			st := newStack(t)
			ts := st.process(t)
			p := openPhone(t, tc.accept, "phone-"+tc.lang+"-long")
			if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(key(st.lang(tc.lang)))); err != nil {
				t.Fatal(err)
			}
			long := strings.Repeat(tc.letter, MaxTextChars+200)
			// Pasted, as a long text usually arrives; then Send.
			set := fmt.Sprintf(`(() => { const i = document.getElementById("text"); i.value = %q; i.dispatchEvent(new Event("input")); return true })()`, long)
			if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](set)); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(p.ctx, chromedp.Click(".send")); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](
				`[document.getElementById("text").value, document.getElementById("count").textContent, String(document.getElementById("count").hidden), String(document.querySelectorAll("#log li.me").length)]`))
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != long {
				t.Errorf("after Send the box holds %d characters, want the %d typed", len([]rune(got[0])), len([]rune(long)))
			}
			if got[2] != "false" || !strings.Contains(got[1], tc.over) {
				t.Errorf("counter %q (hidden %s): want it saying %s letters too many", got[1], got[2], tc.over)
			}
			if got[3] != "0" {
				t.Errorf("%s messages sent, want none", got[3])
			}
			p.shoot("phone-" + tc.lang + "-long-1-over")

			// Shortened to the limit, it is sent and the box empties.
			cut := fmt.Sprintf(`(() => { const i = document.getElementById("text"); i.value = %q; i.dispatchEvent(new Event("input")); return true })()`, long[:len(string([]rune(long)[:MaxTextChars]))])
			if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](cut)); err != nil {
				t.Fatal(err)
			}
			p.shoot("phone-" + tc.lang + "-long-2-at-limit")
			p.act("sent", chromedp.Click(".send"))
			left, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.getElementById("text").value`))
			if err != nil || left != "" {
				t.Errorf("after sending, the box holds %d characters (%v)", len(left), err)
			}
		})
	}
}

// TestPhoneReplyLayout draws the replies whose layout the issue found
// wrong on a phone: the rating is one row of five, the calendar file is
// offered as "Add to my calendar", a "Dr." keeps to its name, and a long
// reply is split into bubbles with its buttons still in view.
func TestPhoneReplyLayout(t *testing.T) {
	browsertest.Need(t)
	long := strings.Repeat("Rest, drink water often, and stay out of the sun at midday.\n\n", 12)
	h := &scripted{reply: func(_ context.Context, in dialogs.Input) ([]dialogs.Reply, error) {
		if in.Data == "" {
			var rate []dialogs.Button
			for n := 1; n <= 5; n++ {
				rate = append(rate, dialogs.Button{Label: fmt.Sprintf("%d ⭐", n), Data: fmt.Sprintf("rt:%d", n)})
			}
			return []dialogs.Reply{
				{Lang: "en", Text: "Your appointment with the doctor of the day, Dr. Aisha Al-Harbi, is booked.",
					Document: &dialogs.Document{Name: "appointment.ics", MIME: "text/calendar", Data: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}},
				{Lang: "en", Text: "How was your consultation?", Buttons: [][]dialogs.Button{rate, {{Label: "Main menu", Data: "m"}}}},
			}, nil
		}
		return []dialogs.Reply{{Lang: "en", Text: long, Buttons: [][]dialogs.Button{{{Label: "Book an appointment", Data: "b"}}, {{Label: "Main menu", Data: "m"}}}}}, nil
	}}
	_, ts := newServer(t, h)
	p := openPhone(t, "en", "phone-en-layout")
	if err := chromedp.Do(p.ctx, chromedp.Navigate(ts.URL+"/chat"), chromedp.WaitVisible(key("3 ⭐"))); err != nil {
		t.Fatal(err)
	}
	p.check("rating")
	got, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](`(() => {
	  const tops = new Set(Array.from(document.querySelectorAll("#log li.bot:last-child .keys:first-child .key")).map(k => Math.round(k.getBoundingClientRect().top)));
	  const file = document.querySelector("#log a.key[download]");
	  return [String(tops.size), file ? file.textContent : "", document.querySelector("#log li.bot p.text").textContent];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "1" {
		t.Errorf("the five rating buttons stand on %s rows, want one", got[0])
	}
	if want := testServer(t, h).Text.Text("en", "webchat_calendar", nil); got[1] != want {
		t.Errorf("the calendar file is offered as %q, want %q", got[1], want)
	}
	if !strings.Contains(got[2], "Dr.\u00a0Aisha") {
		t.Errorf("%q: want a no-break space after Dr.", got[2])
	}
	p.act("long reply", chromedp.Click(key("3 ⭐")))
	bubbles, err := chromedp.Run(p.ctx, chromedp.Evaluate[int](`document.querySelectorAll("#log li.bot:last-child p.text").length`))
	if err != nil || bubbles != 12 {
		t.Errorf("a 12-paragraph reply is drawn as %d bubbles (%v), want 12", bubbles, err)
	}
}
