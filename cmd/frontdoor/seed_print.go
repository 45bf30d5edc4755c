package main

import (
	"fmt"
	"net"

	"github.com/frontdoor-health/frontdoor/store"
)

// printDemo tells the operator what was seeded and how to sign in.
func printDemo(env *environment, httpAddr string, demo store.Demo) {
	fmt.Fprintf(env.stdout, "frontdoor: demo data ready: %d facilities, %d specialties, %d clinicians, %d weekly windows (%d rows written)\n",
		demo.Facilities, demo.Specialties, demo.Clinicians, demo.Windows, demo.Written)
	host, port, err := net.SplitHostPort(httpAddr)
	if err != nil || host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	fmt.Fprintf(env.stdout, "\nWeb chat:  http://%s/chat\n", net.JoinHostPort(host, port))
	fmt.Fprintf(env.stdout, "Dashboard: http://%s/dashboard\n", net.JoinHostPort(host, port))
	fmt.Fprintln(env.stdout, "\nDemo clinician logins (for the dashboard), all with the password", demo.Password+":")
	for _, l := range demo.Logins {
		fmt.Fprintf(env.stdout, "  %-22s %-12s %s\n", l.Username, l.Role, l.Facility)
	}
	fmt.Fprintln(env.stdout, "\nThe demo password is public: never seed a production database.")
}
