package store_test

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
)

// BenchmarkBookDistinctSlots books b.N appointments, each at a slot no one
// else wants (8 clinicians, 2,000 patients, 15-minute slots over 60 days),
// from GOMAXPROCS×4 goroutines, each booking a whole transaction: slot
// check, exclusion constraints, three reminder rows and their River jobs.
// It reports bookings per second and the p50/p99 latency of one booking.
//
//	go test ./store -run '^$' -bench BookDistinctSlots -benchtime 5000x
func BenchmarkBookDistinctSlots(b *testing.B) {
	const clinicians, patients = 8, 2000
	c := clinictest.New(b, clinictest.Options{Clinicians: clinicians, Horizon: 60 * 24 * time.Hour, MaxConns: 16})
	appts := c.Appointments(b, nil, nil)
	ps := c.Patients(b, patients)
	if b.N > clinicians*60*24*4-clinicians*100 {
		b.Fatalf("b.N %d is more than the clinic's free slots", b.N)
	}
	first := c.NextSlotStart(time.Now().Add(time.Hour))
	var next atomic.Int64
	var mu sync.Mutex
	lat := make([]time.Duration, 0, b.N)
	b.SetParallelism(4)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			i := int(next.Add(1) - 1)
			slot := c.SlotAt(b, i%clinicians, first.Add(time.Duration(i/clinicians)*15*time.Minute))
			t0 := time.Now()
			_, err := appts.Book(b.Context(), dialogs.BookRequest{PatientID: ps[i%patients], Specialty: clinictest.Specialty, Slot: slot})
			mine = append(mine, time.Since(t0))
			if err != nil {
				b.Errorf("booking %d: %v", i, err)
				return
			}
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "bookings/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
