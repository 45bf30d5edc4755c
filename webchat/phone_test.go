package webchat

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontdoor-health/frontdoor/browsertest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/webchat/webchattest"
)

// TestBrowserPhoneReplyLayout draws the replies whose layout the issue found
// wrong on a phone: the rating is one row of five, the calendar file is
// offered as "Add to my calendar", a "Dr." keeps to its name, and a long
// reply is split into bubbles with its buttons still in view.
func TestBrowserPhoneReplyLayout(t *testing.T) {
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
	p := webchattest.OpenPhone(t, "en", "phone-en-layout")
	if err := chromedp.Do(p.Ctx, chromedp.Navigate(ts.URL+"/chat"), chromedp.WaitVisible(webchattest.Key("3 ⭐"))); err != nil {
		t.Fatal(err)
	}
	p.Check("rating")
	got, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](`(() => {
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
	p.Act("long reply", chromedp.Click(webchattest.Key("3 ⭐")))
	bubbles, err := chromedp.Run(p.Ctx, chromedp.Evaluate[int](`document.querySelectorAll("#log li.bot:last-child p.text").length`))
	if err != nil || bubbles != 12 {
		t.Errorf("a 12-paragraph reply is drawn as %d bubbles (%v), want 12", bubbles, err)
	}
}
