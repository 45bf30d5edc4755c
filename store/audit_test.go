package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestAuditAppendOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := storetest.NewPostgres(t)
	entries := []store.AuditEntry{
		{ActorKind: store.ActorClinician, ActorID: "3", Action: "case.view", SubjectKind: "case", SubjectID: "17",
			Detail: map[string]any{"facility_id": 1}},
		{ActorKind: store.ActorSystem, Action: "seed.demo"}, // nil detail is stored as {}
	}
	for _, e := range entries {
		if err := pg.AuditLog().Append(ctx, e); err != nil {
			t.Fatalf("Audit(%s): %v", e.Action, err)
		}
	}
	rows, _ := pg.Pool().Query(ctx, `SELECT detail::text FROM audit_log ORDER BY id`)
	details, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(details) != 2 || details[0] != `{"facility_id": 1}` || details[1] != `{}` {
		t.Errorf("details = %q, want the object and {}", details)
	}

	for _, tc := range []struct {
		name, sql string
	}{
		{"update", `UPDATE audit_log SET action = 'case.close'`},
		{"update detail", `UPDATE audit_log SET detail = '{}' WHERE id = 1`},
		{"delete one", `DELETE FROM audit_log WHERE id = 1`},
		{"delete all", `DELETE FROM audit_log`},
		{"truncate", `TRUNCATE audit_log`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := pg.Pool().Exec(ctx, tc.sql)
			var pgErr *pgconn.PgError
			if !errors.As(err, &pgErr) || pgErr.Code != pgerrcode.InsufficientPrivilege {
				t.Errorf("%s: err = %v, want insufficient_privilege from the append-only trigger", tc.sql, err)
			}
		})
	}
	var n int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action IN ('case.view', 'seed.demo')`).Scan(&n); err != nil || n != 2 {
		t.Errorf("audit rows after rejected changes = %d, %v; want 2 untouched", n, err)
	}
}

func TestAuditRejectsBadEntries(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	for _, tc := range []struct {
		name string
		e    store.AuditEntry
	}{
		{"unknown actor kind", store.AuditEntry{ActorKind: "robot", Action: "case.view"}},
		{"action with spaces", store.AuditEntry{ActorKind: store.ActorSystem, Action: "viewed a case"}},
		{"empty action", store.AuditEntry{ActorKind: store.ActorSystem}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pgErr *pgconn.PgError
			if err := pg.AuditLog().Append(context.Background(), tc.e); !errors.As(err, &pgErr) || pgErr.Code != pgerrcode.CheckViolation {
				t.Errorf("Audit = %v, want a check violation", err)
			}
		})
	}
}
