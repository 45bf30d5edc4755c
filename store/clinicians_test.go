package store_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

var cli = store.AuditActor{Kind: store.ActorSystem, ID: "cli"}

// mustSeed loads the demo facilities and specialties (and accounts).
func mustSeed(t *testing.T, pg *store.Postgres) {
	t.Helper()
	if _, err := store.SeedDemo(context.Background(), pg); err != nil {
		t.Fatalf("SeedDemo: %v", err)
	}
}

func mustHash(t *testing.T, pw string) string {
	t.Helper()
	h, err := password.Hash(pw)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestAddClinician(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	mustSeed(t, pg)
	hash := mustHash(t, "correct horse battery")

	c, err := pg.Accounts().AddClinician(ctx, store.NewClinician{
		Username: "dr.layla", Facilities: []string{"jeddah_corniche", "makkah_ajyad"}, Role: store.RoleClinician,
		Names: locales.Names{"ar": "د. ليلى", "en": "Dr. Layla"}, Specialties: []string{"pediatrics", "dermatology"}, PasswordHash: hash,
	}, cli)
	if err != nil {
		t.Fatalf("AddClinician: %v", err)
	}
	if c.ID == 0 || !c.Active || c.Role != store.RoleClinician || c.SessionEpoch != 0 {
		t.Errorf("AddClinician = %+v", c)
	}
	if !slices.Equal(c.FacilityCodes, []string{"jeddah_corniche", "makkah_ajyad"}) || len(c.Facilities) != 2 {
		t.Errorf("facilities = %v %v, want jeddah first (home), then makkah", c.FacilityCodes, c.Facilities)
	}
	if !slices.Equal(c.Specialties, []string{"dermatology", "pediatrics"}) {
		t.Errorf("specialties = %v, want sorted", c.Specialties)
	}
	got, gotHash, err := pg.Accounts().ClinicianLogin(ctx, "dr.layla")
	if err != nil || got.ID != c.ID || gotHash != hash {
		t.Errorf("ClinicianLogin = %+v, %q, %v", got, gotHash, err)
	}
	var audits int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'clinician.add' AND subject_id = $1`,
		fmt.Sprint(c.ID)).Scan(&audits); err != nil || audits != 1 {
		t.Errorf("clinician.add audit rows = %d, %v; want 1", audits, err)
	}

	for _, tc := range []struct {
		name string
		mod  func(*store.NewClinician)
		want error
	}{
		{"taken", func(n *store.NewClinician) {}, store.ErrUsernameTaken},
		{"bad username", func(n *store.NewClinician) { n.Username = "Dr Layla" }, store.ErrInvalidUsername},
		{"bad role", func(n *store.NewClinician) { n.Username = "dr.x"; n.Role = "nurse" }, store.ErrInvalidRole},
		{"unknown facility", func(n *store.NewClinician) { n.Username = "dr.y"; n.Facilities = []string{"riyadh"} }, store.ErrUnknownFacility},
		{"no facility", func(n *store.NewClinician) { n.Username = "dr.y"; n.Facilities = nil }, store.ErrUnknownFacility},
		{"unknown specialty", func(n *store.NewClinician) { n.Username = "dr.z"; n.Specialties = []string{"magic"} }, store.ErrUnknownSpecialty},
		{"no arabic name", func(n *store.NewClinician) { n.Username = "dr.w"; n.Names["ar"] = "" }, store.ErrMissingName},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := store.NewClinician{
				Username: "dr.layla", Facilities: []string{"makkah_ajyad"}, Role: store.RoleClinician,
				Names: locales.Names{"ar": "د. ليلى", "en": "Dr. Layla"}, Specialties: []string{"pediatrics"}, PasswordHash: hash,
			}
			tc.mod(&n)
			if _, err := pg.Accounts().AddClinician(ctx, n, cli); !errors.Is(err, tc.want) {
				t.Errorf("AddClinician = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestClinicianPasswordDisableAndSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	mustSeed(t, pg)
	c, _, err := pg.Accounts().ClinicianLogin(ctx, "dr.khalid")
	if err != nil {
		t.Fatalf("demo clinician: %v", err)
	}

	if err := pg.Accounts().SetClinicianPassword(ctx, "dr.khalid", mustHash(t, "another long password"), cli); err != nil {
		t.Fatalf("SetClinicianPassword: %v", err)
	}
	if err := pg.Accounts().EndClinicianSessions(ctx, c.ID, store.AuditActor{Kind: store.ActorClinician, ID: "1"}); err != nil {
		t.Fatalf("EndClinicianSessions: %v", err)
	}
	after, err := pg.Accounts().ClinicianByID(ctx, c.ID)
	if err != nil || after.SessionEpoch != c.SessionEpoch+2 {
		t.Errorf("epoch after passwd and logout-all = %d, %v; want %d", after.SessionEpoch, err, c.SessionEpoch+2)
	}

	if err := pg.Accounts().DisableClinician(ctx, "dr.khalid", cli); err != nil {
		t.Fatalf("DisableClinician: %v", err)
	}
	if err := pg.Accounts().DisableClinician(ctx, "dr.khalid", cli); err != nil {
		t.Errorf("DisableClinician twice: %v", err)
	}
	if _, _, err := pg.Accounts().ClinicianLogin(ctx, "dr.khalid"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("ClinicianLogin of a disabled account = %v, want ErrNotFound", err)
	}
	disabled, err := pg.Accounts().ClinicianByID(ctx, c.ID)
	if err != nil || disabled.Active || disabled.SessionEpoch != c.SessionEpoch+4 {
		t.Errorf("disabled = %+v, %v; want inactive with a raised epoch", disabled, err)
	}
	if s := disabled.Scope(); len(s.Facilities) != 0 || s.Allows(disabled.Facilities[0], "general_practice", "emergency") {
		t.Errorf("disabled scope = %+v, want nothing visible", s)
	}

	for _, tc := range []struct {
		name string
		err  error
	}{
		{"passwd", pg.Accounts().SetClinicianPassword(ctx, "nobody", mustHash(t, "x"), cli)},
		{"disable", pg.Accounts().DisableClinician(ctx, "nobody", cli)},
		{"end sessions", pg.Accounts().EndClinicianSessions(ctx, 999999, cli)},
	} {
		if !errors.Is(tc.err, dialogs.ErrNotFound) {
			t.Errorf("%s of an unknown account = %v, want ErrNotFound", tc.name, tc.err)
		}
	}
	if _, err := pg.Accounts().ClinicianByID(ctx, 999999); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("ClinicianByID(unknown) = %v, want ErrNotFound", err)
	}

	var actions []string
	rows, _ := pg.Pool().Query(ctx, `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, fmt.Sprint(c.ID))
	for rows.Next() {
		var a string
		_ = rows.Scan(&a)
		actions = append(actions, a)
	}
	want := []string{"clinician.passwd", "clinician.logout_all", "clinician.disable", "clinician.disable"}
	if !slices.Equal(actions, want) {
		t.Errorf("audit actions = %v, want %v", actions, want)
	}

	list, err := pg.Accounts().ListClinicians(ctx)
	if err != nil || len(list) < 6 || !slices.IsSortedFunc(list, func(a, b store.Clinician) int {
		return cmp.Compare(a.Username, b.Username)
	}) {
		t.Errorf("ListClinicians = %d accounts, %v; want the demo accounts by username", len(list), err)
	}
}

