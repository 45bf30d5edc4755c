// Package video gives every appointment a video room and the links that
// open it, behind the Provider interface. Jitsi is the provider here: plain
// links to a Jitsi Meet server, or, when an app id and secret are set, links
// carrying signed room tokens that are valid only around the appointment and
// make the clinician, not the patient, the moderator.
//
// A room is named once, with NewRoom, when an appointment is booked, and
// stored with it; links are derived from the stored name whenever they are
// needed (confirmation, last reminder, dashboard) and come out the same each
// time. A rescheduled appointment should get a new room, so links sent for
// the old time lead nowhere. A signed token cannot be revoked: for a
// cancelled appointment it opens at most an empty room that no clinician
// will join, and only until it expires. Send no link for a cancelled
// appointment; a join endpoint that checks the appointment before
// redirecting can close even that gap, using Verify.
//
// Participants are named by Patient and Clinician, the one naming both the
// booked appointments and the quick consults use: ids, and for the
// clinician a display name, never a phone number. A quick consult's call
// is described once, by Consult, for the clinician's link (dashboard) and
// the patient's (relay). The store keeps room names but never makes them.
//
// Nothing here does I/O; everything is safe for concurrent use.
package video
