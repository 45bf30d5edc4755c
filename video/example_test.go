package video_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/video"
)

func ExampleJitsi_Links() {
	// At booking: name the room once and store it with the appointment.
	room := video.NewRoom()
	fmt.Println(len(room), video.ValidRoom(room))

	start := time.Date(2026, 5, 10, 6, 0, 0, 0, time.UTC)
	appt := video.Appointment{
		ID: 42, Room: "k3v7q2mxbz4lq5nd6w2yhtj7ra", Start: start, End: start.Add(30 * time.Minute),
		Patient:   video.Participant{ID: "patient-7", Name: "Aisha"},
		Clinician: video.Participant{ID: "clinician-3", Name: "Dr Huda"},
	}

	plain, _ := video.NewJitsi(video.JitsiConfig{BaseURL: "https://meet.example.org"})
	links, _ := plain.Links(context.Background(), appt)
	fmt.Println(links.Patient)

	signed, _ := video.NewJitsi(video.JitsiConfig{
		BaseURL: "https://meet.example.org",
		AppID:   "frontdoor",
		Secret:  "an-example-secret-of-32-bytes-or-more",
	})
	links, _ = signed.Links(context.Background(), appt)
	fmt.Println(strings.SplitN(links.Patient, "=", 2)[0])
	fmt.Println(links.NotBefore.Format(time.Kitchen), "to", links.Expires.Format(time.Kitchen))

	// A join endpoint can check a token before redirecting.
	token := strings.SplitN(links.Clinician, "=", 2)[1]
	claims, err := signed.Verify(token, appt.Room, start)
	fmt.Println(claims.Context.User.Name, "moderator:", claims.Moderator, err)
	// Output:
	// 26 true
	// https://meet.example.org/k3v7q2mxbz4lq5nd6w2yhtj7ra
	// https://meet.example.org/k3v7q2mxbz4lq5nd6w2yhtj7ra?jwt
	// 5:50AM to 7:00AM
	// Dr Huda moderator: true <nil>
}