func TestScopeAllows(t *testing.T) {
	t.Parallel()
	clin := store.Clinician{ID: 1, Role: store.RoleClinician, Active: true, Facilities: []int64{1, 3}, Specialties: []string{"pediatrics"}, TakesPool: true}
	coord := clin
	coord.Role = store.RoleCoordinator
	gp := clin
	gp.Specialties = []string{"general_practice"}
	apart := clin // its facilities do not take the network pool
	apart.TakesPool = false
	for _, tc := range []struct {
		name      string
		c         store.Clinician
		facility  int64
		specialty string
		urgency   string
		want      bool
	}{
		{"own facility and specialty", clin, 3, "pediatrics", "urgent", true},
		{"other specialty", clin, 1, "cardiology", "urgent", false},
		{"other specialty, emergency", clin, 1, "cardiology", "emergency", true},
		{"other facility", clin, 2, "pediatrics", "urgent", false},
		{"other facility, emergency", clin, 2, "pediatrics", "emergency", false},
		{"network pool, own specialty", clin, 0, "pediatrics", "routine", true},
		{"network pool, other specialty", clin, 0, "cardiology", "routine", false},
		{"network pool not taken", apart, 0, "pediatrics", "emergency", false},
		{"coordinator, any specialty", coord, 1, "cardiology", "routine", true},
		{"general practitioner, any specialty", gp, 0, "pulmonology", "urgent", true},
		{"general practitioner, other facility", gp, 2, "pulmonology", "urgent", false},
		{"coordinator, other facility", coord, 2, "cardiology", "routine", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Scope().Allows(tc.facility, tc.specialty, tc.urgency); got != tc.want {
				t.Errorf("Allows(%d, %q, %q) = %v, want %v", tc.facility, tc.specialty, tc.urgency, got, tc.want)
			}
		})
	}
	if clin.Scope().CanClaim != true || coord.Scope().CanClaim {
		t.Error("only clinicians may claim")
	}
}
