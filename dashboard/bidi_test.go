package dashboard

import (
	"fmt"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// A patient's words with bidi overrides cannot rearrange what the clinician
// reads: the overrides are dropped and the words sit in their own isolate
// (issue 11, break 9: they were shown raw).
func TestPatientTextIsIsolated(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid := e.clinician(t, "dr.khalid")
	words := "no chest pain \u202Eniap tsehc gnihsurc\u202C today \u2067x\u2069 \u200Fok"
	id := e.openCase(t, dialogs.Case{Lang: "en", Complaint: words, Urgency: "urgent", Specialty: "general_practice"}, khalid.Facilities[0])
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")
	page := b.get(fmt.Sprintf("/dashboard/cases/%d", id))
	for _, r := range []rune{'\u202E', '\u202C', '\u2067', '\u2069'} {
		if strings.ContainsRune(page.body, r) {
			t.Errorf("the case page carries %U from the patient's words", r)
		}
	}
	if want := `<bdi dir="auto">no chest pain niap tsehc gnihsurc today x ` + "\u200F" + `ok</bdi>`; !strings.Contains(page.body, want) {
		t.Errorf("the complaint is not isolated as %q", want)
	}
}

func TestIsolateEscapes(t *testing.T) {
	t.Parallel()
	if got := string(isolate(`<script>"&'`)); got != `<bdi dir="auto">&lt;script&gt;&#34;&amp;&#39;</bdi>` {
		t.Errorf("isolate = %s", got)
	}
}
