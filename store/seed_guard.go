package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/password"
)

// DemoLoginsOpen returns the demo accounts (seed --demo) that are active
// and still have the public DemoPassword: anyone who read the README can
// sign in to them. serve refuses to start on an https deployment while
// there are any, unless FRONTDOOR_DEMO=true.
func DemoLoginsOpen(ctx context.Context, pg *Postgres) ([]string, error) {
	var open []string
	for _, a := range clinic.Demo().Accounts {
		_, hash, err := pg.Accounts().ClinicianLogin(ctx, a.Username)
		if errors.Is(err, dialogs.ErrNotFound) {
			continue // never seeded, renamed or disabled
		}
		if err != nil {
			return nil, fmt.Errorf("store: demo logins: %w", err)
		}
		ok, err := password.Verify(DemoPassword, hash)
		if err != nil {
			return nil, fmt.Errorf("store: demo logins: %s: %w", a.Username, err)
		}
		if ok {
			open = append(open, a.Username)
		}
	}
	return open, nil
}
