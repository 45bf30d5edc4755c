package dialogs

import (
	"encoding/json"
	"testing"
)

// TestSessionNamesFromBeforeLanguagesWereData: a booking in progress when
// the names moved to a map by language still reads its doctor's name.
func TestSessionNamesFromBeforeLanguagesWereData(t *testing.T) {
	var old nameRef
	if err := json.Unmarshal([]byte(`{"i":1,"a":"د. هدى","e":"Dr Huda"}`), &old); err != nil {
		t.Fatal(err)
	}
	if old.name(LangArabic) != "د. هدى" || old.name(LangEnglish) != "Dr Huda" || old.name("fr") != "Dr Huda" {
		t.Errorf("old session names: %q %q %q", old.name(LangArabic), old.name(LangEnglish), old.name("fr"))
	}
	b, err := json.Marshal(doctorRef(old.clinician()))
	if err != nil {
		t.Fatal(err)
	}
	var now nameRef
	if err := json.Unmarshal(b, &now); err != nil || now.name("fr") != "Dr Huda" || now.clinician().ID != 1 {
		t.Errorf("written again: %s → %+v, %v", b, now, err)
	}
}
