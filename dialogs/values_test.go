package dialogs

import "testing"

func TestValuesRoundTrip(t *testing.T) {
	type answers struct {
		AgeBand  string `json:"age_band"`
		Severity int    `json:"severity"`
	}
	var s Session
	if v, err := loadValues[answers](&s); err != nil || v != (answers{}) {
		t.Fatalf("empty session: %+v, %v", v, err)
	}
	want := answers{AgeBand: "65+", Severity: 7}
	if err := storeValues(&s, want); err != nil {
		t.Fatal(err)
	}
	if got, err := loadValues[answers](&s); err != nil || got != want {
		t.Errorf("round trip = %+v, %v; want %+v", got, err, want)
	}
	s.Values[valuesKey] = "{not json"
	if _, err := loadValues[answers](&s); err == nil {
		t.Error("corrupt data decoded without error")
	}
}
