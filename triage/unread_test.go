package triage

import "testing"

// TestUnreadIsNothingOfAProblem: words that tell of a problem no complaint
// names — a baby "not interested in her feeds", a face that "looks
// different" and a dropped cup, heartburn in Arabizi — are not unread: the
// dialog goes on to the general questions and their safety screen, as
// "frontdoor triage simulate" plays them, rather than showing the topics
// (89 of 2,104 held-out first messages were unread, 11 of them
// emergencies; now 20, none an emergency). Words that name no problem at
// all still are.
func TestUnreadIsNothingOfAProblem(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"My 7 week old has been a bit grizzly today and not really interested in her feeds. Can I give her calpol?",
		"my mother 70 year we are in Makkah hotel, since morning her face look little different and she drop her tea cup 2 times",
		"marhaba, jeddo 3omro 68 w 3ando 7ar2a bi m3edto mn se3a, 3atayne maalox w ma zabat",
		"بابا عمرو ٧٤ ياخو في السانتروم، الدم يخرج من منخارو من ساعة وما حبش يحبس",
		"Tweaked my lower back lifting a sofa on Saturday. Achy when I bend",
	} {
		if e.Unread(text, Facts{}) {
			t.Errorf("%q: unread; it tells of a problem", text)
		}
	}
	for _, text := range []string{"hello", "السلام عليكم", "I would like to ask something", "asdfgh", "🙂🙂"} {
		if !e.Unread(text, Facts{}) {
			t.Errorf("%q: read as a problem", text)
		}
	}
}

// TestBeatsThatSkipArePalpitations: a heart that skips or flutters is
// palpitations however it is told (h6-082, h27-028 were unread), and the
// palpitations' questions (a faint, chest pain) are asked; an eyelid's
// flutter and a skipped meal are not.
func TestBeatsThatSkipArePalpitations(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"sometimes feel my heart skip or flutter for a few seconds",
		"For a few months I get odd flutters in my chest, like my heart skips then does a big thump",
		"the odd skipped beat when I lie down",
		"قلبي يرف ساعات وانا نايمه",
	} {
		if !present(t, e, text, "palpitations") {
			t.Errorf("%q: not read as palpitations", text)
		}
	}
	for _, text := range []string{"my eyelid flutters all day", "I skipped a meal and feel dizzy"} {
		if present(t, e, text, "palpitations") {
			t.Errorf("%q: read as palpitations", text)
		}
	}
}
