package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/webchat"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// answerTriage answers "No" to every yes/no question and the first choice
// to any other, until the advice comes.
func answerTriage(t *testing.T, p *webchattest.Phone, st webStack, l string) {
	t.Helper()
	done := map[string]bool{st.t(l, "triagedialog_book_button"): true, st.t(l, "triagedialog_worried_button"): true,
		st.t(l, "triagedialog_doctor_anyway_button"): true, st.t(l, "triagedialog_menu_button"): true,
		st.t(l, "booking_yes_button"): true}
	for i := 1; i <= 15; i++ {
		live := p.Live()
		if len(live) == 0 || slices.ContainsFunc(live, func(s string) bool { return done[s] }) {
			return
		}
		if slices.Contains(live, st.t(l, "triage_a_no")) {
			p.Tap(fmt.Sprintf("answer%d", i), st.t(l, "triage_a_no"))
		} else {
			p.TapFirst(fmt.Sprintf("answer%d", i))
		}
	}
	t.Fatal("triage asked more than 15 questions")
}

// TestBrowserPhoneWalks walks booking and triage on a phone-sized screen in Arabic
// and English, as an elderly patient would: after every reply, every
// button of the latest reply must be on screen without scrolling.
func TestBrowserPhoneWalks(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	st := newDemoWebStack(t)
	_, ts := st.process(t)
	for _, tc := range []struct {
		lang, accept, routine, emergency string
	}{
		{"ar", "ar-SA,ar;q=0.9", "ابي اجدد وصفة دوا الضغط", "صدري يوجعني وعرقان"},
		{"en", "en-GB,en;q=0.9", "I need a repeat prescription for my blood pressure pills", "my father can't move his left arm"},
	} {
		l := tc.lang
		start := func(p *webchattest.Phone) {
			t.Helper()
			if err := chromedp.Do(p.Ctx, chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(webchattest.Key(st.lang(l)))); err != nil {
				t.Fatal(err)
			}
			p.Check("start")
			p.Tap("language", st.lang(l))
			p.Tap("consent", st.t(l, "onboarding_agree"))
		}
		t.Run("booking-"+l, func(t *testing.T) {
			p := webchattest.OpenPhone(t, tc.accept, "phone-"+l+"-booking")
			start(p)
			p.Tap("book", st.t(l, "menu_book"))
			p.TypeText("problem", tc.routine)
			answerTriage(t, p, st, l)
			if slices.Contains(p.Live(), st.t(l, "triagedialog_book_button")) {
				p.Tap("to-booking", st.t(l, "triagedialog_book_button"))
			}
			for i := 1; !slices.Contains(p.Live(), st.t(l, "booking_yes_button")); i++ {
				if i > 4 {
					t.Fatalf("no %q after %d taps", st.t(l, "booking_yes_button"), i)
				}
				p.TapFirst(fmt.Sprintf("choose%d", i)) // specialty, day, time
			}
			p.Tap("booked", st.t(l, "booking_yes_button"))
			p.Tap("appointments", st.t(l, "menu_appointments"))
			p.TapFirst("appointment")
			// Back another day: the menu offers the same doctor first, and
			// their times are three taps away.
			p.Act("menu", chromedp.Click(`.tool[data-send="/menu"]`))
			p.TapFirst("again")
			p.Tap("safety", st.t(l, "booking_safety_no"))
			p.TapFirst("again-day")
		})
		t.Run("triage-"+l, func(t *testing.T) {
			p := webchattest.OpenPhone(t, tc.accept, "phone-"+l+"-triage")
			start(p)
			p.Tap("doctor", st.t(l, "menu_doctor"))
			p.TypeText("problem", tc.routine)
			answerTriage(t, p, st, l)
			p.Act("menu", chromedp.Click(`.tool[data-send="/menu"]`))
		})
		t.Run("emergency-"+l, func(t *testing.T) {
			p := webchattest.OpenPhone(t, tc.accept, "phone-"+l+"-emergency")
			start(p)
			p.Tap("doctor", st.t(l, "menu_doctor"))
			p.TypeText("red-flag", tc.emergency)
			// The last reply offers a phone field for a call back.
			p.Act("phone", chromedp.SendKeys(`#log li.bot:last-child input.phone-field`, "+966 51 234 5678"),
				chromedp.Click(`#log li.bot:last-child button.phone-send`))
			thanks, err := chromedp.Run(p.Ctx, chromedp.Evaluate[string](
				`Array.from(document.querySelectorAll("#log li.bot")).map(li => li.textContent).join("\n")`))
			if err != nil || !strings.Contains(thanks, st.t(l, "dialogs_phone_kept")) {
				t.Errorf("no thanks for the number kept (%v)", err)
			}
		})
	}
}

// TestBrowserPhoneLongMessageKeepsText types a message longer than the limit on a
// phone: the page says how far over it is and keeps every letter in the
// box, and nothing is sent; shortened, it goes.
func TestBrowserPhoneLongMessageKeepsText(t *testing.T) {
	browsertest.Need(t)
	t.Parallel()
	for _, tc := range []struct{ lang, accept, letter, over string }{
		{"ar", "ar-SA,ar;q=0.9", "ب", "٢٠٠"},
		{"en", "en-GB,en;q=0.9", "b", "200"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			st := newWebStack(t)
			_, ts := st.process(t)
			p := webchattest.OpenPhone(t, tc.accept, "phone-"+tc.lang+"-long")
			if err := chromedp.Do(p.Ctx, chromedp.Navigate(ts.URL+"/chat"),
				chromedp.WaitVisible(webchattest.Key(st.lang(tc.lang)))); err != nil {
				t.Fatal(err)
			}
			long := strings.Repeat(tc.letter, webchat.MaxTextChars+200)
			// Pasted, as a long text usually arrives; then Send.
			set := fmt.Sprintf(`(() => { const i = document.getElementById("text"); i.value = %q; i.dispatchEvent(new Event("input")); return true })()`, long)
			if _, err := chromedp.Run(p.Ctx, chromedp.Evaluate[bool](set)); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(p.Ctx, chromedp.Click(".send")); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](
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
			p.Shoot("phone-" + tc.lang + "-long-1-over")

			// Shortened to the limit, it is sent and the box empties.
			cut := fmt.Sprintf(`(() => { const i = document.getElementById("text"); i.value = %q; i.dispatchEvent(new Event("input")); return true })()`, long[:len(string([]rune(long)[:webchat.MaxTextChars]))])
			if _, err := chromedp.Run(p.Ctx, chromedp.Evaluate[bool](cut)); err != nil {
				t.Fatal(err)
			}
			p.Shoot("phone-" + tc.lang + "-long-2-at-limit")
			p.Act("sent", chromedp.Click(".send"))
			left, err := chromedp.Run(p.Ctx, chromedp.Evaluate[string](`document.getElementById("text").value`))
			if err != nil || left != "" {
				t.Errorf("after sending, the box holds %d characters (%v)", len(left), err)
			}
		})
	}
}
