package main

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestFacilityCommand runs "frontdoor facility fallback …" in-process
// against a real database: set, read back through a case, clear, and the
// refusals.
func TestFacilityCommand(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dbURL, pg := seededDatabase(t)
	p, err := pg.Patients().EnsurePatient(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "w1"}, "w1")
	if err != nil {
		t.Fatal(err)
	}
	id, err := pg.Cases(storetest.NewRedis(t)).OpenCase(ctx, dialogs.Case{PatientID: p.ID, Source: "web:w1/1", Lang: "ar", Complaint: "words",
		Urgency: "urgent", Specialty: "general_practice", Queue: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pg.Pool().Exec(ctx, `UPDATE cases SET facility_id = (SELECT id FROM facilities WHERE code = 'makkah_ajyad') WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	cmd := func(args ...string) (int, string, string) {
		t.Helper()
		var out, errOut bytes.Buffer
		env := &environment{stdout: &out, stderr: &errOut, environ: []string{
			"FRONTDOOR_DATABASE_URL=" + dbURL, "FRONTDOOR_REDIS_URL=" + storetest.RedisURL()}}
		return runFacility(ctx, env, args), out.String(), errOut.String()
	}

	ar := "مركز الرعاية العاجلة في مستشفى أجياد مفتوح طوال اليوم."
	if code, out, errOut := cmd("fallback", "makkah_ajyad", "--phone", "+966 12 555-0199", "--ar", ar); code != exitOK ||
		!strings.Contains(out, "set the urgent fallback of makkah_ajyad") {
		t.Fatalf("set = %d\n%s%s", code, out, errOut)
	}
	want := dialogs.UrgentFallback{Phone: "+966125550199", Where: map[string]string{"ar": ar}}
	if got, err := pg.Facilities().UrgentFallback(ctx, id); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after set: %+v, %v; want %+v", got, err, want)
	}
	if code, out, _ := cmd("fallback", "makkah_ajyad"); code != exitOK || !strings.Contains(out, "cleared") {
		t.Errorf("clear = %d %q", code, out)
	}
	if _, err := pg.Facilities().UrgentFallback(ctx, id); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("after clear: %v, want ErrNotFound", err)
	}

	for _, tc := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"no facility", []string{"fallback"}, exitConfig, "usage"},
		{"unknown subcommand", []string{"list"}, exitConfig, "usage"},
		{"bad phone", []string{"fallback", "makkah_ajyad", "--phone", "call us"}, exitConfig, "--phone"},
		{"stray argument", []string{"fallback", "makkah_ajyad", "937"}, exitConfig, "usage"},
		{"unknown facility", []string{"fallback", "nowhere", "--phone", "937"}, exitFail, `no facility "nowhere"`},
		{"words too long", []string{"fallback", "makkah_ajyad", "--en", strings.Repeat("x", 501)}, exitFail, "at most 500"},
	} {
		if code, _, errOut := cmd(tc.args...); code != tc.code || !strings.Contains(errOut, tc.says) {
			t.Errorf("%s: %d %q; want %d saying %q", tc.name, code, errOut, tc.code, tc.says)
		}
	}
}
