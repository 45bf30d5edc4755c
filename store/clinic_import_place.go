package store

import (
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/clinic"
)

// queuePlace writes what the file says of f's place: its coordinates (both
// or neither, as clinic checked), its area names and whether it takes the
// network pool. A key the file leaves out changes nothing; each update
// writes only when the value differs, so a second import is a no-op.
func queuePlace(b *pgx.Batch, f clinic.Facility) {
	if f.Latitude != nil && f.Longitude != nil {
		b.Queue(`UPDATE facilities SET latitude = $2, longitude = $3
WHERE code = $1 AND (latitude, longitude) IS DISTINCT FROM ($2, $3)`, f.Code, *f.Latitude, *f.Longitude)
	}
	if f.Areas != nil {
		areas := make([]string, 0, len(*f.Areas))
		for _, a := range *f.Areas {
			areas = append(areas, strings.TrimSpace(a))
		}
		b.Queue(`UPDATE facilities SET areas = $2 WHERE code = $1 AND areas IS DISTINCT FROM $2`, f.Code, areas)
	}
	if f.TakesPool != nil {
		b.Queue(`UPDATE facilities SET takes_pool = $2 WHERE code = $1 AND takes_pool IS DISTINCT FROM $2`, f.Code, *f.TakesPool)
	}
}
