package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// TestImportCommand: "frontdoor import" on an empty database, again (no
// change), and on a malformed file (every error with its line, nothing
// written).
func TestImportCommand(t *testing.T) {
	t.Parallel()
	dbURL := storetest.NewDatabase(t)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := func(args ...string) (int, string, string) {
		t.Helper()
		var out, errOut bytes.Buffer
		env := &environment{stdout: &out, stderr: &errOut, environ: []string{
			"FRONTDOOR_DATABASE_URL=" + dbURL, "FRONTDOOR_REDIS_URL=" + storetest.RedisURL()}}
		return runImport(context.Background(), env, args), out.String(), errOut.String()
	}
	good := write("clinic.yaml", `
specialties:
  - code: general_practice
    name: {ar: الطب العام, en: General practice}
facilities:
  - code: kuwait_abroad
    name: {ar: مكتب المرضى في الخارج, en: Patients abroad office}
    city: kuwait
    time_zone: Asia/Kuwait
accounts:
  - username: dr.fahad
    name: {ar: د. فهد, en: Dr. Fahad}
    role: clinician
    facilities: [kuwait_abroad]
    specialties: [general_practice]
    hours:
      - {days: [sun, mon, tue, wed, thu], from: "08:00", to: "14:00", slot_minutes: 15}
`)
	if code, out, errOut := run("--dry-run", good); code != exitOK || !strings.Contains(out, "dry run") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut := run(good)
	if code != exitOK || !strings.Contains(out, "frontdoor clinician passwd dr.fahad") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ := run(good); code != exitOK || !strings.Contains(out, "wrote 0 rows") {
		t.Errorf("second import: exit %d\n%s", code, out)
	}
	bad := write("bad.yaml", `
facilities:
  - code: kuwait_abroad
    name: {ar: مكتب, en: Office}
    city: kuwait
    time_zone: Asia/Kuwayt
accounts:
  - username: dr.fahad
    name: {ar: د. فهد}
    role: clinician
    facilities: [kuwait_abroad]
    specialties: [general_practice]
`)
	code, out, errOut = run(bad)
	if code != exitConfig || !strings.Contains(errOut, "bad.yaml:3: facility \"kuwait_abroad\": time_zone \"Asia/Kuwayt\"") ||
		!strings.Contains(errOut, "bad.yaml:8: account \"dr.fahad\": name.en is missing") || !strings.Contains(errOut, "nothing was written") {
		t.Errorf("malformed file: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := run(); code != exitConfig || !strings.Contains(errOut, "usage: frontdoor import") {
		t.Errorf("no file: exit %d, %s", code, errOut)
	}
}
