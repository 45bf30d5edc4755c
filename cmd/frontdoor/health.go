package main

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// dependency is something /readyz checks.
type dependency struct {
	name string
	ping func(ctx context.Context) error
}

// healthz answers 200 while the process serves HTTP at all.
func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "ok")
}

// readyz answers 200 when every dependency answers a ping within a second,
// and 503 naming the ones that do not, so a load balancer stops sending
// traffic to a process that cannot reach PostgreSQL or Redis.
func readyz(deps ...dependency) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		status, body := http.StatusOK, ""
		for _, dep := range deps {
			if err := dep.ping(ctx); err != nil {
				status = http.StatusServiceUnavailable
				body += dep.name + ": unreachable\n"
				continue
			}
			body += dep.name + ": ok\n"
		}
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}
}
